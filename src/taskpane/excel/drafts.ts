/**
 * The parts of the Excel pane's state: the tabs, what the pane is busy with, its notices, and the
 * draft of each action waiting for the user's choices (adopt, import, follow-up event, letter, reply).
 */
import { ColumnKey } from "../../core/schema/columns";
import type { BatchWarning } from "../../core/model/batch-from-report";
import { LegacyMapping } from "../../core/tracker/legacy";
import type { ImportChoices, ImportPlan, ImportSummary } from "../../core/tracker/store";
import type { CellInput } from "../../core/tracker/types";
import type { TidyProposal } from "../../core/tracker/tidy";
import type { TrackerIssue } from "../../core/tracker/validate";
import type { Drift, EventKind } from "../../core/tracker/history";
import type { ReplyPlan } from "../../core/tracker/observe";
import type { ExcelMessageKey } from "./i18n";

export type Tab = "setup" | "import" | "quality" | "followUp" | "settings";

export type BusyAction =
  | "read"
  | "apply"
  | "upgrade"
  | "adopt"
  | "quality"
  | "followUp"
  | "figures"
  | "select"
  | "show"
  | "importRead"
  | "import"
  | "tidy"
  | "record"
  | "letter"
  | "reply";

export interface Notice {
  id: number;
  intent: "error" | "warning" | "success";
  key: ExcelMessageKey;
  values?: Record<string, string>;
  /** Office's own words, shown under ours so nothing is hidden. */
  details?: string;
}

export interface AdoptDraft {
  sheet: string;
  rows: CellInput[][];
  mapping: LegacyMapping;
}

export interface QualityView {
  sheet: string;
  columns: Partial<Record<ColumnKey, number>>;
  headers: Partial<Record<ColumnKey, string>>;
  rows: number;
  issues: TrackerIssue[];
  /** What the check offers to tidy (near-duplicate list values, combined addressees). */
  tidy: TidyProposal[];
  /** Ids (proposalId) of the proposals the user keeps ticked; all of them at first. */
  tidyChosen: string[];
  /** Implementation or acceptance typed in the sheet since the last recorded event (schema v2). */
  drift: Drift[];
}

/** "Record a follow-up event": the recommendations picked and what happened. */
export interface EventDraft {
  /** Rec IDs of the rows selected in the Recommendations sheet when the user took them, or typed. */
  ids: string[];
  /** The Rec IDs as the field shows them (taken from the selection, or typed). */
  idsText: string;
  /** Selected rows without a Rec ID (left out). */
  withoutId: number;
  kind: EventKind;
  /** yyyy-mm-dd; "" until the user enters it (today is offered). */
  date: string;
  with: string;
  summary: string;
  /** Status key observed, or "" to leave the implementation as it is. */
  status: string;
  /** Acceptance key observed, or "". */
  accepted: string;
}

export type EventField = "kind" | "date" | "with" | "summary" | "status" | "accepted";

/** "Prepare a letter" or "Prepare a visit brief": for whom. */
export interface LetterDraft {
  kind: "letter" | "brief";
  /** The authority (letter) or place (brief), as the user typed it. */
  party: string;
}

/** A returned letter or brief read and compared with the tracker, waiting for the user's choices. */
export interface ReplyDraft {
  fileName: string;
  plan: ReplyPlan;
  /** Rec IDs the user left out. */
  skip: string[];
}

/** A report or batch read and compared with the tracker, waiting for the user's choices. */
export interface ImportDraft {
  fileName: string;
  /** The report's title (or its id when it has none). */
  report: string;
  plan: ImportPlan;
  choices: ImportChoices;
  /** False for a report not prepared with the Word pane (its recommendations were found by their wording); null for a batch file. */
  tagged: boolean | null;
  /** What the reader noticed, as codes the pane words (notices.ts, batchWarningKey). */
  warnings: BatchWarning[];
  /**
   * The report's date, "Date made" of its new rows: "" when the report does
   * not say it and the user has not entered it (the import waits for it).
   */
  reportDate: string;
  /** Where the date came from; null when there is none. */
  dateFrom: ImportDateSource | null;
  /** The report's line the date was read from, for the user to check. */
  dateLine: string;
  /** The report's number or reference, when it prints one. */
  reference: string;
  /** Indices of the plan's items that are possible recommendations (below the finder's threshold). */
  candidates?: number[];
}

/** Where a report's date came from: read from it, saved by the Word pane, entered by the user, or a batch file's. */
export type ImportDateSource = "report" | "word" | "given" | "batch";

/** What an import did, for the summary. */
export interface ImportOutcome {
  fileName: string;
  summary: ImportSummary;
  /** Headers (schema words) of columns the tracker lacks, whose values were not written. */
  missingColumns: string[];
  moved: number;
  listEntries: number;
}

export function emptyEvent(): EventDraft {
  return {
    ids: [],
    idsText: "",
    withoutId: 0,
    kind: "followUpVisit",
    date: "",
    with: "",
    summary: "",
    status: "",
    accepted: "",
  };
}

/** The event can be recorded: recommendations picked, a kind and a real date. */
export function canRecordEvent(draft: EventDraft): boolean {
  return draft.ids.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(draft.date);
}
