// Asset folders (dynamic folder mode): a tree of paths, each folder a row; assets point at their
// folder by id, so renaming or moving a folder rewrites folder rows only, never asset rows.
import type { Tx } from "../../db/client.js";
import type { Ctx } from "../../context.js";
import { DomainError, assertName, notFound, type FieldPath } from "../../errors/errors.js";
import { transact, type Emit } from "../../events/outbox.js";
import { newHexId } from "../../lib/ids.js";
import { startsWith } from "../../lib/prefix.js";

/** Longest folder path accepted; Cloudinary documents none, this keeps index keys bounded. */
export const MAX_FOLDER_PATH_LENGTH = 1024;
// Characters Cloudinary does not allow in folder names.
const FORBIDDEN_FOLDER_CHARS = /[\\?&#%<>]/;

/**
 * "a/b/" -> "a/b". The root folder is "". Rejects empty segments ("a//b"), segments with
 * leading or trailing spaces, and characters Cloudinary forbids.
 */
export function normalizeFolderPath(raw: string, field: FieldPath, { allowRoot = false } = {}): string {
  const path = raw.replace(/^\/+|\/+$/g, "");
  if (path === "") {
    if (allowRoot) return "";
    throw new DomainError("INVALID_ARGUMENT", `${field.join(".")} must name a folder (the root "" is not a folder)`, field);
  }
  if (path.length > MAX_FOLDER_PATH_LENGTH) throw new DomainError("LIMIT_EXCEEDED", `${field.join(".")} is longer than ${MAX_FOLDER_PATH_LENGTH} characters`, field);
  assertName(field, path);
  for (const segment of path.split("/")) {
    if (segment === "") throw new DomainError("INVALID_ARGUMENT", `${field.join(".")} has an empty path segment`, field);
    if (segment.trim() !== segment) throw new DomainError("INVALID_ARGUMENT", `${field.join(".")} has a segment with leading or trailing spaces`, field);
    if (FORBIDDEN_FOLDER_CHARS.test(segment)) throw new DomainError("INVALID_ARGUMENT", `${field.join(".")} may not contain \\ ? & # % < >`, field);
  }
  return path;
}

export const folderKey = (path: string) => path.toLowerCase();

/** How a folder appears in notifications. */
const folderRef = (f: { name: string; path: string; externalId: string }) => ({ name: f.name, path: f.path, external_id: f.externalId });
const parentOf = (path: string) => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
const nameOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);

export function assertDynamicMode(ctx: Ctx, field: FieldPath): void {
  if (ctx.environment.folderMode === "fixed") {
    throw new DomainError("FIXED_FOLDER_MODE_UNSUPPORTED", `${field.join(".")} is not supported in fixed folder mode`, field);
  }
}

export async function findFolder(tx: Tx, environmentId: number, path: string) {
  return tx.folder.findUnique({ where: { environmentId_pathKey: { environmentId, pathKey: folderKey(path) } } });
}

/**
 * Returns the folder at `path`, creating it and any missing ancestors. An existing folder keeps
 * its stored spelling (paths are unique case-insensitively). Root ("") has no row: null.
 * Emits create_folder for each folder it creates.
 */
export async function ensureFolder(tx: Tx, environmentId: number, path: string, emit: Emit): Promise<{ id: number; path: string; created: string[] } | null> {
  if (path === "") return null;
  const segments = path.split("/");
  const wanted = segments.map((_, i) => segments.slice(0, i + 1).join("/"));
  const existing = await tx.folder.findMany({ where: { environmentId, pathKey: { in: wanted.map(folderKey) } } });
  const byKey = new Map(existing.map((f) => [f.pathKey, f]));
  const created: string[] = [];
  let parentPath = "";
  let last: { id: number; path: string } | undefined;
  for (const p of wanted) {
    let folder = byKey.get(folderKey(p));
    if (!folder) {
      // Under an existing parent spelled differently, keep the parent's spelling.
      const spelled = parentPath === "" ? nameOf(p) : `${parentPath}/${nameOf(p)}`;
      folder = await tx.folder.create({
        data: { environmentId, externalId: newHexId(), path: spelled, pathKey: folderKey(spelled), name: nameOf(p), parentPath },
      });
      created.push(spelled);
      emit({ type: "create_folder", payload: { folder: folderRef(folder) } });
    }
    parentPath = folder.path;
    last = folder;
  }
  return last ? { id: last.id, path: last.path, created } : null;
}

