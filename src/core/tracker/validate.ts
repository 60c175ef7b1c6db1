import { messageFormatter } from "../language/message";
import { COLUMN_BY_KEY, ColumnKey, TRACKER_COLUMNS } from "../schema/columns";
import type { Language } from "../schema/plan";
import { isWellFormedId } from "./ids";
import { IssueCode, ISSUE_MESSAGES } from "./messages";
import { isCanonical } from "./normalize";
import { isDate } from "./reply";
import type { FieldValue, TrackerRow } from "./types";

export interface TrackerIssue {
  /** Worksheet row number. */
  row: number;
  column: ColumnKey | null;
  code: IssueCode;
  /** Errors make the data wrong; warnings are follow-up gaps worth a look. */
  severity: "error" | "warning";
  message: string;
}

export interface ValidateOptions {
  language?: Language;
  /** Today's date (ISO), for dates in the future; injected so results do not depend on the clock. */
  today?: string;
  /** Headers as the workbook shows them, for messages. */
  headers?: Partial<Record<ColumnKey, string>>;
  /** The most key recommendations the NPM makes in one report (the tracker's setting); absent: no limit. */
  keyLimit?: number | null;
}

function show(value: FieldValue | undefined): string {
  return value === undefined || value === null ? "" : String(value);
}

const REQUIRED: readonly ColumnKey[] = TRACKER_COLUMNS.filter((column) => column.required).map(
  (column) => column.key
);
const ORDER = new Map<ColumnKey, number>(
  TRACKER_COLUMNS.map((column, index) => [column.key, index])
);

/** Data-quality check of tracker rows: one issue per problem, in the order of the rows. */
export function validateRows(
  rows: readonly TrackerRow[],
  options: ValidateOptions = {}
): TrackerIssue[] {
  const language = options.language ?? "en";
  const texts = ISSUE_MESSAGES[language];
  const format = messageFormatter(language);
  const header = (key: ColumnKey) =>
    options.headers?.[key] ?? (COLUMN_BY_KEY.get(key)?.headers[language] as string);
  const issues: TrackerIssue[] = [];
  const firstRowOfId = new Map<string, number>();
  for (const row of rows) {
    const id = row.values.id;
    if (typeof id === "string" && id !== "" && !firstRowOfId.has(id)) firstRowOfId.set(id, row.row);
  }
  let row: TrackerRow = rows[0];
  const add = (
    code: IssueCode,
    column: ColumnKey | null,
    severity: "error" | "warning",
    value?: FieldValue,
    other?: string | number
  ) =>
    issues.push({
      row: row.row,
      column,
      code,
      severity,
      message: format(texts[code], {
        column: column ? header(column) : "",
        value: show(value),
        other: String(other ?? ""),
        limit: String(options.keyLimit ?? ""),
      }),
    });
  for (row of rows) {
    const v = row.values;
    const id = v.id;
    const rowStart = issues.length;
    for (const key of REQUIRED) {
      const value = v[key];
      if (value === undefined || value === null || value === "")
        add("missingRequired", key, "error");
    }
    // Only the fields the row has: a tracker row fills a third of the columns.
    for (const key in v) {
      const column = COLUMN_BY_KEY.get(key as ColumnKey);
      const value = v[key as ColumnKey];
      if (!column || value === undefined || value === null || value === "") continue;
      if (!isCanonical(column.key, value)) {
        if (column.kind === "date" || column.kind === "dateTime")
          add("badDate", column.key, "error", value);
        else if (column.kind === "score") add("badNumber", column.key, "error", value);
        else add("notInList", column.key, "error", value);
        continue;
      }
      if (
        column.kind === "hyperlink" &&
        typeof value === "string" &&
        !/^(https?:\/\/|file:|mailto:|\\\\|[A-Za-z]:\\)/i.test(value)
      ) {
        add("badLink", column.key, "warning", value);
      }
    }
    if (issues.length - rowStart > 1) {
      // Field issues in the order of the table's columns, whatever order the record's keys are in.
      const sorted = issues
        .slice(rowStart)
        .sort((a, b) => ORDER.get(a.column as ColumnKey)! - ORDER.get(b.column as ColumnKey)!);
      issues.splice(rowStart, sorted.length, ...sorted);
    }
    if (typeof id === "string" && id !== "") {
      if (!isWellFormedId(id)) add("badId", "id", "error", id);
      const first = firstRowOfId.get(id) as number;
      if (first !== row.row) add("duplicateId", "id", "error", id, first);
    }
    const made = v.dateMade;
    if (isDate(made)) {
      if (isDate(v.deadline) && v.deadline < made)
        add("deadlineBeforeMade", "deadline", "error", v.deadline, made);
      if (isDate(v.responseDate) && v.responseDate < made)
        add("responseBeforeMade", "responseDate", "error", v.responseDate, made);
      if (isDate(v.verifiedOn) && v.verifiedOn < made)
        add("verifiedBeforeMade", "verifiedOn", "error", v.verifiedOn, made);
      if (options.today && made > options.today) add("dateInFuture", "dateMade", "warning", made);
    }
    if (v.status === "implemented" && v.verified !== true)
      add("implementedNotVerified", "verified", "warning");
    if (v.verified === true && !v.verifiedOn) add("verifiedWithoutDate", "verifiedOn", "warning");
    if (isDate(v.verifiedOn) && v.verified !== true)
      add("dateWithoutVerified", "verified", "warning");
    if (v.status === "notImplemented" && !v.reasonNotImplemented)
      add("notImplementedWithoutReason", "reasonNotImplemented", "warning");
    if (v.status === "implemented" && v.reasonNotImplemented)
      add("reasonButImplemented", "reasonNotImplemented", "warning");
    if (typeof v.repeatOf === "string" && v.repeatOf !== "") {
      if (!firstRowOfId.has(v.repeatOf)) add("repeatOfUnknown", "repeatOf", "warning", v.repeatOf);
      if (v.repeated !== true) add("repeatOfWithoutRepeated", "repeated", "warning");
    }
  }
  if (options.keyLimit) {
    // Key recommendations counted per report (its Source document, or its title): each of a report over the limit is shown.
    const byReport = new Map<string, TrackerRow[]>();
    for (const each of rows) {
      if (each.values.key !== true) continue;
      const report = String(each.values.source || each.values.report || "").trim();
      byReport.set(report, [...(byReport.get(report) ?? []), each]);
    }
    for (const [report, keyRows] of byReport) {
      if (keyRows.length <= options.keyLimit) continue;
      const title = String(keyRows[0].values.report || report);
      for (row of keyRows) add("tooManyKey", "key", "warning", keyRows.length, title);
    }
    issues.sort((a, b) => a.row - b.row);
  }
  return issues;
}
