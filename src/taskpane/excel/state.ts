/**
 * The Excel pane's state and the pure decisions about it: the reducer, how
 * an error is worded, which data-quality lines to show and where each one
 * leads, what the mapping editor offers. No Office calls and no React here.
 */
import type { InputProblemCode } from "../../core/model/errors";
import { problemOf, Wording } from "../../core/model/problem";
import { columnLetter } from "../../core/schema/a1";
import { ColumnKey, TRACKER_COLUMNS } from "../../core/schema/columns";
import type { Language } from "../../core/schema/plan";
import { parseKeyLimit } from "../../core/schema/customxml";
import { correctMapping, LegacyMapping } from "../../core/tracker/legacy";
import type { ImportChoices, ImportPlan, ImportSummary } from "../../core/tracker/store";
import type { CellInput } from "../../core/tracker/types";
import { proposalId, TidyProposal } from "../../core/tracker/tidy";
import type { TrackerIssue } from "../../core/tracker/validate";
import type { Drift, EventKind } from "../../core/tracker/history";
import type { ReplyPlan } from "../../core/tracker/observe";
import type {
  AdoptResult,
  ApplyResult,
  ExcelProblemCode,
  Feature,
  FollowUpResult,
  WorkbookSummary,
} from "../../office/excel";
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
  /** What the reader noticed, in its words. */
  warnings: string[];
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

export interface PaneState {
  tab: Tab;
  busy: BusyAction | null;
  /** Rows done out of rows to do, while a long action reads or writes rows. */
  progress: { done: number; total: number } | null;
  notices: Notice[];
  /** Language of a tracker the pane creates or adopts. */
  language: Language;
  /** Upgrading: also put the columns in the order by task (off unless the user ticks it). */
  reorder: boolean;
  /** The most key recommendations per report (null: no limit): the tracker's own, or what the user typed; written by Create or Upgrade. */
  keyLimit: number | null;
  dueSoonDays: number;
  workbook: WorkbookSummary | null;
  adoptSheet: string | null;
  draft: AdoptDraft | null;
  quality: QualityView | null;
  followUp: FollowUpResult | null;
  importDraft: ImportDraft | null;
  importOutcome: ImportOutcome | null;
  eventDraft: EventDraft;
  letter: LetterDraft;
  replyDraft: ReplyDraft | null;
}

export type PaneAction =
  | { type: "tab"; tab: Tab }
  | { type: "busy"; action: BusyAction }
  | { type: "idle" }
  | { type: "progress"; done: number; total: number }
  | { type: "notify"; notice: Omit<Notice, "id"> & { id?: number } }
  | { type: "dismiss"; id: number }
  | { type: "language"; language: Language }
  | { type: "reorder"; reorder: boolean }
  | { type: "keyLimit"; limit: number | null }
  | { type: "dueSoonDays"; days: number }
  | { type: "workbook"; summary: WorkbookSummary }
  | { type: "chooseSheet"; sheet: string }
  | { type: "draft"; draft: AdoptDraft | null }
  | { type: "mapColumn"; index: number; key: ColumnKey | null }
  | { type: "quality"; view: QualityView }
  | { type: "tidyChoice"; id: string; chosen: boolean }
  | { type: "followUp"; result: FollowUpResult }
  | { type: "importDraft"; draft: ImportDraft | null }
  | { type: "importChoices"; choices: ImportChoices }
  | { type: "imported"; outcome: ImportOutcome }
  | { type: "eventSelection"; ids: string[]; withoutId: number }
  | { type: "eventField"; field: EventField; value: string }
  | { type: "eventIds"; text: string }
  | { type: "eventRecorded" }
  | { type: "letterField"; field: "kind" | "party"; value: string }
  | { type: "replyDraft"; draft: ReplyDraft | null }
  | { type: "replySkip"; id: string; skip: boolean };

