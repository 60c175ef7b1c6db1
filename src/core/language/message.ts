/**
 * The one way to write a translated message, in every layer: the panes'
 * catalogues, core's texts (data-quality issues, the published copy's
 * comment) and the command line's counts. A small subset of ICU
 * MessageFormat, so that a translator who knows the standard can read it and
 * a later move to a full library needs no rewording.
 *
 *   {name}                                   the value, as given
 *   {name, plural, one {# row} other {# rows}}  the branch the language's plural rules choose for the value;
 *                                            # inside a branch is the value; =0 {…} matches the exact number
 *
 * Not supported, because no message needs them: select, ordinal plurals, offsets and apostrophe quoting
 * (an apostrophe is plain text, as French needs it). Values arrive as strings already formatted for the
 * reader ("1 234", "1,234"), so the number a plural is chosen by is read back from the digits.
 */
import type { Language } from "./types";

export type MessagePart =
  | { kind: "text"; text: string }
  | { kind: "argument"; name: string }
  | { kind: "count" }
  | { kind: "plural"; name: string; branches: Map<string, MessagePart[]> };

/** Plural branches the rules can pick (CLDR categories), plus exact matches such as "=0". */
const SELECTOR = /^(zero|one|two|few|many|other|=\d+)$/;

/** A message that does not follow the syntax; the tests parse every catalogue string so none ships. */
export class MessageSyntaxError extends Error {
  constructor(message: string, problem: string, at: number) {
    super(`${problem} at character ${at} of “${message}”`);
    this.name = "MessageSyntaxError";
  }
}

export function parseMessage(message: string): MessagePart[] {
  let at = 0;
  const fail = (problem: string): never => {
    throw new MessageSyntaxError(message, problem, at);
  };
  const skipSpace = () => {
    while (at < message.length && /\s/.test(message[at])) at++;
  };
  const word = (): string => {
    const match = /^[\w=]+/.exec(message.slice(at));
    if (!match) fail("a name was expected");
    at += match![0].length;
    return match![0];
  };

  // inBranch: "#" is the count and "}" ends the branch; at the top level both are plain text.
  const parts = (inBranch: boolean): MessagePart[] => {
    const out: MessagePart[] = [];
    let text = "";
    const flush = () => {
      if (text) out.push({ kind: "text", text });
      text = "";
    };
    while (at < message.length) {
      const char = message[at];
      if (char === "}") {
        if (inBranch) break;
        fail("an unexpected “}”");
      }
      if (char === "#" && inBranch) {
        flush();
        out.push({ kind: "count" });
        at++;
      } else if (char === "{") {
        flush();
        out.push(placeholder());
      } else {
        text += char;
        at++;
      }
    }
    flush();
    return out;
  };

  const placeholder = (): MessagePart => {
    at++; // "{"
    skipSpace();
    const name = word();
    skipSpace();
    if (message[at] === "}") {
      at++;
      return { kind: "argument", name };
    }
    if (message[at] !== ",") fail("“}” or “, plural,” was expected");
    at++;
    skipSpace();
    if (word() !== "plural") fail("only “plural” is supported");
    skipSpace();
    if (message[at] !== ",") fail("“,” was expected after “plural”");
    at++;
    const branches = new Map<string, MessagePart[]>();
    for (;;) {
      skipSpace();
      if (at >= message.length) fail("the plural is not closed");
      if (message[at] === "}") break;
      const selector = word();
      if (!SELECTOR.test(selector)) fail(`“${selector}” is not a plural category`);
      if (branches.has(selector)) fail(`“${selector}” appears twice`);
      skipSpace();
      if (message[at] !== "{") fail(`“{” was expected after “${selector}”`);
      at++;
      branches.set(selector, parts(true));
      if (message[at] !== "}") fail(`the branch “${selector}” is not closed`);
      at++;
    }
    at++; // "}"
    if (!branches.has("other")) fail(`the plural of {${name}} has no “other” branch`);
    return { kind: "plural", name, branches };
  };

  return parts(false);
}

