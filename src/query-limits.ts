// Caps on what one operation may ask for, checked before anything runs and stated in docs/limits-and-errors.md
// (a client finds them in the docs, not by tripping over them). Every check here is linear in the
// size of the request and recurses no deeper than the nesting it has already bounded, so no
// document, however crafted, can stall the process or overflow the stack:
// - the text is lexed once (iteratively) for its tokens and bracket nesting before graphql-js's
//   recursive parser sees it;
// - the parsed document is measured once per fragment (memoized) for depth, aliases (including
//   `__typename`), directives and fragment nesting, so `fragment F1 { ...F0 ...F0 }` chains cost
//   one visit per fragment, not 2^n;
// - variables and extensions are measured (iteratively) for nesting before anything coerces them;
// - the nodes an operation could return are counted as GitHub limits them: the sum, over every
//   connection, of the product of `first` along its path (again once per fragment).
// graphql-armor did these before; its token limit never fired under Yoga (it runs at parse time
// without a validation context), its alias count skipped `__typename`, and its walks recursed
// once per fragment spread.
import {
  GraphQLError, GraphQLIncludeDirective, GraphQLSkipDirective, Kind, getDirectiveValues, Lexer, Source, TokenKind, getNamedType, getNullableType, isObjectType, parse, valueFromASTUntyped, visit,
  type DirectiveNode, type DocumentNode, type FragmentDefinitionNode, type GraphQLObjectType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionNode, type SelectionSetNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { LRUCache } from "lru-cache";

export const QUERY_LIMITS = {
  maxDepth: 15,
  maxAliases: 30,
  maxTokens: 10_000,
  maxDirectives: 50,
  /**
   * field selections written in the document (a fragment's once): graphql-js's check that fields
   * of the same name can merge compares them in pairs, and 1,000 repeated nested fields cost it a
   * second of CPU before its own budget gives up
   */
  maxFields: 500,
  /** brackets (`{`, `[`, `(`) open at once in the document's text */
  maxNesting: 64,
  /** fragments spread inside fragments, along any path */
  maxFragmentNesting: 16,
  /** levels of arrays and objects in `variables` (and `extensions`) */
  maxVariableNesting: 200,
  /**
   * values (scalars, arrays and objects) in `variables`: graphql-js coerces each one on the event
   * loop before any resolver can refuse them, and a million tags took it over a second. The largest
   * call the other caps allow (1,000 records with their 10,000 tags and context entries) has about
   * 40,000.
   */
  maxVariableValues: 100_000,
  /** bytes of a request body (HTTP) or message (WebSocket) */
  maxRequestBytes: 10_000_000,
  /** nodes one operation may request across all its connections */
  maxNodes: 100_000,
  /**
   * An omitted `first` counts as this many: no connection's default page is larger (most are
   * 10, related assets and metadata fields 100), so the estimate is never below the real size.
   */
  assumedPage: 100,
} as const;

/**
 * A refusal of the request as a whole. Yoga answers it as the GraphQL-over-HTTP spec says for a
 * request error: 400 for application/graphql-response+json, 200 with only `errors` for
 * application/json.
 */
export function requestLimitError(code: string, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, http: { spec: true, status: 400 } } });
}

/** Tokens and bracket nesting of a document's text, counted without recursion; throws past a cap. */
function checkText(source: Source): void {
  const lexer = new Lexer(source);
  let tokens = 0;
  let nesting = 0;
  for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
    if (++tokens > QUERY_LIMITS.maxTokens) {
      throw requestLimitError("TOO_MANY_TOKENS", `Token limit of ${QUERY_LIMITS.maxTokens} exceeded: the document has more tokens.`);
    }
    if (token.kind === TokenKind.BRACE_L || token.kind === TokenKind.BRACKET_L || token.kind === TokenKind.PAREN_L) {
      if (++nesting > QUERY_LIMITS.maxNesting) {
        throw requestLimitError("QUERY_TOO_DEEP", `Nesting limit of ${QUERY_LIMITS.maxNesting} brackets exceeded at line ${token.line}, column ${token.column}. Pass deeply nested values as variables.`);
      }
    } else if (token.kind === TokenKind.BRACE_R || token.kind === TokenKind.BRACKET_R || token.kind === TokenKind.PAREN_R) {
      nesting--;
    }
  }
}

