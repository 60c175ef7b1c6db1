import { columnLetter } from "../../../src/core/schema/a1";
import { TABLE_ORDER } from "../../../src/core/schema/columns";
import { issueLines } from "../../../src/taskpane/excel/state";
import {
  setDetailEdit,
  setRepeatConfirmed,
  setTextAccepted,
  shownDetails,
} from "../../../src/taskpane/shared/importChoices";
import { buildDocx, heading, numbered, para } from "../../support/docx";
import { isoToSerial } from "../../../src/core/schema/dates";
import {
  CANDIDATE_REPORT,
  IMPORT_RECOMMENDATIONS,
  taggedReport,
  untaggedReportWithCandidate,
} from "../../support/importReport";
import { FakeHost, installOfficeFakes, WorkbookModel } from "../../support/office";
import { excelPaneHarness } from "./harness";

/** Column of the Rec ID in a new table. */
const ID = TABLE_ORDER.indexOf("id");

let fake: FakeHost | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const harness = (language: "en" | "fr" = "en") =>
  excelPaneHarness(language, () => new Date(2026, 2, 1));

describe("Excel pane intents on the host fake", () => {
  it("creates a tracker, checks its data and goes to an issue's cell", async () => {
    fake = installOfficeFakes({ host: "excel" });
    const pane = harness();
    await pane.intents.refresh();
    expect(pane.state.workbook?.tracker).toBeNull();
    await pane.intents.apply();
    expect(pane.state.notices.map((n) => n.key)).toEqual(["historyAdded", "created"]);
    expect(pane.state.workbook?.tracker?.sheet).toBe("Recommendations");
    // A row with a text but no id nor date: two required fields missing.
    const text = TABLE_ORDER.indexOf("text");
    fake.workbook
      .sheet("Recommendations")
      .seed(`${columnLetter(text)}2`, [["Ensure access to a lawyer."]]);
    await pane.intents.checkQuality();
    const { lines } = issueLines(pane.state.quality!);
    expect(lines.map((line) => line.issue.code)).toEqual(["missingRequired", "missingRequired"]);
    await pane.intents.goTo(lines[1]);
    const id = TABLE_ORDER.indexOf("id");
    expect(fake.workbook.selection?.rect).toEqual({ r0: 1, c0: id, r1: 1, c1: id });
    expect(pane.state.busy).toBeNull();
  });

  it("turns a failure into a message in the user's language and is ready for the next action", async () => {
    fake = installOfficeFakes({ host: "excel" });
    const pane = harness("fr");
    await pane.intents.checkQuality();
    expect(pane.state.notices[0]).toMatchObject({ intent: "error", key: "problemNoTracker" });
    expect(pane.state.busy).toBeNull();
    await pane.intents.refreshFollowUp();
    expect(pane.state.notices).toHaveLength(1);
  });

  it("adopts a hand-made sheet with the corrected mapping", async () => {
    const wb = new WorkbookModel(["Old"]);
    wb.sheet("Old").seed("A1", [
      ["Ref", "Recommendation", "Status", "Remarks"],
      [1, "Ensure access to a doctor.", "Implemented", "checked in May"],
      [2, "Stop strip searches.", "half done", "no"],
    ]);
    fake = installOfficeFakes({ host: "excel", workbook: wb });
    const pane = harness();
    await pane.intents.refresh();
    expect(pane.state.adoptSheet).toBe("Old");
    await pane.intents.readForAdopt();
    pane.intents.dispatch({ type: "mapColumn", index: 3, key: null });
    await pane.intents.adopt();
    expect(pane.state.notices.map((n) => n.key).sort()).toEqual(["adoptKept", "adopted"]);
    expect(pane.state.workbook?.tracker?.rows).toBe(2);
    expect(pane.state.draft).toBeNull();
  });

  it("proposes the language a sheet read for adoption is in, unless the user chose one", async () => {
    const french = () => {
      const wb = new WorkbookModel(["Suivi"]);
      wb.sheet("Suivi").seed("A1", [
        ["N°", "Recommandation", "Lieu", "Statut"],
        [1, "Le directeur devrait réparer le chauffage.", "Prison de l'Est", "En cours"],
      ]);
      return wb;
    };
    fake = installOfficeFakes({ host: "excel", workbook: french() });
    const proposed = harness("en");
    await proposed.intents.refresh();
    await proposed.intents.readForAdopt();
    expect(proposed.state.language).toBe("fr");

    fake = installOfficeFakes({ host: "excel", workbook: french() });
    const chosen = harness("en");
    chosen.intents.dispatch({ type: "language", language: "es" });
    await chosen.intents.refresh();
    await chosen.intents.readForAdopt();
    expect(chosen.state.language).toBe("es");
  });
});

