import { columnLetter } from "../../../src/core/schema/a1";
import { TABLE_ORDER } from "../../../src/core/schema/columns";
import { PLAN_TEXTS } from "../../../src/core/schema/texts";
import {
  applyTracker,
  ExcelTrackerStore,
  officeExcelHost,
  refreshFollowUp,
} from "../../../src/office/excel";
import { makeIntents } from "../../../src/taskpane/excel/controller";
import { initialState, PaneAction, PaneState, reducer } from "../../../src/taskpane/excel/state";
import { FakeHost, FIVE_MB } from "../../support/office";
import { editMetadata, trackerWithRows, userEdits } from "./fixtures";

let fake: FakeHost | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const measured: Record<string, string> = {};
afterAll(() => console.log(`Dashboard and tidying syncs: ${JSON.stringify(measured)}`));

const letter = (key: (typeof TABLE_ORDER)[number]) => columnLetter(TABLE_ORDER.indexOf(key));
const t = PLAN_TEXTS.en;

/** The Dashboard's first two columns as rows, for reading a section. */
function dashboardRows(host: FakeHost): [string, string][] {
  const sheet = host.workbook.sheet("Dashboard");
  const rows: [string, string][] = [];
  for (let r = 1; r <= 400; r++)
    rows.push([String(sheet.value(`A${r}`)), String(sheet.cell(`B${r}`)?.formula ?? "")]);
  return rows;
}

/** The labels of a section, in the order shown. */
function labels(host: FakeHost, title: string): string[] {
  const rows = dashboardRows(host);
  const start = rows.findIndex((row) => row[0] === title);
  const out: string[] = [];
  for (let r = start + 1; rows[r][0] !== t.otherValues; r++) out.push(rows[r][0]);
  return out;
}

