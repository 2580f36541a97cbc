// The typed AssetFilter: each part becomes the node the equivalent expression parses to
// (`publicId: {prefix: "dog"}` is `public_id:dog*`, `bytes: {gte: 1000}` is `bytes>=1000`), so both
// inputs share one compiler and mean exactly the same. Values are passed as quoted text: taken
// literally, never re-parsed as syntax.
import type { Node, Op, Path, Value } from "./search.parser.js";

export interface StringFilterInput {
  equals?: string | null;
  in?: string[] | null;
  matches?: string | null;
  prefix?: string | null;
  exists?: boolean | null;
}

export interface NumberFilterInput {
  equals?: number | null;
  gt?: number | null;
  gte?: number | null;
  lt?: number | null;
  lte?: number | null;
}

export interface DateFilterInput {
  gt?: Date | null;
  gte?: Date | null;
  lt?: Date | null;
  lte?: Date | null;
}

export interface ContextFilterPart {
  key: string;
  value?: StringFilterInput | null;
}

export interface MetadataFilterPart {
  externalId: string;
  value?: StringFilterInput | null;
  number?: NumberFilterInput | null;
  date?: { gt?: string | null; gte?: string | null; lt?: string | null; lte?: string | null; equals?: string | null } | null;
}

export interface AssetFilterInput {
  and?: AssetFilterInput[] | null;
  or?: AssetFilterInput[] | null;
  not?: AssetFilterInput | null;
  term?: string | null;
  publicId?: StringFilterInput | null;
  assetId?: StringFilterInput | null;
  filename?: StringFilterInput | null;
  displayName?: StringFilterInput | null;
  assetFolder?: StringFilterInput | null;
  tags?: StringFilterInput | null;
  format?: StringFilterInput | null;
  etag?: StringFilterInput | null;
  resourceType?: string[] | null;
  type?: string[] | null;
  status?: string[] | null;
  accessMode?: string[] | null;
  moderationKind?: string[] | null;
  moderationStatus?: string[] | null;
  createdAt?: DateFilterInput | null;
  uploadedAt?: DateFilterInput | null;
  updatedAt?: DateFilterInput | null;
  bytes?: NumberFilterInput | null;
  backupBytes?: NumberFilterInput | null;
  width?: NumberFilterInput | null;
  height?: NumberFilterInput | null;
  pixels?: NumberFilterInput | null;
  aspectRatio?: NumberFilterInput | null;
  duration?: NumberFilterInput | null;
  context?: ContextFilterPart[] | null;
  metadata?: MetadataFilterPart[] | null;
}

const path = (...segments: string[]): Path => ({ segments, text: segments.join("."), pos: 0 });
const value = (text: string, prefix = false): Value => ({ text, quoted: true, prefix, pos: 0 });
const compare = (p: Path, op: Op, text: string, prefix = false): Node => ({ kind: "compare", path: p, op, value: value(text, prefix), pos: 0 });
const all = (items: Node[]): Node | null => (items.length === 0 ? null : items.length === 1 ? items[0] : { kind: "and", items, pos: 0 });
const any = (items: Node[]): Node => (items.length === 1 ? items[0] : { kind: "or", items, pos: 0 });
const not = (item: Node): Node => ({ kind: "not", item, pos: 0 });

function stringNodes(p: Path, f: StringFilterInput | null | undefined): Node[] {
  if (!f) return [];
  const out: Node[] = [];
  if (f.equals != null) out.push(compare(p, "=", f.equals));
  // an empty list matches nothing (an empty OR)
  if (f.in) out.push(f.in.length ? any(f.in.map((v) => compare(p, "=", v))) : { kind: "or", items: [], pos: 0 });
  if (f.matches != null) out.push(compare(p, ":", f.matches));
  if (f.prefix != null) out.push(compare(p, ":", f.prefix, true));
  if (f.exists != null) {
    const has: Node = { kind: "bare", path: p, pos: 0 };
    out.push(f.exists ? has : not(has));
  }
  return out;
}

