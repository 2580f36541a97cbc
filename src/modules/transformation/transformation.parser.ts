// Transformation strings, as delivery URLs and the Admin API spell them: segments chained with
// "/", each a comma-separated list of `key_value` components (`c_fill,h_100,w_150/r_max`), an
// optional final extension segment (`.../jpg`), and `t_<name>` for a named transformation.
// Pure functions: the parser validates every component against the parameter's value rule and
// returns the canonical form (components sorted within each segment, as the SDKs emit them), so
// `w_150,h_100,c_fill` and `c_fill,h_100,w_150` name the same transformation.
import { DomainError, type FieldPath } from "../../errors/errors.js";

export const MAX_TRANSFORMATION_LENGTH = 2048;
export const MAX_SEGMENTS = 50;

export interface TransformationComponent {
  key: string;
  value: string;
}

export interface ParsedTransformation {
  segments: TransformationComponent[][];
  /** the final extension segment (e.g. "jpg"), or null */
  extension: string | null;
  /** canonical text: components sorted within each segment, extension last */
  canonical: string;
  /** the canonical text without the extension segment: what a delivery URL carries */
  body: string;
  /** names of the named transformations it uses (t_<name>), in order */
  namedRefs: string[];
}

type Rule = { name: string; check: (value: string) => string | null };

