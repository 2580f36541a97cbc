// The expression parser: search.grammar.peggy compiled by peggy when this module loads. Building
// at load time (a few milliseconds, once per process) keeps the grammar the only source: there
// is no generated parser to commit, review or let drift from it.
import { readFileSync } from "node:fs";
import peggy from "peggy";
import { DomainError } from "../../errors/errors.js";

/** A value as written: its text (unescaped, without quotes), whether it was quoted, and a trailing `*`. */
export interface Value {
  text: string;
  quoted: boolean;
  prefix: boolean;
  pos: number;
}

export interface Path {
  /** the root field and its dotted segments: context."key with spaces" → ["context", "key with spaces"] */
  segments: string[];
  text: string;
  pos: number;
}

export type Op = ":" | "=" | ">" | ">=" | "<" | "<=";

/** Inside a value group: values combined with AND, OR and -. */
export type GroupNode =
  | { kind: "and" | "or"; items: GroupNode[]; pos: number }
  | { kind: "not"; item: GroupNode; pos: number }
  | { kind: "value"; value: Value; pos: number };

export type Node =
  | { kind: "and" | "or"; items: Node[]; pos: number }
  | { kind: "not"; item: Node; pos: number }
  /** a bare word or phrase: any searchable field */
  | { kind: "term"; value: Value; pos: number }
  /** a path alone: existence when it names a field, else a bare term */
  | { kind: "bare"; path: Path; pos: number }
  | { kind: "compare"; path: Path; op: Op; value: Value; pos: number }
  | { kind: "range"; path: Path; op: ":" | "="; from: Value; to: Value; pos: number }
  | { kind: "group"; path: Path; op: ":" | "="; group: GroupNode; pos: number };

/** The cap on an expression's length: far above any hand-written query, low enough to bound parse and SQL size. */
export const MAX_EXPRESSION_LENGTH = 4096;

const grammar = readFileSync(new URL("./search.grammar.peggy", import.meta.url), "utf8");
const parser = peggy.generate(grammar);

/** INVALID_EXPRESSION at a character offset of the expression, with what would have been valid there. */
export class ExpressionError extends DomainError {
  constructor(message: string, position: number, expected: string[] = []) {
    super("INVALID_EXPRESSION", message, ["expression"]);
    Object.assign(this.extensions, { position, ...(expected.length ? { expected } : {}) });
  }
}

/** Parses an expression; null for an empty one. Throws ExpressionError for anything malformed. */
export function parseExpression(expression: string): Node | null {
  if (expression.length > MAX_EXPRESSION_LENGTH) {
    throw new DomainError("LIMIT_EXCEEDED", `expression is longer than ${MAX_EXPRESSION_LENGTH} characters`, ["expression"]);
  }
  // PostgreSQL text cannot hold NUL, so no value with one could match; say so rather than fail in the database.
  const nul = expression.indexOf("\u0000");
  if (nul >= 0) throw new ExpressionError(`invalid expression at position ${nul}: the NUL character is not allowed`, nul);
  try {
    return parser.parse(expression) as Node | null;
  } catch (e) {
    if (!(e instanceof parser.SyntaxError)) throw e;
    const position = e.location.start.offset;
    const expected = [...new Set((e.expected ?? []).map(describe))].sort();
    const found = e.found == null ? "the end of the expression" : JSON.stringify(e.found);
    const message = e.expected
      ? `invalid expression at position ${position}: expected ${expected.join(", ")} but found ${found}`
      : `invalid expression at position ${position}: ${e.message}`;
    throw new ExpressionError(message, position, expected);
  }
}

function describe(x: peggy.parser.Expectation): string {
  switch (x.type) {
    case "literal":
      return JSON.stringify(x.text);
    case "other":
      return x.description;
    case "end":
      return "the end of the expression";
    case "any":
      return "any character";
    case "class":
      return "a character";
  }
}
