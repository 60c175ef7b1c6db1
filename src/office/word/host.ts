import type { ReportMetadata } from "../../core/model/reportMetadata";
import type { ReportParagraph } from "../../core/model/report";
import type { StoredPart, TaggedText } from "../../core/review/open";
import type { ReviewSheet } from "../../core/review/sheet";
import type { TagRequest } from "../../core/review/tagging";
import { documentFileName } from "./documentSettings";
import { isSetSupported } from "./errors";
import { readReport } from "./readReport";
import {
  CommentRequest,
  CommentsWritten,
  keepDamagedPart,
  markSelection,
  readStoredReview,
  rekeyDocument,
  reviewSheetInNewDocument,
  insertReviewSheet,
  saveReportMetadata,
  selectRecommendation,
  selectedRecommendation,
  tagRecommendations,
  unmarkRecommendation,
  writeComments,
} from "./reviewDocument";

/**
 * The Word pane's one door to Word: every operation the review needs, each
 * one Word.run of a fixed number of syncs. The pane's intents take a
 * WordHost; in the add-in it is officeWordHost(), and the Node tests run
 * the same one on the strict host fakes installed as Word's globals.
 */

/** What the pane reads to open (or re-read) the review. */
export interface ReviewSnapshot {
  /** The tagged recommendations' own texts, in document order. */
  tagged: TaggedText[];
  /** Our Custom XML parts; null on Word without WordApi 1.4 (the review cannot be saved there). */
  parts: StoredPart[] | null;
  paragraphs: ReportParagraph[];
  /** Whether the document has tracked changes; null where Word cannot tell. */
  trackedChanges: boolean | null;
}

export interface WordHost {
  read(): Promise<ReviewSnapshot>;
  /** Only the tagged texts (a cheaper look after an edit). */
  readTagged(): Promise<TaggedText[]>;
  readParagraphs(): Promise<ReportParagraph[]>;
  tag(requests: TagRequest[]): Promise<void>;
  markSelection(id: string, title: string): Promise<string>;
  /** Removes a recommendation's tag, keeping its text; returns that text. */
  unmark(id: string): Promise<string>;
  /** Selects a recommendation (or words of it) in the document. */
  select(id: string, words?: string): Promise<void>;
  /** The recommendation the cursor is in, or null. */
  selected(): Promise<string | null>;
  save(metadata: ReportMetadata, partId: string | null): Promise<string>;
  keepDamaged(partId: string, xml: string, now: Date): Promise<void>;
  rekey(
    ids: ReadonlyMap<string, string>,
    metadata: ReportMetadata,
    partId: string | null
  ): Promise<string>;
  comments(requests: CommentRequest[]): Promise<CommentsWritten>;
  reviewSheet(where: "end" | "new", heading: string, sheet: ReviewSheet): Promise<void>;
  /** Calls back on every selection change in the document (Word signals them after each edit too); returns how to stop. */
  onSelectionChanged(handler: () => void): () => void;
  fileName(): string;
}

export function officeWordHost(): WordHost {
  return {
    read: async () => {
      const stored = await readStoredReview();
      const report = await readReport();
      return {
        tagged: stored.tagged,
        parts: stored.parts,
        paragraphs: report.paragraphs,
        trackedChanges: report.trackedChanges,
      };
    },
    readTagged: async () => (await readStoredReview()).tagged,
    readParagraphs: async () => (await readReport()).paragraphs,
    tag: tagRecommendations,
    markSelection,
    unmark: unmarkRecommendation,
    select: selectRecommendation,
    selected: selectedRecommendation,
    save: saveReportMetadata,
    keepDamaged: keepDamagedPart,
    rekey: rekeyDocument,
    comments: writeComments,
    reviewSheet: (where, heading, sheet) =>
      where === "end"
        ? insertReviewSheet(heading, sheet)
        : reviewSheetInNewDocument(heading, sheet),
    onSelectionChanged: (handler) => {
      if (typeof Office === "undefined" || !("document" in Office.context)) return () => undefined;
      Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
      return () =>
        Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, {
          handler,
        });
    },
    fileName: documentFileName,
  };
}

/** Whether this Word can keep the review in the document (Custom XML parts, WordApi 1.4). */
export function canKeepReview(): boolean {
  return isSetSupported("WordApi", "1.4");
}
