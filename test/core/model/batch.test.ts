import Ajv2020 from "ajv/dist/2020";
import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import {
  ISO_DATE_PATTERN,
  MAX_RECOMMENDATIONS,
  RecommendationBatch,
  parseBatch,
  reportSourceId,
  serializeBatch,
} from "../../../src/core/model/batch";
import { InputError } from "../../../src/core/model/errors";

const schema = JSON.parse(
  readFileSync(join(__dirname, "../../../schemas/recommendation-batch.schema.json"), "utf8")
) as Record<string, unknown> & { $defs: { isoDate: { anyOf: { pattern?: string }[] } } };
const validate = new Ajv2020({ strict: true, allErrors: false }).compile(schema);

const valid: RecommendationBatch = {
  format: "opcat-recommendations",
  version: 1,
  created: "2026-03-01T10:00:00Z",
  generator: "test",
  report: {
    id: "visit-h-prison-2026",
    title: "Visit to H prison",
    type: "visit",
    date: "2026-02-12",
    places: ["H prison"],
    link: "",
  },
  recommendations: [
    {
      id: "rec-0001",
      ref: "1",
      text: "The prison administration should install a call bell in each cell by 31 December 2026.",
      authority: "Prison administration",
      groups: ["Prisoners"],
      priority: "high",
      timeframe: "short",
      deadline: "2026-12-31",
      scope: "specific",
      smartScore: 7,
    },
    { text: "Ensure access to a doctor.", repeated: true, repeatOf: "" },
  ],
};

