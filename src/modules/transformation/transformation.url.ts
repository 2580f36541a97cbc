// Delivery URLs with a transformation: `Asset.url(transformation: "c_fill,w_100,h_100")` or a
// named one (`t_thumb`). The string is validated (INVALID_TRANSFORMATION names the component) and
// written in canonical order; named transformations it uses must exist (NOT_FOUND).
import type { Ctx } from "../../context.js";
import { deliveryUrl, type DeliveryParts } from "../../lib/delivery-url.js";
import { parseTransformation, type ParsedTransformation } from "./transformation.parser.js";
import { assertReferencesExist } from "./transformation.service.js";

/** A delivery URL with a parsed transformation; its extension segment (…/webp) is the format delivered. */
export function transformationUrl(host: string, parts: DeliveryParts, parsed: ParsedTransformation, secure: boolean): string {
  return deliveryUrl(host, { ...parts, transformation: parsed.body, format: parsed.extension ?? parts.format }, secure);
}

export async function transformedUrl(ctx: Ctx, asset: Omit<DeliveryParts, "cloudName" | "transformation">, transformation: string | null | undefined, secure: boolean): Promise<string> {
  const parts = { ...asset, cloudName: ctx.environment.cloudName };
  if (transformation == null) return deliveryUrl(ctx.config.deliveryHost, parts, secure);
  const parsed = parseTransformation(transformation, ["transformation"]);
  await assertReferencesExist(parsed, ["transformation"], async (names) => {
    const exists = await ctx.loaders.namedTransformationExists.loadMany(names);
    return new Set(names.filter((_, i) => exists[i] === true));
  });
  return transformationUrl(ctx.config.deliveryHost, parts, parsed, secure);
}