export async function createFolder(ctx: Ctx, input: { path: string }) {
  const path = normalizeFolderPath(input.path, ["input", "path"]);
  return transact(ctx, async (tx, emit) => {
    if (await findFolder(tx, ctx.environment.id, path)) {
      throw new DomainError("ALREADY_EXISTS", `folder ${path} already exists`, ["input", "path"]);
    }
    const result = await ensureFolder(tx, ctx.environment.id, path, emit);
    return { folder: await tx.folder.findUniqueOrThrow({ where: { id: result!.id } }), createdPaths: result!.created };
  });
}

/**
 * Renames and/or moves a folder with everything under it: its own row and every descendant's
 * path change; assets follow because they reference folders by id.
 */
export async function updateFolder(ctx: Ctx, input: { path: string; toPath: string }) {
  assertDynamicMode(ctx, ["input", "toPath"]);
  const from = normalizeFolderPath(input.path, ["input", "path"]);
  const to = normalizeFolderPath(input.toPath, ["input", "toPath"]);
  return transact(ctx, async (tx, emit) => {
    const env = ctx.environment.id;
    const folder = await findFolder(tx, env, from);
    if (!folder) throw notFound(`folder ${from}`, ["input", "path"]);
    const sameFolder = folderKey(to) === folder.pathKey;
    if (folderKey(to).startsWith(`${folder.pathKey}/`)) {
      throw new DomainError("INVALID_ARGUMENT", `cannot move folder ${folder.path} into its own subfolder ${to}`, ["input", "toPath"]);
    }
    if (!sameFolder && (await findFolder(tx, env, to))) {
      throw new DomainError("ALREADY_EXISTS", `folder ${to} already exists`, ["input", "toPath"]);
    }
    const newParent = parentOf(to);
    const parent = await ensureFolder(tx, env, newParent, emit);
    const toPath = parent ? `${parent.path}/${nameOf(to)}` : nameOf(to);
    const now = new Date();
    const descendants = await tx.folder.findMany({ where: { environmentId: env, pathKey: startsWith(ctx.dialect, `${folder.pathKey}/`) } });
    await tx.folder.update({
      where: { id: folder.id },
      data: { path: toPath, pathKey: folderKey(toPath), name: nameOf(toPath), parentPath: parent?.path ?? "", updatedAt: now },
    });
    for (const d of descendants) {
      const path = toPath + d.path.slice(folder.path.length);
      await tx.folder.update({ where: { id: d.id }, data: { path, pathKey: folderKey(path), parentPath: parentOf(path), updatedAt: now } });
    }
    emit({
      type: "move_or_rename_asset_folder",
      payload: { external_id: folder.externalId, from: { name: folder.name, path: folder.path }, to: { name: nameOf(toPath), path: toPath } },
    });
    return {
      from: { name: folder.name, path: folder.path },
      folder: await tx.folder.findUniqueOrThrow({ where: { id: folder.id } }),
      movedFolderCount: descendants.length + 1,
    };
  });
}

/** Deletes an empty folder. Assets deleted but kept as backups move to the root with skipBackup. */
export async function deleteFolder(ctx: Ctx, input: { path: string; skipBackup?: boolean | null }) {
  const path = normalizeFolderPath(input.path, ["input", "path"]);
  return transact(ctx, async (tx, emit) => {
    const folder = await findFolder(tx, ctx.environment.id, path);
    if (!folder) throw notFound(`folder ${path}`, ["input", "path"]);
    const subfolders = await tx.folder.count({ where: { environmentId: ctx.environment.id, parentPath: folder.path } });
    const active = await tx.asset.count({ where: { folderId: folder.id, status: "active" } });
    const backedUp = await tx.asset.count({ where: { folderId: folder.id, status: { not: "active" } } });
    if (subfolders > 0 || active > 0 || (backedUp > 0 && !input.skipBackup)) {
      const parts = [
        subfolders && `${subfolders} subfolder(s)`,
        active && `${active} asset(s)`,
        backedUp && !input.skipBackup && `${backedUp} backed-up asset(s) (pass skipBackup to move them to the root)`,
      ].filter(Boolean);
      throw new DomainError("FOLDER_NOT_EMPTY", `folder ${folder.path} is not empty: it holds ${parts.join(", ")}`, ["input", "path"]);
    }
    await tx.asset.updateMany({ where: { folderId: folder.id }, data: { folderId: null } });
    await tx.folder.delete({ where: { id: folder.id } });
    emit({ type: "delete_folder", payload: { folder: folderRef(folder), skip_backup: Boolean(input.skipBackup) } });
    return { deletedPaths: [folder.path] };
  });
}
