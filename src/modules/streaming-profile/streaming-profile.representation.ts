// Representation transformations of adaptive streaming profiles: "c_limit,w_1200,h_1200,br_5m"
// (components joined by ",", chained with "/"). The reference allows "All video transformation
// parameters except video_sampling"; each known parameter's value is checked for its shape.
import { DomainError, type FieldPath } from "../../errors/errors.js";

interface Param {
  name: string;
  pattern: RegExp;
  numeric?: boolean;
}

const NUMBER = /^\d+(\.\d+)?$/;
const CROP_MODES = /^(scale|fit|limit|mfit|fill|lfill|pad|lpad|mpad|fill_pad|crop|thumb|auto|imagga_crop|imagga_scale)$/;

/** Video transformation parameters by URL code, with their full names (the response's keys). */
export const VIDEO_PARAMS: Record<string, Param> = {
  w: { name: "width", pattern: NUMBER, numeric: true },
  h: { name: "height", pattern: NUMBER, numeric: true },
  ar: { name: "aspect_ratio", pattern: /^\d+(\.\d+)?(:\d+(\.\d+)?)?$/ },
  c: { name: "crop", pattern: CROP_MODES },
  g: { name: "gravity", pattern: /^[a-z_:0-9]+$/ },
  br: { name: "bit_rate", pattern: /^\d+(\.\d+)?[km]?(:constant)?$/ },
  vc: { name: "video_codec", pattern: /^(auto|none|h264|h265|hevc|vp8|vp9|av1|theora|prores)(:[a-z0-9.]+)*$/ },
  ac: { name: "audio_codec", pattern: /^(none|aac|mp3|opus|vorbis|amr|pcm)$/ },
  af: { name: "audio_frequency", pattern: /^(\d+|iaf|initial)$/ },
  fps: { name: "fps", pattern: /^\d+(\.\d+)?(-(\d+(\.\d+)?)?)?$/ },
  q: { name: "quality", pattern: /^(\d{1,3}|auto(:[a-z]+)?)(:qmax_\d+)?$/ },
  ki: { name: "keyframe_interval", pattern: NUMBER },
  so: { name: "start_offset", pattern: /^(\d+(\.\d+)?p?|auto)$/ },
  eo: { name: "end_offset", pattern: /^\d+(\.\d+)?p?$/ },
  du: { name: "duration", pattern: /^\d+(\.\d+)?p?$/ },
  e: { name: "effect", pattern: /^[a-z_]+(:[^,/]+)?$/ },
  fl: { name: "flags", pattern: /^[a-z_.]+$/ },
  b: { name: "background", pattern: /^[a-z0-9_:#]+$/ },
  x: { name: "x", pattern: /^-?\d+(\.\d+)?$/, numeric: true },
  y: { name: "y", pattern: /^-?\d+(\.\d+)?$/, numeric: true },
  z: { name: "zoom", pattern: NUMBER, numeric: true },
  a: { name: "angle", pattern: /^-?\d+$/, numeric: true },
  o: { name: "opacity", pattern: /^\d{1,3}$/, numeric: true },
  r: { name: "radius", pattern: /^(\d+(:\d+){0,3}|max)$/ },
  bo: { name: "border", pattern: /^\d+px_solid_[a-z0-9#]+$/ },
  dpr: { name: "dpr", pattern: /^(\d+(\.\d+)?|auto)$/ },
};

export const MAX_TRANSFORMATION_LENGTH = 1024;

/** Checks a representation's transformation string and returns it trimmed. */
export function checkRepresentation(transformation: string, field: FieldPath): string {
  const name = field.join(".");
  const value = transformation.trim();
  if (value === "") throw new DomainError("INVALID_ARGUMENT", `${name} may not be empty`, field);
  if (value.length > MAX_TRANSFORMATION_LENGTH) throw new DomainError("LIMIT_EXCEEDED", `${name} is longer than ${MAX_TRANSFORMATION_LENGTH} characters`, field);
  for (const chain of value.split("/")) {
    const seen = new Set<string>();
    for (const component of chain.split(",")) {
      const cut = component.indexOf("_");
      const code = cut > 0 ? component.slice(0, cut) : component;
      const arg = cut > 0 ? component.slice(cut + 1) : "";
      if (code === "vs") throw new DomainError("INVALID_ARGUMENT", `${name}: video_sampling (vs_) is not supported in streaming representations`, field);
      const param = VIDEO_PARAMS[code];
      if (!param) throw new DomainError("INVALID_ARGUMENT", `${name}: "${component}" is not a video transformation parameter (code_value, e.g. w_1280)`, field);
      if (!param.pattern.test(arg)) throw new DomainError("INVALID_ARGUMENT", `${name}: "${arg}" is not a valid ${param.name}`, field);
      if (seen.has(code)) throw new DomainError("INVALID_ARGUMENT", `${name}: ${param.name} is given twice in one component chain`, field);
      seen.add(code);
    }
  }
  return value;
}

/** The components of a checked transformation string, one object per chain, keyed by full names. */
export function components(transformation: string): Record<string, string | number>[] {
  return transformation.split("/").map((chain) =>
    Object.fromEntries(
      chain.split(",").map((component) => {
        const cut = component.indexOf("_");
        const param = VIDEO_PARAMS[component.slice(0, cut)];
        const arg = component.slice(cut + 1);
        return [param.name, param.numeric ? Number(arg) : arg];
      }),
    ),
  );
}
