// A check on an operation's variables that no schema type can state, run before execution
// coerces them: lone UTF-16 surrogates. No string holding one can be stored, compared or even
// sent to the database (Prisma's query encoding fails), wherever it is used. Literals cannot hold
// one (the GraphQL parser refuses them), so variables are the only way in. The error names the
// offending value's path (`["input", "tags", "3"]`). Their nesting is bounded before this runs
// (src/query-limits.ts checkRequestValues), so the walk below is shallow.
import type { Plugin } from "graphql-yoga";
import { DomainError } from "./errors/errors.js";

const LONE_SURROGATE = /\p{Surrogate}/u;

/** Where a value sits: its key and its parent's place (a path built only for an error). */
interface Place {
  key: string;
  parent: Place | null;
}

const pathOf = (place: Place): string[] => {
  const path: string[] = [];
  for (let p: Place | null = place; p; p = p.parent) path.unshift(p.key);
  return path;
};

/** The first problem in the operation's variables, as a typed error; null when there is none. */
export function checkVariables(variables: Record<string, unknown> | null | undefined): DomainError | null {
  if (!variables) return null;
  // An explicit stack all the same: a recursive walk would spend the stack the executor needs.
  const stack: [unknown, Place][] = Object.entries(variables).map(([name, value]) => [value, { key: name, parent: null }]);
  while (stack.length) {
    const [value, place] = stack.pop()!;
    if (typeof value === "string") {
      const lone = LONE_SURROGATE.exec(value);
      if (lone) {
        const path = pathOf(place);
        return new DomainError("INVALID_ARGUMENT", `${path.join(".")} holds a lone UTF-16 surrogate (at ${lone.index}), which is not a character`, path);
      }
    } else if (value !== null && typeof value === "object") {
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
      for (const [key, v] of entries) {
        // keys too: a JSON scalar's object keys reach the database
        if (LONE_SURROGATE.test(key)) {
          const path = pathOf(place);
          return new DomainError("INVALID_ARGUMENT", `${path.join(".")} has a key with a lone UTF-16 surrogate, which is not a character`, path);
        }
        stack.push([v, { key, parent: place }]);
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