function emptyEvent(): EventDraft {
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

export function initialState(language: Language): PaneState {
  return {
    tab: "setup",
    busy: null,
    progress: null,
    notices: [],
    language,
    reorder: false,
    keyLimit: null,
    dueSoonDays: 30,
    workbook: null,
    adoptSheet: null,
    draft: null,
    quality: null,
    followUp: null,
    importDraft: null,
    importOutcome: null,
    eventDraft: emptyEvent(),
    letter: { kind: "letter", party: "" },
    replyDraft: null,
  };
}

let nextNotice = 1;

/** A notice id, given when the notice is raised so every copy of the state agrees on it. */
export function noticeId(): number {
  return nextNotice++;
}

export function reducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "tab":
      return { ...state, tab: action.tab };
    case "busy":
      return { ...state, busy: action.action, progress: null };
    case "idle":
      return { ...state, busy: null, progress: null };
    case "progress":
      return state.busy
        ? { ...state, progress: { done: action.done, total: action.total } }
        : state;
    case "notify":
      // The newest message first; the same message is not stacked twice.
      return {
        ...state,
        notices: [
          { ...action.notice, id: action.notice.id ?? nextNotice++ },
          ...state.notices.filter(
            (n) =>
              !(
                n.key === action.notice.key &&
                JSON.stringify(n.values) === JSON.stringify(action.notice.values)
              )
          ),
        ].slice(0, 5),
      };
    case "dismiss":
      return { ...state, notices: state.notices.filter((notice) => notice.id !== action.id) };
    case "language":
      return { ...state, language: action.language };
    case "reorder":
      return { ...state, reorder: action.reorder };
    case "keyLimit":
      return action.limit === null || parseKeyLimit(action.limit) !== null
        ? { ...state, keyLimit: action.limit }
        : state;
    case "dueSoonDays":
      return Number.isInteger(action.days) && action.days >= 1 && action.days <= 365
        ? { ...state, dueSoonDays: action.days }
        : state;
    case "workbook": {
      const candidates = adoptableSheets(action.summary);
      const keep = state.adoptSheet && candidates.some((sheet) => sheet.name === state.adoptSheet);
      return {
        ...state,
        workbook: action.summary,
        keyLimit: action.summary.tracker ? action.summary.tracker.keyLimit : state.keyLimit,
        adoptSheet: keep ? state.adoptSheet : (candidates[0]?.name ?? null),
      };
    }
    case "chooseSheet":
      return {
        ...state,
        adoptSheet: action.sheet,
        draft: state.draft?.sheet === action.sheet ? state.draft : null,
      };
    case "draft":
      return { ...state, draft: action.draft };
    case "mapColumn": {
      if (!state.draft) return state;
      const mapping = correctMapping(state.draft.mapping, { [String(action.index)]: action.key });
      return { ...state, draft: { ...state.draft, mapping } };
    }
    case "quality":
      return { ...state, quality: action.view };
    case "tidyChoice": {
      if (!state.quality) return state;
      const others = state.quality.tidyChosen.filter((id) => id !== action.id);
      return {
        ...state,
        quality: { ...state.quality, tidyChosen: action.chosen ? [...others, action.id] : others },
      };
    }
    case "followUp":
      return { ...state, followUp: action.result };
    case "importDraft":
      return { ...state, importDraft: action.draft, importOutcome: null };
    case "importChoices":
      return state.importDraft
        ? { ...state, importDraft: { ...state.importDraft, choices: action.choices } }
        : state;
    case "imported":
      return { ...state, importDraft: null, importOutcome: action.outcome };
    case "eventSelection":
      return {
        ...state,
        eventDraft: {
          ...state.eventDraft,
          ids: action.ids,
          idsText: action.ids.join(", "),
          withoutId: action.withoutId,
        },
      };
    case "eventIds":
      return {
        ...state,
        eventDraft: {
          ...state.eventDraft,
          ids: [...new Set(action.text.split(/[,;\s]+/).filter(Boolean))],
          idsText: action.text,
          withoutId: 0,
        },
      };
    case "eventField":
      return { ...state, eventDraft: { ...state.eventDraft, [action.field]: action.value } };
    case "letterField":
      return {
        ...state,
        letter:
          action.field === "kind"
            ? { ...state.letter, kind: action.value === "brief" ? "brief" : "letter" }
            : { ...state.letter, party: action.value },
      };
    case "replyDraft":
      return { ...state, replyDraft: action.draft };
    case "replySkip": {
      if (!state.replyDraft) return state;
      const others = state.replyDraft.skip.filter((id) => id !== action.id);
      return {
        ...state,
        replyDraft: { ...state.replyDraft, skip: action.skip ? [...others, action.id] : others },
      };
    }
    case "eventRecorded":
      // The recommendations and what happened go; the kind and the date stay for the next event.
      return {
        ...state,
        eventDraft: {
          ...emptyEvent(),
          kind: state.eventDraft.kind,
          date: state.eventDraft.date,
        },
      };
  }
}