function message(text: string): string {
  try {
    parseBatch(text);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("parseBatch accepted " + text.slice(0, 200));
}

function withRec(fields: Record<string, unknown>, number = 1): string {
  const recs: unknown[] = [];
  for (let i = 1; i < number; i++) recs.push({ text: `Recommendation ${i}.` });
  recs.push(fields);
  return JSON.stringify({ ...valid, recommendations: recs });
}

function accepts(doc: unknown): { ajv: boolean; parse: boolean } {
  let parse = true;
  try {
    parseBatch(JSON.stringify(doc));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    parse = false;
  }
  return { ajv: validate(doc) as boolean, parse };
}

describe("parseBatch", () => {
  it("reads a valid batch and fills the report's optional fields", () => {
    expect(parseBatch(JSON.stringify(valid))).toEqual(valid);
    const minimal = parseBatch(
      '\uFEFF{"format":"opcat-recommendations","version":1,"report":{"id":"r1","title":""},"recommendations":[]}'
    );
    expect(minimal.report).toEqual({
      id: "r1",
      title: "",
      type: "",
      date: "",
      places: [],
      link: "",
    });
  });

  it("ignores properties it does not know", () => {
    const doc = { ...valid, extra: 1, report: { ...valid.report, note: "x" } };
    expect(parseBatch(JSON.stringify(doc))).toEqual(valid);
    expect(validate(doc)).toBe(true);
  });

  it("words what is wrong in the user's terms", () => {
    expect(message("PK\u0003\u0004 not json")).toBe(
      "This file is not a recommendation batch (it is not JSON)."
    );
    expect(message("[1,2]")).toBe(
      "This file is not a recommendation batch (it holds no batch object)."
    );
    expect(message(JSON.stringify({ ...valid, format: "tracker" }))).toBe(
      "This file is not a recommendation batch (its format is 'tracker', not 'opcat-recommendations')."
    );
    expect(message(JSON.stringify({ ...valid, version: 2 }))).toBe(
      "This batch is version 2; this tracker reads version 1 batches. Update the add-in or ask the sender for a version 1 batch."
    );
    expect(message(withRec({ ref: "3" }, 3))).toBe("Recommendation 3 has no text.");
    expect(message(withRec({ text: "  \n" }, 2))).toBe("Recommendation 2 has no text.");
    expect(message(withRec({ text: "Do.", deadline: "31/12" }, 5))).toBe(
      "Recommendation 5: the deadline '31/12' is not a date (yyyy-mm-dd)."
    );
    expect(message(withRec({ text: "Do.", deadline: "2026-02-29" }))).toBe(
      "Recommendation 1: the deadline '2026-02-29' is not a date (yyyy-mm-dd)."
    );
    expect(message(withRec({ text: "Do.", priority: "urgent" }))).toBe(
      "Recommendation 1: the priority 'urgent' is not one of high, medium, low."
    );
    expect(message(withRec({ text: "Do.", id: "a b" }))).toBe(
      "Recommendation 1: the id 'a b' is not 4 to 64 letters, digits, '-' or '_'."
    );
    expect(message(withRec({ text: "Do.", smartScore: 11 }))).toBe(
      "Recommendation 1: the Double-SMART score '11' is not a number from 0 to 10."
    );
    expect(message(withRec({ text: "x".repeat(32768) }))).toBe(
      "Recommendation 1: the text is longer than 32,767 characters."
    );
    // Excel counts UTF-16 units: 20,000 emoji are 40,000 of them, too many for a cell.
    expect(message(withRec({ text: "\u{1F6A8}".repeat(20000) }))).toBe(
      "Recommendation 1: the text is longer than 32,767 characters."
    );
    expect(message(withRec({ text: "Do.", groups: "Women" }))).toBe(
      "Recommendation 1: the groups must be a list of texts."
    );
    expect(message(JSON.stringify({ ...valid, report: { ...valid.report, id: " " } }))).toBe(
      "The report has no id."
    );
    expect(message(JSON.stringify({ ...valid, report: undefined }))).toBe(
      "This batch has no report details."
    );
    const many = JSON.stringify({
      ...valid,
      recommendations: Array.from({ length: MAX_RECOMMENDATIONS + 1 }, () => ({ text: "x" })),
    });
    expect(message(many)).toBe(
      "This batch holds 10,001 recommendations; a batch holds at most 10,000."
    );
  });

  it("accepts dates that exist, leap days included", () => {
    for (const date of ["2024-02-29", "2000-02-29", "2026-12-31", "2026-04-30"])
      expect(parseBatch(withRec({ text: "Do.", deadline: date })).recommendations[0].deadline).toBe(
        date
      );
    for (const date of ["1900-02-29", "2026-04-31", "2026-13-01", "2026-1-1", "2026-00-10"])
      expect(() => parseBatch(withRec({ text: "Do.", deadline: date }))).toThrow(InputError);
  });
});

describe("the published schema", () => {
  it("carries the same date rule as parseBatch", () => {
    expect(schema.$defs.isoDate.anyOf[1].pattern).toBe(ISO_DATE_PATTERN);
  });

  it("accepts and refuses the same hand-picked documents as parseBatch", () => {
    const rec = valid.recommendations[0];
    const docs: unknown[] = [
      valid,
      { ...valid, recommendations: [] },
      { ...valid, version: 2 },
      { ...valid, version: "1" },
      { ...valid, format: undefined },
      { ...valid, report: { ...valid.report, date: "2026-2-1" } },
      { ...valid, report: { ...valid.report, type: "annual" } },
      { ...valid, report: { ...valid.report, type: "Annual" } },
      { ...valid, report: { ...valid.report, places: [1] } },
      { ...valid, report: { ...valid.report, title: undefined } },
      { ...valid, created: 5 },
      { ...valid, recommendations: [{ ...rec, repeatOf: "abc" }] },
      { ...valid, recommendations: [{ ...rec, repeated: "yes" }] },
      { ...valid, recommendations: [{ ...rec, smartScore: 10.5 }] },
      { ...valid, recommendations: [{ ...rec, smartScore: 0 }] },
      { ...valid, recommendations: [{ ...rec, text: "\u{1F600}".repeat(16383) }] },
      { ...valid, recommendations: [{ ...rec, ref: null }] },
      { ...valid, recommendations: [{ ...rec, scope: "" }] },
      { ...valid, recommendations: [{ ...rec, groups: Array(101).fill("g") }] },
      { ...valid, recommendations: [null] },
      "a string",
      null,
    ];
    for (const doc of docs) {
      const { ajv, parse } = accepts(doc);
      expect({ doc, ajv }).toEqual({ doc, ajv: parse });
    }
  });

  it("is looser than parseBatch on one point: a cell's length, which Excel counts in UTF-16 units", () => {
    const doc = {
      ...valid,
      recommendations: [{ ...valid.recommendations[0], text: "\u{1F600}".repeat(32767) }],
    };
    expect(accepts(doc)).toEqual({ ajv: true, parse: false });
  });

  it("agrees with parseBatch on generated documents", () => {
    // Each field is mostly well-formed and sometimes not, so whole documents land on both sides.
    const odd = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("", " ", "2026-02-29", "abc", "a b", "High", "Visit"),
      fc.integer(),
      fc.boolean(),
      fc.constant(null)
    );
    const mostly = <T>(good: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: good, weight: 15 }, { arbitrary: odd, weight: 1 });
    const words = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("Do it.", "x"));
    const date = mostly(
      fc.oneof(
        fc.constantFrom("", "2026-01-31", "2026-02-30", "2024-02-29", "2100-02-29", "31/12"),
        fc
          .tuple(
            fc.integer({ min: 0, max: 9999 }),
            fc.integer({ min: 0, max: 13 }),
            fc.integer({ min: 0, max: 32 })
          )
          .map(
            ([y, m, d]) =>
              `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
          )
      )
    );
    const recommendation = fc.record(
      {
        id: mostly(fc.constantFrom("rec-1234", "abc", "a".repeat(65), "ok_id-9")),
        ref: mostly(words),
        text: mostly(words),
        type: mostly(fc.constantFrom("visit", "annual", "preliminary", "")),
        place: mostly(words),
        groups: mostly(fc.array(words, { maxLength: 3 })),
        priority: mostly(fc.constantFrom("high", "low", "")),
        timeframe: mostly(fc.constantFrom("short", "long", "")),
        deadline: date,
        scope: mostly(fc.constantFrom("specific", "systemic", "")),
        repeated: mostly(fc.boolean()),
        repeatOf: mostly(fc.constantFrom("", "rec-1234", "x")),
        smartScore: mostly(fc.double({ min: -0.5, max: 10.5, noNaN: true })),
        extra: odd,
      },
      { requiredKeys: [] }
    );
    const doc = fc.record(
      {
        format: mostly(fc.constant("opcat-recommendations")),
        version: mostly(fc.constantFrom(1, 1, 1, 2)),
        created: mostly(words),
        report: mostly(
          fc.record(
            {
              id: mostly(fc.constantFrom("r-1", " ", "", "visit-2026")),
              title: mostly(words),
              type: mostly(fc.constantFrom("visit", "urgent", "")),
              date: date,
              places: mostly(fc.array(words, { maxLength: 2 })),
              link: mostly(words),
            },
            { requiredKeys: ["title"] }
          )
        ),
        recommendations: mostly(fc.array(recommendation, { maxLength: 3 })),
      },
      { requiredKeys: ["format", "version", "report"] }
    );
    let accepted = 0;
    fc.assert(
      fc.property(doc, (d) => {
        const { ajv, parse } = accepts(d);
        if (parse) accepted++;
        return ajv === parse;
      }),
      { numRuns: 3000, seed: 20261128 }
    );
    // The generator must reach both sides, or the agreement proves little.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(2900);
  });
});

describe("serializeBatch", () => {
  it("writes stable, readable JSON that parseBatch reads back", () => {
    const shuffled = {
      recommendations: valid.recommendations.map((r) =>
        Object.fromEntries(Object.entries(r).reverse())
      ),
      report: valid.report,
      generator: valid.generator,
      created: valid.created,
      version: 1,
      format: "opcat-recommendations",
    } as unknown as RecommendationBatch;
    const text = serializeBatch(shuffled);
    expect(text).toBe(serializeBatch(valid));
    expect(text.startsWith('{\n  "format": "opcat-recommendations",\n  "version": 1,')).toBe(true);
    expect(parseBatch(text)).toEqual(valid);
    expect(validate(JSON.parse(text))).toBe(true);
  });
});

describe("reportSourceId", () => {
  it("prefers the report's id, then title and date, then the file name", () => {
    expect(reportSourceId({ id: "R-7", title: "T", date: "" }, "f.docx")).toBe("R-7");
    expect(
      reportSourceId(
        { id: " ", title: "Visite à la prison d'Évry: suivi", date: "2026-02-12" },
        "f"
      )
    ).toBe("visite-a-la-prison-d-evry-suivi-2026-02-12");
    expect(reportSourceId({ title: "Visit", date: "February 2026" }, "f")).toBe("visit");
    expect(reportSourceId({ title: " -- ", date: "2026-02-12" }, " report.docx ")).toBe(
      "report.docx"
    );
  });
});
