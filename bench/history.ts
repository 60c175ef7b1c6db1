import { buildWorkbookPlan } from "../src/core/schema/workbook-plan";
import { listValuesOf, recordToCells } from "../src/core/tracker/cells";
import { buildLetter } from "../src/core/tracker/letters";
import { recordEvent } from "../src/core/tracker/observe";
import { computeStats } from "../src/core/tracker/stats";
import { historyFigures } from "../src/core/tracker/figures";
import { buildTemplate } from "../src/files/xlsx";
import { followUpDocx } from "../src/files/docx/followup";
import { XlsxTrackerStore } from "../src/files/xlsx/store";
import { upgradeTrackerFile } from "../src/files/xlsx/upgrade";
import { generatedRecords } from "../test/support/records";

/** Follow-up history benchmarks on a 50,000-row tracker: upgrade to schema v2, recording an event, year ends, a letter. */

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function benchHistory(): Promise<{ name: string; figure: string; target: string }[]> {
  const today = "2026-03-01";
  const records = generatedRecords(50000);
  const plan = (history: boolean) =>
    buildWorkbookPlan({
      language: "en",
      rows: records.map((record) => recordToCells(record, "en")),
      listExtras: listValuesOf(records),
      history,
    });
  const v1 = await buildTemplate(plan(false));
  let start = process.hrtime.bigint();
  const upgraded = await upgradeTrackerFile(v1, "bench.xlsx", { today });
  const upgradeMs = ms(start);

  const ids = records.slice(0, 5000).map((record) => String(record.id));
  const store = new XlsxTrackerStore(upgraded.bytes, "bench.xlsx", { followUpToday: today });
  start = process.hrtime.bigint();
  const recorded = await recordEvent(
    store,
    ids,
    { kind: "followUpVisit", date: today, status: "inProgress" },
    { now: `${today}T10:00:00` }
  );
  const recordMs = ms(start);

  const again = new XlsxTrackerStore(store.bytes(), "bench.xlsx");
  await again.read();
  const history = await again.readHistory();
  start = process.hrtime.bigint();
  const stats = computeStats(records, { today, history: history.rows, replyDays: 60 });
  const statsMs = ms(start);

  // The Dashboard's figures from the history: worked out, then written by stats --refresh (read + write).
  start = process.hrtime.bigint();
  const figures = historyFigures(records, {
    today,
    language: "en",
    history: history.rows,
    replyDays: 60,
  });
  const figuresMs = ms(start);
  const refresher = new XlsxTrackerStore(store.bytes(), "bench.xlsx");
  start = process.hrtime.bigint();
  await refresher.refreshFigures(today);
  const refreshMs = ms(start);

  const authority = String(records[0].authority ?? "")
    .split(";")[0]
    .trim();
  start = process.hrtime.bigint();
  const letter = buildLetter({
    records,
    language: "en",
    trackerLanguage: "en",
    today,
    authority,
  });
  const docx = await followUpDocx(letter);
  const letterMs = ms(start);

  return [
    {
      name: `upgrade a v1 tracker of 50,000 rows to schema v2 (${(v1.length / 1e6).toFixed(1)} MB)`,
      figure: `${upgradeMs.toFixed(0)} ms`,
      target: "< 10000 ms",
    },
    {
      name: `rectrack log: one event for 5,000 of 50,000 rows (${recorded.events} events, ${recorded.updated} rows updated, read + write)`,
      figure: `${recordMs.toFixed(0)} ms`,
      target: "< 10000 ms",
    },
    {
      name: `stats with year ends from ${history.rows.length} events, 50,000 rows (${stats.byYearEnd.length} years)`,
      figure: `${statsMs.toFixed(0)} ms`,
      target: "< 2000 ms",
    },
    {
      name: `the Dashboard's figures from ${history.rows.length} events, 50,000 rows (${figures.tables.map((table) => table.rows.length).join(" + ")} table rows)`,
      figure: `${figuresMs.toFixed(0)} ms`,
      target: "< 2000 ms",
    },
    {
      name: "rectrack stats --refresh on that tracker: read, work out, write the Dashboard",
      figure: `${refreshMs.toFixed(0)} ms`,
      target: "< 10000 ms",
    },
    {
      name: `letter to one authority of 50,000 rows (${letter.ids.length} recommendations, ${(docx.length / 1e3).toFixed(0)} kB .docx)`,
      figure: `${letterMs.toFixed(0)} ms`,
      target: "< 5000 ms",
    },
  ];
}
