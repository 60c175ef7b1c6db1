import type { ReportParagraph } from "../model/report";

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
  /** Deadline or timeframe as written ("31 December 2026", "within three months"). */
  deadline?: string;
  timeframe?: string;
  priority?: string;
  /** The NPM reiterates an earlier recommendation. */
  repeated?: boolean;
  /** Content-control tag (opcat-rec:<id>) when the report was tagged in Word. */
  tag?: string;
}

export type FindRecommendations = (paragraphs: ReportParagraph[]) => FoundRecommendation[];
