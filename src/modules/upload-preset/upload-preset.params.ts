// The Upload API parameters an upload preset may hold in `settings`, with the shape each takes.
// The Admin API reference defers to the Upload API ("All supported upload parameters are also
// supported for upload presets"); this list follows the Upload API's `upload` method. Call-level
// parameters (file, signature, timestamp, api_key, upload_preset, public_id) make no sense in a
// preset and are refused, as are the preset's own fields, which have typed inputs.
import { DomainError, type FieldPath } from "../../errors/errors.js";
import { validateUri } from "../../lib/uri.js";
import { normalizeFolderPath } from "../folder/index.js";

type Check = (value: unknown, field: FieldPath) => void;

const fail = (field: FieldPath, message: string): never => {
  throw new DomainError("INVALID_ARGUMENT", `${field.join(".")} ${message}`, field);
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const boolean: Check = (v, f) => {
  if (typeof v !== "boolean") fail(f, "must be true or false");
};
const string: Check = (v, f) => {
  if (typeof v !== "string" || v.trim() === "") fail(f, "must be a non-empty string");
  if ((v as string).length > 4096) throw new DomainError("LIMIT_EXCEEDED", `${f.join(".")} is longer than 4096 characters`, f);
};
const oneOf = (...values: string[]): Check => (v, f) => {
  if (typeof v !== "string" || !values.includes(v)) fail(f, `must be one of ${values.join(", ")}`);
};
/** A comma-separated string or an array of non-empty strings (tags, allowed_formats). */
const list: Check = (v, f) => {
  if (typeof v === "string") return string(v, f);
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string" || x.trim() === "")) fail(f, "must be a comma-separated string or an array of non-empty strings");
};
/** A transformation string ("c_fill,w_100/e_sepia"), a components object, or an array of them. */
const transformation: Check = (v, f) => {
  if (typeof v === "string") return string(v, f);
  if (isObject(v)) return;
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string" || isObject(x))) return;
  fail(f, "must be a transformation string, a components object, or an array of them");
};
/** key=value|key=value as the REST API takes it, or an object of key -> value. */
const map: Check = (v, f) => {
  if (typeof v === "string") return string(v, f);
  if (!isObject(v)) fail(f, "must be a key=value|key=value string or an object");
};
const url: Check = (v, f) => {
  if (typeof v !== "string") fail(f, "must be a URL");
  validateUri(v as string, f);
};
const folder: Check = (v, f) => {
  if (typeof v !== "string") fail(f, "must be a folder path");
  normalizeFolderPath(v as string, f, { allowRoot: true });
};
const range01: Check = (v, f) => {
  if (typeof v !== "number" || !(v >= 0 && v <= 1)) fail(f, "must be a number from 0.0 to 1.0");
};
/** "x,y,w,h|x,y,w,h" or an array of [x, y, w, h]. */
const coordinates: Check = (v, f) => {
  if (typeof v === "string") {
    if (!/^\d+,\d+,\d+,\d+(\|\d+,\d+,\d+,\d+)*$/.test(v)) fail(f, "must be x,y,width,height groups separated by |");
    return;
  }
  const rows = Array.isArray(v) && v.every((x) => typeof x === "number") ? [v] : v;
  if (!Array.isArray(rows) || rows.length === 0 || rows.some((r) => !Array.isArray(r) || r.length !== 4 || r.some((n) => !Number.isInteger(n) || n < 0))) {
    fail(f, "must be [x, y, width, height] arrays of non-negative integers");
  }
};
const json: Check = (v, f) => {
  if (!isObject(v) && !Array.isArray(v) && typeof v !== "string") fail(f, "must be an object, an array or a JSON string");
};
const booleanOrObject: Check = (v, f) => {
  if (typeof v !== "boolean" && !isObject(v)) fail(f, "must be true, false or an options object");
};
const qualityOverride: Check = (v, f) => {
  if (typeof v === "number" ? !(Number.isInteger(v) && v >= 1 && v <= 100) : typeof v !== "string" || !/^(\d{1,3}|auto(:\w+)?)$/.test(v)) {
    fail(f, "must be a quality from 1 to 100 or auto[:level]");
  }
};
const accessControl: Check = (v, f) => {
  if (!Array.isArray(v) || v.length === 0) fail(f, "must be an array of access types");
  (v as unknown[]).forEach((rule, i) => {
    if (!isObject(rule) || (rule.access_type !== "token" && rule.access_type !== "anonymous")) fail([...f, i], "must be {access_type: token|anonymous, start?, end?}");
  });
};

export const UPLOAD_PARAMS: Record<string, Check> = {
  public_id_prefix: folder,
  folder,
  asset_folder: folder,
  display_name: string,
  use_filename: boolean,
  use_filename_as_display_name: boolean,
  unique_filename: boolean,
  unique_display_name: boolean,
  filename_override: string,
  discard_original_filename: boolean,
  overwrite: boolean,
  resource_type: oneOf("image", "video", "raw", "auto"),
  type: oneOf("upload", "private", "authenticated"),
  access_mode: oneOf("public", "authenticated"),
  access_control: accessControl,
  tags: list,
  context: map,
  metadata: map,
  clear_invalid: boolean,
  allowed_formats: list,
  format: string,
  transformation,
  eager: transformation,
  eager_async: boolean,
  eager_notification_url: url,
  responsive_breakpoints: json,
  notification_url: url,
  callback: url,
  proxy: url,
  async: boolean,
  backup: boolean,
  invalidate: boolean,
  return_delete_token: boolean,
  colors: boolean,
  faces: boolean,
  quality_analysis: boolean,
  accessibility_analysis: boolean,
  cinemagraph_analysis: boolean,
  image_metadata: boolean,
  media_metadata: boolean,
  exif: boolean,
  phash: boolean,
  visual_search: boolean,
  face_coordinates: coordinates,
  custom_coordinates: coordinates,
  regions: json,
  quality_override: qualityOverride,
  auto_tagging: range01,
  categorization: string,
  detection: string,
  ocr: oneOf("adv_ocr"),
  raw_convert: string,
  background_removal: oneOf("cloudinary_ai", "pixelz"),
  moderation: string,
  auto_chaptering: boolean,
  auto_transcription: booleanOrObject,
  headers: map,
  eval: string,
  on_success: string,
};

/** Parameters with a typed field of their own on the preset. */
const OWN_FIELDS: Record<string, string> = {
  name: "name",
  unsigned: "unsigned",
  disallow_public_id: "disallowPublicId",
  live: "live",
  use_asset_folder_as_public_id_prefix: "useAssetFolderAsPublicIdPrefix",
};

/** Parameters of a single upload call, meaningless in a preset. */
const CALL_ONLY = new Set(["file", "public_id", "upload_preset", "signature", "timestamp", "api_key", "signature_algorithm"]);

/**
 * Checks `settings` (the Upload API parameters of a preset): an object whose keys are known
 * parameters and whose values have the parameter's shape. A null value (in updates) removes the key.
 */
export function checkSettings(settings: unknown, field: FieldPath, { allowNull = false } = {}): Record<string, unknown> {
  if (!isObject(settings)) fail(field, "must be an object of Upload API parameters");
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings as Record<string, unknown>)) {
    const f = [...field, key];
    if (OWN_FIELDS[key]) fail(f, `is a field of the preset: set input.${OWN_FIELDS[key]} instead`);
    if (CALL_ONLY.has(key)) fail(f, "belongs to a single upload call and cannot be preset");
    const check = UPLOAD_PARAMS[key];
    if (!check) fail(f, "is not an Upload API parameter (names are snake_case, e.g. allowed_formats)");
    if (value === null) {
      if (!allowNull) fail(f, "may not be null");
    } else {
      check(value, f);
    }
    out[key] = value;
  }
  return out;
}

const BOOLEAN_TEXT: Record<string, boolean> = { true: true, "1": true, false: false, "0": false };

/**
 * Upload parameters as a form body carries them (every value text: booleans as true/false or
 * 1/0, as the SDKs send them; numbers as digits; access rules as JSON) in the shapes
 * UPLOAD_PARAMS checks. Values that are not text, and text that fits no shape, are left for the
 * checks to judge.
 */
export function fromFormText(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => {
      if (typeof value !== "string") return [key, value];
      const check = UPLOAD_PARAMS[key];
      if ((check === boolean || check === booleanOrObject) && value in BOOLEAN_TEXT) return [key, BOOLEAN_TEXT[value]];
      if ((check === range01 || check === qualityOverride) && /^\d+(\.\d+)?$/.test(value)) return [key, Number(value)];
      if (check === accessControl && /^\s*[[{]/.test(value)) {
        try {
          const parsed: unknown = JSON.parse(value);
          return [key, Array.isArray(parsed) ? parsed : [parsed]];
        } catch {
          return [key, value];
        }
      }
      return [key, value];
    }),
  );
}
