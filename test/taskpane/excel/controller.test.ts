import { officeExcelHost } from "../../../src/office/excel";
import { makeIntents } from "../../../src/taskpane/excel/controller";
import {
  initialState,
  issueLines,
  PaneAction,
  PaneState,
  reducer,
} from "../../../src/taskpane/excel/state";
import { FakeHost, installOfficeFakes, WorkbookModel } from "../../support/office";

let fake: FakeHost | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

function harness(language: "en" | "fr" = "en") {
  let state: PaneState = initialState(language);
  const dispatch = (action: PaneAction) => (state = reducer(state, action));
  const intents = makeIntents(officeExcelHost(), () => state, dispatch, {
    uiLanguage: language,
    now: () => new Date(2026, 2, 1),
  });
  return {
    intents,
    get state() {
      return state;
    },
  };
}

describe("Excel pane intents on the host fake", () => {
  it("creates a tracker, checks its data and goes to an issue's cell", async () => {
    fake = installOfficeFakes({ host: "excel" });
    const pane = harness();
    await pane.intents.refresh();
    expect(pane.state.workbook?.tracker).toBeNull();
    await pane.intents.apply();
    expect(pane.state.notices.map((n) => n.key)).toEqual(["created"]);
    expect(pane.state.workbook?.tracker?.sheet).toBe("Recommendations");
    // A row with a text but no id nor date: two required fields missing.
    fake.workbook.sheet("Recommendations").seed("F2", [["Ensure access to a lawyer."]]);
    await pane.intents.checkQuality();
    const { lines } = issueLines(pane.state.quality!);
    expect(lines.map((line) => line.issue.code)).toEqual(["missingRequired", "missingRequired"]);
    await pane.intents.goTo(lines[1]);
    expect(fake.workbook.selection?.rect).toEqual({ r0: 1, c0: 2, r1: 1, c1: 2 });
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
});
