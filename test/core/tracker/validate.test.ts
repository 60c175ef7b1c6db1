import { validateRows } from "../../../src/core/tracker/validate";
import type { TrackerRow } from "../../../src/core/tracker/types";

const good = { id: "abcDEF123_-x", dateMade: "2025-01-10", text: "Do it." };

function codes(rows: TrackerRow[], today?: string) {
  return validateRows(rows, { today }).map((issue) => `${issue.row}:${issue.column}:${issue.code}`);
}

describe("validateRows", () => {
  it("accepts a clean row", () => {
    expect(
      validateRows([{ row: 2, values: { ...good, status: "inProgress", accepted: "accepted" } }])
    ).toEqual([]);
  });

  it("reports required fields, values outside lists, bad dates and numbers", () => {
    const rows: TrackerRow[] = [
      {
        row: 2,
        values: { id: "a1b2c3d4", status: "Stalled", deadline: "when possible", smartScore: "11" },
      },
    ];
    // In the order of a new table's columns: text, implementation, date made, deadline, score.
    expect(codes(rows)).toEqual([
      "2:text:missingRequired",
      "2:status:notInList",
      "2:dateMade:missingRequired",
      "2:deadline:badDate",
      "2:smartScore:badNumber",
    ]);
  });

  it("reports duplicate ids with the first row, and ill-formed ids", () => {
    const issues = validateRows([
      { row: 2, values: good },
      { row: 5, values: good },
      { row: 6, values: { ...good, id: "R 12/3" } },
    ]);
    expect(issues.map((i) => i.code)).toEqual(["duplicateId", "badId"]);
    expect(issues[0]).toMatchObject({ row: 5, column: "id", severity: "error" });
    expect(issues[0].message).toBe(
      'The Rec ID "abcDEF123_-x" is also used in row 2; each recommendation needs its own.'
    );
  });

  it("reports inconsistent dates and follow-up gaps", () => {
    const rows: TrackerRow[] = [
      { row: 2, values: { ...good, deadline: "2024-12-31", responseDate: "2025-01-01" } },
      { row: 3, values: { ...good, status: "implemented" } },
      { row: 4, values: { ...good, status: "implemented", verified: true } },
      { row: 5, values: { ...good, verifiedOn: "2025-02-01" } },
      { row: 6, values: { ...good, status: "notImplemented" } },
      { row: 7, values: { ...good, dateMade: "2030-01-01" } },
      { row: 8, values: { ...good, id: "zzzzzzzz", repeatOf: "nope" } },
      { row: 9, values: { ...good, id: "yyyyyyyy", reportLink: "report.docx" } },
    ];
    expect(codes(rows, "2026-01-01")).toEqual(
      expect.arrayContaining([
        "2:deadline:deadlineBeforeMade",
        "3:verified:implementedNotVerified",
        "4:verifiedOn:verifiedWithoutDate",
        "5:verified:dateWithoutVerified",
        "6:reasonNotImplemented:notImplementedWithoutReason",
        "7:dateMade:dateInFuture",
        "8:repeatOf:repeatOfUnknown",
        "8:repeated:repeatOfWithoutRepeated",
        "9:reportLink:badLink",
      ])
    );
    expect(codes(rows, "2026-01-01")).toContain("2:responseDate:responseBeforeMade");
  });

  it("speaks French and Spanish, and uses the workbook's own headers", () => {
    const rows: TrackerRow[] = [{ row: 2, values: { id: "a1b2c3d4", dateMade: "2025-01-01" } }];
    expect(validateRows(rows, { language: "fr" })[0].message).toBe(
      "Recommandation est vide ; chaque recommandation en a besoin."
    );
    expect(validateRows(rows, { language: "es" })[0].message).toBe(
      "Recomendación está vacío; cada recomendación lo necesita."
    );
    expect(validateRows(rows, { headers: { text: "What we asked" } })[0].message).toBe(
      "What we asked is empty; every recommendation needs one."
    );
  });
});
