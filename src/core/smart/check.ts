import { applyRules, type RuleOutcome } from "./criteria";
import { compileLexicon } from "./compile";
import { en } from "./lexicon/en";
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
  /** Cues and advice of one language; English by default. */
  lexicon?: SmartLexicon;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Checks one recommendation against the ten Double-SMART criteria. Pure and
 * total: any string (empty, huge, any script) gives a result, never an error.
 */
export function checkRecommendation(input: CheckInput, options: CheckOptions = {}): CheckResult {
  const lexicon = options.lexicon ?? en;
  const text = typeof input.text === "string" ? input.text : "";
  const context = typeof input.context === "string" ? input.context : "";
  if (!HAS_WORD.test(text)) return emptyResult(lexicon);

  const doc = new Doc(compileLexicon(lexicon), context, text);
  const outcomes = applyRules(doc);
  const criteria = {} as Record<CriterionKey, CriterionResult>;
  let score = 0;
  for (const key of CRITERION_KEYS) {
    const result = toResult(doc, lexicon, key, outcomes[key]);
    if (result.verdict === "met") score++;
    criteria[key] = result;
  }
  return { score, criteria };
}

function toResult(
  doc: Doc,
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
  return {
    verdict: outcome.verdict,
    evidence,
    contextEvidence,
    suggestion:
      outcome.verdict === "met"
        ? null
        : suggestionFor(
            lexicon,
            key,
            outcome.reason,
            outcome.phrase ? doc.text(outcome.phrase) : undefined
          ),
  };
}

/** The lexicon's advice for a criterion, with {phrase} filled in (or the default when there is no phrase). */
export function suggestionFor(
  lexicon: SmartLexicon,
  key: CriterionKey,
  reason?: string,
  phrase?: string
): string {
  const advice = lexicon.suggestions[key];
  const template = (reason !== undefined && advice[reason]) || advice.default;
  if (!template.includes("{phrase}")) return template;
  if (phrase === undefined) return advice.default;
  const quoted = phrase.replace(/\s+/g, " ").trim().slice(0, 60);
  return template.split("{phrase}").join(quoted);
}

function emptyResult(lexicon: SmartLexicon): CheckResult {
  const criteria = {} as Record<CriterionKey, CriterionResult>;
  for (const key of CRITERION_KEYS) {
    criteria[key] = {
      verdict: "not_met",
      evidence: [],
      contextEvidence: [],
      suggestion: suggestionFor(lexicon, key, "empty"),
    };
  }
  return { score: 0, criteria };
}
