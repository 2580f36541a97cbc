// Stored transformations (the Admin API's transformations section): named ones created here,
// unnamed ones recorded when a derived resource is made with a new parameter string. Lookups
// take a name (with or without t_) or a parameter string in any component order.
import type { Transformation as TransformationRow } from "../../generated/sqlite/client.js";
import type { Tx } from "../../db/client.js";
import type { Ctx } from "../../context.js";
import { DomainError, assertMaxLength, notFound, type FieldPath } from "../../errors/errors.js";
import { transact } from "../../events/outbox.js";
import { PAGE_10_500, columnPage, type PageArgs } from "../../lib/page.js";
import type { Dialect } from "../../lib/prefix.js";
import { Prisma } from "../../generated/sqlite/client.js";
import { namedOnly, parseTransformation, type ParsedTransformation } from "./transformation.parser.js";

/** "fewer than 1000" derived are invalidated with the transformation; "1000 or more" refuse the delete. */
export const MAX_DERIVED_TO_INVALIDATE = 1000;
export const MAX_NAME_LENGTH = 255;
const NAME = /^[A-Za-z0-9_-]+$/;

/** How a transformation is addressed: t_<name> for a named one, its parameter string otherwise. */
export const transformationRef = (t: Pick<TransformationRow, "named" | "name">) => (t.named ? `t_${t.name}` : t.name);

/** Named transformations used by a parsed string (t_a.b chains a and b), each once. */
const referencedNames = (parsed: ParsedTransformation) => [...new Set(parsed.namedRefs.flatMap((v) => v.split(".")))];

/**
 * Every named transformation `parsed` uses must exist: NOT_FOUND naming the first missing one.
 * `existing` answers which of the names exist (a query in a transaction, or a request's loader).
 */
export async function assertReferencesExist(parsed: ParsedTransformation, field: FieldPath, existing: (names: string[]) => Promise<Set<string>>): Promise<void> {
  const wanted = referencedNames(parsed);
  if (wanted.length === 0) return;
  const found = await existing(wanted);
  const missing = wanted.find((n) => !found.has(n));
  if (missing) throw notFound(`named transformation t_${missing}`, field);
}

/** The one name of a string that is exactly t_<name>; a chain (t_a.b) is a parameter string like any other. */
function singleName(parsed: ParsedTransformation): string | null {
  const name = namedOnly(parsed);
  return name !== null && !name.includes(".") ? name : null;
}

/**
 * Named rows by name; on PostgreSQL locked FOR SHARE, so that a concurrent deleteTransformation
 * (which locks the row FOR UPDATE) either waits for this transaction or has already removed the
 * row, which then reads as missing instead of failing a foreign key later.
 */
async function namedRows(tx: Tx, dialect: Dialect, environmentId: number, names: string[]): Promise<{ id: number; name: string }[]> {
  if (dialect !== "postgres") return tx.transformation.findMany({ where: { environmentId, named: true, name: { in: names } }, select: { id: true, name: true } });
  return tx.$queryRaw<{ id: number; name: string }[]>`SELECT "id", "name" FROM "Transformation"
    WHERE "environmentId" = ${environmentId} AND "named" = true AND "name" IN (${Prisma.join(names)}) FOR SHARE`;
}

/**
 * The transformation `nameOrParams` names, or null. A name is tried first (as given, then
 * without t_), then the string is read as parameters (canonical form). A string that can be
 * neither a name nor valid parameters is INVALID_TRANSFORMATION.
 */
export async function findTransformation(tx: Tx, environmentId: number, nameOrParams: string, field: FieldPath): Promise<TransformationRow | null> {
  const text = nameOrParams.trim();
  const names = NAME.test(text) ? [text, ...(text.startsWith("t_") ? [text.slice(2)] : [])] : [];
  if (names.length) {
    const named = await tx.transformation.findMany({ where: { environmentId, named: true, name: { in: names } } });
    const hit = names.map((n) => named.find((t) => t.name === n)).find(Boolean);
    if (hit) return hit;
  }
  let parsed: ParsedTransformation;
  try {
    parsed = parseTransformation(text, field);
  } catch (e) {
    if (names.length && e instanceof DomainError) return null;
    throw e;
  }
  if (singleName(parsed)) return null;
  return tx.transformation.findUnique({ where: { environmentId_named_name: { environmentId, named: false, name: parsed.canonical } } });
}

/** Every named transformation a string refers to must exist: NOT_FOUND naming the first missing one. */
export async function assertNamedExist(tx: Tx, dialect: Dialect, environmentId: number, parsed: ParsedTransformation, field: FieldPath): Promise<void> {
  await assertReferencesExist(parsed, field, async (names) => new Set((await namedRows(tx, dialect, environmentId, names)).map((r) => r.name)));
}

/**
 * The transformation row a derived resource made with `raw` belongs to: the named one for a bare
 * t_<name>, else the unnamed row of its canonical string (created on first use). The unnamed row
 * is created with INSERT ... ON CONFLICT DO NOTHING, so concurrent imports of the same new string
 * share one row instead of failing on the unique key; on PostgreSQL the row is then read FOR
 * SHARE (see namedRows).
 */
