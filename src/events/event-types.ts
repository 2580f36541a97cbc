// The Admin API's trigger event types, exactly as the reference names them (DOMAIN.md §5.2).
// `all` is a trigger wildcard, never an event's own type.
export const EVENT_TYPES = [
  "all", "access_control_changed", "bulk_refresh_auto_fetch", "create_folder", "delete", "delete_by_token",
  "delete_folder", "eager", "error", "explode", "generate_archive", "info", "invalidate_custom_cdn", "moderation",
  "moderation_summary", "move", "move_or_rename_asset_folder", "multi", "proof_status_changed", "publish", "rename",
  "report", "related_assets", "resource_context_changed", "resource_display_name_changed", "resource_metadata_changed",
  "resource_tags_changed", "restore_asset_version", "upload",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export type EmittedEventType = Exclude<EventType, "all">;
