// The expression parser: search.grammar.peggy compiled by peggy when this module loads. Building
// at load time (a few milliseconds, once per process) keeps the grammar the only source: there
// is no generated parser to commit, review or let drift from it.
import { readFileSync } from "node:fs";
import peggy from "peggy";
import { DomainError, type FieldPath } from "../../errors/errors.js";

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
/**
 * How deeply groups and negations may nest. The parser and the compiler recurse once per level
 * and SQLite refuses expressions deeper than 1000, so a deep expression would otherwise overflow
 * the stack or fail in the database instead of being refused.
 */
export const MAX_NESTING = 64;
/**
 * How many clauses and terms one search may combine. PostgreSQL plans clauses ANDed together as
 * joins, and planning time grows with the square of their number (64: about half a second), so
 * a longer expression would hold a connection for as long as its author likes.
 */
export const MAX_CLAUSES = 64;
/**
 * Free-text terms and bare words (matched against every text field of every asset) are far costlier than
 * field clauses: on 100,000 assets one costs about a second on SQLite, 64 OR'd ones 30 to 40 s
 * (bench/limits.ts). So of the clauses, at most this many may be free-text terms.
 */
export const MAX_TERMS = 10;

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
  // A lone surrogate is no character: neither database can store or compare it.
  const lone = /\p{Surrogate}/u.exec(expression);
  if (lone) throw new ExpressionError(`invalid expression at position ${lone.index}: a lone UTF-16 surrogate is not a character`, lone.index);
  checkParentheses(expression);
  let tree: Node | null;
  try {
    tree = parser.parse(expression) as Node | null;
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
  checkSize(tree, ["expression"]);
  return tree;
}

/** Parentheses nested past MAX_NESTING (outside quotes), found before the recursive parser sees them. */
function checkParentheses(expression: string): void {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i];
    if (c === "\\") i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === "(" && ++depth > MAX_NESTING) {
      throw new DomainError("LIMIT_EXCEEDED", `expression nests parentheses more than ${MAX_NESTING} deep (at position ${i})`, ["expression"]);
    } else if (!quoted && c === ")") depth = Math.max(0, depth - 1);
  }
}

/**
 * LIMIT_EXCEEDED (naming `field`) for a tree nested deeper than MAX_NESTING, with more than
 * MAX_CLAUSES clauses and terms, or more than MAX_TERMS free-text terms; applies to expressions
 * and typed filters alike.
 */
export function checkSize(tree: Node | null, field: FieldPath): void {
  let clauses = 0;
  let terms = 0;
  const visit = (n: Node | GroupNode, depth: number): void => {
    if (depth > MAX_NESTING) throw new DomainError("LIMIT_EXCEEDED", `${field[0]} nests groups and negations more than ${MAX_NESTING} deep`, field);
    switch (n.kind) {
      case "and":
      case "or":
        for (const item of n.items as (Node | GroupNode)[]) visit(item, depth + 1);
        return;
      case "not":
        return visit(n.item, depth + 1);
      case "group":
        return visit(n.group, depth + 1);
      case "term":
      case "bare":
        clauses += 1;
        if (++terms > MAX_TERMS) throw new DomainError("LIMIT_EXCEEDED", `${field[0]} combines more than ${MAX_TERMS} free-text terms and bare words`, field);
        break;
      default:
        clauses += 1;
    }
    if (clauses > MAX_CLAUSES) throw new DomainError("LIMIT_EXCEEDED", `${field[0]} combines more than ${MAX_CLAUSES} clauses and terms`, field);
  };
  if (tree) visit(tree, 0);
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
