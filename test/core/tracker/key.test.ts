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
