/**
 * The Word pane's intents: its one side-effect layer. Every Word call goes
 * through the WordHost; what to do is decided by src/core/review and the
 * reducer (./state.ts). Intents run one after the other, so an edit saved
 * while another action runs is never dropped. They come in three groups
 * (taggingIntents, reviewIntents, documentIntents) over one context and
 * queue (wordContext.ts).
 */
import type { BatchRecommendation, RecommendationBatch } from "../../core/model/batch";
import type { BatchWarning } from "../../core/model/batch-from-report";
import type {
  ReportDetails,
  ReviewState,
  RecommendationMeta,
} from "../../core/model/reportMetadata";
import { Decision, EditableField, ReviewItem, ReviewSheet } from "../../core/review";
import type { CriterionKey } from "../../core/smart/types";
import type { WordAction } from "./state";
import { intentsOver } from "../shared/usePaneIntents";
import { wordContext } from "./wordContext";
import { taggingIntents } from "./taggingIntents";
import { reviewIntents } from "./reviewIntents";
import { documentIntents } from "./documentIntents";

export type { Candidate, Notice } from "./state";
export type { WordOptions } from "./wordContext";
export { noticeFor, problemNotices } from "./wordNotices";

export interface WordIntents {
  /** A change to the pane's state alone (a view opened, a filter chosen): no Word call. */
  dispatch(action: WordAction): void;
  /** Reads the document again (and opens the review the first time). */
  refresh(): Promise<void>;
  find(): Promise<void>;
  /** Tags one "possibly a recommendation" text (by Candidate.key). */
  tagCandidate(key: string): Promise<void>;
  markSelection(): Promise<void>;
  /** Removes the tag (the text stays); Undo puts it back with its review data. */
  unmark(id: string): Promise<void>;
  undo(): Promise<void>;
  /** Opens a recommendation in the pane and shows it in the document. */
  open(id: string): Promise<void>;
  /** Selects a recommendation, or words of it, in the document. */
  goTo(id: string, words?: string): Promise<void>;
  /** Settles a criterion; asks the reviewer's name first when the pane does not know it. */
  decide(id: string, criterion: CriterionKey, decision: Decision, note: string): Promise<void>;
  /** The criterion walk's "apply to all": the decision for every recommendation where the criterion is left. */
  decideAll(criterion: CriterionKey, decision: Decision, note: string): Promise<void>;
  clearDecision(id: string, criterion: CriterionKey): Promise<void>;
  /** The reviewer's name, then the decision that waited for it. */
  giveName(name: string): Promise<void>;
  setState(id: string, state: ReviewState): Promise<void>;
  /** Marks a recommendation as key (or not); past DEFAULT_KEY_LIMIT in the report, says so. */
  setKey(id: string, key: boolean): Promise<void>;
  saveDetails(changes: Partial<ReportDetails>): Promise<void>;
  saveFields(id: string, fields: Partial<Pick<RecommendationMeta, EditableField>>): Promise<void>;
  /** Writes the add-in's comment on each recommendation (updated when there is one). */
  addComments(text: (item: ReviewItem) => string | null): Promise<void>;
  reviewSheet(where: "end" | "new", heading: string, sheet: ReviewSheet): Promise<void>;
  startFresh(): Promise<void>;
  /** "Is this a new report?": yes, new ids; no, keep them. */
  newIds(): Promise<void>;
  sameReport(): Promise<void>;
  /** Opens the recommendation the cursor is in (the pane follows the cursor). */
  followSelection(): Promise<void>;
  /** Re-reads the report when a tagged text changed (after an edit in Word). */
  recheckIfChanged(): Promise<void>;
  /**
   * The recommendations as a batch, from the document as it is now, with
   * the reviewers' decisions in the scores. Gives the report a stable id
   * first (saved in the document) so that sending it again updates rather
   * than duplicates. Throws instead of adding a notice: export and send
   * word their own failures.
   */
  batch(): Promise<{
    batch: RecommendationBatch;
    warnings: BatchWarning[];
    candidates: BatchRecommendation[];
  }>;
}

/** The intents, in three groups over one context and one queue. */
export function makeWordIntents(...given: Parameters<typeof wordContext>): WordIntents {
  return intentsOver(wordContext(...given), taggingIntents, reviewIntents, documentIntents);
}
