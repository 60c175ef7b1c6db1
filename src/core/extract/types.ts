import type { Language } from "../language";
import type { ReportParagraph } from "../model/report";

/**
 * Why the finder took (or nearly took) a text: short codes a user interface
 * words in its own language. Positive cues raise the score, the others
 * lower it; `FoundRecommendation.reasons` lists those that applied.
 */
export type FinderReason =
  /** Tagged as a recommendation in Word. */
  | "tagged"
  /** A body recommends, urges, calls upon ("The Subcommittee recommends that ..."). */
  | "recommends"
  /** Impersonal recommending phrase ("It is recommended that", "Se recomienda"). */
  | "impersonal"
  /** Labelled as a recommendation ("Recommendation 3:", "SUGERENCIA:"). */
  | "label"
  /** An item under a recommending stem ("The State party should: (a) ..."). */
  | "stem"
  /** A modal obligation ("should", "must", "devrait", "debe"). */
  | "modal"
  /** Names who must act. */
  | "addressee"
  /** The body's opinion introduces it ("In the view of the delegation, ..."). */
  | "opinion"
  /** Opens like a request: imperative, infinitive, "that the ...", "Que se ...". */
  | "imperative"
  /** In a recommendations chapter. */
  | "recommendationSection"
  /** In conclusions, preliminary observations or urgent matters. */
  | "conclusionSection"
  /** A list item or numbered item. */
  | "listItem"
  /** A numbered paragraph whose sentences, one after the other, say what must be done. */
  | "normative"
  /** In the recommendations column of a table. */
  | "tableColumn"
  /** Printed in bold where the report uses bold sparingly. */
  | "bold"
  /** A recommending verb of another body than the report's own ("The CPT recommends" in an NPM report). */
  | "otherBody"
  /** Reports what someone else said or thought. */
  | "reported"
  /** Quotes law or a standard. */
  | "standard"
  /** Asks for information, comments or a reply. */
  | "request"
  /** An earlier recommendation reported as carried out. */
  | "implemented"
  /** An earlier recommendation ("In 2022 the NPM recommended ..."). */
  | "past"
  /** A question. */
  | "question"
  /** A modal about the past or about what happens ("should have been", "must often"): a finding. */
  | "counterfactual"
  /** A "should" outside the recommendations in a report that states them explicitly elsewhere. */
  | "explicitElsewhere"
  /** In the legal framework, methodology or introduction. */
  | "backgroundSection"
  /** In the follow-up of earlier recommendations. */
  | "followUpSection"
  /** In the authorities' response, or a letter answering it. */
  | "responseSection"
  /** Good practice. */
  | "goodPractice"
  /** A metadata line ("Date: ...", "Response: ..."). */
  | "metadata"
  /** Announces recommendations rather than making one. */
  | "introduction";

/** A recommendation found in a report by the finder. */
export interface FoundRecommendation {
  /** The recommendation as it should be tracked (may join two sentences). */
  text: string;
  /** ReportParagraph.index of the paragraph it starts in. */
  paragraph: number;
  /** Where `text` starts and ends in that paragraph's text, when it is one contiguous stretch of it. */
  span: { start: number; end: number } | null;
  /** Sentences of the same paragraph that introduce it (findings, standards), for the checker. */
  context: string;
  /** Printed reference ("3", "R12", "a)"), when the report gives one. */
  ref?: string;
  /** Who must act, from the sentence, an addressee heading or a table column. */
  addressee?: string;
  /**
   * The line that introduces it from outside its paragraph: an addressee heading
   * ("For the Governor"), a stem ("The Ministry of Health should:") or the
   * addressee cell of its table row. The checker reads it with `context`.
   */
  introduction?: string;
  /** Deadline or timeframe as written ("31 December 2026", "within three months"). */
  deadline?: string;
  timeframe?: string;
  priority?: string;
  /** The body reiterates an earlier recommendation. */
  repeated?: boolean;
  /** Content-control tag (opcat-rec:<id>) when the report was tagged in Word. */
  tag?: string;
  /** How sure the finder is: the sum of its cues. Taken from FINDER_THRESHOLD up. */
  score: number;
  /** The cues that gave the score, positive first. */
  reasons: FinderReason[];
  /** Below the threshold but close: "possibly a recommendation", offered unticked. Only with `candidates: true`. */
  candidate?: true;
  /** The language it was read in. */
  language: Language;
}

export interface FindOptions {
  /** Also return the texts just below the threshold, flagged `candidate: true`. */
  candidates?: boolean;
}

export type FindRecommendations = (
  paragraphs: ReportParagraph[],
  options?: FindOptions
) => FoundRecommendation[];
