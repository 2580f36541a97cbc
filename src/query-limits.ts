// Caps on what one operation may ask for, checked before anything runs and stated in the README
// (a client finds them in the docs, not by tripping over them): depth, aliases, tokens and
// directives through graphql-armor, and the number of nodes an operation could return, as
// GitHub limits it: the sum, over every connection, of the product of `first` along its path.
import { EnvelopArmor } from "@escape.tech/graphql-armor";
import {
  GraphQLError, Kind, getNamedType, getNullableType, isObjectType, valueFromASTUntyped,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLObjectType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode, type ValidationContext,
} from "graphql";
import type { Plugin } from "graphql-yoga";

export const QUERY_LIMITS = {
  maxDepth: 15,
  maxAliases: 30,
  maxTokens: 10_000,
  maxDirectives: 50,
  /** nodes one operation may request across all its connections */
  maxNodes: 100_000,
  /**
   * An omitted `first` counts as this many: no connection's default page is larger (most are
   * 10, related assets and metadata fields 100), so the estimate is never below the real size.
   */
  assumedPage: 100,
} as const;

// Reported as validation errors, so Yoga answers as the GraphQL-over-HTTP spec says: 400 for
// application/graphql-response+json, 200 with `errors` (and no `data`) for application/json.
const reject = (code: string) => (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { code } }));

function armorPlugins(): Plugin[] {
  const common = { propagateOnRejection: false, exposeLimits: true };
  const armor = new EnvelopArmor({
    // GraphiQL users rely on "did you mean" suggestions; the schema is public anyway.
    blockFieldSuggestion: { enabled: false },
    // Cost is bounded by the node limit below, which knows page sizes; armor's cost does not.
    costLimit: { enabled: false },
    maxDepth: { ...common, n: QUERY_LIMITS.maxDepth, flattenFragments: true, onReject: [reject("QUERY_TOO_DEEP")] },
    maxAliases: { ...common, n: QUERY_LIMITS.maxAliases, onReject: [reject("TOO_MANY_ALIASES")] },
    maxTokens: { ...common, n: QUERY_LIMITS.maxTokens, onReject: [reject("TOO_MANY_TOKENS")] },
    maxDirectives: { ...common, n: QUERY_LIMITS.maxDirectives, onReject: [reject("TOO_MANY_DIRECTIVES")] },
  });
  return armor.protect().plugins as Plugin[];
}

const isConnection = (type: GraphQLObjectType) => {
  const fields = type.getFields();
  return "edges" in fields && "pageInfo" in fields;
};

/** A field of the operation, as the walk meets it. */
export interface FieldVisit {
  parent: GraphQLObjectType;
  name: string;
  /** the field's object type (lists and non-null unwrapped) */
  type: GraphQLObjectType;
  /** the field's `first`, when given (literal or variable) */
  first: number | undefined;
  /** what the enclosing visits returned: the nodes each occurrence of this field stands for */
  multiplier: number;
}

/**
 * Walks the object-typed fields of `operation` (fragments inlined, each once per path) in
 * document order. `visit` returns the multiplier for the field's own selections.
 */
export function walkFields(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, visit: (field: FieldVisit) => number): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root = operation.operation === "query" ? schema.getQueryType() : operation.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return;

  const walk = (set: SelectionSetNode, parent: GraphQLObjectType, multiplier: number, seen: Set<string>): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const on = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (on && isObjectType(on)) walk(sel.selectionSet, on, multiplier, seen);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(sel.name.value);
        // A fragment spread inside itself is invalid GraphQL; validation reports it.
        if (!fragment || seen.has(fragment.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value);
        if (on && isObjectType(on)) walk(fragment.selectionSet, on, multiplier, new Set([...seen, fragment.name.value]));
        continue;
      }
      const def = parent.getFields()[sel.name.value];
      if (!def || !sel.selectionSet) continue;
      const type = getNamedType(getNullableType(def.type));
      if (!isObjectType(type)) continue;
      const arg = sel.arguments?.find((a) => a.name.value === "first");
      const value = arg ? valueFromASTUntyped(arg.value, variables) : undefined;
      const first = typeof value === "number" && value > 0 ? value : undefined;
      walk(sel.selectionSet, type, visit({ parent, name: sel.name.value, type, first, multiplier }), seen);
    }
  };
  walk(operation.selectionSet, root, 1, new Set());
}

/** Upper bound of the nodes `operation` can return, with its variables' values. */
export function countNodes(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  let total = 0;
  walkFields(schema, document, operation, variables, ({ type, first, multiplier }) => {
    if (!isConnection(type)) return multiplier;
    const inner = multiplier * (first ?? QUERY_LIMITS.assumedPage);
    total += inner;
    return inner;
  });
  return total;
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

export function queryLimitPlugins(): Plugin[] {
  return [...armorPlugins(), nodeLimitPlugin()];
}
