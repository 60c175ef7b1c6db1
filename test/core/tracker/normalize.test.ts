import { normaliseField, parseChoice, parseDate } from "../../../src/core/tracker/normalize";

describe("dates", () => {
  it.each([
    ["2026-03-12", "2026-03-12"],
    ["12/03/2026", "2026-03-12"],
    ["12.03.2026", "2026-03-12"],
    ["12-03-26", "2026-03-12"],
    [" 16/01/2023 ", "2023-01-16"],
    ["03/25/2026", "2026-03-25"],
    ["12 March 2026", "2026-03-12"],
    ["March 12, 2026", "2026-03-12"],
    ["12th March 2026", "2026-03-12"],
    ["1er mars 2026", "2026-03-01"],
    ["12 de marzo de 2026", "2026-03-12"],
    ["12 févr. 2026", "2026-02-12"],
    ["2026-03-12T00:00:00.000Z", "2026-03-12"],
    ["2026/03/12", "2026-03-12"],
  ])("reads %s", (text, iso) => {
    expect(parseDate(text)).toEqual({ iso, approximate: false });
  });

  it("reads Excel serials and Date objects", () => {
    expect(parseDate(46093)).toEqual({ iso: "2026-03-12", approximate: false });
    expect(parseDate(new Date(Date.UTC(2026, 2, 12)))).toEqual({
      iso: "2026-03-12",
      approximate: false,
    });
  });

  it("marks month-only and year-only dates as approximate", () => {
    expect(parseDate("January 2023")).toEqual({ iso: "2023-01-01", approximate: true });
    expect(parseDate("janvier 2023")).toEqual({ iso: "2023-01-01", approximate: true });
    expect(parseDate("2023")).toEqual({ iso: "2023-01-01", approximate: true });
    expect(parseDate(2024)).toEqual({ iso: "2024-01-01", approximate: true });
  });

  it("refuses what is not a date", () => {
    for (const text of [
      "31/02/2026",
      "soon",
      "12",
      "next visit",
      "13/13/2026",
      "",
      "March",
      "12 March",
    ]) {
      expect(parseDate(text)).toBeNull();
    }
    expect(parseDate(7)).toBeNull();
    expect(parseDate(true)).toBeNull();
  });
});

describe("list values", () => {
  it.each([
    ["status", "en cours", "inProgress"],
    ["status", "Ongoing", "inProgress"],
    ["status", "EN CURSO", "inProgress"],
    ["status", "Mise en œuvre", "implemented"],
    ["status", "mise en oeuvre", "implemented"],
    ["status", "Partly implemented", "partiallyImplemented"],
    ["status", "Not started yet", "notStarted"],
    ["status", "no implementada", "notImplemented"],
    ["accepted", "partly accepted", "partiallyAccepted"],
    ["accepted", "Partiellement acceptée", "partiallyAccepted"],
    ["accepted", "No answer", "noResponse"],
    ["accepted", "Rechazada", "rejected"],
    ["accepted", "Y", "accepted"],
    ["yesNo", "oui", "yes"],
    ["yesNo", "sí", "yes"],
    ["yesNo", "Si", "yes"],
    ["yesNo", "NON", "no"],
    ["yesNo", "not yet", "no"],
  ] as const)("%s: %s", (vocab, text, key) => {
    expect(parseChoice(vocab, text)).toEqual({ key });
  });

  it("splits a value from the remark after it", () => {
    expect(parseChoice("status", "not implemented - no staff")).toEqual({
      key: "notImplemented",
      detail: "no staff",
    });
    expect(parseChoice("status", "implemented (verified)")).toEqual({
      key: "implemented",
      detail: "verified",
    });
    expect(parseChoice("yesNo", "yes (Jun 2024)")).toEqual({ key: "yes", detail: "Jun 2024" });
    expect(parseChoice("accepted", "Partly accepted, subject to funds")).toEqual({
      key: "partiallyAccepted",
      detail: "subject to funds",
    });
    expect(parseChoice("status", "perhaps")).toBeNull();
  });
});

describe("normaliseField", () => {
  it("keeps what it cannot read, as typed", () => {
    expect(normaliseField("deadline", "when possible")).toEqual({
      value: "when possible",
      ok: false,
    });
    expect(normaliseField("status", "Stalled")).toEqual({ value: "Stalled", ok: false });
    expect(normaliseField("smartScore", "11")).toEqual({ value: "11", ok: false });
  });

  it("reads 'nothing known' words as empty, only outside text columns", () => {
    expect(normaliseField("status", "?")).toEqual({ value: null, ok: true, emptied: true });
    expect(normaliseField("deadline", "n/a")).toEqual({ value: null, ok: true, emptied: true });
    expect(normaliseField("notes", "?").value).toBe("?");
  });

  it("keeps a remark unless adopting (rewriting it would lose the remark)", () => {
    expect(normaliseField("status", "Implemented - partly")).toEqual({
      value: "Implemented - partly",
      ok: false,
    });
    expect(normaliseField("status", "Implemented - partly", true)).toMatchObject({
      value: "implemented",
      detail: "partly",
    });
  });

  it("keeps extendable-list words and formula-looking text verbatim", () => {
    expect(normaliseField("placeType", "  Psych.   hospital ").value).toBe("Psych. hospital");
    expect(normaliseField("text", '=HYPERLINK("http://x","y")').value).toBe(
      '=HYPERLINK("http://x","y")'
    );
    expect(normaliseField("ref", 12).value).toBe("12");
    expect(normaliseField("groups", "Women;children\nForeign nationals").value).toBe(
      "Women; children; Foreign nationals"
    );
    expect(normaliseField("verified", true).value).toBe(true);
    expect(normaliseField("updated", "2026-03-12 10:30").value).toBe("2026-03-12T10:30:00");
  });
});
