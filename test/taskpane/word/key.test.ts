/**
 * The Word pane's Key mark: the drafter marks a recommendation as one of the
 * report's key recommendations; the mark is saved in the document and
 * travels in the batch (Export and Send to tracker build it the same way),
 * then into a tracker's Key column.
 */
import { DEFAULT_KEY_LIMIT } from "../../../src/core/review";
import { REPORT_NAMESPACE, parseReportMetadata } from "../../../src/core/model/reportMetadata";
import { buildWorkbookPlan } from "../../../src/core/schema/workbook-plan";
import { planImport, resolveImport } from "../../../src/core/tracker/upsert";
import { officeWordHost } from "../../../src/office/word/host";
import { buildTemplate } from "../../../src/files/xlsx/apply-plan";
import { XlsxTrackerStore } from "../../../src/files/xlsx/store";
import { makeWordIntents } from "../../../src/taskpane/word/controller";
import {
  WordAction,
  WordState,
  initialWordState,
  wordReducer,
} from "../../../src/taskpane/word/state";
import { DocumentModel, FakeHost, ParagraphSeed, installOfficeFakes } from "../../support/office";

const AUTHORITIES = [
  "Ministry of Health",
  "Prison service",
  "Police directorate",
  "Regional council",
];

/** A report of our own with `n` numbered recommendations. */
function report(n: number): ParagraphSeed[] {
  return [
    { text: "Visit to Northgate Police Station", style: "Title" },
    { text: "Date of the report: 2 February 2026", style: "Normal" },
    { text: "Recommendations", style: "Heading 1" },
    ...Array.from({ length: n }, (_v, i) => ({
      text: `The ${AUTHORITIES[i % AUTHORITIES.length]} should record every use of restraint in a bound register within three months (${i + 1}).`,
      style: "Normal",
      list: { label: `${i + 1}.` },
    })),
  ];
}

let fake: FakeHost | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

function harness(doc: DocumentModel) {
  fake = installOfficeFakes({ host: "word", document: doc });
  let state: WordState = initialWordState("");
  const dispatch = (action: WordAction) => (state = wordReducer(state, action));
  let n = 0;
  const intents = makeWordIntents(officeWordHost(), () => state, dispatch, {
    language: "en",
    now: () => new Date("2026-03-20T10:00:00.000Z"),
    newId: () => `key${String(++n).padStart(6, "0")}`,
  });
  return {
    intents,
    get state() {
      return state;
    },
    stored() {
      const part = doc.customXml.parts.find((p) => p.namespaceUri === REPORT_NAMESPACE)!;
      const parsed = parseReportMetadata(part.xml);
      if (!parsed.ok) throw new Error(parsed.problem);
      return parsed.metadata;
    },
  };
}

describe("the Key mark in the Word pane", () => {
  it("is saved in the report, travels in the batch and lands in the tracker's Key column", async () => {
    const doc = new DocumentModel(report(3));
    const pane = harness(doc);
    await pane.intents.refresh();
    await pane.intents.find();
    const [first, second] = pane.state.items.map((item) => item.meta.id);
    await pane.intents.setKey(second, true);
    expect(pane.state.items.map((item) => item.meta.key)).toEqual([false, true, false]);
    expect(pane.stored().recommendations.map((rec) => rec.key)).toEqual([false, true, false]);
    expect(pane.state.notices.map((notice) => notice.key)).not.toContain("keyOverLimit");

    const { batch } = await pane.intents.batch();
    expect(batch.recommendations.map((rec) => rec.key ?? false)).toEqual([false, true, false]);
    // Into a tracker, as an import or Send to tracker writes it.
    const store = new XlsxTrackerStore(
      await buildTemplate(buildWorkbookPlan({ language: "en" })),
      "t.xlsx"
    );
    const content = await store.read();
    const plan = planImport(content, batch, {});
    const { changes } = resolveImport(
      plan,
      {},
      { now: "2026-03-20T10:00", columns: content.columns }
    );
    await store.write(changes);
    const rows = (await new XlsxTrackerStore(store.bytes(), "t.xlsx").read()).rows;
    expect(rows.find((row) => row.values.id === second)?.values.key).toBe(true);
    expect(rows.find((row) => row.values.id === first)?.values.key).not.toBe(true);

    // Unmarked: gone from the document and the batch.
    await pane.intents.setKey(second, false);
    expect(pane.stored().recommendations.every((rec) => !rec.key)).toBe(true);
    expect((await pane.intents.batch()).batch.recommendations.some((rec) => rec.key)).toBe(false);
  });

  it(`says so, and keeps the mark, past ${DEFAULT_KEY_LIMIT} key recommendations in one report`, async () => {
    const doc = new DocumentModel(report(DEFAULT_KEY_LIMIT + 1));
    const pane = harness(doc);
    await pane.intents.refresh();
    await pane.intents.find();
    const ids = pane.state.items.map((item) => item.meta.id);
    for (const id of ids.slice(0, DEFAULT_KEY_LIMIT)) await pane.intents.setKey(id, true);
    expect(pane.state.notices.map((notice) => notice.key)).not.toContain("keyOverLimit");
    await pane.intents.setKey(ids[DEFAULT_KEY_LIMIT], true);
    expect(pane.state.notices.find((notice) => notice.key === "keyOverLimit")).toMatchObject({
      intent: "warning",
      values: { count: String(DEFAULT_KEY_LIMIT + 1), limit: String(DEFAULT_KEY_LIMIT) },
    });
    expect(pane.stored().recommendations.filter((rec) => rec.key)).toHaveLength(
      DEFAULT_KEY_LIMIT + 1
    );
  });
});