describe("importing a report through the pane's intents", () => {
  const file = (name: string, bytes: Uint8Array) => ({
    name,
    size: bytes.length,
    arrayBuffer: async () =>
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  });

  async function withTracker() {
    fake = installOfficeFakes({ host: "excel" });
    const pane = harness();
    await pane.intents.apply();
    return pane;
  }

  it("previews, imports what the user chose, and imports the rest later without touching the first", async () => {
    const pane = await withTracker();
    const report = await taggedReport();
    await pane.intents.chooseImportFile(file("visit.docx", report));
    const draft = pane.state.importDraft!;
    expect(draft.tagged).toBe(true);
    expect(draft.plan.items.map((item) => item.state)).toEqual(["new", "new", "new"]);
    // Nothing is written by the preview.
    expect(
      fake!.workbook.tableRows("Recommendations").every((row) => row.every((v) => v === ""))
    ).toBe(true);

    pane.intents.dispatch({ type: "importChoices", choices: { skip: [1] } });
    await pane.intents.runImport();
    expect(pane.state.importOutcome?.summary).toMatchObject({ added: 2, updated: 0 });
    expect(pane.state.notices.filter((n) => n.intent === "error")).toEqual([]);
    const rows = fake!.workbook.tableRows("Recommendations");
    expect(rows.map((row) => row[ID])).toEqual(["impA0000001", "impC0000003"]);
    const text = fake!.workbook
      .sheet("Recommendations")
      .cell(`${columnLetter(TABLE_ORDER.indexOf("text"))}3`)!;
    expect(text.value).toBe(IMPORT_RECOMMENDATIONS[2].text);
    expect(text.formula).toBeUndefined();

    const before = fake!.workbook.sheet("Recommendations").snapshot();
    await pane.intents.chooseImportFile(file("visit.docx", report));
    expect(pane.state.importDraft!.plan.items.map((item) => item.state)).toEqual([
      "unchanged",
      "new",
      "unchanged",
    ]);
    await pane.intents.runImport();
    expect(pane.state.importOutcome?.summary).toMatchObject({ added: 1, updated: 0, unchanged: 2 });
    const after = fake!.workbook.sheet("Recommendations").snapshot();
    for (const [address, cell] of before)
      expect({ address, cell: after.get(address) }).toEqual({ address, cell });
  });

  it("after an import, opens the Recommendations sheet and the Dashboard, one request each", async () => {
    const pane = await withTracker();
    await pane.intents.chooseImportFile(file("visit.docx", await taggedReport()));
    await pane.intents.runImport();
    expect(pane.state.workbook).toMatchObject({
      tracker: { sheet: "Recommendations" },
      dashboard: "Dashboard",
    });
    fake!.resetCounters();
    await pane.intents.showSheet("dashboard");
    expect(fake!.syncCount).toBe(1);
    expect(fake!.workbook.activeSheet?.name).toBe("Dashboard");
    await pane.intents.showSheet("tracker");
    expect(fake!.syncCount).toBe(2);
    expect(fake!.workbook.activeSheet?.name).toBe("Recommendations");
    expect(pane.state.notices.filter((n) => n.intent === "error")).toEqual([]);
    expect(pane.state.busy).toBeNull();
  });

  it("offers the finder's possible recommendations unticked; ticking one imports it", async () => {
    const pane = await withTracker();
    await pane.intents.chooseImportFile(file("visit.docx", await untaggedReportWithCandidate()));
    const draft = pane.state.importDraft!;
    expect(draft.tagged).toBe(false);
    expect(draft.plan.items.map((item) => item.incoming.text)).toEqual([
      ...CANDIDATE_REPORT.found,
      CANDIDATE_REPORT.candidate,
    ]);
    expect(draft.candidates).toEqual([2]);
    expect(draft.choices.skip).toEqual([2]);
    pane.intents.dispatch({ type: "importChoices", choices: { skip: [] } });
    await pane.intents.runImport();
    expect(pane.state.importOutcome?.summary).toMatchObject({ added: 3 });
    const texts = fake!.workbook
      .tableRows("Recommendations")
      .map((row) => row[TABLE_ORDER.indexOf("text")]);
    expect(texts).toContain(CANDIDATE_REPORT.candidate);
  });

  it("says a file cannot be read, in the user's words, and writes nothing", async () => {
    const pane = await withTracker();
    const before = fake!.workbook.sheet("Recommendations").snapshot();
    fake!.resetCounters();
    await pane.intents.chooseImportFile(file("visit.docx", new TextEncoder().encode("not a zip")));
    expect(pane.state.importDraft).toBeNull();
    // Worded from the problem's code in the pane's language: no English sentence from the file reader.
    expect(pane.state.notices[0]).toMatchObject({
      intent: "error",
      key: "importNotReportOrBatch",
      values: { file: "visit.docx" },
    });
    expect(pane.state.notices[0].details).toBeUndefined();
    expect(fake!.syncCount).toBe(0);
    expect(fake!.workbook.sheet("Recommendations").snapshot()).toEqual(before);
    expect(pane.state.busy).toBeNull();
  });

  it("writes the repeat link and the replaced text the user ticked", async () => {
    const pane = await withTracker();
    await pane.intents.chooseImportFile(file("visit.docx", await taggedReport()));
    await pane.intents.runImport();

    // A year later, a follow-up report repeats the call-bell recommendation.
    const followUp = {
      format: "opcat-recommendations",
      version: 1,
      report: {
        id: "follow-up-nord-2027",
        title: "Follow-up visit to Prison Nord",
        type: "visit",
        date: "2027-01-15",
        places: ["Prison Nord"],
        link: "",
      },
      recommendations: [
        {
          id: "fupA0000001",
          ref: "1",
          text: "The Ministry of Justice should install a working call bell in every cell of Prison Nord without delay, so that detainees can call for help at night.",
          authority: "Ministry of Justice",
          place: "Prison Nord",
        },
      ],
    };
    const json = new TextEncoder().encode(JSON.stringify(followUp));
    await pane.intents.chooseImportFile(file("follow-up.json", json));
    const draft = pane.state.importDraft!;
    expect(draft.tagged).toBeNull();
    const item = draft.plan.items[0];
    expect(item.repeatProposal?.id).toBe("impA0000001");
    pane.intents.dispatch({
      type: "importChoices",
      choices: setRepeatConfirmed(draft.choices, item, true),
    });
    await pane.intents.runImport();
    const rows = fake!.workbook.tableRows("Recommendations");
    const headers = fake!.workbook.headers(fake!.workbook.findTable("Recommendations")!);
    const added = rows.find((row) => row[ID] === "fupA0000001")!;
    expect(added[headers.indexOf("Repeats")]).toBe("impA0000001");
    expect(added[headers.indexOf("Repeated")]).toBe("Yes");

    // The first report, corrected: the user accepts the new wording of recommendation 2.
    const corrected = IMPORT_RECOMMENDATIONS.map((rec) =>
      rec.ref === "2"
        ? { ...rec, text: "The authorities should repair the heating in every cell." }
        : rec
    );
    await pane.intents.chooseImportFile(file("visit.docx", await taggedReport(corrected)));
    const changed = pane.state.importDraft!.plan.items[1];
    expect(changed.state).toBe("update");
    expect(changed.textChange?.after).toBe(
      "The authorities should repair the heating in every cell."
    );
    pane.intents.dispatch({
      type: "importChoices",
      choices: setTextAccepted(pane.state.importDraft!.choices, 1, true),
    });
    await pane.intents.runImport();
    const text = fake!.workbook
      .tableRows("Recommendations")
      .find((row) => row[ID] === "impB0000002")![headers.indexOf("Recommendation")];
    expect(text).toBe("The authorities should repair the heating in every cell.");
  });

  it("asks for the date of a report that does not say it, re-reads the file without an Office request, and writes what the user entered", async () => {
    const pane = await withTracker();
    const undated = await buildDocx({
      blocks: [
        heading(1, "Report on the visit to Bramley Prison"),
        para("Place visited: Bramley Prison"),
        heading(1, "Recommendations"),
        ...numbered("recs", [
          "The director should repair the showers within three months.",
          "The Ministry of Justice and the Ministry of Health should recruit two doctors.",
        ]),
      ],
    });
    fake!.resetCounters();
    await pane.intents.chooseImportFile(file("bramley.docx", undated));
    const readSyncs = fake!.syncCount;
    let draft = pane.state.importDraft!;
    expect(draft).toMatchObject({ reportDate: "", dateFrom: null });
    // Without a date nothing is written, and no import day stands in for it.
    await pane.intents.runImport();
    expect(pane.state.importOutcome).toBeNull();
    expect(shownDetails(draft.plan.items[0], draft.choices)[0]).toEqual({
      key: "dateMade",
      value: "",
      source: "none",
    });

    pane.intents.dispatch({
      type: "importChoices",
      choices: setDetailEdit({ skip: [] }, 1, "theme", "Health care"),
    });
    fake!.resetCounters();
    await pane.intents.setReportDate("2025-05-20");
    expect(fake!.syncCount).toBe(0);
    draft = pane.state.importDraft!;
    expect(draft).toMatchObject({ reportDate: "2025-05-20", dateFrom: "given" });
    // The user's choices hold; durations now count from the date entered.
    expect(draft.choices.edits).toEqual({ 1: { theme: "Health care" } });
    expect(shownDetails(draft.plan.items[0], draft.choices, true).slice(0, 3)).toEqual([
      { key: "dateMade", value: "2025-05-20", source: "you" },
      { key: "deadline", value: "2025-08-20", source: "report" },
      { key: "place", value: "Bramley Prison", source: "report" },
    ]);

    fake!.resetCounters();
    await pane.intents.runImport();
    // The same requests as any import: the tracker read once for the preview, one write, one refresh.
    expect([readSyncs, fake!.syncCount]).toEqual([3, 7]);
    expect(pane.state.importOutcome?.summary).toMatchObject({ added: 2 });
    const table = fake!.workbook.findTable("Recommendations")!;
    const headers = fake!.workbook.headers(table);
    const rows = fake!.workbook.tableRows("Recommendations");
    const cell = (row: number, header: string) => rows[row][headers.indexOf(header)];
    expect([cell(0, "Date made"), cell(0, "Deadline")]).toEqual([
      isoToSerial("2025-05-20"),
      isoToSerial("2025-08-20"),
    ]);
    expect(cell(1, "Addressed to")).toBe("Ministry of Justice; Ministry of Health");
    expect(cell(1, "Theme")).toBe("Health care");
    expect(cell(0, "Place")).toBe("Bramley Prison");
  });
});
