/** What the Data quality tab shows: the problem lines in order, their counts, and the list tidying proposals. */
import { proposalId, TidyProposal } from "../../core/tracker/tidy";
import type { TrackerIssue } from "../../core/tracker/validate";
import type { ExcelMessageKey } from "./i18n";
import { QualityView } from "./drafts";

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
