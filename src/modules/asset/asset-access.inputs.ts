// Inputs of updateAsset's moderation and access-control parameters. Kept apart from
// asset-access.schema.ts (which extends the Asset type) so asset.schema.ts can import them
// without a cycle.
import { builder } from "../../builder.js";
import { enumValues } from "../../lib/enums.js";
import { ACCESS_TYPES, MODERATION_DECISIONS } from "./asset-access.service.js";

export const AccessTypeEnum = builder.enumType("AccessType", {
  description: "TOKEN: token- or cookie-based access only. ANONYMOUS: public, optionally between start and end.",
  values: enumValues(ACCESS_TYPES),
});

export const ModerationDecisionEnum = builder.enumType("ModerationDecision", {
  description: "A manual moderation decision (updateAsset moderationStatus).",
  values: enumValues(MODERATION_DECISIONS),
});

export const AccessRuleInput = builder.inputType("AccessRuleInput", {
  fields: (t) => ({
    accessType: t.field({ type: AccessTypeEnum, required: true }),
    start: t.field({ type: "DateTime", description: "ANONYMOUS only: public from this instant." }),
    end: t.field({ type: "DateTime", description: "ANONYMOUS only: public until this instant (after start)." }),
  }),
});
