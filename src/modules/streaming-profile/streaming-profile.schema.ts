import { builder } from "../../builder.js";
import { mutationWithPayload } from "../../errors/errors.schema.js";
import { PAGE_10_500, keysetPage, type KeyAfter } from "../../lib/page.js";
import { components } from "./streaming-profile.representation.js";
import {
  MAX_REPRESENTATIONS, countProfiles, createStreamingProfile, deleteStreamingProfile, findProfile, listProfiles, updateStreamingProfile, type Profile,
} from "./streaming-profile.service.js";

const Representation = builder.objectRef<string>("Representation").implement({
  description: "One rendition of an adaptive streaming profile.",
  fields: (t) => ({
    transformation: t.field({
      type: ["JSON"],
      description: "The transformation's components, one object per chained step, keyed by parameter name (width, height, bit_rate, video_codec, ...).",
      resolve: (s) => components(s),
    }),
    transformationString: t.string({ description: "The transformation as a URL string, e.g. w_1280,h_720,c_limit,br_5500k.", resolve: (s) => s }),
  }),
});

export const StreamingProfile = builder.node(builder.objectRef<Profile>("StreamingProfile"), {
  description: "An adaptive bitrate streaming profile (HLS / MPEG-DASH): built-in or custom.",
  id: { resolve: (p) => p.name },
  loadOne: (name, ctx) => findProfile(ctx.db, ctx.environment.id, name),
  fields: (t) => ({
    name: t.exposeString("name", { description: "Case-insensitive; letters, digits, _ and -." }),
    displayName: t.exposeString("displayName", { nullable: true }),
    predefined: t.exposeBoolean("predefined", { description: "A built-in profile (4k, full_hd, hd, sd, full_hd_wifi, full_hd_lean, hd_lean)." }),
    modified: t.exposeBoolean("modified", { description: "A built-in this environment changed; deleting it reverts it." }),
    representations: t.field({ type: [Representation], resolve: (p) => p.representations }),
  }),
});

builder.queryField("streamingProfiles", (t) =>
  t.connection({
    type: StreamingProfile,
    description: "Built-in profiles (in the reference's order), then custom profiles by creation. first: default 10, at most 500.",
    resolve: async (_root, args, ctx) => {
      const page = await keysetPage(args, PAGE_10_500, {
        boundTo: {},
        key: (e) => e.key,
        fetch: (after: KeyAfter, take: number) => listProfiles(ctx.db, ctx.environment.id, after === null ? null : Number(after), take),
        count: () => countProfiles(ctx.db, ctx.environment.id),
      });
      return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.profile })) };
    },
  }),
);

builder.queryField("streamingProfile", (t) =>
  t.field({
    type: StreamingProfile,
    nullable: true,
    description: "A profile by name (case-insensitive). Null when not found.",
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => findProfile(ctx.db, ctx.environment.id, args.name),
  }),
);

const RepresentationInput = builder.inputType("RepresentationInput", {
  fields: (t) => ({
    transformation: t.string({
      required: true,
      description: "Video transformation parameters as a URL string, e.g. c_limit,w_1200,h_1200,br_5m (video_sampling is not allowed).",
    }),
  }),
});

const CreateStreamingProfileInput = builder.inputType("CreateStreamingProfileInput", {
  fields: (t) => ({
    name: t.string({ required: true, description: "Case-insensitive; letters, digits, _ and -, at most 255 characters." }),
    displayName: t.string(),
    representations: t.field({ type: [RepresentationInput], required: true, description: `1 to ${MAX_REPRESENTATIONS} representations.` }),
  }),
});
mutationWithPayload("createStreamingProfile", {
  input: CreateStreamingProfileInput,
  payload: (t) => ({ streamingProfile: t.field({ type: StreamingProfile, nullable: true, resolve: (p) => p.streamingProfile ?? null }) }),
  service: createStreamingProfile,
});

const UpdateStreamingProfileInput = builder.inputType("UpdateStreamingProfileInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    displayName: t.string(),
    representations: t.field({ type: [RepresentationInput], description: `Replaces the list (1 to ${MAX_REPRESENTATIONS}).` }),
  }),
});
mutationWithPayload("updateStreamingProfile", {
  input: UpdateStreamingProfileInput,
  description: "Replaces a profile's representations (and display name, when given). Built-in profiles may be updated too.",
  payload: (t) => ({ streamingProfile: t.field({ type: StreamingProfile, nullable: true, resolve: (p) => p.streamingProfile ?? null }) }),
  service: updateStreamingProfile,
});

const DeleteStreamingProfileInput = builder.inputType("DeleteStreamingProfileInput", {
  fields: (t) => ({ name: t.string({ required: true }) }),
});
mutationWithPayload("deleteStreamingProfile", {
  input: DeleteStreamingProfileInput,
  description: "Deletes a custom profile, or reverts a modified built-in (revertedProfile); an unmodified built-in is PREDEFINED_PROFILE_NOT_MODIFIED.",
  payload: (t) => ({
    deletedName: t.string({ nullable: true, resolve: (p) => p.deletedName ?? null }),
    revertedProfile: t.field({ type: StreamingProfile, nullable: true, description: "The built-in as it is again, when a modified built-in was reverted.", resolve: (p) => p.revertedProfile ?? null }),
  }),
  service: deleteStreamingProfile,
});
