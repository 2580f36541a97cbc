// Upload mappings (DOMAIN.md §1.12): a folder whose assets are fetched on first request from a
// URL prefix (the template). One mapping per folder (DOMAIN Q 40); mapping operations emit no events.
import { randomUUID } from "node:crypto";
import type { Tx } from "../../db/client.js";
import type { Ctx } from "../../context.js";
import { DomainError, notFound } from "../../errors/errors.js";
import { folderKey, normalizeFolderPath } from "../folder/index.js";
import { validateUri } from "../../lib/uri.js";

export interface UploadMappingInput {
  folder: string;
  template: string;
}

/** The template is a URL prefix: absolute http(s), no credentials, no query or fragment. */
function checkTemplate(template: string): string {
  const field = ["input", "template"];
  validateUri(template, field);
  const url = new URL(template);
  if (url.search !== "" || url.hash !== "" || template.includes("?") || template.includes("#")) {
    throw new DomainError("INVALID_URI", "input.template is a URL prefix and may not contain a query or fragment", field);
  }
  return template;
}

const mappedFolder = (folder: string) => normalizeFolderPath(folder, ["input", "folder"]);

export const findMapping = (tx: Tx, environmentId: number, folder: string) =>
  tx.uploadMapping.findUnique({ where: { environmentId_folderKey: { environmentId, folderKey: folderKey(folder) } } });

export async function createUploadMapping(ctx: Ctx, input: UploadMappingInput) {
  const folder = mappedFolder(input.folder);
  const template = checkTemplate(input.template);
  const environmentId = ctx.environment.id;
  return ctx.db.$transaction(async (tx) => {
    const existing = await findMapping(tx, environmentId, folder);
    if (existing) throw new DomainError("ALREADY_EXISTS", `folder ${existing.folder} is already mapped (to ${existing.template}); update that mapping instead`, ["input", "folder"]);
    const now = new Date();
    const uploadMapping = await tx.uploadMapping.create({
      data: { environmentId, externalId: randomUUID(), folder, folderKey: folderKey(folder), template, createdAt: now, updatedAt: now },
    });
    return { uploadMapping };
  });
}

export async function updateUploadMapping(ctx: Ctx, input: UploadMappingInput) {
  const folder = mappedFolder(input.folder);
  const template = checkTemplate(input.template);
  return ctx.db.$transaction(async (tx) => {
    const mapping = await findMapping(tx, ctx.environment.id, folder);
    if (!mapping) throw notFound(`upload mapping for folder ${folder}`, ["input", "folder"]);
    return { uploadMapping: await tx.uploadMapping.update({ where: { id: mapping.id }, data: { template, updatedAt: new Date() } }) };
  });
}

export async function deleteUploadMapping(ctx: Ctx, input: { folder: string }) {
  const folder = mappedFolder(input.folder);
  return ctx.db.$transaction(async (tx) => {
    const mapping = await findMapping(tx, ctx.environment.id, folder);
    if (!mapping) throw notFound(`upload mapping for folder ${folder}`, ["input", "folder"]);
    await tx.uploadMapping.delete({ where: { id: mapping.id } });
    return { deleted: mapping };
  });
}
