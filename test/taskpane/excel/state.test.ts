import { proposeMapping } from "../../../src/core/tracker/legacy";
import type { MetadataProblem } from "../../../src/core/schema/customxml";
import { ExcelProblem, type ApplyResult } from "../../../src/office/excel";
import { en } from "../../../src/taskpane/excel/i18n/en";
import { es } from "../../../src/taskpane/excel/i18n/es";
import { fr } from "../../../src/taskpane/excel/i18n/fr";
import { excelTranslator } from "../../../src/taskpane/excel/i18n";
import { metadataDamagedText, shown } from "../../../src/taskpane/excel/paneTexts";
import { messageArguments, parseMessage } from "../../../src/taskpane/shared/i18n/format";
import {
  applyNotices,
  canAdopt,
  chosenTidy,
  explainError,
  importFileProblem,
  importNotices,
  initialState,
  issueLines,
  mappingRows,
  PaneState,
  QualityView,
  reducer,
  tidyLine,
  todayIso,
} from "../../../src/taskpane/excel/state";
import { FakeOfficeError } from "../../support/office";

const placeholders = (text: string) => messageArguments(parseMessage(text));

describe("Excel pane catalogues", () => {
  it.each([
    ["fr", fr],
    ["es", es],
  ])("%s has every English key with the same placeholders", (_name, catalogue) => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(catalogue[key])).toEqual(placeholders(en[key]));
      expect(catalogue[key].trim()).not.toBe("");
    }
  });
});

describe("errors in plain words", () => {
  const t = excelTranslator("fr");
  it("words the adapter's problems with their values", () => {
    const notice = explainError(new ExcelProblem("alreadyTracker", { sheet: "Recommandations" }));
    expect(t(notice.key, notice.values)).toBe(
      "Ce classeur a déjà un tableau de suivi (sur la feuille « Recommandations »). Utilisez la mise à jour au lieu de reprendre une feuille."
    );
  });
  it("explains Office's errors by their code and keeps Office's words as details", () => {
    const notice = explainError(
      new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      )
    );
    expect(notice.key).toBe("officeTooBig");
    expect(notice.details).toContain("payload size");
  });
  it("keeps an unknown error's own words as details, shown in an English pane only", () => {
    const notice = { id: 1, ...explainError(new TypeError("x is not a function")) };
    expect(shown(notice, t, "fr")).toMatchObject({ text: "Excel a signalé un problème." });
    expect(shown(notice, t, "fr").details).toBeUndefined();
    expect(shown(notice, excelTranslator("en"), "en")).toMatchObject({
      text: "Excel reported a problem.",
      details: "Details: x is not a function",
    });
  });
});

