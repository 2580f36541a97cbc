// Admin API `upload_presets` and `upload_mappings`: Query.uploadPresets, uploadPreset,
// uploadMappings, uploadMapping and their mutations.
import { fromFormText } from "../../modules/upload-preset/index.js";
import { RestError } from "../errors.js";
import { bool, page, required, str, type Params } from "../params.js";
import type { Route } from "../router.js";
import { PAGE_INFO, listing, type Connection } from "./json.js";

interface PresetNode {
  name: string;
  unsigned: boolean;
  settings: Record<string, unknown>;
  externalId: string;
}

const PRESET = "name unsigned settings externalId";
const presetJson = (p: PresetNode) => ({ name: p.name, unsigned: p.unsigned, settings: p.settings, external_id: p.externalId });

/**
 * The preset's own fields, and the `timestamp` the SDK adds to every set of upload parameters
 * (a preset is not a signed call); every other parameter is an Upload API setting.
 */
const OWN = ["name", "unsigned", "disallow_public_id", "live", "use_asset_folder_as_public_id_prefix", "timestamp"];

function presetInput(p: Params) {
  const settings = fromFormText(Object.fromEntries(Object.entries(p).filter(([k]) => !OWN.includes(k))));
  return {
    unsigned: bool(p, "unsigned"),
    disallowPublicId: bool(p, "disallow_public_id"),
    live: bool(p, "live"),
    useAssetFolderAsPublicIdPrefix: bool(p, "use_asset_folder_as_public_id_prefix"),
    settings: Object.keys(settings).length ? settings : undefined,
  };
}

interface MappingNode {
  folder: string;
  template: string;
  externalId: string;
}

const MAPPING = "folder template externalId";
const mappingJson = (m: MappingNode) => ({ folder: m.folder, template: m.template, external_id: m.externalId });

export const presetRoutes: Route[] = [
  {
    method: "GET",
    path: "/upload_presets",
    handle: async (call) => {
      const { uploadPresets } = await call.graphql.run<{ uploadPresets: Connection<PresetNode> }>(
        `query RestPresets($first: Int, $after: String) { uploadPresets(first: $first, after: $after) { edges { node { ${PRESET} } } ${PAGE_INFO} } }`,
        page(call.params),
      );
      return listing("presets", uploadPresets, presetJson);
    },
  },
  {
    method: "GET",
    path: "/upload_presets/:name",
    handle: async (call) => {
      const { uploadPreset } = await call.graphql.run<{ uploadPreset: PresetNode | null }>(
        `query RestPreset($name: String!) { uploadPreset(name: $name) { ${PRESET} } }`,
        { name: call.path.name },
      );
      if (!uploadPreset) throw new RestError(404, `Upload preset ${call.path.name} not found`);
      return presetJson(uploadPreset);
    },
  },
  {
    method: "POST",
    path: "/upload_presets",
    handle: async (call) => {
      const payload = await call.graphql.mutate<{ uploadPreset: PresetNode; userErrors: never[] }>(
        `mutation RestCreatePreset($input: CreateUploadPresetInput!) { createUploadPreset(input: $input) { uploadPreset { ${PRESET} } userErrors { code field message } } }`,
        { input: { ...presetInput(call.params), name: str(call.params, "name") } },
        "createUploadPreset",
      );
      return { message: "created", name: payload.uploadPreset.name, external_id: payload.uploadPreset.externalId };
    },
  },
  {
    method: "PUT",
    path: "/upload_presets/:name",
    handle: async (call) => {
      const payload = await call.graphql.mutate<{ uploadPreset: PresetNode; userErrors: never[] }>(
        `mutation RestUpdatePreset($input: UpdateUploadPresetInput!) { updateUploadPreset(input: $input) { uploadPreset { ${PRESET} } userErrors { code field message } } }`,
        { input: { ...presetInput(call.params), name: call.path.name } },
        "updateUploadPreset",
      );
      return { message: "updated", external_id: payload.uploadPreset.externalId };
    },
  },
  {
    method: "DELETE",
    path: "/upload_presets/:name",
    handle: async (call) => {
      const payload = await call.graphql.mutate<{ externalId: string; userErrors: never[] }>(
        `mutation RestDeletePreset($input: DeleteUploadPresetInput!) { deleteUploadPreset(input: $input) { externalId userErrors { code field message } } }`,
        { input: { name: call.path.name } },
        "deleteUploadPreset",
      );
      return { message: "deleted", external_id: payload.externalId };
    },
  },
  {
    method: "GET",
    path: "/upload_mappings",
    handle: async (call) => {
      const folder = str(call.params, "folder");
      if (folder !== undefined) {
        const { uploadMapping } = await call.graphql.run<{ uploadMapping: MappingNode | null }>(
          `query RestMapping($folder: String!) { uploadMapping(folder: $folder) { ${MAPPING} } }`,
          { folder },
        );
        if (!uploadMapping) throw new RestError(404, `Upload mapping for folder ${folder} not found`);
        return mappingJson(uploadMapping);
      }
      const { uploadMappings } = await call.graphql.run<{ uploadMappings: Connection<MappingNode> }>(
        `query RestMappings($first: Int, $after: String) { uploadMappings(first: $first, after: $after) { edges { node { ${MAPPING} } } ${PAGE_INFO} } }`,
        page(call.params),
      );
      return listing("mappings", uploadMappings, mappingJson);
    },
  },
  {
    method: "POST",
    path: "/upload_mappings",
    handle: async (call) => {
      const payload = await call.graphql.mutate<{ uploadMapping: MappingNode; userErrors: never[] }>(
        `mutation RestCreateMapping($input: CreateUploadMappingInput!) { createUploadMapping(input: $input) { uploadMapping { ${MAPPING} } userErrors { code field message } } }`,
        { input: { folder: required(call.params, "folder"), template: required(call.params, "template") } },
        "createUploadMapping",
      );
      return { message: "created", folder: payload.uploadMapping.folder, external_id: payload.uploadMapping.externalId };
    },
  },
  {
    method: "PUT",
    path: "/upload_mappings",
    handle: async (call) => {
      const payload = await call.graphql.mutate<{ uploadMapping: MappingNode; userErrors: never[] }>(
        `mutation RestUpdateMapping($input: UpdateUploadMappingInput!) { updateUploadMapping(input: $input) { uploadMapping { ${MAPPING} } userErrors { code field message } } }`,
        { input: { folder: required(call.params, "folder"), template: required(call.params, "template") } },
        "updateUploadMapping",
      );
      return { message: "updated", external_id: payload.uploadMapping.externalId };
    },
  },
  {
    method: "DELETE",
    path: "/upload_mappings",
    handle: async (call) => {
      const payload = await call.graphql.mutate<{ externalId: string; userErrors: never[] }>(
        `mutation RestDeleteMapping($input: DeleteUploadMappingInput!) { deleteUploadMapping(input: $input) { externalId userErrors { code field message } } }`,
        { input: { folder: required(call.params, "folder") } },
        "deleteUploadMapping",
      );
      return { message: "deleted", external_id: payload.externalId };
    },
  },
];