/** Sheets worth adopting: at least a header row and one row of data. */
export function adoptableSheets(summary: WorkbookSummary): WorkbookSummary["sheets"] {
  return summary.sheets.filter((sheet) => sheet.rows > 1);
}

/** The recommendations' text column is the one mapping a tracker cannot do without. */
export function canAdopt(draft: AdoptDraft | null): boolean {
  return !!draft && draft.mapping.columns.some((column) => column.key === "text");
}

/** How many values of a column the mapping editor shows beside it, and how long each may be. */
const SAMPLES = 3;
const SAMPLE_LENGTH = 40;

/** Columns the mapping editor shows: those with a header or some data, each with a few of its values. */
export function mappingRows(draft: AdoptDraft): {
  index: number;
  letter: string;
  header: string;
  key: ColumnKey | null;
  confidence: number;
  byUser: boolean;
  /** A few different values the column holds, so the user can judge the proposal. */
  samples: string[];
}[] {
  const below = draft.rows.slice(draft.mapping.headerRow + 1);
  const text = (cell: CellInput): string => {
    if (cell === null || cell === undefined) return "";
    const value = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
    return value.length > SAMPLE_LENGTH ? `${value.slice(0, SAMPLE_LENGTH - 1)}…` : value;
  };
  return draft.mapping.columns
    .filter(
      (column) =>
        column.header !== "" ||
        below.some(
          (row) =>
            row[column.index] !== null &&
            row[column.index] !== undefined &&
            row[column.index] !== ""
        )
    )
    .map((column) => {
      const samples: string[] = [];
      for (const row of below) {
        const value = text(row[column.index]);
        if (value && !samples.includes(value)) samples.push(value);
        if (samples.length === SAMPLES) break;
      }
      return {
        index: column.index,
        letter: columnLetter(column.index),
        header: column.header,
        key: column.key,
        confidence: column.confidence,
        byUser: column.basis === "user",
        samples,
      };
    });
}

/** Options of each mapping drop-down: the schema columns in the tracker's language. */
export function mappingChoices(language: Language): { key: ColumnKey; label: string }[] {
  return TRACKER_COLUMNS.filter((column) => column.key !== "updated").map((column) => ({
    key: column.key,
    label: column.headers[language],
  }));
}

export interface IssueLine {
  id: string;
  issue: TrackerIssue;
  /** Where a click goes; null when the column is not in the table. */
  target: { sheet: string; row: number; column: number } | null;
  columnLabel: string | null;
}

/** Lines the Data quality list shows: errors first, then points to check, each in row order. */
export function issueLines(view: QualityView, limit = 200): { lines: IssueLine[]; total: number } {
  const sorted = [...view.issues].sort(
    (a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) || a.row - b.row
  );
  const lines = sorted.slice(0, limit).map((issue, i) => {
    const column = issue.column ? view.columns[issue.column] : undefined;
    // An issue about a whole row goes to the row's recommendation text, the cell the user recognises.
    const fallback = view.columns.text ?? view.columns.id;
    const target = column ?? fallback;
    return {
      id: `${issue.row}-${issue.column ?? ""}-${issue.code}-${i}`,
      issue,
      target: target === undefined ? null : { sheet: view.sheet, row: issue.row, column: target },
      columnLabel: issue.column ? (view.headers[issue.column] ?? null) : null,
    };
  });
  return { lines, total: view.issues.length };
}

export function issueCounts(issues: readonly TrackerIssue[]): { errors: number; warnings: number } {
  const errors = issues.filter((issue) => issue.severity === "error").length;
  return { errors, warnings: issues.length - errors };
}

const FEATURE_KEYS: Record<Feature, ExcelMessageKey> = {
  validation: "featureValidation",
  charts: "featureCharts",
  print: "featurePrint",
  reorder: "featureReorder",
};

