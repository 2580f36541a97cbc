// updateAsset's image parameters (faceCoordinates, customCoordinates, regions, visualSearch),
// qualityOverride and add-on requests (DOMAIN.md §1.2, Q 44). Add-on runs are recorded as
// pending AddonRequest rows and never processed: this service calls no external service, so the
// `info` notification that would report their outcome is never emitted.
import type { Asset as AssetModel } from "../../generated/sqlite/client.js";
import type { Tx } from "../../db/client.js";
import { DomainError, assertMaxItems, type FieldPath } from "../../errors/errors.js";

/** The reference sets no count; these bound a row. */
export const MAX_BOXES = 100;
export const MAX_REGIONS = 100;
export const MAX_REGION_POINTS = 100;
const REGION_NAME = /^[A-Za-z0-9-]+$/;
const CATEGORIZATIONS = ["google_tagging", "google_video_tagging", "imagga_tagging", "aws_rek_tagging"];
const DETECTION = /^[a-z][a-z0-9_-]{0,63}$/;

export interface AssetImageInput {
  faceCoordinates?: number[][] | null;
  customCoordinates?: number[][] | null;
  regions?: unknown;
  qualityOverride?: number | null;
  visualSearch?: boolean | null;
  autoTagging?: number | null;
  detection?: string | null;
  ocr?: string | null;
  rawConvert?: string | null;
  categorization?: string | null;
  backgroundRemoval?: string | null;
}

const IMAGE_ONLY = ["faceCoordinates", "customCoordinates", "regions", "detection", "ocr", "visualSearch", "backgroundRemoval"] as const;

const invalid = (field: FieldPath, message: string) => new DomainError("INVALID_ARGUMENT", message, field);

/** Boxes [x, y, width, height] of non-negative integers with a positive size, inside the image when its size is known. */
function checkBoxes(boxes: number[][], field: FieldPath, asset: AssetModel): number[][] {
  assertMaxItems(field, boxes, MAX_BOXES);
  boxes.forEach((box, i) => {
    if (box.length !== 4) throw invalid([...field, i], "each box is [x, y, width, height]");
    const [x, y, w, h] = box;
    if (x < 0 || y < 0) throw invalid([...field, i], "x and y may not be negative");
    if (w <= 0 || h <= 0) throw invalid([...field, i], "width and height must be positive");
    if ((asset.width != null && x + w > asset.width) || (asset.height != null && y + h > asset.height)) {
      throw invalid([...field, i], `the box leaves the ${asset.width}x${asset.height} image`);
    }
  });
  return boxes;
}

/** {"name": [[x, y], [x, y], ...]}: names of letters, digits and hyphens, at least two points each. */
function checkRegions(regions: unknown, field: FieldPath, asset: AssetModel): Record<string, number[][]> {
  if (typeof regions !== "object" || regions === null || Array.isArray(regions)) throw invalid(field, "regions is an object of name -> [[x, y], ...]");
  const entries = Object.entries(regions as Record<string, unknown>);
  assertMaxItems(field, entries, MAX_REGIONS);
  for (const [name, points] of entries) {
    const f = [...field, name];
    if (!REGION_NAME.test(name)) throw invalid(f, "region names may contain only letters, digits and hyphens");
    if (!Array.isArray(points) || points.length < 2) throw invalid(f, "a region needs at least two [x, y] points (two make a rectangle)");
    assertMaxItems(f, points, MAX_REGION_POINTS);
    points.forEach((p: unknown, i) => {
      if (!Array.isArray(p) || p.length !== 2 || !p.every((n) => Number.isInteger(n) && n >= 0)) throw invalid([...f, i], "a point is [x, y] of non-negative integers");
      if ((asset.width != null && p[0] > asset.width) || (asset.height != null && p[1] > asset.height)) throw invalid([...f, i], `the point leaves the ${asset.width}x${asset.height} image`);
    });
  }
  return regions as Record<string, number[][]>;
}

interface AddonRun {
  kind: string;
  value: string;
  autoTagging: number | null;
}

