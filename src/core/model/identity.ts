/**
 * Which report a tagged document is. Word's "Save As" of last year's report
 * keeps its report id and every recommendation id; sent as is, this year's
 * recommendations would land on last year's rows. The ids were given under a
 * title and a date (ReportDetails.keyedAs): when the document now says
 * another, the pane asks whether it is a new report, and gives it new ids
 * when it is.
 */
import type { ReportDetails, ReportMetadata } from "./reportMetadata";

export interface IdentityChange {
  before: { title: string; date: string };
  now: { title: string; date: string };
}

function norm(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/** The title and date the report goes by now: what the pane saved, else what the document says. */
export function currentIdentity(
  report: ReportDetails,
  guessed: { title: string; date: string }
): { title: string; date: string } {
  return {
    title: report.title.trim() || guessed.title.trim(),
    date: report.date.trim() || guessed.date.trim(),
  };
}

/** Whether the report has ids yet: a report id, or tagged recommendations. */
export function hasIds(metadata: ReportMetadata): boolean {
  return Boolean(metadata.report.id) || metadata.recommendations.length > 0;
}

/**
 * The change since the ids were given, or null. A title or date only filled
 * in since (empty then) is not a change: it completes the same report.
 */
export function identityChange(
  metadata: ReportMetadata,
  guessed: { title: string; date: string }
): IdentityChange | null {
  const before = metadata.report.keyedAs;
  if (!before || !hasIds(metadata)) return null;
  const now = currentIdentity(metadata.report, guessed);
  const titleChanged =
    before.title !== "" && now.title !== "" && norm(before.title) !== norm(now.title);
  const dateChanged = before.date !== "" && now.date !== "" && before.date !== now.date;
  return titleChanged || dateChanged ? { before, now } : null;
}

/** The metadata with its ids given under the report's present title and date (first ids, or "the same report"). */
export function keyedNow(
  metadata: ReportMetadata,
  guessed: { title: string; date: string }
): ReportMetadata {
  return {
    ...metadata,
    report: { ...metadata.report, keyedAs: currentIdentity(metadata.report, guessed) },
  };
}

/**
 * A new report: a new report id (when it had one) and a new id for every
 * recommendation, keyed under the present title and date. `newId` gives ids
 * no recommendation uses. Returns the metadata and old id -> new id, for the
 * host to retag the content controls in the same step.
 */
export function rekeyed(
  metadata: ReportMetadata,
  guessed: { title: string; date: string },
  newId: () => string
): { metadata: ReportMetadata; ids: Map<string, string> } {
  const used = new Set(metadata.recommendations.map((r) => r.id));
  const fresh = () => {
    let id = newId();
    while (used.has(id)) id = newId();
    used.add(id);
    return id;
  };
  const ids = new Map<string, string>();
  const recommendations = metadata.recommendations.map((rec) => {
    const id = fresh();
    ids.set(rec.id, id);
    return { ...rec, id };
  });
  const report: ReportDetails = {
    ...metadata.report,
    keyedAs: currentIdentity(metadata.report, guessed),
  };
  if (report.id) report.id = fresh();
  return { metadata: { report, recommendations }, ids };
}
