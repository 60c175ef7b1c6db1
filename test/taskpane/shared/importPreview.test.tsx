import { renderToStaticMarkup } from "react-dom/server";
import type { ImportChoices, ImportItem, ImportPlan } from "../../../src/core/tracker/store";
import { translator } from "../../../src/taskpane/shared/i18n";
import { ImportPreview } from "../../../src/taskpane/shared/ImportPreview";
import {
  setDetailEdit,
  shownDetails,
  repeatConfirmed,
  selectedCount,
  selectionState,
  setAllSelected,
  setRepeatConfirmed,
  setSelected,
  setTextAccepted,
  shortText,
  textAccepted,
} from "../../../src/taskpane/shared/importChoices";

function item(index: number, extra: Partial<ImportItem> = {}): ImportItem {
  return {
    index,
    incoming: {
      ref: String(index + 1),
      text: `Recommendation ${index + 1}: ensure every detainee sees a doctor.`,
      authority: "Ministry of Health",
      smartScore: 6.5,
    },
    state: "new",
    changed: [],
    flags: [],
    ...extra,
  };
}

const plan: ImportPlan = {
  source: "report-1",
  items: [
    item(0),
    item(1, {
      state: "update",
      changed: ["theme", "deadline", "text"],
      textChange: { before: "Old words", after: "New words" },
      flags: ["textChanged"],
    }),
    item(2, {
      repeatProposal: {
        id: "REC-7",
        ref: "12",
        text: "Ensure that detainees see a doctor.",
        report: "Visit 2023",
        similarity: 0.9,
      },
    }),
    item(3, { flags: ["duplicateInBatch"] }),
  ],
};

function frenchPreview(shown: ImportPlan, choices: ImportChoices = {}): string {
  return renderToStaticMarkup(
    <ImportPreview
      plan={shown}
      choices={choices}
      onChange={() => undefined}
      t={translator("fr")}
      language="fr"
    />
  );
}

describe("import choices", () => {
  it("selects, leaves out and selects everything again; duplicates are never counted", () => {
    let choices = {};
    expect(selectionState(plan, choices)).toBe("all");
    expect(selectedCount(plan, choices)).toBe(3);
    choices = setSelected(choices, 1, false);
    expect(selectionState(plan, choices)).toBe("some");
    expect(selectedCount(plan, choices)).toBe(2);
    choices = setAllSelected(plan, choices, false);
    expect(selectionState(plan, choices)).toBe("none");
    expect(choices).toEqual({ skip: [0, 1, 2] });
    choices = setAllSelected(plan, choices, true);
    expect(selectedCount(plan, choices)).toBe(3);
  });

  it("confirms a repeat link and a text replacement only when asked", () => {
    const repeat = plan.items[2];
    let choices = {};
    expect(repeatConfirmed(choices, repeat)).toBe(false);
    expect(textAccepted(choices, 1)).toBe(false);
    choices = setRepeatConfirmed(choices, repeat, true);
    choices = setTextAccepted(choices, 1, true);
    expect(choices).toEqual({ confirmRepeats: { 2: "REC-7" }, acceptTextChanges: [1] });
    choices = setRepeatConfirmed(choices, repeat, false);
    choices = setTextAccepted(choices, 1, false);
    expect(choices).toEqual({ confirmRepeats: {}, acceptTextChanges: [] });
  });

  it("shortens long texts at a word", () => {
    expect(shortText("a  b\nc")).toBe("a b c");
    const long = "word ".repeat(60);
    const short = shortText(long, 50);
    expect(short.length).toBeLessThanOrEqual(51);
    expect(short.endsWith("word…")).toBe(true);
  });
});

