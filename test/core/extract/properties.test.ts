import fc from "fast-check";
import { findRecommendations } from "../../../src/core/extract";
import type { ReportParagraph } from "../../../src/core/model/report";

/** Words that steer the finder into its different paths, mixed with noise. */
const words = fc.constantFrom(
  "The",
  "NPM",
  "recommends",
  "that",
  "the",
  "Ministry",
  "should",
  "must",
  "Recommendations",
  "Recommendation",
  "3:",
  "1.",
  "(a)",
  "reiterates",
  "its",
  "recommendation",
  "To",
  "Health:",
  "requests",
  "a",
  "response",
  "within",
  "30",
  "days",
  "by",
  "31",
  "December",
  "2026",
  "CPT",
  "said",
  "Article",
  "5",
  "provides",
  '"',
  "“",
  "”",
  "This",
  "To this end,",
  "implemented",
  ".",
  ";",
  ":",
  "\n",
  "\t",
  "Ensure",
  "install",
  "immediately",
  "e.g.",
  "No.",
  "?",
  "é",
  "—"
);
const text = fc.oneof(
  fc.array(words, { maxLength: 40 }).map((w) => w.join(" ")),
  fc.string({ maxLength: 200 }),
  fc.constantFrom("", " ", ":", "Recommendations", "To the Ministry of Health:")
);
const paragraph = fc.record({
  text,
  style: fc.constantFrom("", "Normal", "Heading 1", "List Paragraph", "Footnote Text", "Quote"),
  headingLevel: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
  listLabel: fc.option(fc.constantFrom("1.", "a)", "•", "(iv)", ""), { nil: null }),
  listLevel: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
  tableCell: fc.option(
    fc.record({
      table: fc.integer({ min: 0, max: 2 }),
      row: fc.integer({ min: 0, max: 3 }),
      column: fc.integer({ min: 0, max: 3 }),
    }),
    { nil: null }
  ),
  part: fc.constantFrom("body", "body", "body", "footnote", "textbox") as fc.Arbitrary<
    ReportParagraph["part"]
  >,
  contentControlTag: fc.option(fc.constantFrom("opcat-rec:a1", "opcat-rec:b2", "other"), {
    nil: undefined,
  }),
});

describe("findRecommendations on arbitrary paragraphs", () => {
  it("never throws, points at real body paragraphs and keeps spans inside them", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 30 }), (raw) => {
        const paragraphs: ReportParagraph[] = raw.map((p, index) => ({ ...p, index }));
        const found = findRecommendations(paragraphs);
        for (const rec of found) {
          const p = paragraphs[rec.paragraph];
          expect(p).toBeDefined();
          expect(p.part).toBe("body");
          expect(rec.text.trim()).not.toBe("");
          if (rec.span) {
            expect(rec.span.start).toBeGreaterThanOrEqual(0);
            expect(rec.span.end).toBeLessThanOrEqual(p.text.length);
            expect(rec.span.start).toBeLessThan(rec.span.end);
            expect(p.text.slice(rec.span.start, rec.span.end)).toBe(rec.text);
          }
        }
        const order = found.map((r) => r.paragraph);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
      { numRuns: 300, seed: 20261128 }
    );
  });

  it("finds nothing in an empty report", () => {
    expect(findRecommendations([])).toEqual([]);
  });
});
