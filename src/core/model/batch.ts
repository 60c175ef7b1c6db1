import type { Priority, ReportType, Timeframe } from "./reportMetadata";

/**
 * RecommendationBatch: the one interchange format between Word, Excel, the
 * command line and Graph (DESIGN.md "Data"). Published as a JSON Schema in
 * schemas/recommendation-batch.schema.json; parseBatch (below) is the
 * validator every reader uses, hand-written because task panes may not
 * compile schemas at run time (no eval under the pages' CSP). A test checks
 * that the schema and parseBatch accept and refuse the same documents.
 */
export const BATCH_FORMAT = "opcat-recommendations";
export const BATCH_VERSION = 1;

export interface BatchReport {
  /**
   * Stable report id: it becomes the tracker's "Source document" and lets
   * an untagged report be imported again without duplicates. The Word pane
   * keeps its own id; for an untagged .docx it is derived from the title
   * and date (reportSourceId).
   */
  id: string;
  title: string;
  type: ReportType | "";
  /** ISO date (yyyy-mm-dd) or "". */
  date: string;
  places: string[];
  link: string;
}

export interface BatchRecommendation {
  /** Stable id from a tagged report (content control opcat-rec:<id>); absent when the report was not tagged. */
  id?: string;
  ref?: string;
  text: string;
  type?: ReportType | "";
  place?: string;
  placeType?: string;
  authority?: string;
  theme?: string;
  groups?: string[];
  keywords?: string;
  priority?: Priority | "";
  timeframe?: Timeframe | "";
  /** ISO date or "". */
  deadline?: string;
  scope?: "specific" | "systemic" | "";
  /** The report says it repeats an earlier recommendation ("reiterates its recommendation"). */
  repeated?: boolean;
  /** Id of the earlier recommendation it repeats, when known. */
  repeatOf?: string;
  /** Double-SMART score, 0-10, with reviewers' overrides applied. */
  smartScore?: number;
}

export interface RecommendationBatch {
  format: typeof BATCH_FORMAT;
  version: typeof BATCH_VERSION;
  /** ISO date-time the batch was made; informative only. */
  created?: string;
  /** What made it ("OPCAT Recommendation Tracker 0.1.0 (Word)"); informative only. */
  generator?: string;
  report: BatchReport;
  recommendations: BatchRecommendation[];
}
