// Admin API `transformations`: Query.transformations, transformation and their mutations. The
// SDK names the transformation in a `transformation` parameter; the reference puts it in the path.
import { RestError } from "../errors.js";
import { bool, page, required, str } from "../params.js";
import type { RestCall, Route } from "../router.js";
import { PAGE_INFO, lower, listing, nodes, num, type Connection } from "./json.js";

interface TransformationNode {
  name: string;
  allowedForStrict: boolean;
  used: boolean;
  named: boolean;
}

const FIELDS = "name allowedForStrict used named";
const listJson = (t: TransformationNode) => ({ name: t.name, allowed_for_strict: t.allowedForStrict, used: t.used, named: t.named });

const nameOf = (call: RestCall) => call.path["*"] ?? required(call.params, "transformation");

async function list(call: RestCall) {
  const { transformations } = await call.graphql.run<{ transformations: Connection<TransformationNode> }>(
    `query RestTransformations($named: Boolean, $first: Int, $after: String) {
      transformations(named: $named, first: $first, after: $after) { edges { node { ${FIELDS} } } ${PAGE_INFO} }
    }`,
    { named: bool(call.params, "named"), ...page(call.params) },
  );
  return listing("transformations", transformations, listJson);
}

interface DerivedNode {
  derivedResourceId: string;
  format: string | null;
  bytes: string;
  url: string;
  secureUrl: string;
  asset: { publicId: string; resourceType: string; type: string };
}

async function details(call: RestCall) {
  const { transformation: t } = await call.graphql.run<{ transformation: (TransformationNode & { info: unknown[]; derived: Connection<DerivedNode> }) | null }>(
    `query RestTransformation($name: String!, $first: Int, $after: String) {
      transformation(nameOrParams: $name) {
        ${FIELDS} info
        derived(first: $first, after: $after) { edges { node { derivedResourceId format bytes url secureUrl asset { publicId resourceType type } } } ${PAGE_INFO} }
      }
    }`,
    { name: nameOf(call), ...page(call.params) },
  );
  if (!t) throw new RestError(404, `Transformation ${nameOf(call)} not found`);
  const derived = nodes(t.derived, (d) => ({
    public_id: d.asset.publicId, resource_type: lower(d.asset.resourceType), type: lower(d.asset.type), format: d.format,
    url: d.url, secure_url: d.secureUrl, bytes: num(d.bytes), id: d.derivedResourceId,
  }));
  return { ...listJson(t), info: t.info, derived: derived.items, ...(derived.next_cursor ? { next_cursor: derived.next_cursor } : {}) };
}

async function create(call: RestCall) {
  await call.graphql.mutate(
    `mutation RestCreateTransformation($input: CreateTransformationInput!) { createTransformation(input: $input) { transformation { name } userErrors { code field message } } }`,
    { input: { name: call.path["*"] ?? required(call.params, "name"), transformation: required(call.params, "transformation"), allowedForStrict: bool(call.params, "allowed_for_strict") } },
    "createTransformation",
  );
  return { message: "created" };
}

async function update(call: RestCall) {
  // With the name in the path, `transformation` would be the new definition; the SDK sends the
  // name as `transformation` and the definition as `unsafe_update`.
  await call.graphql.mutate(
    `mutation RestUpdateTransformation($input: UpdateTransformationInput!) { updateTransformation(input: $input) { transformation { name } userErrors { code field message } } }`,
    {
      input: {
        nameOrParams: nameOf(call),
        allowedForStrict: bool(call.params, "allowed_for_strict"),
        unsafeUpdate: str(call.params, "unsafe_update"),
      },
    },
    "updateTransformation",
  );
  return { message: "updated" };
}

async function remove(call: RestCall) {
  await call.graphql.mutate(
    `mutation RestDeleteTransformation($input: DeleteTransformationInput!) { deleteTransformation(input: $input) { deletedName userErrors { code field message } } }`,
    { input: { nameOrParams: nameOf(call) } },
    "deleteTransformation",
  );
  return { message: "deleted" };
}

export const transformationRoutes: Route[] = [
  { method: "GET", path: "/transformations", handle: (call) => (str(call.params, "transformation") ? details(call) : list(call)) },
  { method: "GET", path: "/transformations/*", handle: details },
  { method: "POST", path: "/transformations", handle: create },
  { method: "POST", path: "/transformations/*", handle: create },
  { method: "PUT", path: "/transformations", handle: update },
  { method: "PUT", path: "/transformations/*", handle: update },
  { method: "DELETE", path: "/transformations", handle: remove },
  { method: "DELETE", path: "/transformations/*", handle: remove },
];