interface Measure {
  depth: number;
  aliases: number;
  directives: number;
  /** fragment spreads nested in one another below this point */
  fragmentNesting: number;
}

const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);

/**
 * Depth, aliases, directives and fragment nesting of every operation, each fragment measured
 * once. Aliases and directives are counted as the operation would be flattened (a fragment spread
 * twice counts twice), so a doubling chain of fragments is refused instead of expanded.
 */
function checkDocument(document: DocumentNode): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const measured = new Map<string, Measure>();
  const inProgress = new Set<string>();
  const directives = (nodes: readonly DirectiveNode[] | undefined) => nodes?.length ?? 0;

  const measureSet = (set: SelectionSetNode): Measure => {
    const total: Measure = { depth: 0, aliases: 0, directives: 0, fragmentNesting: 0 };
    for (const sel of set.selections) {
      total.directives += directives(sel.directives);
      let inner: Measure;
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) total.aliases++;
        if (!sel.selectionSet) {
          total.depth = Math.max(total.depth, 1);
          continue;
        }
        inner = measureSet(sel.selectionSet);
        // Introspection (GraphiQL's schema query nests TypeRef a dozen levels) is exempt from depth.
        const depth = INTROSPECTION_ROOTS.has(sel.name.value) ? 1 : inner.depth + 1;
        total.depth = Math.max(total.depth, depth);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        inner = measureSet(sel.selectionSet);
        total.depth = Math.max(total.depth, inner.depth);
      } else {
        inner = measureFragment(sel.name.value);
        total.depth = Math.max(total.depth, inner.depth);
      }
      total.aliases += inner.aliases;
      total.directives += inner.directives;
      total.fragmentNesting = Math.max(total.fragmentNesting, inner.fragmentNesting);
    }
    return total;
  };

  const measureFragment = (name: string): Measure => {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown fragments and cycles are validation errors, reported by graphql-js's rules.
    if (!fragment || inProgress.has(name)) return { depth: 0, aliases: 0, directives: 0, fragmentNesting: 0 };
    if (inProgress.size >= QUERY_LIMITS.maxFragmentNesting) {
      throw requestLimitError("QUERY_TOO_DEEP", `Fragment nesting limit of ${QUERY_LIMITS.maxFragmentNesting} exceeded: fragment ${name} is spread inside ${inProgress.size} others.`);
    }
    inProgress.add(name);
    const inner = measureSet(fragment.selectionSet);
    inProgress.delete(name);
    const result = { ...inner, directives: inner.directives + directives(fragment.directives), fragmentNesting: inner.fragmentNesting + 1 };
    measured.set(name, result);
    return result;
  };

  let fields = 0;
  // graphql-js's visit walks with a stack of its own: no recursion.
  visit(document, { Field: () => void fields++ });
  if (fields > QUERY_LIMITS.maxFields) throw requestLimitError("TOO_MANY_FIELDS", `Field limit of ${QUERY_LIMITS.maxFields} exceeded, found ${fields}: the document selects more fields than that (counting each fragment once).`);
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const m = measureSet(d.selectionSet);
    m.directives += directives(d.directives);
    if (m.depth > QUERY_LIMITS.maxDepth) throw requestLimitError("QUERY_TOO_DEEP", `Query depth limit of ${QUERY_LIMITS.maxDepth} exceeded, found ${m.depth}.`);
    if (m.aliases > QUERY_LIMITS.maxAliases) throw requestLimitError("TOO_MANY_ALIASES", `Aliases limit of ${QUERY_LIMITS.maxAliases} exceeded, found ${m.aliases}.`);
    if (m.directives > QUERY_LIMITS.maxDirectives) throw requestLimitError("TOO_MANY_DIRECTIVES", `Directives limit of ${QUERY_LIMITS.maxDirectives} exceeded, found ${m.directives}.`);
  }
}

