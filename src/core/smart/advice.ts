import type { Language } from "../language";
import { LEXICONS } from "./lexicon";
import type { Basis, SmartLexicon } from "./lexicon/types";
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
  const advice = ui.advice[key];
  let template = (basis !== undefined && advice[basis]) || advice.default;
  if (template.includes("{phrase}") && phrase === undefined) template = advice.default;
  const example =
    (basis !== undefined && text.examples[`${key}.${basis}` as const]) || text.examples[key];
  const quoted = (phrase ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
  return template.split("{phrase}").join(quoted).split("{example}").join(example);
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
