/** Builders for Excel adapter tests: trackers of any size on the strict host fakes. */
import { TRACKER_NAMESPACE } from "../../../src/core/schema/columns";
import { parseMetadata, serializeMetadata } from "../../../src/core/schema/customxml";
import { addDays } from "../../../src/core/schema/dates";
import { recordToCells } from "../../../src/core/tracker/cells";
import type { TrackerRecord } from "../../../src/core/tracker/types";
import { applyTracker, officeExcelHost } from "../../../src/office/excel";
import { CellScalar, FakeHost, installOfficeFakes } from "../../support/office";

export const STATUSES = [
  "notStarted",
  "inProgress",
  "partiallyImplemented",
  "implemented",
  "notImplemented",
];

/** A plausible record; every field filled so the upgrade test has something to lose in each column. */
export function record(i: number): TrackerRecord {
  const made = addDays("2022-01-10", i % 900);
  const status = STATUSES[i % STATUSES.length];
  return {
    id: `REC-${String(i).padStart(6, "0")}`,
    ref: String((i % 40) + 1),
    dateMade: made,
    repeated: i % 7 === 0,
    text: `The authorities should ensure that every person deprived of liberty in place ${i % 97} has access to a doctor within 24 hours of arrival.`,
    type: "visit",
    scope: i % 2 ? "systemic" : "specific",
    place: `Prison ${i % 97}`,
    placeType: "Prison",
    authority: i % 3 ? "Ministry of Justice" : "Prison administration",
    report: `Visit report ${2022 + (i % 3)}`,
    theme: "Health care",
    priority: "high",
    timeframe: "shortTerm",
    deadline: addDays(made, 180),
    staff: "A. Staff",
    accepted: "accepted",
    status,
    verified: status === "implemented" && i % 2 === 0,
    notes: `Note ${i}`,
  };
}

export function rowsOf(count: number, from = 1): CellScalar[][] {
  const rows: CellScalar[][] = [];
  for (let i = from; i < from + count; i++)
    rows.push(recordToCells(record(i), "en").map((v) => (v === null ? "" : v)));
  return rows;
}

/** A fresh fake Excel with an empty English tracker built by the adapter, then `count` rows put in its table. */
export async function trackerWithRows(count: number): Promise<FakeHost> {
  const fake = installOfficeFakes({ host: "excel" });
  await applyTracker(officeExcelHost(), { language: "en" });
  const table = fake.workbook.findTable("Recommendations");
  if (!table) throw new Error("no table");
  table.sheet.seed("A2", rowsOf(count));
  table.rect = { ...table.rect, r1: table.rect.r0 + count };
  return fake;
}

/** Rewrites the metadata part in the fake (a tracker whose user renamed a header through the add-in, or an older one). */
export function editMetadata(
  fake: FakeHost,
  edit: (headers: Record<string, string>) => void
): void {
  const part = fake.workbook.customXml.byNamespace(TRACKER_NAMESPACE)[0];
  const parsed = parseMetadata(part.xml);
  if (!parsed.ok) throw new Error(parsed.problem);
  edit(parsed.metadata.headers as Record<string, string>);
  part.xml = serializeMetadata(parsed.metadata);
}

/** Excel.run on the installed fake, for arranging a workbook the way a user would. */
export function userEdits(batch: (context: Excel.RequestContext) => Promise<void>): Promise<void> {
  return officeExcelHost().run(batch);
}