export async function transformationForDerived(tx: Tx, dialect: Dialect, environmentId: number, raw: string, field: FieldPath) {
  const parsed = parseTransformation(raw, field);
  await assertNamedExist(tx, dialect, environmentId, parsed, field);
  const name = singleName(parsed);
  if (name) {
    const [locked] = await namedRows(tx, dialect, environmentId, [name]);
    if (!locked) throw notFound(`named transformation t_${name}`, field);
    return { row: await tx.transformation.findUniqueOrThrow({ where: { id: locked.id } }), canonical: parsed.canonical };
  }
  const now = new Date();
  await tx.$executeRaw`INSERT INTO "Transformation" ("environmentId", "named", "name", "definition", "allowedForStrict", "createdAt", "updatedAt")
    VALUES (${environmentId}, false, ${parsed.canonical}, ${parsed.canonical}, false, ${now}, ${now})
    ON CONFLICT ("environmentId", "named", "name") DO NOTHING`;
  const lock = Prisma.raw(dialect === "postgres" ? "FOR SHARE" : "");
  const [row] = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "Transformation" WHERE "environmentId" = ${environmentId} AND "named" = false AND "name" = ${parsed.canonical} ${lock}`;
  if (!row) throw notFound(`transformation ${parsed.canonical}`, field);
  return { row: await tx.transformation.findUniqueOrThrow({ where: { id: row.id } }), canonical: parsed.canonical };
}

export function listTransformations(ctx: Ctx, args: PageArgs & { named?: boolean | null }) {
  const named = args.named ?? null;
  const where = { environmentId: ctx.environment.id, ...(named === null ? {} : { named }) };
  return columnPage(args, PAGE_10_500, { model: ctx.db.transformation, where, column: "id", type: "int", boundTo: { named } });
}

function checkName(name: string, field: FieldPath): void {
  assertMaxLength(field, name, MAX_NAME_LENGTH);
  if (!NAME.test(name)) throw new DomainError("INVALID_ARGUMENT", "a transformation name has letters, digits, _ and - only", field);
  let readsAsParameters = false;
  try {
    readsAsParameters = !singleName(parseTransformation(name, field));
  } catch {
    // not parameters: a fine name
  }
  if (readsAsParameters) throw new DomainError("INVALID_ARGUMENT", `${name} reads as transformation parameters; choose a name that does not`, field);
}

/**
 * A named transformation's definition: valid, using only named transformations that exist, and
 * never reaching `name` again through them (t_a -> t_b -> t_a would expand forever).
 */
async function checkDefinition(tx: Tx, dialect: Dialect, environmentId: number, name: string, raw: string, field: FieldPath): Promise<string> {
  const parsed = parseTransformation(raw, field);
  if (referencedNames(parsed).includes(name)) throw new DomainError("INVALID_TRANSFORMATION", `t_${name} cannot use itself`, field);
  await assertNamedExist(tx, dialect, environmentId, parsed, field);
  // Walk the named references breadth-first, one query per level, remembering how each was reached.
  const via = new Map<string, string[]>(referencedNames(parsed).map((n) => [n, [n]]));
  let frontier = [...via.keys()];
  while (frontier.length) {
    const rows = await tx.transformation.findMany({ where: { environmentId, named: true, name: { in: frontier } }, select: { name: true, definition: true } });
    const next: string[] = [];
    for (const row of rows) {
      for (const ref of referencedNames(parseTransformation(row.definition, field))) {
        const path = [...via.get(row.name)!, ref];
        if (ref === name) throw new DomainError("INVALID_TRANSFORMATION", `t_${name} would use itself through ${path.slice(0, -1).map((n) => `t_${n}`).join(" -> ")}`, field);
        if (!via.has(ref)) {
          via.set(ref, path);
          next.push(ref);
        }
      }
    }
    frontier = next;
  }
  return parsed.canonical;
}

export interface CreateTransformationInput {
  name: string;
  transformation: string;
  allowedForStrict?: boolean | null;
}

export async function createTransformation(ctx: Ctx, input: CreateTransformationInput) {
  const env = ctx.environment.id;
  checkName(input.name, ["input", "name"]);
  return transact(ctx, async (tx) => {
    const definition = await checkDefinition(tx, ctx.dialect, env, input.name, input.transformation, ["input", "transformation"]);
    if (await tx.transformation.findUnique({ where: { environmentId_named_name: { environmentId: env, named: true, name: input.name } } })) {
      throw new DomainError("ALREADY_EXISTS", `named transformation ${input.name} already exists`, ["input", "name"]);
    }
    const transformation = await tx.transformation.create({
      data: { environmentId: env, named: true, name: input.name, definition, allowedForStrict: input.allowedForStrict ?? true },
    });
    return { transformation };
  });
}

export interface UpdateTransformationInput {
  nameOrParams: string;
  allowedForStrict?: boolean | null;
  transformation?: string | null;
  unsafeUpdate?: string | null;
}

/**
 * Changes allowedForStrict and, with unsafeUpdate, a named transformation's definition. Derived
 * resources already made with it are not invalidated (as the reference says).
 */
export async function updateTransformation(ctx: Ctx, input: UpdateTransformationInput) {
  const env = ctx.environment.id;
  return transact(ctx, async (tx) => {
    const found = await findTransformation(tx, env, input.nameOrParams, ["input", "nameOrParams"]);
    if (!found) throw notFound(`transformation ${input.nameOrParams}`, ["input", "nameOrParams"]);
    const data: { allowedForStrict?: boolean; definition?: string; updatedAt: Date } = { updatedAt: new Date() };
    if (input.allowedForStrict != null) data.allowedForStrict = input.allowedForStrict;
    if (input.transformation != null) {
      if (!found.named) throw new DomainError("INVALID_ARGUMENT", "only a named transformation has a definition to change", ["input", "transformation"]);
      const definition = await checkDefinition(tx, ctx.dialect, env, found.name, input.transformation, ["input", "transformation"]);
      if (definition !== found.definition) {
        throw new DomainError("UNSAFE_UPDATE_REQUIRED", `changing the definition of t_${found.name} needs unsafeUpdate (derived resources made with it are not invalidated)`, ["input", "transformation"]);
      }
    }
    if (input.unsafeUpdate != null) {
      if (!found.named) throw new DomainError("INVALID_ARGUMENT", "unsafeUpdate changes a named transformation's definition; this one is unnamed", ["input", "unsafeUpdate"]);
      data.definition = await checkDefinition(tx, ctx.dialect, env, found.name, input.unsafeUpdate, ["input", "unsafeUpdate"]);
    }
    return { transformation: await tx.transformation.update({ where: { id: found.id }, data }) };
  });
}

/**
 * Deletes a transformation and invalidates (deletes) its derived resources, and for a named one
 * the derived resources of unnamed transformations that use it with other parameters. With 1000
 * or more of them the delete is refused, as the Admin API refuses it (403).
 */
export async function deleteTransformation(ctx: Ctx, input: { nameOrParams: string }) {
  const env = ctx.environment.id;
  const field = ["input", "nameOrParams"];
  return transact(ctx, async (tx) => {
    const found = await findTransformation(tx, env, input.nameOrParams, field);
    if (!found) throw notFound(`transformation ${input.nameOrParams}`, field);
    // Imports that are about to record derived resources of this row hold it FOR SHARE: wait for them.
    if (ctx.dialect === "postgres") await tx.$queryRaw`SELECT "id" FROM "Transformation" WHERE "id" = ${found.id} FOR UPDATE`;
    if (found.named) {
      // Deleting a transformation other named ones are defined with would leave them dangling.
      const candidates = await tx.transformation.findMany({ where: { environmentId: env, named: true, definition: { contains: found.name } }, select: { name: true, definition: true }, orderBy: { name: "asc" } });
      const users = candidates.filter((c) => referencedNames(parseTransformation(c.definition, field)).includes(found.name)).map((c) => `t_${c.name}`);
      if (users.length) {
        throw new DomainError("TRANSFORMATION_IN_USE", `t_${found.name} is used by ${users.join(", ")}; change or delete ${users.length === 1 ? "it" : "them"} first`, field);
      }
    }
    const direct = await tx.derivedResource.count({ where: { transformationId: found.id }, take: MAX_DERIVED_TO_INVALIDATE });
    if (direct >= MAX_DERIVED_TO_INVALIDATE) {
      throw new DomainError("TOO_MANY_DERIVED_RESOURCES", `${transformationRef(found)} has too many derived resources (1000 or more) to be deleted`, field);
    }
    let dependentIds: number[] = [];
    if (found.named) {
      // Candidates by text (the name alone: in a chain t_b.a it follows a dot), then exactly by
      // their parsed t_ references (t_a must not match t_ab).
      const candidates = await tx.transformation.findMany({ where: { environmentId: env, named: false, name: { contains: found.name } }, select: { id: true, name: true } });
      dependentIds = candidates.filter((c) => referencedNames(parseTransformation(c.name, field)).includes(found.name)).map((c) => c.id);
    }
    const dependent = dependentIds.length
      ? await tx.derivedResource.count({ where: { transformationId: { in: dependentIds } }, take: MAX_DERIVED_TO_INVALIDATE })
      : 0;
    if (direct + dependent >= MAX_DERIVED_TO_INVALIDATE) {
      throw new DomainError("TOO_MANY_DEPENDENT_TRANSFORMATIONS", `t_${found.name} has too many dependent transformations (1000 or more derived resources use it with other parameters)`, field);
    }
    const { count: viaDependents } = dependentIds.length ? await tx.derivedResource.deleteMany({ where: { transformationId: { in: dependentIds } } }) : { count: 0 };
    const { count: own } = await tx.derivedResource.deleteMany({ where: { transformationId: found.id } });
    await tx.transformation.delete({ where: { id: found.id } });
    return { deleted: found, invalidatedDerivedCount: own + viaDependents };
  });
}
