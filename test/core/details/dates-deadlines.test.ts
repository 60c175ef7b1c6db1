import { DETAILS_LEXICONS, addPeriod, findDates, readDeadline } from "../../../src/core/details";

const { en, fr, es } = DETAILS_LEXICONS;
const iso = (d: { year: number; month: number; day: number }) =>
  `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

describe("findDates", () => {
  it("reads written and numeric dates in English, French and Spanish", () => {
    const text =
      "On 3rd February 2025, then March 7, 2025, le 1er avril 2025, el 9 de mayo de 2025, 2025-06-10 and 11/07/2025.";
    expect(findDates(text).map(iso)).toEqual([
      "2025-02-03",
      "2025-03-07",
      "2025-04-01",
      "2025-05-09",
      "2025-06-10",
      "2025-07-11",
    ]);
  });

  it("reads numeric dates in the language's order, and the other order only where that one is impossible", () => {
    expect(findDates("04/05/2025").map(iso)).toEqual(["2025-05-04"]);
    expect(findDates("04/05/2025", "mdy").map(iso)).toEqual(["2025-04-05"]);
    expect(findDates("05/25/2025").map(iso)).toEqual(["2025-05-25"]);
  });

  it("marks the end of a range of days as a range: a visit's dates, not a document's", () => {
    const dates = findDates(
      "Visits from 12-14 March 2025, du 17 au 21 juin 2025, entre marzo y abril de 2025; report 30 May 2025."
    );
    expect(dates.map((d) => d.range)).toEqual([true, true, true, false]);
  });

  it("does not take laws, paragraph numbers or a month alone for dates", () => {
    expect(findDates("Ley Orgánica 3/1981, de 6 de abril, y la Instrucción 4/2018")).toEqual([]);
    expect(findDates("see paragraphs 14.1.12 and 2.3.20 of the Act")).toEqual([]);
    expect(findDates("since May the staff")).toEqual([]);
    expect(findDates("in October 2024").map((d) => [d.month, d.day])).toEqual([[10, 0]]);
  });

  it("adds months as a calendar does, keeping to the month's last day", () => {
    expect(addPeriod("2025-08-31", 1, "month")).toBe("2025-09-30");
    expect(addPeriod("2024-02-29", 1, "year")).toBe("2025-02-28");
    expect(addPeriod("2025-12-15", 2, "week")).toBe("2025-12-29");
  });
});

const at = (text: string, lex = en, reportDate = "2025-03-10") =>
  readDeadline(text, lex, { reportDate });

describe("readDeadline in a sentence", () => {
  it("reads a date after a deadline's words, in three languages", () => {
    expect(at("The director should repair the roof by 15 November 2025.")?.deadline).toBe(
      "2025-11-15"
    );
    expect(
      at("Le directeur devrait rénover les douches d'ici au 30 septembre 2025.", fr)?.deadline
    ).toBe("2025-09-30");
    expect(
      at("Que se reparen las ventanas a más tardar el 31 de octubre de 2025.", es)?.deadline
    ).toBe("2025-10-31");
    expect(at("Install cameras no later than 1 July 2025.")).toMatchObject({
      deadline: "2025-07-01",
      deadlineOrigin: "report",
      words: "1 July 2025",
    });
  });

  it("reads the end or middle of a year or a month", () => {
    expect(at("Adopt a plan before the end of 2026.")?.deadline).toBe("2026-12-31");
    expect(at("Adopt a plan by the end of June 2026.")?.deadline).toBe("2026-06-30");
    expect(at("Adopter un plan d'ici à la fin de 2026.", fr)?.deadline).toBe("2026-12-31");
    expect(at("Adopter un plan avant fin 2026.", fr)?.deadline).toBe("2026-12-31");
    expect(at("Aprobar un plan antes de finales de 2026.", es)?.deadline).toBe("2026-12-31");
    expect(at("Open the unit by mid-2026.")).toMatchObject({
      deadline: "2026-06-30",
      deadlineOrigin: "guessed",
    });
    expect(at("Train the staff by the end of the year.")).toMatchObject({
      deadline: "2025-12-31",
      deadlineOrigin: "guessed",
    });
  });

  it("counts a duration from the report's date", () => {
    expect(at("The ministry should, within four months, open a unit.")?.deadline).toBe(
      "2025-07-10"
    );
    expect(
      at("Le ministère devrait ouvrir une unité dans un délai de six mois.", fr)?.deadline
    ).toBe("2025-09-10");
    expect(at("El ministerio debería abrir una unidad en el plazo de un mes.", es)?.deadline).toBe(
      "2025-04-10"
    );
    expect(at("Reply within 30 days of receipt of this report.")?.deadline).toBe("2025-04-09");
    // Without the report's date a duration gives no date rather than a wrong one.
    expect(at("Open a unit within four months.", en, "")).toBeNull();
  });

  it("keeps the earliest of several deadlines", () => {
    expect(
      at("Repair the heating within two months and rebuild the wing by 31 December 2026.")?.deadline
    ).toBe("2025-05-10");
  });

  it("does not read a routine time limit, a law's date or a past event as the deadline", () => {
    expect(at("Ensure that every detainee sees a doctor within 24 hours of admission.")).toBeNull();
    expect(at("Inform families within three days of any transfer.")).toBeNull();
    expect(at("Que el juez sea informado en el plazo de 72 horas.", es)).toBeNull();
    expect(at("Apply the Act of 12 May 2015 on detention.")).toBeNull();
    expect(at("As noted during the visit on 3 June 2019, the cells were cold.")).toBeNull();
    expect(
      at("Aplicar la Ley Orgánica 3/1981, de 6 de abril, en todos los centros.", es)
    ).toBeNull();
  });

  it("reads 'immediately' as a short timeframe without inventing a date", () => {
    expect(at("The practice of strip-searching children should stop immediately.")).toEqual({
      timeframe: "short",
      words: "immediately",
    });
    expect(at("Mettre fin sans délai à cette pratique.", fr)?.timeframe).toBe("short");
    expect(at("Que se cierre de inmediato la celda 4.", es)?.timeframe).toBe("short");
  });

  it("does not take 'without delay' inside a routine for the recommendation's urgency", () => {
    expect(at("Inform the parents without delay of any restraint applied to a child.")).toBeNull();
    expect(
      at("Ensure that injuries are recorded and immediately reported to the prosecutor.")
    ).toBeNull();
    expect(
      at("Garantir que les personnes aient accès sans délai à un avocat dès leur arrivée.", fr)
    ).toBeNull();
  });
});

describe("readDeadline in a table cell", () => {
  const cell = (text: string, lex = en) =>
    readDeadline(text, lex, { reportDate: "2025-03-10", cell: true });

  it("reads a duration, a date or a timeframe word standing alone", () => {
    expect(cell("3 months")?.deadline).toBe("2025-06-10");
    expect(cell("6 mois", fr)?.deadline).toBe("2025-09-10");
    expect(cell("12 meses", es)?.deadline).toBe("2026-03-10");
    expect(cell("By 30 June 2025")?.deadline).toBe("2025-06-30");
    expect(cell("30/06/2025")?.deadline).toBe("2025-06-30");
    expect(cell("Immediately")).toEqual({ timeframe: "short", words: "Immediately" });
    expect(cell("Long term")?.timeframe).toBe("long");
    expect(cell("Moyen terme", fr)?.timeframe).toBe("medium");
    expect(cell("Ongoing")).toBeNull();
  });
});
