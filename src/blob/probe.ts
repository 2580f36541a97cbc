// What a stored file is: format, dimensions, pages and duration, read from the file itself.
// Images: image-size (pure JS, reads at most the first 512 KB; no native build, unlike sharp,
// which this project does not need until it transforms). Video and audio: music-metadata (pure
// JS; reads container headers, seeking as the format needs, for the duration).
import { imageSizeFromFile } from "image-size/fromFile";
import { parseFile } from "music-metadata";

export type ProbedKind = "image" | "video" | "raw";

export interface Probed {
  kind: ProbedKind;
  /** lowercase, as Cloudinary names formats (jpg, png, gif, webp, mp4...); null for raw files without an extension */
  format: string | null;
  width: number | null;
  height: number | null;
  pages: number | null;
  /** seconds */
  duration: number | null;
}

/** image-size's type names that Cloudinary spells otherwise */
const IMAGE_FORMATS: Record<string, string> = { jpg: "jpg", tiff: "tiff", heif: "heic", svg: "svg", jp2: "jp2", j2c: "jp2" };

/** music-metadata's container names, as file formats */
const CONTAINERS: [RegExp, string][] = [
  [/webm/i, "webm"], [/matroska/i, "mkv"], [/MPEG-4|isom|mp4|M4A/i, "mp4"], [/quicktime|qt/i, "mov"],
  [/^MPEG$/i, "mp3"], [/WAVE/i, "wav"], [/Ogg/i, "ogg"], [/FLAC/i, "flac"], [/AIFF/i, "aiff"], [/ASF/i, "wmv"],
];

/** The file as an image; null when it is not one image-size reads. */
export async function probeImage(file: string): Promise<Probed | null> {
  try {
    const size = await imageSizeFromFile(file);
    if (!size.type || !size.width || !size.height) return null;
    return { kind: "image", format: IMAGE_FORMATS[size.type] ?? size.type, width: size.width, height: size.height, pages: size.images?.length ?? 1, duration: null };
  } catch {
    return null;
  }
}

/** The file as video or audio; null when music-metadata does not recognise its container. */
export async function probeVideo(file: string): Promise<Probed | null> {
  try {
    const { format } = await parseFile(file, { duration: false, skipCovers: true });
    const container = format.container;
    if (!container) return null;
    const video = format.trackInfo.find((t) => t.video)?.video;
    return {
      kind: "video",
      format: CONTAINERS.find(([re]) => re.test(container))?.[1] ?? container.toLowerCase().replace(/[^a-z0-9]/g, ""),
      width: video?.pixelWidth ?? null,
      height: video?.pixelHeight ?? null,
      pages: null,
      duration: format.duration ?? null,
    };
  } catch {
    return null;
  }
}

/** A raw file: its format is the filename's extension, as Cloudinary keeps it. */
export function probeRaw(filename: string | null): Probed {
  const ext = filename && /\.([A-Za-z0-9]{1,10})$/.exec(filename)?.[1];
  return { kind: "raw", format: ext ? ext.toLowerCase() : null, width: null, height: null, pages: null, duration: null };
}

/** resource_type auto: an image if it reads as one, else video/audio, else raw. */
export async function probeAuto(file: string, filename: string | null): Promise<Probed> {
  return (await probeImage(file)) ?? (await probeVideo(file)) ?? probeRaw(filename);
}
