// Checks on an operation's variables that no schema type can state, run before execution
// coerces them:
// - nesting: the executor coerces input values recursively, so a filter nested a thousand
//   `and` lists deep overflows the stack (a 500) before any resolver could refuse it;
// - lone UTF-16 surrogates: no string holding one can be stored, compared or even sent to the
//   database (Prisma's query encoding fails), wherever it is used. Literals cannot hold one: the
//   GraphQL parser refuses them, so variables are the only way in.
// Each is a typed error naming the offending value's path (`["input", "tags", "3"]`).
import type { Plugin } from "graphql-yoga";
import { DomainError } from "./errors/errors.js";

/**
 * Levels of objects and lists one variable may nest. The deepest input the schema's own caps
 * allow is a search filter nested 64 groups deep (an object and a list per group, about 130
 * levels); the executor's recursion overflows near 2,000.
 */
export const MAX_VARIABLE_NESTING = 200;

const LONE_SURROGATE = /\p{Surrogate}/u;

/** Where a value sits: its key and its parent's place (a path built only for an error). */
interface Place {
  key: string;
  parent: Place | null;
  depth: number;
}

const pathOf = (place: Place): string[] => {
  const path: string[] = [];
  for (let p: Place | null = place; p; p = p.parent) path.unshift(p.key);
  return path;
};

/** The first problem in the operation's variables, as a typed error; null when there is none. */
export function checkVariables(variables: Record<string, unknown> | null | undefined): DomainError | null {
  if (!variables) return null;
  // An explicit stack, so that checking depth cannot itself overflow.
  const stack: [unknown, Place][] = Object.entries(variables).map(([name, value]) => [value, { key: name, parent: null, depth: 0 }]);
  while (stack.length) {
    const [value, place] = stack.pop()!;
    if (typeof value === "string") {
      const lone = LONE_SURROGATE.exec(value);
      if (lone) {
        const path = pathOf(place);
        return new DomainError("INVALID_ARGUMENT", `${path.join(".")} holds a lone UTF-16 surrogate (at ${lone.index}), which is not a character`, path);
      }
    } else if (value !== null && typeof value === "object") {
      if (place.depth >= MAX_VARIABLE_NESTING) {
        const path = pathOf(place);
        return new DomainError("LIMIT_EXCEEDED", `variables may nest objects and lists at most ${MAX_VARIABLE_NESTING} levels deep (${path[0]} is deeper)`, path.slice(0, 1));
      }
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
      for (const [key, v] of entries) {
        // keys too: a JSON scalar's object keys reach the database
        if (LONE_SURROGATE.test(key)) {
          const path = pathOf(place);
          return new DomainError("INVALID_ARGUMENT", `${path.join(".")} has a key with a lone UTF-16 surrogate, which is not a character`, path);
        }
        stack.push([v, { key, parent: place, depth: place.depth + 1 }]);
      }
    }
  }
  return null;
}

export function inputValuePlugin(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = checkVariables(args.variableValues as Record<string, unknown> | null | undefined);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = checkVariables(args.variableValues as Record<string, unknown> | null | undefined);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