/** graphql-js's parse behind the caps above: what it returns has passed them all. */
export function parseWithinLimits(text: string | Source): DocumentNode {
  const source = typeof text === "string" ? new Source(text) : text;
  checkText(source);
  const document = parse(source);
  checkDocument(document);
  return document;
}

/** Levels and number of arrays, objects and scalars in a JSON-like value, counted iteratively; throws past a cap. */
function checkValueSize(name: string, value: unknown): void {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let values = 0;
  while (stack.length) {
    const { value: v, depth } = stack.pop()!;
    if (++values > QUERY_LIMITS.maxVariableValues) {
      throw requestLimitError("VARIABLES_TOO_LARGE", `"${name}" holds more than ${QUERY_LIMITS.maxVariableValues} values (arrays, objects and scalars): split the call.`);
    }
    if (v === null || typeof v !== "object") continue;
    if (depth >= QUERY_LIMITS.maxVariableNesting) {
      throw requestLimitError("VARIABLES_TOO_DEEP", `"${name}" nests arrays and objects more than ${QUERY_LIMITS.maxVariableNesting} levels deep.`);
    }
    for (const child of Object.values(v)) stack.push({ value: child, depth: depth + 1 });
  }
}

/** The nesting and size caps on a request's `variables` and `extensions` (HTTP and WebSocket alike). */
export function checkRequestValues(params: { variables?: unknown; extensions?: unknown }): void {
  checkValueSize("variables", params.variables);
  checkValueSize("extensions", params.extensions);
}

const isConnection = (type: GraphQLObjectType) => {
  const fields = type.getFields();
  return "edges" in fields && "pageInfo" in fields;
};

/** A field of the operation, as the fold meets it. */
export interface FieldVisit {
  parent: GraphQLObjectType;
  name: string;
  /** the field's object type (lists and non-null unwrapped) */
  type: GraphQLObjectType;
  /** the field's `first`, when given (literal or variable) */
  first: number | undefined;
}

/** What one occurrence of a field adds to the total, and by what it multiplies what lies below it. */
export interface FieldWeight {
  self: number;
  factor: number;
}

/**
 * Whether @skip / @include leave a selection in: what they leave out is never executed, so it
 * weighs nothing. A directive whose variable does not coerce (the operation will fail) counts
 * as leaving it in.
 */
function executed(node: SelectionNode, variables: Record<string, unknown>): boolean {
  // Most selections carry no directive: nothing to look up on every request's walk.
  if (!node.directives?.length) return true;
  try {
    return getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  } catch {
    return true;
  }
}

/**
 * Folds the object-typed fields of `operation` into one number: the sum, over every occurrence of
 * a field in the operation with its fragments inlined, of the field's `self` times the product of
 * the `factor`s of the fields above it. Each fragment is folded once (the total is linear in what
 * lies above a fragment, so a spread reuses it scaled), and `weigh` sees each field of the
 * document once.
 */
export function foldFields(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, weigh: (field: FieldVisit) => FieldWeight): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root = operation.operation === "query" ? schema.getQueryType() : operation.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return 0;
  const folded = new Map<string, number>();
  const inProgress = new Set<string>();

  const fold = (set: SelectionSetNode, parent: GraphQLObjectType): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (!executed(sel, variables)) continue;
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const on = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (on && isObjectType(on)) total += fold(sel.selectionSet, on);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        total += foldFragment(sel.name.value);
        continue;
      }
      const def = parent.getFields()[sel.name.value];
      if (!def || !sel.selectionSet) continue;
      const type = getNamedType(getNullableType(def.type));
      if (!isObjectType(type)) continue;
      const arg = sel.arguments?.find((a) => a.name.value === "first");
      const value = arg ? valueFromASTUntyped(arg.value, variables) : undefined;
      const first = typeof value === "number" && value > 0 ? value : undefined;
      const { self, factor } = weigh({ parent, name: sel.name.value, type, first });
      total += self + factor * fold(sel.selectionSet, type);
    }
    return total;
  };

  const foldFragment = (name: string): number => {
    const known = folded.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // A fragment spread inside itself is invalid GraphQL; validation reports it.
    if (!fragment || inProgress.has(name)) return 0;
    const on = schema.getType(fragment.typeCondition.name.value);
    inProgress.add(name);
    const total = on && isObjectType(on) ? fold(fragment.selectionSet, on) : 0;
    inProgress.delete(name);
    folded.set(name, total);
    return total;
  };

  return fold(operation.selectionSet, root);
}

