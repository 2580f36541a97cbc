// Value lists of the Admin API, spelled as it spells them (lowercase); GraphQL enums map their
// UPPER_CASE names onto these values.
export const RESOURCE_TYPES = ["image", "video", "raw"] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export const DELIVERY_TYPES = [
  "upload", "private", "authenticated", "fetch", "facebook", "twitter", "gravatar", "youtube",
  "hulu", "vimeo", "animoto", "worldstarhiphop", "dailymotion", "list",
] as const;
export type DeliveryType = (typeof DELIVERY_TYPES)[number];

export const MODERATION_KINDS = ["manual", "webpurify", "aws_rek", "aws_rek_video", "perception_point", "google_video_moderation", "duplicate"] as const;
export const MODERATION_STATUSES = ["pending", "approved", "rejected", "queued", "aborted"] as const;

export const ASSET_STATUSES = ["active", "deleted"] as const;
export const ACCESS_MODES = ["public", "authenticated"] as const;
export const API_KEY_ROLES = ["admin", "read_only"] as const;

/** { IMAGE: { value: "image" }, ... } for builder.enumType. */
export function enumValues<T extends string>(values: readonly T[]): Record<string, { value: T }> {
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), { value: v }]));
}
