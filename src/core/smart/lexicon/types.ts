import type { CriterionKey } from "../types";

/**
 * One family of cues, as regular-expression sources joined into one
 * alternation. Sources are data so that a French or Spanish lexicon is a new
 * file, not new code. Patterns are compiled with the `u` flag, and with `i`
 * unless the family is case-sensitive (proper names of authorities).
 */
export interface CuePatterns {
  readonly patterns: readonly string[];
  readonly caseSensitive?: boolean;
}

/** Cues found anywhere in the text (and in the context). */
export type CueKey =
  /** Marks a sentence as operative: it asks someone to do something. */
  | "directive"
  /** A modal or passive request that closes the subject of a directive ("should", "is requested to"). */
  | "modal"
  /** Frames that introduce the addressee ("recommends that", "urges", "calls on"). */
  | "agentFrame"
  /** Where a new clause begins inside a sentence (";", ", and that"). */
  | "clauseBreak"
  /** Where a new subject may begin inside a clause (", ", "that "). */
  | "subjectIntro"
  /** Vague asks: "consider", "improve", "take appropriate measures", "properly". */
  | "vague"
  /** Outcomes no one can guarantee: "ensure that no one is ever ...". */
  | "absolute"
  /** Asks with no bounded object: "measures", "efforts", "attention", "the situation". */
  | "unbounded"
  /** Yardsticks that cannot be checked: "when needed", "more often", "adequate". */
  | "softYardstick"
  /** Open-ended actions whose completion cannot be observed: "review", "assess". */
  | "openAction"
  /** What an observer can check: numbers, quantifiers, frequencies, documents. */
  | "measure"
  /** Deadlines, periods and immediacy. */
  | "timeframe"
  /** Open-ended time phrases that are not a timeframe ("as soon as possible"). */
  | "openTime"
  /** Priority, urgency, order of steps, interim measures, risks. */
  | "priority"
  /** Statements of what the visit found ("the delegation observed", "given that"). */
  | "finding"
  /** Standards and law (Nelson Mandela Rules, article 5, CPT standards). */
  | "standard"
  /** Relative clauses that state a problem ("which prevent access to light"). */
  | "problemClause"
  /** Purpose conjunctions and infinitives that name a goal ("so that", "in order to", "to prevent"). */
  | "purpose"
  /** Effects named without a purpose marker ("reduce the use of", "reduce overcrowding"). */
  | "effect"
  /** Someone deprived of liberty receives or is allowed something ("allow patients to", "for all women"). */
  | "beneficiary"
  /** "ensure that" followed by a state of persons or practice (not of a physical item). */
  | "ensureOutcome"
  /** Explicit means: "by installing", "through", "for instance", "such as". */
  | "means"
  /** Links an action back to a stated goal ("accordingly", "to this end"). */
  | "meansLink"
  /** Stopping a practice or saying what must not happen ("stop", "should not be"). */
  | "stopPractice"
  /** Named options ("consider installing fans or ..."). */
  | "option"
  /** Levers on the cause: policy, procedure, regulation, training, staffing, budget. */
  | "rootLever"
  /** Routine and record-keeping, levers only when the ask is concrete. */
  | "weakLever"
  /** Explicitly systemic scope ("in all police stations", "nationwide"). */
  | "systemic"
  /** A universal quantifier over persons or facilities ("every detainee", "all vans"). */
  | "quantifiedGroup"
  /** A single named facility or district ("Northfield Prison"), which confines a quantifier. */
  | "namedFacility"
  /** Changing a law or a national budget. */
  | "legislativeAct"
  /** Addressees that name no one ("the authorities", "the State"). */
  | "genericAddressee";

/** Cues tried only at a given position (the start of a subject). */
export type AnchoredKey =
  /** A named body or post holder ("the Ministry of Justice", "the head of the medical unit"). */
  | "authority"
  /** Persons deprived of liberty as the subject of a clause ("every detainee", "children"). */
  | "personSubject"
  /** A practice done to them as the subject of a clause ("body searches", "the use of restraints"). */
  | "practiceSubject"
  /** A modal that makes the subject a recipient, not an actor ("should be given", "should receive"). */
  | "passiveRecipient"
  /** A pronoun subject whose referent lies outside the text ("It should", "They must"). */
  | "pronounSubject"
  /** A lower-case start: a list item continuing a sentence that introduced it. */
  | "fragmentStart"
  /** An imperative at the start of a sentence ("Ensure that ...", "Install ..."). */
  | "imperative";

/** Tests on an already found span (the addressee). */
export type SpanTestKey =
  /** A post holder of one facility (director, governor, head of ward). */
  | "localPostHolder"
  /** A national body (ministry, directorate, government, parliament). */
  | "nationalBody";

/**
 * Advice shown when a criterion is not met. `default` always exists; other
 * keys name the reason found. `{phrase}` is replaced by the words that caused
 * the verdict.
 */
export interface CriterionSuggestions {
  readonly default: string;
  readonly [reason: string]: string;
}

export interface SmartLexicon {
  /** BCP 47 tag ("en", "fr", "es"). */
  readonly language: string;
  /** Compile with the `u` flag, for patterns that use \p{...} classes (slower). */
  readonly unicode?: boolean;
  /** Words whose final dot does not end a sentence, lower case, without the dot ("e.g", "no", "art"). */
  readonly abbreviations: readonly string[];
  /** Minimum number of words for a non-operative sentence to count as a finding. */
  readonly minFindingWords: number;
  readonly cues: Readonly<Record<CueKey, CuePatterns>>;
  readonly anchored: Readonly<Record<AnchoredKey, CuePatterns>>;
  readonly spanTests: Readonly<Record<SpanTestKey, CuePatterns>>;
  readonly suggestions: Readonly<Record<CriterionKey, CriterionSuggestions>>;
}
