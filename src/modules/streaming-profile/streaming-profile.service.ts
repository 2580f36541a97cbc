// Adaptive streaming profiles (DOMAIN.md §1.13). Built-ins live in code (streaming-profile.builtins.ts);
// a StreamingProfile row is either a custom profile or an environment's modified built-in
// (predefined = true), which delete removes again, reverting the built-in. Profile operations
// emit no events (DOMAIN.md §5.2).
import type { StreamingProfile as ProfileRow } from "../../generated/sqlite/client.js";
import type { Tx } from "../../db/client.js";
import type { Ctx } from "../../context.js";
import { DomainError, assertMaxItems, assertMaxLength, assertName, notFound, type FieldPath } from "../../errors/errors.js";
import { BUILTIN_PROFILES, builtinByKey } from "./streaming-profile.builtins.js";
import { checkRepresentation } from "./streaming-profile.representation.js";

const NAME_PATTERN = /^[A-Za-z0-9_-]+$/;
/** The reference states no limits; these keep a profile's row bounded. */
export const MAX_NAME_LENGTH = 255;
export const MAX_DISPLAY_NAME_LENGTH = 255;
export const MAX_REPRESENTATIONS = 32;

export interface Profile {
  name: string;
  displayName: string | null;
  predefined: boolean;
  /** a built-in changed by updateStreamingProfile (deleting it reverts it) */
  modified: boolean;
  representations: string[];
}

export const nameKey = (name: string) => name.toLowerCase();

function fromRow(row: ProfileRow): Profile {
  const builtin = row.predefined ? builtinByKey.get(row.nameKey) : undefined;
  return {
    name: builtin?.name ?? row.name,
    displayName: row.displayName,
    predefined: row.predefined,
    modified: row.predefined,
    representations: JSON.parse(row.representations) as string[],
  };
}

const fromBuiltin = (b: (typeof BUILTIN_PROFILES)[number]): Profile => ({ ...b, predefined: true, modified: false, representations: [...b.representations] });

export async function findProfile(db: Tx, environmentId: number, name: string): Promise<Profile | null> {
  const key = nameKey(name);
  const row = await db.streamingProfile.findUnique({ where: { environmentId_nameKey: { environmentId, nameKey: key } } });
  if (row) return fromRow(row);
  const builtin = builtinByKey.get(key);
  return builtin ? fromBuiltin(builtin) : null;
}

/** Built-ins first, in the reference's order (with the environment's changes), then custom profiles by creation. */
export async function listProfiles(db: Tx, environmentId: number, after: number | null, take: number): Promise<{ key: number; profile: Profile }[]> {
  const out: { key: number; profile: Profile }[] = [];
  // Built-ins have keys -7..-1, custom profiles their row id (> 0).
  const from = after ?? -Infinity;
  if (from < 0) {
    const overrides = new Map((await db.streamingProfile.findMany({ where: { environmentId, predefined: true } })).map((r) => [r.nameKey, r]));
    BUILTIN_PROFILES.forEach((b, i) => {
      const key = i - BUILTIN_PROFILES.length;
      const row = overrides.get(b.name);
      if (key > from && out.length < take) out.push({ key, profile: row ? fromRow(row) : fromBuiltin(b) });
    });
  }
  if (out.length < take) {
    const rows = await db.streamingProfile.findMany({
      where: { environmentId, predefined: false, ...(from > 0 ? { id: { gt: from } } : {}) },
      orderBy: { id: "asc" },
      take: take - out.length,
    });
    out.push(...rows.map((r) => ({ key: r.id, profile: fromRow(r) })));
  }
  return out;
}

export const countProfiles = async (db: Tx, environmentId: number) =>
  BUILTIN_PROFILES.length + (await db.streamingProfile.count({ where: { environmentId, predefined: false } }));

function checkName(name: string, field: FieldPath): string {
  assertMaxLength(field, name, MAX_NAME_LENGTH);
  if (!NAME_PATTERN.test(name)) throw new DomainError("INVALID_ARGUMENT", `${field.join(".")} may contain only letters, digits, _ and -`, field);
  return name;
}