export function featureKey(feature: Feature): ExcelMessageKey {
  return FEATURE_KEYS[feature];
}

const PROBLEM_KEYS: Wording<ExcelProblemCode, ExcelMessageKey> = {
  excelTooOld: "problemExcelTooOld",
  noTracker: "problemNoTracker",
  alreadyTracker: "problemAlreadyTracker",
  sheetMissing: "problemSheetMissing",
  sheetEmpty: "problemSheetEmpty",
  noTextColumn: "problemNoTextColumn",
  metadataDamaged: "problemMetadataDamaged",
  rowGone: "problemRowGone",
  idRepeated: "problemIdRepeated",
  rowChanged: "problemRowChanged",
  totalsRow: "problemTotalsRow",
  sheetProtected: "problemSheetProtected",
  structureProtected: "problemStructureProtected",
  noHistory: "problemNoHistory",
};

const OFFICE_KEYS: Record<string, ExcelMessageKey> = {
  RequestPayloadSizeLimitExceeded: "officeTooBig",
  ResponsePayloadSizeLimitExceeded: "officeTooBig",
  PayloadTooLarge: "officeTooBig",
  ItemNotFound: "officeNotFound",
  InvalidObjectPath: "officeNotFound",
  InvalidOperationInCellEditMode: "officeBusy",
  AccessDenied: "officeNotAllowed",
  InsertDeleteConflict: "officeNotAllowed",
  ApiNotFound: "officeApiMissing",
};

/** Any error as a message in the user's words, with Office's own text kept as details. */
export function explainError(error: unknown): Omit<Notice, "id"> {
  const e = (error ?? {}) as {
    name?: unknown;
    code?: unknown;
    values?: unknown;
    message?: unknown;
  };
  const message = typeof e.message === "string" && e.message ? e.message : String(error);
  const problem = problemOf(error, "excel");
  if (problem) {
    return {
      intent: "error",
      key: PROBLEM_KEYS[problem.code as ExcelProblemCode],
      values: { ...problem.values },
    };
  }
  if (typeof e.code === "string" && OFFICE_KEYS[e.code]) {
    return { intent: "error", key: OFFICE_KEYS[e.code], details: message };
  }
  return { intent: "error", key: "officeOther", values: { message } };
}

/** Files the import cannot read, worded by their code (src/core/model/errors.ts). */
const INPUT_KEYS: Wording<InputProblemCode, ExcelMessageKey> = {
  sentence: "importUnreadable",
  notWord: "importNotWord",
  wordDamaged: "importWordDamaged",
  wordTooBig: "importWordTooBig",
  wordProtected: "importWordProtected",
  oldWordFormat: "importOldWordFormat",
  fileEmpty: "importFileEmpty",
  notReportOrBatch: "importNotReportOrBatch",
  workbookNotReport: "importWorkbookNotReport",
};

/**
 * A file the import could not read, in the user's words; null for an error
 * that is not about the file. The English sentence of a file problem without
 * a code of its own is kept as details, never as the message.
 */
export function unreadableNotice(fileName: string, error: unknown): Omit<Notice, "id"> | null {
  const problem = problemOf(error, "input");
  if (!problem) return null;
  return {
    intent: "error",
    key: INPUT_KEYS[problem.code as InputProblemCode],
    values: { ...problem.values, file: fileName },
    ...(problem.code === "sentence" ? { details: problem.message } : {}),
  };
}

export function applyNotices(result: ApplyResult): Omit<Notice, "id">[] {
  return [
    ...resultNotice(result),
    ...skippedNotice(result.skipped),
    ...metadataNotice(result.metadataProblem),
  ];
}

function resultNotice(result: ApplyResult): Omit<Notice, "id">[] {
  const history: Omit<Notice, "id">[] = result.history
    ? [{ intent: "success", key: "historyAdded", values: { sheet: result.history } }]
    : [];
  if (result.mode === "created")
    return [{ intent: "success", key: "created", values: { ...result.sheets } }, ...history];
  return [
    ...history,
    {
      intent: "success",
      key: result.reordered ? "upgradedReordered" : "upgraded",
      values: {
        added: result.addedColumns.join(", ") || "—",
        extra: result.extraKept.join(", ") || "—",
      },
    },
  ];
}

