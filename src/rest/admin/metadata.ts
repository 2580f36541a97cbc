// Admin API `metadata_fields` (with their datasources) and `metadata_rules`: Query.metadataFields,
// metadataField, searchMetadataDatasource, metadataRules and the metadata mutations. Validation,
// conditions and results arrive as the reference's JSON and leave as GraphQL's *Json fields,
// which already speak it.
import { RestError } from "../errors.js";
import { bool, int, json, list, page, required, str, type Params } from "../params.js";
import type { RestCall, Route } from "../router.js";
import { PAGE_INFO, lower, listing, nodes, type Connection } from "./json.js";

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The reference's JSON (validation, condition, result) as GraphQL input: keys in camelCase,
 * `type` and `mode` values as enum names, and `activate_values: "all"` as `{ all: true }`.
 */
function toInput(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) return value.map((v) => toInput(v, key));
  if (key === "activateValues" && value === "all") return { all: true };
  if ((key === "type" || key === "mode") && typeof value === "string") return value.toUpperCase();
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [camel(k), toInput(v, camel(k))]));
}

const FIELD = `type externalId label mandatory defaultValue validationJson defaultDisabled restrictions { readonlyUi } allowDynamicListValues
  datasource { values { externalId value state } }`;

interface FieldNode {
  type: string;
  externalId: string;
  label: string;
  mandatory: boolean;
  defaultValue: unknown;
  validationJson: unknown;
  defaultDisabled: boolean;
  restrictions: { readonlyUi: boolean };
  allowDynamicListValues: boolean;
  datasource: { values: { externalId: string; value: string; state: string }[] } | null;
}

const datasourceJson = (d: NonNullable<FieldNode["datasource"]>) => ({
  values: d.values.map((v) => ({ external_id: v.externalId, value: v.value, state: lower(v.state) })),
});

function fieldJson(f: FieldNode) {
  return {
    type: lower(f.type),
    external_id: f.externalId,
    label: f.label,
    mandatory: f.mandatory,
    default_value: f.defaultValue ?? null,
    validation: f.validationJson ?? null,
    default_disabled: f.defaultDisabled,
    restrictions: { readonly_ui: f.restrictions.readonlyUi },
    allow_dynamic_list_values: f.allowDynamicListValues,
    ...(f.datasource ? { datasource: datasourceJson(f.datasource) } : {}),
  };
}

function datasourceValues(p: Params): { externalId?: string; value: string }[] | undefined {
  const ds = json(p, "datasource") as { values?: unknown } | undefined;
  const values = ds?.values ?? (ds === undefined ? json(p, "values") : undefined);
  if (values === undefined) return undefined;
  if (!Array.isArray(values)) throw new RestError(400, "Invalid datasource: values must be an array");
  return values.map((v: { external_id?: unknown; value?: unknown }) => ({
    externalId: v?.external_id === undefined ? undefined : String(v.external_id),
    value: String(v?.value ?? ""),
  }));
}

function fieldInput(p: Params) {
  const restrictions = json(p, "restrictions") as { readonly_ui?: boolean } | undefined;
  return {
    type: str(p, "type")?.toUpperCase(),
    label: str(p, "label"),
    mandatory: bool(p, "mandatory"),
    defaultValue: json(p, "default_value"),
    validation: p.validation === null ? null : toInput(json(p, "validation")),
    defaultDisabled: bool(p, "default_disabled"),
    restrictions: restrictions ? { readonlyUi: restrictions.readonly_ui } : undefined,
    allowDynamicListValues: bool(p, "allow_dynamic_list_values"),
  };
}

async function fieldMutation(call: RestCall, name: string, inputType: string, input: Record<string, unknown>) {
  const payload = await call.graphql.mutate<{ metadataField: FieldNode; userErrors: never[] }>(
    `mutation RestMetadata($input: ${inputType}!) { ${name}(input: $input) { metadataField { ${FIELD} } userErrors { code field message } } }`,
    { input },
    name,
  );
  return payload.metadataField;
}

