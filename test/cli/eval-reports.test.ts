import { normaliseForMatch, sameRecommendation, scoreReport } from "../../src/cli/eval-reports";

describe("eval --reports matching", () => {
  it("ignores case, whitespace, quote marks and trailing punctuation", () => {
    expect(normaliseForMatch("  The  “Director” should act. ")).toBe('the "director" should act');
    expect(
      sameRecommendation("The director's office should act.", "the director’s office  should act")
    ).toBe(true);
  });

  it("accepts a found text that contains the expected one when it is at least 80% of it", () => {
    const expected = "The Ministry of Health should fund two additional posts of psychiatrist";
    expect(sameRecommendation(expected, `1. ${expected}.`)).toBe(true);
    expect(
      sameRecommendation(
        expected,
        `${expected}. This should include a budget line, a recruitment plan and a timetable for both posts.`
      )
    ).toBe(false);
  });

  it("scores one-to-one, listing misses and false positives", () => {
    const score = scoreReport(
      "r.docx",
      ["Install call bells in all cells.", "Train staff in de-escalation."],
      ["Install call bells in all cells", "Install call bells in all cells.", "Repair the roof."]
    );
    expect(score).toEqual({
      report: "r.docx",
      expected: 2,
      found: 3,
      matched: 1,
      misses: ["Train staff in de-escalation."],
      falsePositives: ["Install call bells in all cells.", "Repair the roof."],
    });
  });
});
