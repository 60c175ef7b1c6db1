import { LANGUAGES } from "../../../src/core/schema/columns";
import {
  gridCell,
  LEVELS,
  QUADRANT_ORDER,
  QUADRANTS,
  quadrantOf,
  stakeholderGridSheet,
  type Level,
} from "../../../src/core/schema/stakeholders";
import { PLAN_TEXTS } from "../../../src/core/schema/texts";
import {
  actorsFor,
  quadrantCounts,
  readStakeholders,
  splitLinks,
} from "../../../src/core/tracker/stakeholders";

describe("the power-interest quadrant", () => {
  it("follows the guidance, medium counting as high", () => {
    expect(quadrantOf("high", "low")).toBe("keepSatisfied");
    expect(quadrantOf("high", "high")).toBe("manageClosely");
    expect(quadrantOf("low", "high")).toBe("keepInformed");
    expect(quadrantOf("low", "low")).toBe("monitor");
    expect(quadrantOf("medium", "low")).toBe("keepSatisfied");
    expect(quadrantOf("low", "medium")).toBe("keepInformed");
    expect(quadrantOf("medium", "medium")).toBe("manageClosely");
    expect(quadrantOf(null, "high")).toBeNull();
    expect(quadrantOf("high", null)).toBeNull();
  });

  it.each(LANGUAGES)(
    "is read from cells written in %s, and named with its approach in it",
    (language) => {
      const headers = ["Actor", "Power", "Interest"].map(
        (_h, i) =>
          [
            { en: "Actor", fr: "Acteur", es: "Actor" },
            { en: "Power", fr: "Pouvoir", es: "Poder" },
            { en: "Interest", fr: "Intérêt", es: "Interés" },
          ][i][language]
      );
      const words = {
        en: { low: "Low", medium: "Medium", high: "High" },
        fr: { low: "Faible", medium: "Moyen", high: "Élevé" },
        es: { low: "Bajo", medium: "Medio", high: "Alto" },
      }[language];
      const rows = LEVELS.flatMap((power) =>
        LEVELS.map((interest) => [`${power}/${interest}`, words[power], words[interest]])
      );
      const actors = readStakeholders(headers, rows);
      expect(actors.map((a) => [a.power, a.interest])).toEqual(
        LEVELS.flatMap((p) => LEVELS.map((i) => [p, i]))
      );
      expect(actors.map((a) => a.quadrant)).toEqual(
        LEVELS.flatMap((p) => LEVELS.map((i) => quadrantOf(p as Level, i as Level)))
      );
      expect(quadrantCounts(actors)).toEqual({
        manageClosely: 4,
        keepSatisfied: 2,
        keepInformed: 2,
        monitor: 1,
        notPlaced: 0,
      });
      // Each quadrant has its own name and approach in the language, different from the English one.
      for (const quadrant of QUADRANT_ORDER) {
        const { name, approach } = QUADRANTS[quadrant];
        expect(name[language].length).toBeGreaterThan(3);
        expect(approach[language].length).toBeGreaterThan(40);
        if (language !== "en") expect(approach[language]).not.toBe(approach.en);
      }
      expect(new Set(QUADRANT_ORDER.map((q) => QUADRANTS[q].name[language])).size).toBe(4);
    }
  );

  it("the grid sheet sums, for each quadrant, the cells the same decision places there", () => {
    for (const language of LANGUAGES) {
      const sheet = stakeholderGridSheet(language, PLAN_TEXTS[language].sheets.stakeholderGrid);
      QUADRANT_ORDER.forEach((quadrant, i) => {
        const row = 11 + i;
        expect(sheet.cells.find((c) => c.address === `A${row}`)?.value).toBe(
          QUADRANTS[quadrant].name[language]
        );
        const formula = sheet.cells.find((c) => c.address === `D${row}`)?.formula ?? "";
        const cells = formula.replace("=", "").split("+").sort();
        const expected = LEVELS.flatMap((p) =>
          LEVELS.filter((i2) => quadrantOf(p, i2) === quadrant).map((i2) => gridCell(p, i2))
        ).sort();
        expect([quadrant, cells]).toEqual([quadrant, expected]);
      });
      expect(sheet.charts).toHaveLength(1);
    }
  });
});

describe("a recommendation's actors", () => {
  const headers = [
    "Acteur",
    "Type d'acteur",
    "Pouvoir",
    "Intérêt",
    "Position",
    "Recommandations ou thèmes liés",
    "Notes",
  ];
  const rows = [
    ["Ministère de la santé", "Ministère", "Élevé", "Faible", "Neutre", "Santé; REC-7", ""],
    ["Association des familles", "Familles", "Faible", "Élevé", "Favorable", "rec-1", ""],
    ["Direction", "Direction d'établissement", "élevé", "élevé", "Opposé", "REC-1", ""],
    ["Presse", "Médias", "", "", "", "Surpopulation", ""],
    ["", "", "Élevé", "Élevé", "", "REC-1", "no actor: left out"],
  ];

  it("are linked by Rec ID (any case) or by theme (accents aside), those who decide first", () => {
    const actors = readStakeholders(headers, rows);
    expect(actors).toHaveLength(4);
    expect(actors[0]).toMatchObject({
      kind: "ministry",
      stance: "neutral",
      links: ["Santé", "REC-7"],
    });
    const linked = actorsFor({ id: "REC-1", theme: "Surpopulation" }, actors);
    expect(linked.map((a) => [a.actor, a.via, a.quadrant])).toEqual([
      ["Direction", "id", "manageClosely"],
      ["Association des familles", "id", "keepInformed"],
      ["Presse", "theme", null],
    ]);
    expect(actorsFor({ id: "REC-9", theme: "sante" }, actors).map((a) => a.actor)).toEqual([
      "Ministère de la santé",
    ]);
    expect(actorsFor({ id: "REC-9", theme: "" }, actors)).toEqual([]);
  });

  it("reads a renamed header's column where a new table has it", () => {
    const renamed = ["Who", ...headers.slice(1, 5), "Linked to", "Notes"];
    const actors = readStakeholders(renamed, rows.slice(0, 2));
    expect(actors.map((a) => [a.actor, a.links])).toEqual([
      ["Ministère de la santé", ["Santé", "REC-7"]],
      ["Association des familles", ["rec-1"]],
    ]);
  });

  it("splits the links cell on semicolons and new lines only (a theme may hold a comma)", () => {
    expect(splitLinks("REC-1; Health, hygiene\nREC-2;;")).toEqual([
      "REC-1",
      "Health, hygiene",
      "REC-2",
    ]);
  });
});