const INT = /^-?\d+$/;
const NUM = /^-?(\d+(\.\d*)?|\.\d+)$/;
// Arithmetic over image/asset properties and user variables: iw_mul_0.5, ih_div_2, $w_add_10
const EXPR = /^(\$[a-zA-Z]\w*|iw|ih|w|h|ar|iar|cw|ch|fc|pc|aw|ah|idn|px|dpr|\d+(\.\d+)?)(_(add|sub|mul|div|mod|pow)_(\$[a-zA-Z]\w*|iw|ih|w|h|ar|iar|cw|ch|\d+(\.\d+)?))*$/;
const VARIABLE = /^\$[a-zA-Z]\w*$/;
const COLOR_NAME = /^[a-z]+$/;
const COLOR_RGB = /^rgb:([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
const FLAG = /^[a-z][a-z0-9_]*(:[^,/]+)?$/;
const FREE = /^[^,/\s]+$/;

const CROPS = new Set(["scale", "fit", "limit", "mfit", "fill", "lfill", "pad", "lpad", "mpad", "fill_pad", "crop", "thumb", "imagga_crop", "imagga_scale", "auto", "auto_pad"]);
const GRAVITIES = new Set([
  "north_west", "north", "north_east", "west", "center", "east", "south_west", "south", "south_east", "xy_center",
  "face", "faces", "face:center", "faces:center", "face:auto", "faces:auto", "body", "body:face", "adv_face", "adv_faces", "adv_eyes",
  "custom", "custom:face", "custom:faces", "custom:adv_face", "custom:adv_faces", "ocr_text", "liquid", "auto", "region",
]);
export const FORMATS = new Set([
  "jpg", "jpeg", "jpe", "jpc", "jp2", "j2k", "wdp", "jxr", "hdp", "png", "gif", "webp", "bmp", "tif", "tiff", "ico", "pdf", "eps",
  "ps", "svg", "psd", "avif", "heic", "heif", "jxl", "arw", "cr2", "cr3", "djvu", "flif", "glb", "gltf", "usdz", "fbx", "tga",
  "mp4", "webm", "mov", "ogv", "flv", "m3u8", "mpd", "ts", "mkv", "avi", "3gp", "3g2", "wmv", "m2ts", "mts",
  "mp3", "aac", "m4a", "ogg", "oga", "wav", "aiff", "flac", "amr", "opus", "auto",
]);
const ANGLES = new Set(["auto_right", "auto_left", "ignore", "vflip", "hflip"]);

const inRange = (v: string, min: number, max: number) => NUM.test(v) && Number(v) >= min && Number(v) <= max;

/** width / height: pixels (at least 1), a decimal fraction of the original, auto[:...], or an expression. */
const dimension = (what: string): Rule["check"] => (v) => {
  if (INT.test(v)) return Number(v) >= 1 ? null : `${what} must be at least 1`;
  if (NUM.test(v)) return Number(v) > 0 ? null : `${what} must be positive`;
  if (v === "auto" || v.startsWith("auto:")) return null;
  if (EXPR.test(v)) return null;
  return `${what} must be a number of pixels, a decimal fraction, auto or an expression such as iw_mul_0.5`;
};

const oneOf = (what: string, values: Set<string>): Rule["check"] => (v) => (values.has(v) || VARIABLE.test(v) ? null : `${what} must be one of ${[...values].join(", ")}`);

const number = (what: string, min: number, max: number): Rule["check"] => (v) =>
  inRange(v, min, max) || VARIABLE.test(v) || (EXPR.test(v) && !NUM.test(v)) ? null : `${what} must be a number from ${min} to ${max}`;

const color: Rule["check"] = (v) => (COLOR_NAME.test(v) || COLOR_RGB.test(v) || VARIABLE.test(v) ? null : "must be a color name (e.g. blue) or rgb:<hex>");

const free = (what: string): Rule["check"] => (v) => (FREE.test(v) ? null : `${what} may not be empty or contain spaces`);

/** The parameters of Cloudinary's transformation reference, with their value rules. */
const RULES: Record<string, Rule> = {
  w: { name: "width", check: dimension("width") },
  h: { name: "height", check: dimension("height") },
  c: { name: "crop", check: oneOf("crop", CROPS) },
  g: {
    name: "gravity",
    check: (v) => (GRAVITIES.has(v) || /^auto:[a-z_:0-9]+$/.test(v) || /^(face|faces|custom|region):[a-z0-9_:-]+$/.test(v) || VARIABLE.test(v) ? null : "gravity must be a compass direction (north_west ... south_east), face(s), auto[:...], custom or another documented mode"),
  },
  ar: { name: "aspect_ratio", check: (v) => (/^\d+(\.\d+)?:\d+(\.\d+)?$/.test(v) || (NUM.test(v) && Number(v) > 0) || VARIABLE.test(v) ? null : "aspect_ratio must be width:height (16:9) or a positive decimal (1.5)") },
  q: {
    name: "quality",
    check: (v) => (/^(\d{1,3})(:\d+)?$/.test(v) && Number(v.split(":")[0]) >= 1 && Number(v.split(":")[0]) <= 100) || /^auto(:(best|good|eco|low|sensitive))?$/.test(v) || v === "jpegmini" || /^jpegmini:[0-2]$/.test(v) || VARIABLE.test(v)
      ? null
      : "quality must be 1 to 100 (optionally :<chroma>), auto[:best|good|eco|low] or jpegmini",
  },
  f: { name: "fetch_format", check: oneOf("fetch_format", FORMATS) },
  e: { name: "effect", check: (v) => (/^[a-z][a-z0-9_]*(:[^,/]+)*$/.test(v) ? null : "effect must be a name, optionally followed by :value") },
  r: { name: "radius", check: (v) => (v === "max" || /^\d+(:\d+){0,3}$/.test(v) || VARIABLE.test(v) ? null : "radius must be max, a number of pixels, or up to four of them separated by :") },
  a: { name: "angle", check: (v) => (ANGLES.has(v) || (INT.test(v) && Math.abs(Number(v)) <= 360) || VARIABLE.test(v) || /^(auto_right|auto_left|ignore|vflip|hflip)(\.(auto_right|auto_left|ignore|vflip|hflip|-?\d+))+$/.test(v) ? null : "angle must be -360 to 360 degrees or auto_right, auto_left, ignore, vflip, hflip") },
  b: { name: "background", check: (v) => (color(v) === null || /^auto(:[a-z_0-9:]+)?$/.test(v) || /^gen_fill(:[^,/]+)?$/.test(v) || /^blurred(:\d+(:\d+)?)?$/.test(v) ? null : "background must be a color name, rgb:<hex>, auto[:...] or blurred") },
  co: { name: "color", check: color },
  bo: { name: "border", check: (v) => (/^\d+px_solid_([a-z]+|rgb:[0-9a-fA-F]{3,8})$/.test(v) ? null : "border must be <width>px_solid_<color>") },
  o: { name: "opacity", check: number("opacity", 0, 100) },
  x: { name: "x", check: (v) => (NUM.test(v) || EXPR.test(v) ? null : "x must be a number or an expression") },
  y: { name: "y", check: (v) => (NUM.test(v) || EXPR.test(v) ? null : "y must be a number or an expression") },
  z: { name: "zoom", check: (v) => ((NUM.test(v) && Number(v) > 0) || VARIABLE.test(v) ? null : "zoom must be a positive number") },
  dpr: { name: "dpr", check: (v) => (v === "auto" || (NUM.test(v) && Number(v) > 0 && Number(v) <= 5) ? null : "dpr must be auto or a number above 0 and at most 5") },
  fl: { name: "flags", check: (v) => (v.split(".").every((f) => FLAG.test(f)) ? null : "flags must be names separated by dots (e.g. progressive.lossy)") },
  t: { name: "transformation", check: (v) => (/^[A-Za-z0-9_.-]+$/.test(v) ? null : "a named transformation's name has letters, digits, _, - and . only") },
  l: { name: "overlay", check: free("overlay") },
  u: { name: "underlay", check: free("underlay") },
  d: { name: "default_image", check: free("default_image") },
  pg: { name: "page", check: (v) => (/^(\d+(-\d*)?)(;\d+(-\d*)?)*$/.test(v) || /^(name|embedded):[^,/]+$/.test(v) ? null : "page must be a page number or range (2, 2-4, 3-)") },
  dn: { name: "density", check: number("density", 1, 600) },
  cs: { name: "color_space", check: free("color_space") },
  if: { name: "if", check: free("if") },
  fn: { name: "custom_function", check: free("custom_function") },
  so: { name: "start_offset", check: (v) => (NUM.test(v) || /^\d+(\.\d+)?p$/.test(v) || v === "auto" ? null : "start_offset must be seconds, a percentage (10p) or auto") },
  eo: { name: "end_offset", check: (v) => (NUM.test(v) || /^\d+(\.\d+)?p$/.test(v) ? null : "end_offset must be seconds or a percentage (90p)") },
  du: { name: "duration", check: (v) => (NUM.test(v) || /^\d+(\.\d+)?p$/.test(v) ? null : "duration must be seconds or a percentage (50p)") },
  vc: { name: "video_codec", check: free("video_codec") },
  ac: { name: "audio_codec", check: free("audio_codec") },
  af: { name: "audio_frequency", check: free("audio_frequency") },
  br: { name: "bit_rate", check: (v) => (/^\d+(\.\d+)?[km]?(:constant)?$/.test(v) ? null : "bit_rate must be a number, optionally with k or m (500k, 2m)") },
  fps: { name: "fps", check: (v) => (/^\d+(\.\d+)?(-(\d+(\.\d+)?)?)?$/.test(v) ? null : "fps must be a frame rate or a range (24, 15-30)") },
  sp: { name: "streaming_profile", check: free("streaming_profile") },
  vs: { name: "video_sampling", check: free("video_sampling") },
  dl: { name: "delay", check: (v) => (INT.test(v) && Number(v) >= 0 ? null : "delay must be a number of milliseconds") },
  ki: { name: "keyframe_interval", check: (v) => (NUM.test(v) && Number(v) > 0 ? null : "keyframe_interval must be a positive number") },
};

const invalid = (field: FieldPath, message: string) => new DomainError("INVALID_TRANSFORMATION", message, field);

/** Parses and validates a transformation string; INVALID_TRANSFORMATION (naming the component) otherwise. */
export function parseTransformation(raw: string, field: FieldPath): ParsedTransformation {
  if ([...raw].length > MAX_TRANSFORMATION_LENGTH) throw new DomainError("LIMIT_EXCEEDED", `${field.join(".")} is longer than ${MAX_TRANSFORMATION_LENGTH} characters`, field);
  // "If the derived assets don't have an extension, add "/" at the end": a trailing slash is
  // an empty extension, the same transformation as without it.
  const text = raw.endsWith("/") ? raw.slice(0, -1) : raw;
  if (text.trim() === "") throw invalid(field, "the transformation is empty");
  const parts = text.split("/");
  if (parts.length > MAX_SEGMENTS) throw new DomainError("LIMIT_EXCEEDED", `a transformation chains at most ${MAX_SEGMENTS} segments`, field);
  let extension: string | null = null;
  const last = parts.at(-1)!;
  if (parts.length > 1 && !last.includes("_") && !last.includes(",")) {
    if (!FORMATS.has(last) || last === "auto") throw invalid(field, `segment ${parts.length} "${last}" is neither a list of key_value components nor a known extension`);
    extension = last;
    parts.pop();
  }
  const namedRefs: string[] = [];
  const segments = parts.map((part, s) => {
    if (part === "") throw invalid(field, `segment ${s + 1} is empty (two slashes in a row)`);
    const seen = new Set<string>();
    return part.split(",").map((component, c) => {
      const where = `segment ${s + 1}, component ${c + 1} "${component}"`;
      const sep = component.indexOf("_");
      if (sep <= 0 || sep === component.length - 1) throw invalid(field, `${where}: a component is key_value`);
      const key = component.slice(0, sep);
      const value = component.slice(sep + 1);
      if (key.startsWith("$")) {
        // A user-defined variable: $name_value
        if (!VARIABLE.test(key)) throw invalid(field, `${where}: a variable name is $ followed by letters and digits`);
      } else {
        const rule = RULES[key];
        if (!rule) throw invalid(field, `${where}: unknown parameter ${key}`);
        const problem = rule.check(value);
        if (problem) throw invalid(field, `${where}: ${problem}`);
        if (key === "t") namedRefs.push(value);
      }
      if (seen.has(key)) throw invalid(field, `${where}: parameter ${key} is given twice in one segment`);
      seen.add(key);
      return { key, value };
    });
  });
  const sorted = segments.map((seg) => [...seg].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)));
  const body = sorted.map((seg) => seg.map((c) => `${c.key}_${c.value}`).join(",")).join("/");
  return { segments: sorted, extension, canonical: extension ? `${body}/${extension}` : body, body, namedRefs };
}

/** A string that is exactly `t_<name>`: the name, else null. */
export function namedOnly(parsed: ParsedTransformation): string | null {
  const [first, ...rest] = parsed.segments;
  return !parsed.extension && rest.length === 0 && first.length === 1 && first[0].key === "t" ? first[0].value : null;
}

/** The Admin API's `info`: one object per segment, parameters by their long names (numbers as numbers). */
export function transformationInfo(parsed: ParsedTransformation): Record<string, string | number>[] {
  const info = parsed.segments.map((seg) =>
    Object.fromEntries(seg.map((c) => [RULES[c.key]?.name ?? c.key, NUM.test(c.value) ? Number(c.value) : c.value])),
  );
  if (parsed.extension) info.push({ extension: parsed.extension });
  return info;
}