/** The list of left-out features is worded by the component (it needs the translator); this carries the keys. */
export function skippedNotice(skipped: readonly Feature[]): Omit<Notice, "id">[] {
  return skipped.length === 0
    ? []
    : [{ intent: "warning", key: "skippedFeatures", values: { features: skipped.join(",") } }];
}

function metadataNotice(problem: string | null): Omit<Notice, "id">[] {
  return problem ? [{ intent: "warning", key: "metadataDamaged", values: { problem } }] : [];
}

export function adoptNotices(result: AdoptResult, sheet: string): Omit<Notice, "id">[] {
  const notices: Omit<Notice, "id">[] = [
    {
      intent: "success",
      key: "adopted",
      values: { records: String(result.records), sheet, ids: String(result.idsMade) },
    },
  ];
  if (result.flagged > 0)
    notices.push({
      intent: "warning",
      key: "adoptKept",
      values: { count: String(result.flagged) },
    });
  const skippedRows = result.notes
    .filter((note) => note.kind === "skipped")
    .map((note) => String(note.row));
  if (skippedRows.length > 0) {
    notices.push({
      intent: "warning",
      key: "adoptSkippedRows",
      values: {
        count: String(skippedRows.length),
        rows: skippedRows.slice(0, 20).join(", ") + (skippedRows.length > 20 ? "…" : ""),
      },
    });
  }
  return [...notices, ...skippedNotice(result.skipped)];
}

/** Today and now on the user's clock, as core wants them: core's one rule (src/core/schema/dates.ts). */
export { localDate as todayIso, localDateTime as nowIso } from "../../core/schema/dates";

/**
 * Above this a file is refused before it is read: a report with thousands of
 * recommendations is a few megabytes; more is not a report, and reading it
 * would only freeze the pane.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The notice for a file the Import section will not read, or null when it can be read. */
export function importFileProblem(file: { name: string; size: number }): Omit<Notice, "id"> | null {
  // What the file is (report or batch) is told by its content, by the reader: a renamed file is read as what it is.
  if (file.size > MAX_IMPORT_BYTES)
    return {
      intent: "error",
      key: "importTooBig",
      values: {
        file: file.name,
        size: String(Math.ceil(file.size / (1024 * 1024))),
        limit: String(MAX_IMPORT_BYTES / (1024 * 1024)),
      },
    };
  return null;
}

/** The notices after an import: the summary is shown in the section, these say what needs a look. */
export function importNotices(outcome: ImportOutcome): Omit<Notice, "id">[] {
  const notices: Omit<Notice, "id">[] = [];
  if (outcome.moved > 0)
    notices.push({
      intent: "warning",
      key: "importMoved",
      values: { count: String(outcome.moved) },
    });
  if (outcome.missingColumns.length > 0)
    notices.push({
      intent: "warning",
      key: "importMissingColumns",
      values: { columns: outcome.missingColumns.join(", ") },
    });
  return notices;
}

/** The proposals the user kept ticked, in the order shown. */
export function chosenTidy(view: QualityView): TidyProposal[] {
  const chosen = new Set(view.tidyChosen);
  return view.tidy.filter((proposal) => chosen.has(proposalId(proposal)));
}

/** A tidying proposal as the pane words it: the message key and its values (headers in the tracker's words). */
export function tidyLine(
  proposal: TidyProposal,
  view: Pick<QualityView, "headers">
): { key: ExcelMessageKey; values: Record<string, string> } {
  const column = view.headers[proposal.column] ?? proposal.column;
  const quoted = (values: readonly string[]) => values.map((value) => `“${value}”`).join(", ");
  return proposal.kind === "merge"
    ? {
        key: "tidyMerge",
        values: {
          from: quoted(proposal.from),
          into: `“${proposal.into}”`,
          column,
          rows: String(proposal.rows),
        },
      }
    : {
        key: "tidySplit",
        values: {
          value: `“${proposal.value}”`,
          parts: quoted(proposal.parts),
          column,
          rows: String(proposal.rows),
        },
      };
}