/** Upper bound of the nodes `operation` can return, with its variables' values. */
export function countNodes(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  return foldFields(schema, document, operation, variables, ({ type, first }) => {
    if (!isConnection(type)) return { self: 0, factor: 1 };
    const page = first ?? QUERY_LIMITS.assumedPage;
    return { self: page, factor: page };
  });
}

/** The operation of a request: the named one, or the only one. */
export function operationOf(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
}

/** Refuses, before execution, an operation that could return more than maxNodes nodes. */
function nodeLimitPlugin(): Plugin {
  const check = (args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variableValues?: Record<string, unknown> | null }) => {
    const operation = operationOf(args.document, args.operationName);
    if (!operation) return null;
    const nodes = countNodes(args.schema, args.document, operation, args.variableValues ?? {});
    if (nodes <= QUERY_LIMITS.maxNodes) return null;
    return new GraphQLError(
      `This operation could return ${nodes} nodes, above the limit of ${QUERY_LIMITS.maxNodes} (the sum over its connections of the product of first along each path; an omitted first counts as ${QUERY_LIMITS.assumedPage}). Ask for smaller pages.`,
      { extensions: { code: "NODE_LIMIT_EXCEEDED", nodes, limit: QUERY_LIMITS.maxNodes, http: { status: 400 } } },
    );
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = check(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = check(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

/**
 * Parses every document (HTTP and WebSocket, through Yoga's envelop) within the caps, and checks
 * the nesting of HTTP requests' variables and extensions as Yoga reads them; a malformed
 * `variables` or `extensions` parameter of a GET or form request is a 400, not a crash.
 */
function documentLimitPlugin(): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source) => parseWithinLimits(source));
    },
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        let parsed: Awaited<ReturnType<typeof requestParser>>;
        try {
          parsed = await requestParser(request);
        } catch (e) {
          if (e instanceof SyntaxError) throw new GraphQLError(`Request parameters are not valid JSON: ${e.message}`, { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });
          throw e;
        }
        for (const params of Array.isArray(parsed) ? parsed : [parsed]) {
          if (params instanceof Response) continue;
          checkRequestValues(params);
        }
        return parsed;
      });
    },
  };
}

/**
 * Yoga's parse caches, bounded by what they hold rather than by entries alone: its defaults keep
 * 1,024 documents and 1,024 parse errors keyed by their whole text for an hour, so a client
 * sending large distinct documents (even refused ones) could pin gigabytes. Documents over 64 KB
 * are parsed each time (the caps above keep that linear); errors are cheap to find again and are
 * kept only for small documents.
 */
export function parseCaches() {
  // A parsed document takes roughly 20 bytes per character of its text; the key itself 2.
  const bounded = <T extends object>(maxBytes: number, maxEntryChars: number, bytesPerChar: number) =>
    new LRUCache<string, T>({ max: 1024, ttl: 3_600_000, maxSize: maxBytes, maxEntrySize: maxEntryChars * bytesPerChar, sizeCalculation: (_value, key) => Math.max(1, key.length * bytesPerChar) });
  return { documentCache: bounded<DocumentNode>(64_000_000, 64_000, 22), errorCache: bounded<object>(1_000_000, 4_000, 2) };
}

export function queryLimitPlugins(): Plugin[] {
  return [documentLimitPlugin(), nodeLimitPlugin()];
}
