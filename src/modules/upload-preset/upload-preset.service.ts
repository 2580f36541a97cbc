// Upload presets (DOMAIN.md §1.11): named defaults for Upload API calls. Preset operations emit
// no events (DOMAIN.md §5.2).
import { randomBytes, randomUUID } from "node:crypto";
import type { Tx } from "../../db/client.js";
import type { Ctx } from "../../context.js";
import { DomainError, notFound, type FieldPath } from "../../errors/errors.js";
import { assertDynamicMode } from "../folder/index.js";
import { checkSettings } from "./upload-preset.params.js";

/** The reference gives no rule; letters, digits, _ and - keep names safe in URLs and forms. */
const NAME_PATTERN = /^[A-Za-z0-9_-]+$/;
export const MAX_PRESET_NAME_LENGTH = 255;

export interface PresetFlags {
  unsigned?: boolean | null;
  disallowPublicId?: boolean | null;
  live?: boolean | null;
  useAssetFolderAsPublicIdPrefix?: boolean | null;
  settings?: unknown;
}

export interface CreateUploadPresetInput extends PresetFlags {
  name?: string | null;
}

export interface UpdateUploadPresetInput extends PresetFlags {
  name: string;
}

function checkName(name: string, field: FieldPath): string {
  if (name.length > MAX_PRESET_NAME_LENGTH) throw new DomainError("LIMIT_EXCEEDED", `${field.join(".")} is longer than ${MAX_PRESET_NAME_LENGTH} characters`, field);
  if (!NAME_PATTERN.test(name)) throw new DomainError("INVALID_ARGUMENT", `${field.join(".")} may contain only letters, digits, _ and -`, field);
  return name;
}

/** A random name like the reference's sample ("pd1e4lst"): 8 lowercase letters and digits. */
function randomName(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return [...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join("");
}

export function parseSettings(row: { settings: string }): Record<string, unknown> {
  return JSON.parse(row.settings) as Record<string, unknown>;
}

/** Settings after the preset's rules: an unsigned preset that disallows public IDs always makes unique filenames. */
function finalSettings(settings: Record<string, unknown>, flags: { unsigned: boolean; disallowPublicId: boolean }): Record<string, unknown> {
  return flags.unsigned && flags.disallowPublicId ? { ...settings, unique_filename: true } : settings;
}

function checkFlags(ctx: Ctx, input: PresetFlags): void {
  if (input.useAssetFolderAsPublicIdPrefix) assertDynamicMode(ctx, ["input", "useAssetFolderAsPublicIdPrefix"]);
}

function checkFolderMode(ctx: Ctx, settings: Record<string, unknown>): void {
  if (settings.asset_folder != null) assertDynamicMode(ctx, ["input", "settings", "asset_folder"]);
}

export const findPreset = (tx: Tx, environmentId: number, name: string) =>
  tx.uploadPreset.findUnique({ where: { environmentId_name: { environmentId, name } } });

/**
 * Creates a preset; a preset of the same name is overwritten (the reference: "If the name is of
 * an existing preset, it will be overwritten"): every field takes the new value or its default,
 * and `overwritten` says so. The preset keeps its externalId.
 */
export async function createUploadPreset(ctx: Ctx, input: CreateUploadPresetInput) {
  const name = input.name != null ? checkName(input.name, ["input", "name"]) : randomName();
  checkFlags(ctx, input);
  const settings = input.settings == null ? {} : checkSettings(input.settings, ["input", "settings"]);
  checkFolderMode(ctx, settings);
  const flags = {
    unsigned: input.unsigned ?? false,
    disallowPublicId: input.disallowPublicId ?? false,
    live: input.live ?? false,
    useAssetFolderAsPublicIdPrefix: input.useAssetFolderAsPublicIdPrefix ?? false,
  };
  const data = { ...flags, settings: JSON.stringify(finalSettings(settings, flags)), updatedAt: new Date() };
  const environmentId = ctx.environment.id;
  const externalId = randomUUID();
  // One INSERT ... ON CONFLICT DO UPDATE, so that concurrent creates of one name all succeed
  // (the last one's fields win) instead of racing to insert; the row keeps the externalId and
  // createdAt of whichever create made it, which tells this call whether it overwrote.
  return ctx.db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "UploadPreset" ("environmentId", "externalId", "name", "unsigned", "disallowPublicId", "live", "useAssetFolderAsPublicIdPrefix", "settings", "createdAt", "updatedAt")
      VALUES (${environmentId}, ${externalId}, ${name}, ${data.unsigned}, ${data.disallowPublicId}, ${data.live}, ${data.useAssetFolderAsPublicIdPrefix}, ${data.settings}, ${data.updatedAt}, ${data.updatedAt})
      ON CONFLICT ("environmentId", "name") DO UPDATE SET "unsigned" = excluded."unsigned", "disallowPublicId" = excluded."disallowPublicId", "live" = excluded."live",
        "useAssetFolderAsPublicIdPrefix" = excluded."useAssetFolderAsPublicIdPrefix", "settings" = excluded."settings", "updatedAt" = excluded."updatedAt"`;
    const uploadPreset = await findPreset(tx, environmentId, name);
    if (!uploadPreset) throw notFound(`upload preset ${name}`, ["input", "name"]);
    return { uploadPreset, overwritten: uploadPreset.externalId !== externalId };
  });
}

/**
 * Changes the given fields of a preset. `settings` merges into the stored parameters: a key
 * given replaces its value, a key given as null is removed, keys not given stay.
 */
export async function updateUploadPreset(ctx: Ctx, input: UpdateUploadPresetInput) {
  checkFlags(ctx, input);
  const changes = input.settings == null ? {} : checkSettings(input.settings, ["input", "settings"], { allowNull: true });
  checkFolderMode(ctx, changes);
  return ctx.db.$transaction(async (tx) => {
    const preset = await findPreset(tx, ctx.environment.id, input.name);
    if (!preset) throw notFound(`upload preset ${input.name}`, ["input", "name"]);
    const flags = {
      unsigned: input.unsigned ?? preset.unsigned,
      disallowPublicId: input.disallowPublicId ?? preset.disallowPublicId,
      live: input.live ?? preset.live,
      useAssetFolderAsPublicIdPrefix: input.useAssetFolderAsPublicIdPrefix ?? preset.useAssetFolderAsPublicIdPrefix,
    };
    const merged: Record<string, unknown> = { ...parseSettings(preset), ...changes };
    for (const [key, value] of Object.entries(changes)) if (value === null) delete merged[key];
    const uploadPreset = await tx.uploadPreset.update({
      where: { id: preset.id },
      data: { ...flags, settings: JSON.stringify(finalSettings(merged, flags)), updatedAt: new Date() },
    });
    return { uploadPreset };
  });
}

export async function deleteUploadPreset(ctx: Ctx, input: { name: string }) {
  return ctx.db.$transaction(async (tx) => {
    const preset = await findPreset(tx, ctx.environment.id, input.name);
    if (!preset) throw notFound(`upload preset ${input.name}`, ["input", "name"]);
    await tx.uploadPreset.delete({ where: { id: preset.id } });
    return { deleted: preset };
  });
}