function checkDisplayName(displayName: string | null | undefined): string | null | undefined {
  if (displayName == null) return displayName;
  assertMaxLength(["input", "displayName"], displayName, MAX_DISPLAY_NAME_LENGTH);
  assertName(["input", "displayName"], displayName);
  return displayName;
}

export interface RepresentationInput {
  transformation: string;
}

function checkRepresentations(representations: RepresentationInput[]): string[] {
  const field = ["input", "representations"];
  if (representations.length === 0) throw new DomainError("INVALID_ARGUMENT", "input.representations needs at least one representation", field);
  assertMaxItems(field, representations, MAX_REPRESENTATIONS);
  return representations.map((r, i) => checkRepresentation(r.transformation, [...field, i, "transformation"]));
}

export interface CreateStreamingProfileInput {
  name: string;
  displayName?: string | null;
  representations: RepresentationInput[];
}

export async function createStreamingProfile(ctx: Ctx, input: CreateStreamingProfileInput) {
  const name = checkName(input.name, ["input", "name"]);
  const displayName = checkDisplayName(input.displayName) ?? null;
  const representations = checkRepresentations(input.representations);
  const environmentId = ctx.environment.id;
  if (builtinByKey.has(nameKey(name))) throw new DomainError("ALREADY_EXISTS", `${name} is a built-in profile; update it instead`, ["input", "name"]);
  return ctx.db.$transaction(async (tx) => {
    const existing = await tx.streamingProfile.findUnique({ where: { environmentId_nameKey: { environmentId, nameKey: nameKey(name) } } });
    if (existing) throw new DomainError("ALREADY_EXISTS", `a streaming profile named ${existing.name} exists (names are case-insensitive)`, ["input", "name"]);
    const now = new Date();
    const row = await tx.streamingProfile.create({
      data: { environmentId, name, nameKey: nameKey(name), displayName, predefined: false, representations: JSON.stringify(representations), createdAt: now, updatedAt: now },
    });
    return { streamingProfile: fromRow(row) };
  });
}

export interface UpdateStreamingProfileInput {
  name: string;
  displayName?: string | null;
  representations?: RepresentationInput[] | null;
}

/** Replaces the representation list (and display name, when given); built-ins may be updated too. */
export async function updateStreamingProfile(ctx: Ctx, input: UpdateStreamingProfileInput) {
  const displayName = checkDisplayName(input.displayName);
  const representations = input.representations ? checkRepresentations(input.representations) : undefined;
  const environmentId = ctx.environment.id;
  const key = nameKey(input.name);
  return ctx.db.$transaction(async (tx) => {
    const current = await findProfile(tx, environmentId, input.name);
    if (!current) throw notFound(`streaming profile ${input.name}`, ["input", "name"]);
    const data = {
      displayName: displayName !== undefined ? displayName : current.displayName,
      representations: JSON.stringify(representations ?? current.representations),
      updatedAt: new Date(),
    };
    const row = await tx.streamingProfile.upsert({
      where: { environmentId_nameKey: { environmentId, nameKey: key } },
      update: data,
      // Only a built-in has no row yet: the row is its environment's modified copy.
      create: { ...data, environmentId, name: current.name, nameKey: key, predefined: true, createdAt: data.updatedAt },
    });
    return { streamingProfile: fromRow(row) };
  });
}

/** Deletes a custom profile or reverts a modified built-in; an unmodified built-in is refused. */
export async function deleteStreamingProfile(ctx: Ctx, input: { name: string }) {
  const environmentId = ctx.environment.id;
  const key = nameKey(input.name);
  return ctx.db.$transaction(async (tx) => {
    const row = await tx.streamingProfile.findUnique({ where: { environmentId_nameKey: { environmentId, nameKey: key } } });
    const builtin = builtinByKey.get(key);
    if (!row) {
      if (builtin) throw new DomainError("PREDEFINED_PROFILE_NOT_MODIFIED", `${builtin.name} is a built-in profile that was never modified: there is nothing to delete or revert`, ["input", "name"]);
      throw notFound(`streaming profile ${input.name}`, ["input", "name"]);
    }
    await tx.streamingProfile.delete({ where: { id: row.id } });
    return { deletedName: fromRow(row).name, revertedProfile: builtin ? fromBuiltin(builtin) : null };
  });
}