describe("the preview table", () => {
  it("is a labelled table with a labelled box per recommendation, off-by-default choices and the state of each", () => {
    const html = renderToStaticMarkup(
      <ImportPreview
        plan={plan}
        choices={{}}
        onChange={() => undefined}
        t={translator("en")}
        language="en"
      />
    );
    expect(html).toMatch(/role="table"[^>]*aria-label="Recommendations to import"/);
    expect(html).toContain('aria-label="Import all"');
    for (const ref of ["1", "2", "3", "4"])
      expect(html).toContain(`aria-label="Import recommendation ${ref}"`);
    expect(html).toContain("Changes: Theme, Deadline");
    expect(html).toContain("Replace the tracked text");
    expect(html).toContain("Record it as a repeat of 12");
    expect(html).toContain('aria-label="Double-SMART score 6.5 out of 10"');
    expect(html).toContain("Appears twice in this report");
    expect((html.match(/>New</g) ?? []).length).toBe(3);
    expect(html).toContain(">Update<");
    expect(html).toContain("3 of 3 selected");
    // The two choices that change the tracker's meaning start unticked.
    const boxes = [...html.matchAll(/<input[^>]*type="checkbox"[^>]*>/g)].map((m) => m[0]);
    expect(boxes).toHaveLength(7);
    expect(boxes.filter((box) => / checked=""/.test(box))).toHaveLength(4);
  });

  it.each([
    ["en", "Possibly a recommendation", "1 possible recommendation is listed unticked at the end."],
    [
      "fr",
      "Peut-être une recommandation",
      "1 recommandation possible figure à la fin, non cochée.",
    ],
    [
      "es",
      "Posiblemente una recomendación",
      "1 posible recomendación aparece al final, sin marcar.",
    ],
  ] as const)(
    "%s: marks a possible recommendation, unticked as the pane starts it",
    (language, mark, note) => {
      const withCandidate: ImportPlan = { source: "r", items: [item(0), item(1)] };
      const html = renderToStaticMarkup(
        <ImportPreview
          plan={withCandidate}
          choices={{ skip: [1] }}
          onChange={() => undefined}
          t={translator(language)}
          language={language}
          candidates={[1]}
        />
      );
      expect((html.match(new RegExp(`>${mark}<`, "g")) ?? []).length).toBe(1);
      expect(html).toContain(note);
      const boxes = [...html.matchAll(/<input[^>]*type="checkbox"[^>]*>/g)].map((m) => m[0]);
      // Select-all (mixed), the found one ticked, the candidate not, and described by its mark.
      expect(boxes.slice(1).map((box) => / checked=""/.test(box))).toEqual([true, false]);
      expect(boxes[2]).toContain('aria-describedby="import-1-candidate"');
    }
  );

  it("speaks French", () => {
    const html = frenchPreview(plan, { skip: [0] });
    expect(html).toContain("Recommandations à importer");
    expect(html).toContain("Modifications : Thème, Échéance");
    expect(html).toContain("2 sur 3 sélectionnées");
    expect(html).toContain('aria-label="Note Double-SMART 6,5 sur 10"');
  });
});

describe("what the import writes besides the text", () => {
  const fresh: ImportItem = {
    index: 0,
    incoming: {
      text: "Repair the showers within three months.",
      dateMade: "2025-05-20",
      deadline: "2025-08-20",
      place: "Bramley Prison",
      placeType: "Prison",
      authority: "Director",
    },
    origin: { deadline: "report", place: "report", placeType: "guessed", authority: "report" },
    state: "new",
    changed: [],
    flags: [],
  };
  const tracked: ImportItem = {
    index: 1,
    incoming: { text: "Recruit doctors.", place: "Bramley Prison", theme: "Health care" },
    origin: { place: "report", theme: "guessed" },
    existing: {
      row: 2,
      values: { text: "Recruit doctors.", dateMade: "2025-05-20", place: "Bramley (wing B)" },
    },
    state: "update",
    changed: ["theme"],
    flags: [],
  };

  it("says for each detail whether it is read, guessed, kept from the tracker, entered or not set", () => {
    const sources = (item: ImportItem, choices = {}) =>
      shownDetails(item, choices).map((d) => `${d.key}:${d.value}:${d.source}`);
    expect(sources(fresh)).toEqual([
      "dateMade:2025-05-20:report",
      "deadline:2025-08-20:report",
      "place:Bramley Prison:report",
      "placeType:Prison:guessed",
      "authority:Director:report",
      "theme::none",
    ]);
    expect(sources(tracked)).toEqual([
      "dateMade:2025-05-20:tracker",
      "deadline::none",
      "place:Bramley (wing B):tracker",
      "placeType::none",
      "authority::none",
      "theme:Health care:guessed",
    ]);
    const edited = setDetailEdit(setDetailEdit({}, 1, "place", "Bramley Prison"), 0, "theme", "");
    expect(sources(tracked, edited)[2]).toBe("place:Bramley Prison:you");
    expect(sources(fresh, edited)[5]).toBe("theme::none");
    expect(setDetailEdit(edited, 1, "place", undefined)).toEqual({ edits: { 0: { theme: "" } } });
  });

  it("shows them in the row, dates in the user's language, with a button to change them", () => {
    const html = frenchPreview({ source: "r", reportDate: "2025-05-20", items: [fresh, tracked] });
    expect(html).toContain('aria-label="Ce que l&#x27;import écrit pour la recommandation');
    expect(html).toContain("20 mai 2025");
    expect(html).toContain("(lu dans le rapport)");
    expect(html).toContain("(déduit)");
    expect(html).toContain("(déjà dans le suivi)");
    expect(html).toContain("Modifier les détails de la recommandation");
    expect(html).toContain("Type de lieu");
  });
});
