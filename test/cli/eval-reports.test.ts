import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  normaliseForMatch,
  readExpected,
  sameRecommendation,
  scoreReport,
  tookNearMiss,
} from "../../src/cli/eval-reports";

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
      nearMissesTaken: [],
    });
  });

  it("counts a near-miss as taken when a found text is it or holds it", () => {
    const score = scoreReport(
      "r.docx",
      ["Install call bells in all cells."],
      [
        "Install call bells in all cells.",
        "The director said that staff were trained. The NPM requests a reply within a month.",
      ],
      ["The NPM requests a reply within a month.", "The director said that the cells were new."]
    );
    expect(score.nearMissesTaken).toEqual(["The NPM requests a reply within a month."]);
    expect(tookNearMiss("Staff wear badges.", "Staff wear badges")).toBe(true);
    expect(tookNearMiss("Staff wear badges.", "All staff wear badges on every shift.")).toBe(false);
  });
});

describe("eval --reports expected files", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "eval-reports-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads expected.json with its near-misses under NAME#not", () => {
    writeFileSync(
      join(dir, "expected.json"),
      JSON.stringify({ "a.docx": ["Rec one."], "a.docx#not": ["Not one."], "b.docx": [] })
    );
    expect(readExpected(dir)).toEqual({
      recommendations: { "a.docx": ["Rec one."], "b.docx": [] },
      nearMisses: { "a.docx": ["Not one."] },
      file: join(dir, "expected.json"),
    });
  });

  it("reads expected-recommendations.json, and refuses a file that is not lists of texts", () => {
    writeFileSync(join(dir, "expected-recommendations.json"), JSON.stringify({ "a.docx": ["R."] }));
    expect(readExpected(dir).recommendations).toEqual({ "a.docx": ["R."] });
    writeFileSync(join(dir, "expected.json"), JSON.stringify({ "a.docx": "R." }));
    expect(() => readExpected(dir)).toThrow(/"a.docx" must be a list of texts/);
    rmSync(join(dir, "expected.json"));
    rmSync(join(dir, "expected-recommendations.json"));
    expect(() => readExpected(dir)).toThrow(/no expected.json or expected-recommendations.json/);
  });
});
