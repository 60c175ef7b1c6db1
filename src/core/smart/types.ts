import type { Language } from "../language";

/** The ten Double-SMART criteria, keys as in CRITERIA.md, in checklist order. */
export const CRITERION_KEYS = [
  "specific",
  "measurable",
  "achievable",
  "results",
  "timebound",
  "solution",
  "prioritised",
  "argued",
  "rootcause",
  "targeted",
] as const;

export type CriterionKey = (typeof CRITERION_KEYS)[number];

export type Verdict = "met" | "not_met" | "needs_review";

/** A half-open character span [start, end) in CheckInput.text. */
export type Span = [number, number];

export interface CheckInput {
  /** The recommendation itself. */
  text: string;
  /** Sentences of the same paragraph that introduce it (findings, standards); may be empty. */
  context?: string;
}

export interface CriterionResult {
  verdict: Verdict;
  /** Spans in CheckInput.text that triggered the verdict. */
  evidence: Span[];
  /** Spans in CheckInput.context that triggered it (a finding or standard stated before the operative sentence). */
  contextEvidence: Span[];
  /** What the evidence is ("deadline", "addressee", "vague"): the label shown beside it. */
  basis?: Basis;
  /** The words of the text quoted in the advice, if any. */
  phrase?: string;
  /** Short, actionable advice when the verdict is not "met"; null otherwise. */
  suggestion: string | null;
}

export interface CheckResult {
  /** Number of criteria met, 0-10. */
  score: number;
  /** The language the recommendation was read in (its lexicon and grammar). */
  language?: Language;
  criteria: Record<CriterionKey, CriterionResult>;
}

/** Why a criterion was decided: the label shown beside its evidence, and the key of its advice. */
export type Basis =
  // met
  | "action"
  | "measure"
  | "bounded"
  | "outcome"
  | "purpose"
  | "deadline"
  | "immediacy"
  | "means"
  | "option"
  | "priority"
  | "urge"
  | "sequence"
  | "risk"
  | "finding"
  | "standard"
  | "lever"
  | "systemic"
  | "ruleForAll"
  | "practice"
  | "addressee"
  // not met or to review
  | "vague"
  | "bareQuality"
  | "soft"
  | "open"
  | "absolute"
  | "unbounded"
  | "competence"
  | "openEnded"
  | "routineTime"
  | "oneOff"
  | "crossReference"
  | "genericStandard"
  | "generic"
  | "addresseeElsewhere"
  | "considered"
  | "none"
  | "empty";
