// Folder search fields (the reference's "Folder expression fields"): name, path, created_at,
// updated_at and id (the external id). A bare term matches the tokens of the path (which ends
// with the name).
import { ExpressionError } from "./search.parser.js";
import { dateField, fixedField, textField, type FieldHandler, type FieldSet } from "./search.compile.js";
import { FALSE, or, raw, sql, startsWithSql, tokenMatch } from "./search.sql.js";
import { tokenPattern } from "./search.values.js";

const F = (column: string) => raw(`f."${column}"`);

/** path: `=` exact, `:` tokens, `path/*` the folder and its subfolders, `pa*` paths starting so. */
function pathField(env: Parameters<FieldSet["field"]>[1]): FieldHandler {
  const text = textField(env, "path", F("path"));
  return {
    compare(op, value) {
      if (!value.prefix) return text.compare!(op, value);
      if (op !== ":" && op !== "=") throw new ExpressionError(`path does not take ${op} with a * wildcard`, value.pos);
      if (value.text.endsWith("/")) {
        const base = value.text.replace(/\/+$/, "");
        return or([sql`f."path" = ${base}`, startsWithSql(env.dialect, F("path"), `${base}/`)]);
      }
      return startsWithSql(env.dialect, F("path"), value.text);
    },
  };
}

export const folderFields: FieldSet = {
  field(path, env) {
    const [root, ...rest] = path.segments;
    const known = ["name", "path", "created_at", "updated_at", "id"];
    if (!known.includes(root)) return null;
    if (rest.length) throw new ExpressionError(`${root} has no sub-fields (${path.text})`, path.pos);
    if (root === "updated_at" && env.folderMode === "fixed") throw new ExpressionError("updated_at is not supported in fixed folder mode", path.pos);
    switch (root) {
      case "name":
        return textField(env, root, F("name"));
      case "path":
        return pathField(env);
      case "created_at":
        return dateField(env, root, F("createdAt"));
      case "updated_at":
        return dateField(env, root, F("updatedAt"));
      default:
        return fixedField(root, F("externalId"), []);
    }
  },
  term(value, env) {
    const pattern = tokenPattern(value.text, value.prefix);
    return pattern ? tokenMatch(env.dialect, F("path"), pattern) : FALSE;
  },
};
