import {
  parseBatch,
  serializeBatch,
  type RecommendationBatch,
} from "../../../src/core/model/batch";
import {
  newRecommendationMeta,
  parseReportMetadata,
  serializeReportMetadata,
  emptyReportMetadata,
} from "../../../src/core/model/reportMetadata";
import { COLUMN_BY_KEY, TRACKER_COLUMNS, type ColumnKey } from "../../../src/core/schema/columns";
import { metadataPart, parseKeyLimit, parseMetadata } from "../../../src/core/schema/customxml";
import { PLAN_TEXTS } from "../../../src/core/schema/texts";
import { planUpgrade } from "../../../src/core/schema/upgrade";
import {
  buildWorkbookPlan,
  metadataFor,
  resolvedHeaders,
} from "../../../src/core/schema/workbook-plan";
import { validateRows } from "../../../src/core/tracker/validate";
import type { TrackerContent } from "../../../src/core/tracker/store";
import type { TrackerRecord } from "../../../src/core/tracker/types";
import { planImport, resolveImport } from "../../../src/core/tracker/upsert";

/** Key recommendations: the flag's column, and its way from the report to the tracker. */

const ALL: ColumnKey[] = TRACKER_COLUMNS.map((c) => c.key);

function batch(recommendations: RecommendationBatch["recommendations"]): RecommendationBatch {
  return {
    format: "opcat-recommendations",
    version: 1,
    report: {
      id: "visit-k-2026",
      title: "Visit to K centre",
      type: "visit",
      date: "2026-01-20",
      places: [],
      link: "",
    },
    recommendations,
  };
}

function content(rows: TrackerRecord[]): TrackerContent {
  return { language: "en", columns: ALL, rows: rows.map((values, i) => ({ row: i + 2, values })) };
}

function run(c: TrackerContent, b: RecommendationBatch) {
  const plan = planImport(c, b, { today: "2026-03-01" });
  let n = 0;
  return resolveImport(
    plan,
    {},
    {
      now: "2026-03-01T10:00:00.000Z",
      random: () => (((n++ * 0.37) % 1) + 1) % 1,
      columns: ALL,
    }
  ).changes;
}

describe("the Key column", () => {
  it("is a yes/no column with a header in each language", () => {
    const column = COLUMN_BY_KEY.get("key")!;
    expect(column.kind).toBe("yesNo");
    expect(column.vocabulary).toBe("yesNo");
    expect(column.headers).toEqual({ en: "Key", fr: "Clé", es: "Clave" });
  });
});

describe("the key flag in a batch", () => {
  it("is read, written back in its place, and refused when it is not true or false", () => {
    const text = serializeBatch(
      batch([{ text: "Open the yard every day.", key: true }, { text: "Two." }])
    );
    const read = parseBatch(text);
    expect(read.recommendations.map((r) => r.key)).toEqual([true, undefined]);
    expect(serializeBatch(read)).toBe(text);
    const bad = JSON.stringify(batch([{ text: "One.", key: "yes" as unknown as boolean }]));
    expect(() => parseBatch(bad)).toThrow(
      "Recommendation 1: 'key' must be true or false, not 'yes'."
    );
  });

  it("is kept in the Word report's data, and absent when not marked", () => {
    const metadata = {
      ...emptyReportMetadata(),
      recommendations: [
        newRecommendationMeta("rec-0001", { key: true }),
        newRecommendationMeta("rec-0002"),
      ],
    };
    const xml = serializeReportMetadata(metadata);
    expect(xml.match(/key="true"/g)).toHaveLength(1);
    const parsed = parseReportMetadata(xml);
    expect(parsed.ok && parsed.metadata.recommendations.map((r) => r.key)).toEqual([true, false]);
  });
});

describe("importing key recommendations", () => {
  it("marks new rows, marks an existing row the report now makes key, and never unmarks what the NPM marked", () => {
    const first = run(
      content([]),
      batch([
        { id: "rec-0001", text: "Open the yard every day.", key: true },
        { id: "rec-0002", text: "Repair the showers." },
      ])
    );
    expect(first.additions.map((a) => a.key)).toEqual([true, undefined]);
    const rows = first.additions.map((values) => ({ ...values }));
    // The NPM marks the second one in the tracker; the report later marks the first one only.
    rows[1].key = true;
    const again = run(
      content(rows),
      batch([
        { id: "rec-0001", text: "Open the yard every day.", key: true },
        { id: "rec-0002", text: "Repair the showers." },
      ])
    );
    expect(again.updates).toEqual([]);
    rows[0].key = null;
    const marked = run(
      content(rows),
      batch([
        { id: "rec-0001", text: "Open the yard every day.", key: true },
        { id: "rec-0002", text: "Repair the showers." },
      ])
    );
    expect(marked.updates.map((u) => [u.id, u.values.key])).toEqual([["rec-0001", true]]);
  });
});

