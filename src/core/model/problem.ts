/**
 * The one shape of a problem, in every layer: what went wrong (a code) and
 * what to show with it (values). Each layer raises its own family of codes
 * (the Excel and Word adapters, Graph, sign-in, files and input); each
 * surface words them in the user's language from a map keyed by code
 * (the panes' catalogues, the command line's sentences), so a code without
 * its wording is a type error. The Error's message is for developers and
 * logs, never matched: a problem is recognised by `instanceof Problem` and
 * its family, not by its name as a string.
 */
export type ProblemFamily = "input" | "excel" | "word" | "graph" | "signIn";

export type ProblemValues = Readonly<Record<string, string>>;

export class Problem<Code extends string = string> extends Error {
  constructor(
    readonly family: ProblemFamily,
    readonly code: Code,
    readonly values: ProblemValues = {},
    detail = ""
  ) {
    super(detail || `${code}${Object.keys(values).length ? ` ${JSON.stringify(values)}` : ""}`);
  }
}

/**
 * A problem told by its code alone (no values), with an optional detail for
 * developers and logs: the Word adapter's and sign-in's. `problem` is the
 * code by its older name.
 */
export class CodedProblem<Code extends string> extends Problem<Code> {
  constructor(family: ProblemFamily, name: string, code: Code, detail = "") {
    super(family, code, {}, detail ? `${code}: ${detail}` : code);
    this.name = name;
  }

  get problem(): Code {
    return this.code;
  }
}

/** The error as a problem of `family`, or null (anything else, a problem of another family included). */
export function problemOf<F extends ProblemFamily>(error: unknown, family: F): Problem | null {
  return error instanceof Problem && error.family === family ? error : null;
}

/** A surface's wording of a family's codes: every code must have its message (a missing one does not compile). */
export type Wording<Code extends string, Message> = { readonly [C in Code]: Message };