const RULE = "externalId metadataFieldId name conditionJson resultJson conditionSignature state position";

interface RuleNode {
  externalId: string;
  metadataFieldId: string;
  name: string | null;
  conditionJson: unknown;
  resultJson: unknown;
  conditionSignature: string;
  state: string;
}

const ruleJson = (r: RuleNode) => ({
  metadata_field_id: r.metadataFieldId,
  condition: r.conditionJson,
  result: r.resultJson,
  condition_signature: r.conditionSignature,
  state: lower(r.state),
  name: r.name,
  external_id: r.externalId,
});

function ruleInput(p: Params) {
  return {
    metadataFieldId: str(p, "metadata_field_id"),
    name: str(p, "name"),
    condition: toInput(json(p, "condition")),
    result: toInput(json(p, "result")),
    state: str(p, "state")?.toUpperCase(),
  };
}

const externalIds = (p: Params) => {
  const ids = list(p, "external_ids");
  if (!ids?.length) throw new RestError(400, "Missing required parameter - external_ids");
  return ids;
};

export const metadataRoutes: Route[] = [
  {
    method: "GET",
    path: "/metadata_fields",
    handle: async (call) => {
      const { metadataFields } = await call.graphql.run<{ metadataFields: Connection<FieldNode> }>(
        `query RestMetadataFields { metadataFields(first: 100) { edges { node { ${FIELD} } } ${PAGE_INFO} } }`,
      );
      return { metadata_fields: nodes(metadataFields, fieldJson).items };
    },
  },
  {
    method: "GET",
    path: "/metadata_fields/:external_id",
    handle: async (call) => {
      const { metadataField } = await call.graphql.run<{ metadataField: FieldNode | null }>(
        `query RestMetadataField($externalId: String!) { metadataField(externalId: $externalId) { ${FIELD} } }`,
        { externalId: call.path.external_id },
      );
      if (!metadataField) throw new RestError(404, `Metadata field ${call.path.external_id} not found`);
      return fieldJson(metadataField);
    },
  },
  {
    method: "POST",
    path: "/metadata_fields",
    handle: async (call) => {
      const values = datasourceValues(call.params);
      const input = { ...fieldInput(call.params), externalId: str(call.params, "external_id"), datasource: values ? { values } : undefined };
      return fieldJson(await fieldMutation(call, "createMetadataField", "CreateMetadataFieldInput", input));
    },
  },
  {
    method: "PUT",
    path: "/metadata_fields/:external_id",
    handle: async (call) =>
      fieldJson(await fieldMutation(call, "updateMetadataField", "UpdateMetadataFieldInput", { ...fieldInput(call.params), externalId: call.path.external_id })),
  },
  {
    method: "DELETE",
    path: "/metadata_fields/:external_id",
    handle: async (call) => {
      await call.graphql.mutate(
        `mutation RestDeleteMetadataField($input: DeleteMetadataFieldInput!) { deleteMetadataField(input: $input) { deletedExternalId userErrors { code field message } } }`,
        { input: { externalId: call.path.external_id } },
        "deleteMetadataField",
      );
      return { message: "ok" };
    },
  },
  {
    method: "PUT",
    path: "/metadata_fields/:external_id/datasource",
    handle: async (call) => {
      const values = datasourceValues(call.params);
      if (!values) throw new RestError(400, "Missing required parameter - values");
      const field = await fieldMutation(call, "updateMetadataDatasource", "UpdateMetadataDatasourceInput", { fieldExternalId: call.path.external_id, values });
      return datasourceJson(field.datasource ?? { values: [] });
    },
  },
  {
    method: "DELETE",
    path: "/metadata_fields/:external_id/datasource",
    handle: async (call) => {
      const input = { fieldExternalId: call.path.external_id, externalIds: externalIds(call.params) };
      const field = await fieldMutation(call, "deleteMetadataDatasourceEntries", "DeleteMetadataDatasourceEntriesInput", input);
      return datasourceJson(field.datasource ?? { values: [] });
    },
  },
  {
    method: "POST",
    path: "/metadata_fields/:external_id/datasource_restore",
    handle: async (call) => {
      const input = { fieldExternalId: call.path.external_id, externalIds: externalIds(call.params) };
      const field = await fieldMutation(call, "restoreMetadataDatasourceEntries", "RestoreMetadataDatasourceEntriesInput", input);
      return datasourceJson(field.datasource ?? { values: [] });
    },
  },
  ...(["POST", "PUT"] as const).map(
    (method): Route => ({
      method,
      path: "/metadata_fields/:external_id/datasource/order",
      handle: async (call) => {
        const orderBy = str(call.params, "order_by") ?? "value";
        const input = { fieldExternalId: call.path.external_id, orderBy: orderBy.toUpperCase(), direction: (str(call.params, "direction") ?? "asc").toUpperCase() };
        const field = await fieldMutation(call, "orderMetadataDatasource", "OrderMetadataDatasourceInput", input);
        return datasourceJson(field.datasource ?? { values: [] });
      },
    }),
  ),
  {
    method: "POST",
    path: "/metadata_fields/datasource/search",
    handle: async (call) => {
      const { searchMetadataDatasource: hits } = await call.graphql.run<{ searchMetadataDatasource: { fieldId: string; id: string; value: string }[] }>(
        "query RestDatasourceSearch($term: String!, $first: Int) { searchMetadataDatasource(term: $term, first: $first) { fieldId id value } }",
        { term: required(call.params, "term"), first: int(call.params, "max_results") },
      );
      return hits.map((h) => ({ field_id: h.fieldId, id: h.id, value: h.value }));
    },
  },
  {
    method: "GET",
    path: "/metadata_rules",
    handle: async (call) => {
      const { metadataRules } = await call.graphql.run<{ metadataRules: Connection<RuleNode> }>(
        `query RestMetadataRules($first: Int, $after: String) { metadataRules(first: $first, after: $after) { edges { node { ${RULE} } } ${PAGE_INFO} } }`,
        { first: 500, ...page(call.params) },
      );
      return listing("metadata_rules", metadataRules, ruleJson);
    },
  },
  {
    method: "POST",
    path: "/metadata_rules",
    handle: async (call) => {
      const payload = await call.graphql.mutate<{ metadataRule: RuleNode; userErrors: never[] }>(
        `mutation RestCreateRule($input: CreateMetadataRuleInput!) { createMetadataRule(input: $input) { metadataRule { ${RULE} } userErrors { code field message } } }`,
        { input: { ...ruleInput(call.params), state: undefined } },
        "createMetadataRule",
      );
      return ruleJson(payload.metadataRule);
    },
  },
  {
    method: "PUT",
    path: "/metadata_rules/:external_id",
    handle: async (call) => {
      const payload = await call.graphql.mutate<{ metadataRule: RuleNode; userErrors: never[] }>(
        `mutation RestUpdateRule($input: UpdateMetadataRuleInput!) { updateMetadataRule(input: $input) { metadataRule { ${RULE} } userErrors { code field message } } }`,
        { input: { ...ruleInput(call.params), externalId: call.path.external_id } },
        "updateMetadataRule",
      );
      return ruleJson(payload.metadataRule);
    },
  },
  {
    method: "DELETE",
    path: "/metadata_rules/:external_id",
    handle: async (call) => {
      await call.graphql.mutate(
        `mutation RestDeleteRule($input: DeleteMetadataRuleInput!) { deleteMetadataRule(input: $input) { deletedExternalId userErrors { code field message } } }`,
        { input: { externalId: call.path.external_id } },
        "deleteMetadataRule",
      );
      return { success: true };
    },
  },
];