function checkAddons(input: AssetImageInput, asset: AssetModel): AddonRun[] {
  const runs: AddonRun[] = [];
  const f = (name: string) => ["input", name];
  if (input.autoTagging != null) {
    if (!(input.autoTagging >= 0 && input.autoTagging <= 1)) throw invalid(f("autoTagging"), "autoTagging is a confidence from 0.0 to 1.0");
    if (input.detection == null && input.categorization == null) throw invalid(f("autoTagging"), "autoTagging works together with detection or categorization");
  }
  const tagging = input.autoTagging ?? null;
  if (input.detection != null) {
    if (!DETECTION.test(input.detection)) throw invalid(f("detection"), "detection names a detection model, e.g. coco_v2, captioning, iqa, adv_face, aws_rek_face");
    runs.push({ kind: "detection", value: input.detection, autoTagging: tagging });
  }
  if (input.categorization != null) {
    const names = input.categorization.split(",").map((n) => n.trim());
    const unknown = names.find((n) => !CATEGORIZATIONS.includes(n));
    if (unknown !== undefined) throw invalid(f("categorization"), `categorization takes ${CATEGORIZATIONS.join(", ")} (comma-separated), not ${JSON.stringify(unknown)}`);
    runs.push({ kind: "categorization", value: [...new Set(names)].join(","), autoTagging: tagging });
  }
  if (input.ocr != null) {
    if (input.ocr !== "adv_ocr") throw invalid(f("ocr"), "ocr takes adv_ocr");
    runs.push({ kind: "ocr", value: input.ocr, autoTagging: null });
  }
  if (input.rawConvert != null) {
    const needs: Record<string, string[]> = { aspose: ["raw"], google_speech: ["video"], extract_text: ["image", "raw"] };
    const allowed = needs[input.rawConvert];
    if (!allowed) throw invalid(f("rawConvert"), "rawConvert takes aspose, google_speech or extract_text");
    if (!allowed.includes(asset.resourceType)) throw invalid(f("rawConvert"), `rawConvert ${input.rawConvert} applies to ${allowed.join(" or ")} assets, not ${asset.resourceType}`);
    runs.push({ kind: "raw_convert", value: input.rawConvert, autoTagging: null });
  }
  if (input.backgroundRemoval != null) {
    if (input.backgroundRemoval !== "cloudinary_ai" && input.backgroundRemoval !== "pixelz") throw invalid(f("backgroundRemoval"), "backgroundRemoval takes cloudinary_ai or pixelz");
    runs.push({ kind: "background_removal", value: input.backgroundRemoval, autoTagging: null });
  }
  return runs;
}

/** Checks and stores the parameters given; nothing is written when none is. */
export async function applyImageParams(tx: Tx, asset: AssetModel, input: AssetImageInput, now: Date): Promise<void> {
  if (asset.resourceType !== "image") {
    const given = IMAGE_ONLY.find((k) => input[k] != null);
    if (given) throw invalid(["input", given], `${given} applies to images only (this asset is ${asset.resourceType})`);
  }
  if (input.qualityOverride != null && !(Number.isInteger(input.qualityOverride) && input.qualityOverride >= 1 && input.qualityOverride <= 100)) {
    throw invalid(["input", "qualityOverride"], "qualityOverride is a quality from 1 to 100");
  }
  const data: { faceCoordinates?: string | null; customCoordinates?: string | null; regions?: string | null; qualityOverride?: number; visualSearch?: boolean } = {};
  // An empty list (or object) removes what was set.
  if (input.faceCoordinates != null) data.faceCoordinates = input.faceCoordinates.length ? JSON.stringify(checkBoxes(input.faceCoordinates, ["input", "faceCoordinates"], asset)) : null;
  if (input.customCoordinates != null) data.customCoordinates = input.customCoordinates.length ? JSON.stringify(checkBoxes(input.customCoordinates, ["input", "customCoordinates"], asset)) : null;
  if (input.regions != null) {
    const regions = checkRegions(input.regions, ["input", "regions"], asset);
    data.regions = Object.keys(regions).length ? JSON.stringify(regions) : null;
  }
  if (input.qualityOverride != null) data.qualityOverride = input.qualityOverride;
  if (input.visualSearch != null) data.visualSearch = input.visualSearch;
  const runs = checkAddons(input, asset);
  if (Object.keys(data).length) {
    await tx.assetAttributes.upsert({ where: { assetId: asset.id }, create: { assetId: asset.id, ...data, updatedAt: now }, update: { ...data, updatedAt: now } });
  }
  if (runs.length) {
    await tx.addonRequest.createMany({ data: runs.map((r) => ({ environmentId: asset.environmentId, assetId: asset.id, ...r, createdAt: now })) });
  }
}