const NUMBER_OPS: [keyof NumberFilterInput, Op][] = [["equals", "="], ["gt", ">"], ["gte", ">="], ["lt", "<"], ["lte", "<="]];
function numberNodes(p: Path, f: NumberFilterInput | null | undefined): Node[] {
  if (!f) return [];
  return NUMBER_OPS.flatMap(([k, op]) => (f[k] != null ? [compare(p, op, String(f[k]))] : []));
}

const DATE_OPS: [keyof DateFilterInput, Op][] = [["gt", ">"], ["gte", ">="], ["lt", "<"], ["lte", "<="]];
function dateNodes(p: Path, f: DateFilterInput | null | undefined): Node[] {
  if (!f) return [];
  return DATE_OPS.flatMap(([k, op]) => (f[k] != null ? [compare(p, op, f[k]!.toISOString())] : []));
}

const oneOf = (p: Path, values: string[] | null | undefined): Node[] =>
  values ? [values.length ? any(values.map((v) => compare(p, "=", v))) : { kind: "or", items: [], pos: 0 }] : [];

/** The filter's tree; null when it sets nothing. Parts of one filter object combine with AND. */
export function filterTree(f: AssetFilterInput): Node | null {
  const parts: Node[] = [
    ...(f.term != null ? [{ kind: "term", value: value(f.term), pos: 0 } as Node] : []),
    ...stringNodes(path("public_id"), f.publicId),
    ...stringNodes(path("asset_id"), f.assetId),
    ...stringNodes(path("filename"), f.filename),
    ...stringNodes(path("display_name"), f.displayName),
    ...stringNodes(path("asset_folder"), f.assetFolder),
    ...stringNodes(path("tags"), f.tags),
    ...stringNodes(path("format"), f.format),
    ...stringNodes(path("etag"), f.etag),
    ...oneOf(path("resource_type"), f.resourceType),
    ...oneOf(path("type"), f.type),
    ...oneOf(path("status"), f.status),
    ...oneOf(path("access_mode"), f.accessMode),
    ...oneOf(path("moderation_kind"), f.moderationKind),
    ...oneOf(path("moderation_status"), f.moderationStatus),
    ...dateNodes(path("created_at"), f.createdAt),
    ...dateNodes(path("uploaded_at"), f.uploadedAt),
    ...dateNodes(path("last_updated", "updated_at"), f.updatedAt),
    ...numberNodes(path("bytes"), f.bytes),
    ...numberNodes(path("backup_bytes"), f.backupBytes),
    ...numberNodes(path("width"), f.width),
    ...numberNodes(path("height"), f.height),
    ...numberNodes(path("pixels"), f.pixels),
    ...numberNodes(path("aspect_ratio"), f.aspectRatio),
    ...numberNodes(path("duration"), f.duration),
    ...(f.context ?? []).flatMap((c) => (c.value ? stringNodes(path("context", c.key), c.value) : [{ kind: "bare", path: path("context", c.key), pos: 0 } as Node])),
    ...(f.metadata ?? []).flatMap((m) => {
      const p = path("metadata", m.externalId);
      const d = m.date;
      const dates: Node[] = d ? ([["equals", "="], ["gt", ">"], ["gte", ">="], ["lt", "<"], ["lte", "<="]] as const).flatMap(([k, op]) => (d[k] != null ? [compare(p, op, d[k]!)] : [])) : [];
      const nodes = [...stringNodes(p, m.value), ...numberNodes(p, m.number), ...dates];
      return nodes.length ? nodes : [{ kind: "bare", path: p, pos: 0 } as Node];
    }),
  ];
  const and = (f.and ?? []).map(filterTree).filter((n): n is Node => n !== null);
  parts.push(...and);
  if (f.or) {
    const branches = f.or.map((b) => filterTree(b) ?? ({ kind: "and", items: [], pos: 0 } as Node));
    parts.push({ kind: "or", items: branches, pos: 0 });
  }
  if (f.not) {
    const inner = filterTree(f.not);
    if (inner) parts.push(not(inner));
  }
  return all(parts);
}
