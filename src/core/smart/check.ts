import { detectLanguage, languageIfClear, type Language } from "../language";
import { adviceText } from "./advice";
import { compileLexicon } from "./compile";
import { applyRules, type RuleOutcome } from "./criteria";
import { LEXICONS } from "./lexicon";
import type { SmartLexicon } from "./lexicon/types";
import { Doc } from "./text";
import {
  CRITERION_KEYS,
  type CheckInput,
  type CheckResult,
  type CriterionKey,
  type CriterionResult,
  type Span,
} from "./types";

export interface CheckOptions {
  /** The recommendation's language; detected from its words when absent. */
  language?: Language;
  /** Used when the words are too few to tell the language (a report's language, the pane's). */
  fallbackLanguage?: Language;
  /** The language suggestions are written in (the pane's, rectrack's --lang); English by default. */
  readerLanguage?: Language;
  /** Cues and advice of one language, replacing the built-in lexicon of that language. */
  lexicon?: SmartLexicon;
  /**
   * A second opinion over the rules' verdicts (a learned layer, `learnedLayer` of learned.ts);
   * none by default: the checker ships the rules alone.
   */
  model?: VerdictLayer | null;
}

/** Revises the rules' outcomes of a prepared recommendation. */
export interface VerdictLayer {
  apply(doc: Doc, rules: Record<CriterionKey, RuleOutcome>): Record<CriterionKey, RuleOutcome>;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Checks one recommendation against the ten Double-SMART criteria, in the
 * language it is written in. Pure and total: any string (empty, huge, any
 * script) gives a result, never an error.
 */
export function checkRecommendation(input: CheckInput, options: CheckOptions = {}): CheckResult {
  const { doc, reader, lexicon, language } = prepare(input, options);
  if (!doc) return emptyResult(reader, lexicon, language);
  const rules = applyRules(doc);
  const outcomes = options.model ? options.model.apply(doc, rules) : rules;
  const criteria = {} as Record<CriterionKey, CriterionResult>;
  let score = 0;
  for (const key of CRITERION_KEYS) {
    const result = toResult(doc, reader, lexicon, key, outcomes[key]);
    if (result.verdict === "met") score++;
    criteria[key] = result;
  }
  return { score, language, criteria };
}

/** The prepared recommendation and the rules' outcomes, for a layer's training; null when it has no word. */
export function readRules(
  input: CheckInput,
  options: CheckOptions = {}
): { doc: Doc; rules: Record<CriterionKey, RuleOutcome> } | null {
  const { doc } = prepare(input, options);
  return doc ? { doc, rules: applyRules(doc) } : null;
}

function prepare(
  input: CheckInput,
  options: CheckOptions
): { doc: Doc | null; reader: SmartLexicon; lexicon: SmartLexicon; language: Language } {
  const text = typeof input.text === "string" ? input.text : "";
  const context = typeof input.context === "string" ? input.context : "";
  // The recommendation's own words decide (a Spanish quote in an English report); when they are
  // too few, the introducing sentences, then the caller's fallback (the report's language).
  const language =
    options.lexicon?.language ??
    options.language ??
    languageIfClear(text) ??
    detectLanguage(context, options.fallbackLanguage ?? "en");
  const lexicon = options.lexicon ?? LEXICONS[language];
  const reader =
    options.readerLanguage === undefined
      ? options.lexicon && options.lexicon.language === "en"
        ? options.lexicon
        : LEXICONS.en
      : options.lexicon && options.lexicon.language === options.readerLanguage
        ? options.lexicon
        : LEXICONS[options.readerLanguage];
  const doc = HAS_WORD.test(text) ? new Doc(compileLexicon(lexicon), context, text) : null;
  return { doc, reader, lexicon, language };
}

function toResult(
  doc: Doc,
  reader: SmartLexicon,
  lexicon: SmartLexicon,
  key: CriterionKey,
  outcome: RuleOutcome
): CriterionResult {
  const evidence: Span[] = [];
  const contextEvidence: Span[] = [];
  for (const [start, end] of outcome.evidence) {
    if (start >= doc.offset) evidence.push([start - doc.offset, end - doc.offset]);
    else contextEvidence.push([start, Math.min(end, doc.offset - 1)]);
  }
  const phrase = outcome.phrase ? doc.text(outcome.phrase) : undefined;
  const result: CriterionResult = {
    verdict: outcome.verdict,
    evidence,
    contextEvidence,
    basis: outcome.basis,
    suggestion:
      outcome.verdict === "met" ? null : adviceText(reader, lexicon, key, outcome.basis, phrase),
  };
  if (phrase !== undefined) result.phrase = phrase;
  return result;
}

/** The advice of a lexicon for a criterion, with {phrase} filled in (or the default when there is no phrase). */
export function suggestionFor(
  lexicon: SmartLexicon,
  key: CriterionKey,
  basis?: RuleOutcome["basis"],
  phrase?: string
): string {
  return adviceText(lexicon, lexicon, key, basis, phrase);
}

function emptyResult(reader: SmartLexicon, lexicon: SmartLexicon, language: Language): CheckResult {
  const criteria = {} as Record<CriterionKey, CriterionResult>;
  for (const key of CRITERION_KEYS) {
    criteria[key] = {
      verdict: "not_met",
      evidence: [],
      contextEvidence: [],
      basis: "empty",
      suggestion: adviceText(reader, lexicon, key, "empty"),
    };
  }
  return { score: 0, language, criteria };
}
