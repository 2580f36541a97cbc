// The metadata value input shared by updateAsset, updateMetadata and importAssets (kept apart
// from metadata.schema.ts so the asset schema can use it without an import cycle).
import { builder } from "../../builder.js";

export const MetadataValueInput = builder.inputType("MetadataValueInput", {
  description: "A value for one structured metadata field, by the field's external id.",
  fields: (t) => ({
    externalId: t.string({ required: true, description: "The metadata field's external id." }),
    value: t.field({
      type: "JSON",
      description: "string: a string; integer: an integer; date: \"yyyy-mm-dd\"; enum: one datasource external id; set: an array of them. null, \"\" or [] clear the field.",
    }),
  }),
});