describe("tracker settings the pane cannot read", () => {
  const applied = (metadataProblem: MetadataProblem | null): ApplyResult => ({
    mode: "upgraded",
    language: "en",
    sheets: {
      recommendations: "Recommendations",
      lists: "Lists",
      dashboard: "Dashboard",
      followUp: "Follow-up",
    },
    addedColumns: [],
    renamedKept: [],
    extraKept: [],
    skipped: [],
    metadataProblem,
    reordered: false,
  });

  it.each([
    [
      "en",
      "The tracker settings stored in the workbook could not be read (they are incomplete); the column headers were used instead.",
    ],
    [
      "fr",
      "Les paramètres du tableau de suivi enregistrés dans le classeur sont illisibles (ils sont incomplets) ; les en-têtes de colonnes ont été utilisés.",
    ],
    [
      "es",
      "No se pudieron leer los ajustes del registro guardados en el libro (están incompletos); se usaron los encabezados de columna.",
    ],
  ] as const)("in %s: words why, after an upgrade and in Set up", (language, sentence) => {
    const t = excelTranslator(language);
    const notices = applyNotices(applied("cutShort")).filter((n) => n.key === "metadataDamaged");
    expect(notices).toEqual([
      { intent: "warning", key: "metadataDamaged", values: { problem: "cutShort" } },
    ]);
    expect(shown({ id: 1, ...notices[0] }, t, language).text).toBe(sentence);
    expect(metadataDamagedText("cutShort", t)).toBe(sentence);
  });

  it("words every code differently, and says nothing when the settings were read", () => {
    const codes: Record<MetadataProblem, true> = {
      noTrackerElement: true,
      otherFormat: true,
      cutShort: true,
      noSchemaVersion: true,
    };
    for (const language of ["en", "fr", "es"] as const) {
      const t = excelTranslator(language);
      const texts = (Object.keys(codes) as MetadataProblem[]).map((code) =>
        metadataDamagedText(code, t)
      );
      expect(new Set(texts).size).toBe(texts.length);
      for (const text of texts)
        expect(text).not.toMatch(/\{|noTrackerElement|otherFormat|cutShort|noSchemaVersion/);
    }
    expect(applyNotices(applied(null)).filter((n) => n.key === "metadataDamaged")).toEqual([]);
  });
});

describe("pane state", () => {
  const base = (): PaneState => initialState("en");

  it("keeps one copy of a repeated message and at most five", () => {
    let state = base();
    for (let i = 0; i < 3; i++)
      state = reducer(state, {
        type: "notify",
        notice: { intent: "error", key: "problemNoTracker" },
      });
    expect(state.notices).toHaveLength(1);
    for (let i = 0; i < 7; i++)
      state = reducer(state, {
        type: "notify",
        notice: { intent: "error", key: "officeOther", values: { message: String(i) } },
      });
    expect(state.notices).toHaveLength(5);
    state = reducer(state, { type: "dismiss", id: state.notices[0].id });
    expect(state.notices).toHaveLength(4);
  });

  it("shows progress only while an action runs", () => {
    let state = reducer(base(), { type: "progress", done: 1, total: 2 });
    expect(state.progress).toBeNull();
    state = reducer(reducer(base(), { type: "busy", action: "quality" }), {
      type: "progress",
      done: 1,
      total: 2,
    });
    expect(state.progress).toEqual({ done: 1, total: 2 });
    expect(reducer(state, { type: "idle" }).progress).toBeNull();
  });

  it("refuses a due-soon window that is not a number of days", () => {
    expect(reducer(base(), { type: "dueSoonDays", days: Number("") }).dueSoonDays).toBe(30);
    expect(reducer(base(), { type: "dueSoonDays", days: 14 }).dueSoonDays).toBe(14);
  });

  it("takes the tracker's limit of key recommendations, and only a whole number from 1 to 100 or none", () => {
    const summary = (keyLimit: number | null) => ({
      tracker: {
        sheet: "Recommendations",
        language: "en" as const,
        missing: [],
        upToDate: true,
        rows: 0,
        inTaskOrder: true,
        history: true,
        keyLimit,
      },
      sheets: [],
      dashboard: null,
      metadataProblem: null,
    });
    let state = reducer(base(), { type: "workbook", summary: summary(5) });
    expect(state.keyLimit).toBe(5);
    for (const limit of [0, 2.5, 101, Number("x")])
      expect(reducer(state, { type: "keyLimit", limit }).keyLimit).toBe(5);
    state = reducer(state, { type: "keyLimit", limit: 3 });
    expect(state.keyLimit).toBe(3);
    expect(reducer(state, { type: "keyLimit", limit: null }).keyLimit).toBeNull();
  });

  it("lets the user correct the mapping and needs the text column to adopt", () => {
    const rows = [
      ["No.", "Recommendation", "Status", "Our comments"],
      [1, "Ensure access to a doctor.", "Implemented", "ok"],
    ];
    let state = reducer(base(), {
      type: "draft",
      draft: { sheet: "Old", rows, mapping: proposeMapping(rows) },
    });
    expect(canAdopt(state.draft)).toBe(true);
    state = reducer(state, { type: "mapColumn", index: 1, key: null });
    expect(canAdopt(state.draft)).toBe(false);
    state = reducer(state, { type: "mapColumn", index: 3, key: "text" });
    expect(canAdopt(state.draft)).toBe(true);
    const shown = mappingRows(state.draft!);
    expect(shown.map((row) => [row.letter, row.key, row.byUser])).toEqual([
      ["A", "ref", false],
      ["B", null, false],
      ["C", "status", false],
      ["D", "text", true],
    ]);
    // Beside each column, a few of its values, so the user can judge the proposal.
    expect(shown.map((row) => row.samples)).toEqual([
      ["1"],
      ["Ensure access to a doctor."],
      ["Implemented"],
      ["ok"],
    ]);
  });

  it("shows up to three different values of a column, long ones shortened", () => {
    const long = "The authorities should ensure that every person held has a doctor within a day.";
    const rows = [
      ["Recommendation", "Status"],
      [long, "done"],
      [long, "done"],
      ["Short.", "ongoing"],
      ["Third.", "x"],
      ["Fourth.", "y"],
    ];
    const [text, status] = mappingRows({ sheet: "S", rows, mapping: proposeMapping(rows) });
    expect(text.samples).toEqual([`${long.slice(0, 39)}…`, "Short.", "Third."]);
    expect(status.samples).toEqual(["done", "ongoing", "x"]);
  });

  it("picks the first sheet worth adopting and forgets a draft of another sheet", () => {
    let state = reducer(base(), {
      type: "workbook",
      summary: {
        tracker: null,
        dashboard: null,
        metadataProblem: null,
        sheets: [
          { name: "Empty", rows: 0, columns: 0 },
          { name: "Old", rows: 40, columns: 6 },
        ],
      },
    });
    expect(state.adoptSheet).toBe("Old");
    state = reducer(state, {
      type: "draft",
      draft: { sheet: "Old", rows: [], mapping: { headerRow: 0, columns: [] } },
    });
    state = reducer(state, { type: "chooseSheet", sheet: "Other" });
    expect(state.draft).toBeNull();
  });
});

describe("data-quality lines", () => {
  const view: QualityView = {
    sheet: "Recommendations",
    columns: { id: 1, text: 6, deadline: 19 },
    headers: { id: "Rec ID", text: "Recommendation", deadline: "Deadline" },
    rows: 10,
    issues: [
      {
        row: 4,
        column: "verified",
        code: "implementedNotVerified",
        severity: "warning",
        message: "w",
      },
      { row: 9, column: "deadline", code: "deadlineBeforeMade", severity: "error", message: "e" },
      { row: 3, column: null, code: "missingRequired", severity: "error", message: "e2" },
    ],
    tidy: [],
    tidyChosen: [],
    drift: [],
  };
  it("lists errors first, in row order, each leading to its cell", () => {
    const { lines } = issueLines(view);
    expect(lines.map((line) => [line.issue.row, line.target])).toEqual([
      [3, { sheet: "Recommendations", row: 3, column: 6 }],
      [9, { sheet: "Recommendations", row: 9, column: 19 }],
      // The Verified column is not in this table: the line goes to the recommendation text.
      [4, { sheet: "Recommendations", row: 4, column: 6 }],
    ]);
  });
  it("caps a long list", () => {
    expect(issueLines(view, 2)).toMatchObject({ total: 3, lines: [{}, {}] });
  });
});

it("gives today's local date in ISO form", () => {
  expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
});

describe("import state", () => {
  const plan = {
    source: "r1",
    items: [{ index: 0, incoming: { text: "x" }, state: "new" as const, changed: [], flags: [] }],
  };
  const draft = {
    fileName: "visit.docx",
    report: "Visit",
    plan,
    choices: {},
    tagged: true,
    warnings: [],
    reportDate: "2026-02-10",
    dateFrom: "report" as const,
    dateLine: "Date of report: 10 February 2026",
    reference: "",
  };

  it("keeps the user's choices on the draft, and the summary replaces the draft", () => {
    let state = reducer(initialState("en"), { type: "importDraft", draft });
    state = reducer(state, { type: "importChoices", choices: { skip: [0] } });
    expect(state.importDraft?.choices).toEqual({ skip: [0] });
    state = reducer(state, {
      type: "imported",
      outcome: {
        fileName: "visit.docx",
        summary: { added: 0, updated: 0, corrected: 0, unchanged: 0, flagged: 0 },
        missingColumns: [],
        moved: 0,
        listEntries: 0,
      },
    });
    expect(state.importDraft).toBeNull();
    expect(state.importOutcome?.fileName).toBe("visit.docx");
    // A new file starts a new preview and hides the last summary.
    state = reducer(state, { type: "importDraft", draft });
    expect(state.importOutcome).toBeNull();
    expect(
      reducer(initialState("en"), { type: "importChoices", choices: {} }).importDraft
    ).toBeNull();
  });

  it("refuses a huge file before reading it, in the user's words", () => {
    const notice = importFileProblem({ name: "big.docx", size: 80 * 1024 * 1024 });
    expect(excelTranslator("en")(notice!.key, notice!.values)).toBe(
      "“big.docx” is too big to import (80 MB; the limit is 50 MB)."
    );
    expect(importFileProblem({ name: "visit.docx", size: 20_000 })).toBeNull();
  });

  it("says which rows moved and which columns are missing after an import", () => {
    const notices = importNotices({
      fileName: "visit.docx",
      summary: { added: 1, updated: 2, corrected: 0, unchanged: 0, flagged: 1 },
      missingColumns: ["Theme"],
      moved: 2,
      listEntries: 0,
    });
    const t = excelTranslator("en");
    expect(notices.map((n) => t(n.key, n.values))).toEqual([
      "2 rows had moved since the preview (the table was sorted) and were updated where they are now.",
      "The tracker has no column for: Theme. Those values were not written; upgrade the tracker in Set up to add the columns.",
    ]);
  });

  it("words the import adapter's refusals", () => {
    const t = excelTranslator("en");
    const notice = explainError(new ExcelProblem("rowGone", { id: "REC-1", row: "7" }));
    expect(t(notice.key, notice.values)).toContain(
      "Recommendation REC-1 is no longer in the tracker"
    );
  });
});

describe("tidying proposals in the pane", () => {
  const view: QualityView = {
    sheet: "Recommendations",
    columns: {},
    headers: { theme: "Topic" },
    rows: 3,
    issues: [],
    tidy: [
      {
        kind: "merge",
        column: "theme",
        into: "Health care",
        from: ["Health", "Healthcare"],
        rows: 3,
      },
      {
        kind: "split",
        column: "authority",
        value: "Police and Ministry of Health",
        parts: ["Police", "Ministry of Health"],
        rows: 1,
      },
    ],
    tidyChosen: ["merge:theme:health care", "split:authority:police and ministry of health"],
    drift: [],
  };

  it("words each proposal with the tracker's headers, all ticked at first, untick to leave one out", () => {
    expect(tidyLine(view.tidy[0], view)).toEqual({
      key: "tidyMerge",
      values: { from: "“Health”, “Healthcare”", into: "“Health care”", column: "Topic", rows: "3" },
    });
    expect(tidyLine(view.tidy[1], view).values.column).toBe("authority");
    let state: PaneState = { ...initialState("en"), quality: view };
    expect(chosenTidy(state.quality!)).toHaveLength(2);
    state = reducer(state, { type: "tidyChoice", id: "merge:theme:health care", chosen: false });
    expect(chosenTidy(state.quality!).map((p) => p.kind)).toEqual(["split"]);
    state = reducer(state, { type: "tidyChoice", id: "merge:theme:health care", chosen: true });
    expect(chosenTidy(state.quality!)).toHaveLength(2);
  });
});