/** The names a message fills, plain or plural, each once, sorted: what fr and es must share with en. */
export function messageArguments(parts: readonly MessagePart[]): string[] {
  const names = new Set<string>();
  const walk = (list: readonly MessagePart[]) => {
    for (const part of list) {
      if (part.kind === "argument") names.add(part.name);
      if (part.kind === "plural") {
        names.add(part.name);
        for (const branch of part.branches.values()) walk(branch);
      }
    }
  };
  walk(parts);
  return [...names].sort();
}

/** Every plural in a message, with its branches' selectors: the tests check each has "one" and "other". */
export function messagePlurals(
  parts: readonly MessagePart[]
): { name: string; selectors: string[] }[] {
  return parts.flatMap((part) =>
    part.kind === "plural"
      ? [
          { name: part.name, selectors: [...part.branches.keys()] },
          ...[...part.branches.values()].flatMap(messagePlurals),
        ]
      : []
  );
}

/** "1 234", "1,234", "12" → the number; anything else (a list, a word) has no count and takes "other". */
function countOf(value: string): number {
  const trimmed = value.trim();
  return /^-?\d[\d\s.,'\u00a0\u202f]*$/.test(trimmed) ? Number(trimmed.replace(/\D/g, "")) : NaN;
}

/**
 * Fills a message. An unknown placeholder stays visible rather than vanishing, so a missing value shows up
 * in testing instead of as a silently shorter sentence; an unknown count takes the "other" branch.
 */
export function formatParts(
  parts: readonly MessagePart[],
  values: Record<string, string> | undefined,
  rules: Intl.PluralRules,
  count?: string
): string {
  return parts
    .map((part) => {
      switch (part.kind) {
        case "text":
          return part.text;
        case "count":
          return count ?? "#";
        case "argument":
          return values && part.name in values ? values[part.name] : `{${part.name}}`;
        case "plural": {
          const value = values && part.name in values ? values[part.name] : undefined;
          const number = value === undefined ? NaN : countOf(value);
          const branch =
            (Number.isFinite(number) && part.branches.get(`=${number}`)) ||
            (Number.isFinite(number) && part.branches.get(rules.select(number))) ||
            part.branches.get("other")!;
          return formatParts(branch, values, rules, value ?? `{${part.name}}`);
        }
      }
    })
    .join("");
}

/** Parses and fills one message for one language: what the translators use, and what tests call directly. */
export function formatMessage(
  message: string,
  values: Record<string, string> | undefined,
  language: string
): string {
  return formatParts(parseMessage(message), values, new Intl.PluralRules(language));
}

/**
 * formatMessage for many messages in one language, each parsed once: for a
 * message filled thousands of times (a data-quality issue on every row).
 */
export function messageFormatter(
  language: string
): (message: string, values?: Record<string, string>) => string {
  const rules = new Intl.PluralRules(language);
  const parsed = new Map<string, MessagePart[]>();
  return (message, values) => {
    let parts = parsed.get(message);
    if (!parts) parsed.set(message, (parts = parseMessage(message)));
    return formatParts(parts, values, rules);
  };
}

/**
 * Looks a key up and fills its {placeholders} and {count, plural, one {…} other {…}} forms;
 * an unknown placeholder stays visible rather than vanishing.
 */
export type TranslateWith<K extends string> = (key: K, values?: Record<string, string>) => string;

/**
 * A translator over one surface's catalogues (the panes', the command line's), each language's typed by
 * the English keys so a missing string does not compile; each message is parsed once.
 */
export function createTranslator<K extends string>(
  catalogues: Record<Language, Record<K, string>>,
  language: Language
): TranslateWith<K> {
  const catalogue = catalogues[language];
  const rules = new Intl.PluralRules(language);
  const parsed = new Map<K, MessagePart[]>();
  return (key, values) => {
    let parts = parsed.get(key);
    if (!parts) {
      try {
        parts = parseMessage(catalogue[key]);
      } catch {
        // The catalogue tests parse every string; should one slip through, it is shown rather than failing.
        parts = [{ kind: "text", text: catalogue[key] }];
      }
      parsed.set(key, parts);
    }
    return formatParts(parts, values, rules);
  };
}
