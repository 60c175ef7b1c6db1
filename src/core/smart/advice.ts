import type { Language } from "../language";
import { LEXICONS } from "./lexicon";
import type { SmartLexicon } from "./lexicon/types";
import type { Basis } from "./types";
import type { CheckResult, CriterionKey, CriterionResult } from "./types";

/**
 * The advice for a criterion not met: a template in the reader's language
 * (the pane's, or rectrack's --lang) with the words quoted from the text and
 * an example written in the recommendation's language, so that the example
 * can be pasted into the report as it is.
 */
export function adviceText(
  ui: SmartLexicon,
  text: SmartLexicon,
  key: CriterionKey,
  basis: Basis | undefined,
  phrase?: string
): string {
  const filled = withExample(ui, text, key, basis, phrase !== undefined);
  if (!filled.includes("{phrase}")) return filled;
  const quoted = (phrase ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
  return filled.split("{phrase}").join(quoted);
}

/** Templates with their example filled in, per reader lexicon, text lexicon, criterion and basis. */
const filledTemplates = new WeakMap<SmartLexicon, WeakMap<SmartLexicon, Map<string, string>>>();

function withExample(
  ui: SmartLexicon,
  text: SmartLexicon,
  key: CriterionKey,
  basis: Basis | undefined,
  hasPhrase: boolean
): string {
  let byText = filledTemplates.get(ui);
  if (!byText) filledTemplates.set(ui, (byText = new WeakMap()));
  let cache = byText.get(text);
  if (!cache) byText.set(text, (cache = new Map()));
  const id = `${key}.${basis ?? ""}.${hasPhrase ? 1 : 0}`;
  let filled = cache.get(id);
  if (filled === undefined) {
    const advice = ui.advice[key];
    let template = (basis !== undefined && advice[basis]) || advice.default;
    if (template.includes("{phrase}") && !hasPhrase) template = advice.default;
    const example =
      (basis !== undefined && text.examples[`${key}.${basis}` as const]) || text.examples[key];
    filled = template.split("{example}").join(example);
    cache.set(id, filled);
  }
  return filled;
}

/** The suggestion of one criterion of a result, in the reader's language; null when it is met. */
export function suggestionIn(
  result: CheckResult,
  key: CriterionKey,
  readerLanguage: Language
): string | null {
  const criterion = result.criteria[key];
  if (criterion.verdict === "met") return null;
  if (criterion.basis === undefined) return criterion.suggestion;
  return adviceText(
    LEXICONS[readerLanguage],
    LEXICONS[result.language ?? readerLanguage],
    key,
    criterion.basis,
    criterion.phrase
  );
}

/** The name of what a criterion's evidence is ("deadline", "addressee"), in the reader's language. */
export function basisName(criterion: CriterionResult, readerLanguage: Language): string | null {
  return criterion.basis === undefined || criterion.basis === "none" || criterion.basis === "empty"
    ? null
    : LEXICONS[readerLanguage].basisNames[criterion.basis];
}