describe("the limit of key recommendations per report", () => {
  const rows = (marks: [string, boolean][]) =>
    marks.map(([report, key], i) => ({
      row: i + 2,
      values: {
        id: `rec-${1000 + i}`,
        text: `Recommendation ${i + 1}.`,
        dateMade: "2025-05-05",
        report,
        source: report.toLowerCase().replace(/\W+/g, "-"),
        key,
      } as TrackerRecord,
    }));
  const marks: [string, boolean][] = [
    ["Visit to A", true],
    ["Visit to A", true],
    ["Visit to B", true],
    ["Visit to A", false],
    ["Visit to A", true],
    ["Visit to B", true],
  ];

  it("warns on each key recommendation of a report that has more than the limit, in the user's language", () => {
    const issues = validateRows(rows(marks), { keyLimit: 2 });
    expect(issues.map((i) => [i.row, i.code, i.severity, i.column])).toEqual([
      [2, "tooManyKey", "warning", "key"],
      [3, "tooManyKey", "warning", "key"],
      [6, "tooManyKey", "warning", "key"],
    ]);
    expect(issues[0].message).toBe(
      'The report "Visit to A" has 3 key recommendations; your NPM sets at most 2 per report. Keep Key = Yes on the most important ones only.'
    );
    const fr = validateRows(rows(marks), { keyLimit: 2, language: "fr" });
    expect(fr[0].message).toContain("compte 3 recommandations clés");
    expect(fr[0].message).toContain("au plus 2 par rapport");
    const es = validateRows(rows(marks), { keyLimit: 2, language: "es" });
    expect(es[0].message).toContain("tiene 3 recomendaciones clave");
  });

  it("says nothing at the limit, or when the NPM set none", () => {
    expect(validateRows(rows(marks), { keyLimit: 3 })).toEqual([]);
    expect(validateRows(rows(marks))).toEqual([]);
  });

  it("is kept in the tracker's metadata part, and an upgrade keeps it unless told otherwise", () => {
    const part = metadataPart(metadataFor("en", resolvedHeaders("en"), 4));
    expect(part.xml).toContain('keyLimit="4"');
    const parsed = parseMetadata(part.xml);
    expect(parsed.ok && parsed.metadata.keyLimit).toBe(4);
    const metadata = parsed.ok ? parsed.metadata : null;
    const headers = TRACKER_COLUMNS.map((c) => c.headers.en);
    expect(planUpgrade(headers, metadata).customXml.xml).toContain('keyLimit="4"');
    expect(planUpgrade(headers, metadata, "en", 6).customXml.xml).toContain('keyLimit="6"');
    expect(planUpgrade(headers, metadata, "en", null).customXml.xml).not.toContain("keyLimit");
    expect([
      parseKeyLimit("5"),
      parseKeyLimit("0"),
      parseKeyLimit("2.5"),
      parseKeyLimit("x"),
    ]).toEqual([5, null, null, null]);
  });
});

describe("key recommendations on the Dashboard", () => {
  const dashboard = (missingColumns?: ColumnKey[]) =>
    buildWorkbookPlan({ language: "fr", missingColumns }).sheets.find(
      (sheet) => sheet.key === "dashboard"
    )!;

  it("come first, under the headline figures, counted by formulas on the Key column", () => {
    const cells = dashboard().cells;
    const label = (text: string) => cells.find((c) => c.value === text)!;
    const t = PLAN_TEXTS.fr;
    const rowOf = (text: string) => Number(/\d+$/.exec(label(text).address)![0]);
    expect(rowOf(t.keyTotal)).toBeLessThan(rowOf(t.byStatus));
    const formula = (text: string) => cells.find((c) => c.address === `B${rowOf(text)}`)!.formula;
    expect(formula(t.keyTotal)).toBe('=COUNTIFS(Recommendations[Clé],"Oui")');
    expect(formula(t.keyImplemented)).toContain('Recommendations[Mise en œuvre],"Mise en œuvre"');
    expect(formula(t.keyOverdue)).toContain('Recommendations[Échéance],"<"&TODAY()');
  });

  it("are left out of a tracker whose table has no Key column yet (its formulas would point at nothing)", () => {
    const cells = dashboard(["key"]).cells;
    expect(cells.some((c) => c.value === PLAN_TEXTS.fr.keyTotal)).toBe(false);
    expect(cells.some((c) => c.formula?.includes("[Clé]"))).toBe(false);
  });
});
