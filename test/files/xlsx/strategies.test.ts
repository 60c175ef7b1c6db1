import JSZip from "jszip";
import { VOCABULARIES } from "../../../src/core/schema/vocabularies";
import { buildWorkbookPlan, literalList } from "../../../src/core/schema/workbook-plan";
import { recordEvent } from "../../../src/core/tracker/observe";
import { buildTemplate } from "../../../src/files/xlsx/apply-plan";
import { XlsxTrackerStore } from "../../../src/files/xlsx/store";
import { upgradeTrackerFile } from "../../../src/files/xlsx/upgrade";
import { sampleRecords, seededRandom } from "../../support/xlsx";

const TODAY = "2026-03-01";

/** The History sheet's XML (the sheet whose table is History). */
async function historySheetXml(bytes: Uint8Array): Promise<{ path: string; xml: string }> {
  const zip = await JSZip.loadAsync(bytes);
  for (const path of Object.keys(zip.files).filter((p) =>
    /^xl\/worksheets\/sheet\d+\.xml$/.test(p)
  )) {
    const xml = await zip.file(path)!.async("string");
    if (/<formula1>(?:&quot;|")Draft sent/.test(xml)) return { path, xml };
  }
  throw new Error("no History sheet");
}

function kindFormula(xml: string): string | undefined {
  return /<formula1>((?:&quot;|")Draft sent[^<]*)<\/formula1>/.exec(xml)?.[1];
}

const BEFORE = literalList([
  "Draft sent for comment",
  "Response received",
  "Action plan agreed",
  "Reminder sent",
  "Meeting",
  "Follow-up visit",
  "Status changed",
  "Other",
]);

describe("strategies in a tracker file", () => {
  it("rectrack upgrade gives a History made before the strategies their kinds in its drop-down, and nothing else changes", async () => {
    const made = await buildTemplate(buildWorkbookPlan({ language: "en" }));
    const { path, xml } = await historySheetXml(made);
    const now = kindFormula(xml);
    expect(now).toBeDefined();
    // As a tracker of schema v2 written before: the rule names the eight kinds of then.
    const zip = await JSZip.loadAsync(made);
    const old = xml.replace(now as string, `&quot;${BEFORE}&quot;`);
    expect(old).not.toBe(xml);
    zip.file(path, old);
    const before = await zip.generateAsync({ type: "uint8array" });
    const result = await upgradeTrackerFile(before, "t.xlsx", { today: TODAY });
    const after = await historySheetXml(result.bytes);
    const expected = literalList(VOCABULARIES.eventKind.values.map((value) => value.labels.en));
    expect(after.xml).toContain(`<formula1>&quot;${expected}&quot;</formula1>`);
    expect(after.xml.replace(/<dataValidations[\s\S]*<\/dataValidations>/, "")).toBe(
      old.replace(/<dataValidations[\s\S]*<\/dataValidations>/, "")
    );
  });

  it("records a strategy tried in the file as a History event of its kind (rectrack log's path)", async () => {
    const records = sampleRecords(6, seededRandom(7));
    const store = new XlsxTrackerStore(
      await buildTemplate(buildWorkbookPlan({ language: "es" })),
      "t.xlsx"
    );
    await store.read();
    await store.write({ updates: [], additions: records });
    const ids = records.slice(0, 2).map((r) => String(r.id));
    const plan = await recordEvent(
      store,
      ids,
      { kind: "redirected", date: "2026-02-02" },
      { now: `${TODAY}T09:00:00` }
    );
    expect(plan.events).toBe(2);
    const reread = new XlsxTrackerStore(store.bytes(), "t.xlsx");
    const history = await reread.readHistory();
    expect(history.rows.map((row) => [row.values.recId, row.values.kind])).toEqual(
      ids.map((id) => [id, "redirected"])
    );
  });
});
