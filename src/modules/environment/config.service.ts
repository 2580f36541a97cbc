import type { Ctx } from "../../context.js";

export interface ConfigValue {
  cloudName: string;
  createdAt: Date;
  folderMode: "dynamic" | "fixed";
}

export async function readConfig(ctx: Ctx): Promise<ConfigValue> {
  const env = await ctx.db.environment.findUniqueOrThrow({ where: { id: ctx.environment.id }, select: { cloudName: true, createdAt: true, folderMode: true } });
  return { cloudName: env.cloudName, createdAt: env.createdAt, folderMode: env.folderMode === "fixed" ? "fixed" : "dynamic" };
}

/** "ok" only after a round trip to the database: a ping that cannot reach its data fails (masked error). */
export async function ping(ctx: Ctx): Promise<{ status: string }> {
  await ctx.db.$queryRaw`SELECT 1`;
  return { status: "ok" };
}
