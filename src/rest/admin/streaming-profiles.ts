// Admin API `streaming_profiles`: Query.streamingProfiles, streamingProfile and their mutations.
import { RestError } from "../errors.js";
import { json, required, str, type Params } from "../params.js";
import type { RestCall, Route } from "../router.js";
import { type Connection } from "./json.js";

interface ProfileNode {
  name: string;
  displayName: string | null;
  predefined: boolean;
  representations: { transformation: unknown[] }[];
}

const PROFILE = "name displayName predefined representations { transformation }";

const profileJson = (p: ProfileNode) => ({
  name: p.name,
  display_name: p.displayName,
  predefined: p.predefined,
  // One chained step is the reference's object; several stay a list.
  representations: p.representations.map((r) => ({ transformation: r.transformation.length === 1 ? r.transformation[0] : r.transformation })),
});

/** `representations`: `[{"transformation": "c_limit,w_1200,h_1200,br_5m"}, ...]`, as the SDK sends it (JSON text). */
function representations(p: Params) {
  const v = json(p, "representations");
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) throw new RestError(400, "Invalid representations: give an array of {transformation}");
  return v.map((r: { transformation?: unknown }) => {
    if (typeof r?.transformation !== "string") throw new RestError(400, "Invalid representations: each needs a transformation string");
    return { transformation: r.transformation };
  });
}

async function profileMutation(call: RestCall, name: string, inputType: string, input: Record<string, unknown>) {
  const payload = await call.graphql.mutate<{ streamingProfile: ProfileNode; userErrors: never[] }>(
    `mutation RestProfile($input: ${inputType}!) { ${name}(input: $input) { streamingProfile { ${PROFILE} } userErrors { code field message } } }`,
    { input },
    name,
  );
  return { data: profileJson(payload.streamingProfile) };
}

export const streamingProfileRoutes: Route[] = [
  {
    method: "GET",
    path: "/streaming_profiles",
    handle: async (call) => {
      const { streamingProfiles } = await call.graphql.run<{ streamingProfiles: Connection<ProfileNode> }>(
        `query RestProfiles { streamingProfiles(first: 500) { edges { node { name displayName predefined } } pageInfo { hasNextPage endCursor } } }`,
      );
      return { data: streamingProfiles.edges.map(({ node: p }) => ({ name: p.name, display_name: p.displayName, predefined: p.predefined })) };
    },
  },
  {
    method: "GET",
    path: "/streaming_profiles/:name",
    handle: async (call) => {
      const { streamingProfile } = await call.graphql.run<{ streamingProfile: ProfileNode | null }>(
        `query RestProfile($name: String!) { streamingProfile(name: $name) { ${PROFILE} } }`,
        { name: call.path.name },
      );
      if (!streamingProfile) throw new RestError(404, `Streaming profile ${call.path.name} not found`);
      return { data: profileJson(streamingProfile) };
    },
  },
  {
    method: "POST",
    path: "/streaming_profiles",
    handle: (call) =>
      profileMutation(call, "createStreamingProfile", "CreateStreamingProfileInput", {
        name: required(call.params, "name"),
        displayName: str(call.params, "display_name"),
        representations: representations(call.params) ?? [],
      }),
  },
  {
    method: "PUT",
    path: "/streaming_profiles/:name",
    handle: (call) =>
      profileMutation(call, "updateStreamingProfile", "UpdateStreamingProfileInput", {
        name: call.path.name,
        displayName: str(call.params, "display_name"),
        representations: representations(call.params),
      }),
  },
  {
    method: "DELETE",
    path: "/streaming_profiles/:name",
    handle: async (call) => {
      await call.graphql.mutate(
        `mutation RestDeleteProfile($input: DeleteStreamingProfileInput!) { deleteStreamingProfile(input: $input) { deletedName userErrors { code field message } } }`,
        { input: { name: call.path.name } },
        "deleteStreamingProfile",
      );
      return { message: "deleted" };
    },
  },
];