describe("the Dashboard in the open workbook", () => {
  it.each([10, 10000])(
    "follows an import into %i rows in the import's own requests: new addressees listed, most frequent first",
    async (count) => {
      fake = await trackerWithRows(count);
      const store = new ExcelTrackerStore(officeExcelHost());
      await store.read();
      fake.resetCounters();
      await store.write({
        updates: [],
        additions: [
          { id: "NEW-000001", text: "Repair the heating.", authority: "Regional council; Police" },
          { id: "NEW-000002", text: "Train the staff.", authority: "Regional council" },
        ],
      });
      measured[`import into ${count} rows`] = `${fake.syncCount} syncs`;
      // As many requests as an import without the Dashboard: 2 to find the table, 1 for the ids, 1 to write.
      expect(fake.syncCount).toBe(4);
      expect(fake.maxRequestBytes).toBeLessThan(FIVE_MB);
      const authorities = labels(fake, t.byAuthority);
      // The fixture's rows: two thirds to the Ministry of Justice, a third to the prison administration.
      expect(authorities.slice(0, 2)).toEqual(["Ministry of Justice", "Prison administration"]);
      expect(authorities).toEqual(expect.arrayContaining(["Regional council", "Police"]));
      expect(authorities.indexOf("Regional council")).toBeLessThan(authorities.indexOf("Police"));
      // Its counts stay formulas on the table; the chart follows the section.
      const rows = dashboardRows(fake);
      const council = rows.find((row) => row[0] === "Regional council")!;
      expect(council[1]).toContain("Recommendations[Addressed to]");
      const chart = fake.workbook
        .sheet("Dashboard")
        .charts.find((c) => c.name === "Recommendations by addressee")!;
      const start = rows.findIndex((row) => row[0] === t.byAuthority) + 1;
      expect(chart.source).toContain(`A${start}:B${start + authorities.length}`);
    }
  );

  it.each([10, 10000])(
    "is rewritten with the Follow-up sheet of a %i-row tracker, in the same requests",
    async (count) => {
      fake = await trackerWithRows(count);
      fake.resetCounters();
      await refreshFollowUp(officeExcelHost(), { today: "2026-03-01" });
      measured[`follow-up refresh, ${count} rows`] = `${fake.syncCount} syncs`;
      // At 10,000 rows the Follow-up table (which lists the ~2,000 not implemented too, with their
      // strategies) passes 3 MB: its rows take one more request, each request under 5 MB.
      expect(fake.syncCount).toBe(count === 10000 ? 5 : 4);
      expect(fake.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
      expect(labels(fake, t.byTheme)[0]).toBe("Health care");
      expect(labels(fake, t.byPlace).length).toBe(Math.min(count, 97));
    }
  );
});

describe("key recommendations in the open workbook", () => {
  it.each([10, 10000])(
    "a %i-row tracker without the Key column: the Dashboard leaves them out; the upgrade adds the column, changes no cell and counts them, in 4 requests (one more for a Follow-up list past 3 MB)",
    async (count) => {
      fake = await trackerWithRows(count);
      await userEdits(async (context) => {
        context.workbook.tables.getItem("Recommendations").columns.getItem("Key").delete();
        await context.sync();
      });
      editMetadata(fake, (headers) => delete headers.key);
      // A refresh before the upgrade: no formula points at the missing column.
      await refreshFollowUp(officeExcelHost(), { today: "2026-03-01" });
      expect(dashboardRows(fake).some(([, formula]) => formula.includes("[Key]"))).toBe(false);
      expect(dashboardRows(fake).some(([label]) => label === t.keyTotal)).toBe(false);
      const sheet = fake.workbook.sheet("Recommendations");
      const before = sheet.snapshot();
      fake.resetCounters();
      const result = await applyTracker(officeExcelHost(), { language: "en" });
      measured[`upgrade adding Key, ${count} rows`] = `${fake.syncCount} syncs`;
      // At 10,000 rows the Follow-up table (which lists the ~2,000 not implemented too, with their
      // strategies) passes 3 MB: its rows take one more request, each request under 5 MB.
      expect(fake.syncCount).toBe(count === 10000 ? 5 : 4);
      expect(result.addedColumns).toEqual(["Key"]);
      const after = sheet.snapshot();
      const changed = [...before].filter(
        ([address, cell]) => JSON.stringify(after.get(address)) !== JSON.stringify(cell)
      );
      expect(changed).toEqual([]);
      const rows = dashboardRows(fake);
      const total = rows.find(([label]) => label === t.keyTotal);
      expect(total?.[1]).toBe('=COUNTIFS(Recommendations[Key],"Yes")');
      // First on the Dashboard, before the sections.
      expect(rows.findIndex(([label]) => label === t.keyTotal)).toBeLessThan(
        rows.findIndex(([label]) => label === t.byStatus)
      );
    }
  );
});

function pane(): { intents: ReturnType<typeof makeIntents>; state: () => PaneState } {
  let state: PaneState = initialState("en");
  const intents = makeIntents(
    officeExcelHost(),
    () => state,
    (action: PaneAction) => (state = reducer(state, action)),
    { uiLanguage: "en", now: () => new Date(2026, 2, 1) }
  );
  return { intents, state: () => state };
}

describe("tidying the lists from the pane", () => {
  it.each([10, 10000])(
    "offers, previews and applies merges and splits on %i rows in a constant number of requests",
    async (count) => {
      fake = await trackerWithRows(count);
      const sheet = fake.workbook.sheet("Recommendations");
      sheet.seed(`${letter("theme")}3`, [["Healthcare"], ["health care"]]);
      sheet.seed(`${letter("authority")}6`, [["Ministry of Justice and Prison administration"]]);
      const p = pane();
      await p.intents.checkQuality();
      const view = p.state().quality!;
      expect(view.tidy.map((proposal) => proposal.kind).sort()).toEqual(["merge", "split"]);
      // Nothing is written by the check.
      expect(sheet.value(`${letter("theme")}3`)).toBe("Healthcare");
      fake.resetCounters();
      await p.intents.applyTidy();
      expect(p.state().notices.map((notice) => notice.key)).toContain("tidyDone");
      // 4 to write (as an import) and the check that follows (3, the follow-up history's
      // events riding with the rows, schema v2): the same at any size.
      measured[`tidy ${count} rows`] = `${fake.syncCount} syncs`;
      expect(fake.syncCount).toBe(7);
      expect(fake.maxRequestBytes).toBeLessThan(FIVE_MB);
      expect(sheet.value(`${letter("theme")}3`)).toBe("Health care");
      expect(sheet.value(`${letter("theme")}4`)).toBe("Health care");
      expect(sheet.value(`${letter("authority")}6`)).toBe(
        "Ministry of Justice; Prison administration"
      );
      const themes = fake.workbook.tableRows("ListTheme").map((row) => row[0]);
      expect(themes).not.toContain("Healthcare");
      expect(p.state().quality!.tidy).toEqual([]);
    }
  );
});

describe("the user's own cells on the Dashboard", () => {
  it("are never covered: a Dashboard that would grow over them is left as it was", async () => {
    fake = await trackerWithRows(10);
    const store = new ExcelTrackerStore(officeExcelHost());
    await store.read();
    await store.write({ updates: [], additions: [] });
    const sheet = fake.workbook.sheet("Dashboard");
    const rows = dashboardRows(fake);
    const last = rows.map((row) => row[0]).lastIndexOf(t.sectionTotal) + 1;
    sheet.seed(`A${last + 2}`, [["Our note: figures checked in March"]]);
    const before = sheet.snapshot();
    await store.read();
    await store.write({
      updates: [],
      additions: Array.from({ length: 5 }, (_v, i) => ({
        id: `NEW-00000${i}`,
        text: "A recommendation to a new body.",
        authority: `New body ${i}`,
      })),
    });
    // Five more addressees would need five more rows: the note stays, and so does every cell.
    expect(sheet.snapshot()).toEqual(before);
    // A write that does not make it longer rewrites it, the note still below.
    await store.read();
    await store.write({ updates: [], additions: [{ id: "NEW-000009", text: "Another one." }] });
    expect(sheet.value(`A${last + 2}`)).toBe("Our note: figures checked in March");
  });
});
