/*
 * Syncs per operation on the strict Office host fakes: the figure Office.js
 * batching is judged by. Each operation is measured on a small and a large
 * document; the two counts must be equal (chunking aside).
 */
import type { RecommendationBatch } from "../src/core/model/batch";
import { importInto } from "../src/core/tracker/upsert";
import { applyTracker, ExcelTrackerStore, officeExcelHost, readTracker } from "../src/office/excel";
import { readReport } from "../src/office/word/readReport";
import { TagRequest, tagRecommendations } from "../src/office/word/reviewDocument";
import { trackerWithRows } from "../test/office/excel/fixtures";
import { DocumentModel, FakeHost, installOfficeFakes } from "../test/support/office";
import type { BenchRow } from "./types";

async function measure(
  setUp: () => Promise<FakeHost>,
  operation: () => Promise<unknown>
): Promise<{ syncs: number; maxRequestKb: number }> {
  const fake = await setUp();
  try {
    fake.resetCounters();
    await operation();
    return { syncs: fake.syncCount, maxRequestKb: Math.round(fake.maxRequestBytes / 1024) };
  } finally {
    fake.uninstall();
  }
}

function wordReport(recommendations: number): { document: DocumentModel; requests: TagRequest[] } {
  const paragraphs = [{ text: "Recommendations", style: "Heading 1" }];
  const requests: TagRequest[] = [];
  for (let i = 0; i < recommendations; i++) {
    const finding = `The delegation found that ${i + 3} cells had no call bell. `;
    const text = `${finding}The Director of Prison ${i} should install a call bell in every cell within three months.`;
    paragraphs.push({ text, style: "Normal" });
    requests.push({
      id: `bench${i}`,
      bodyParagraph: i + 1,
      paragraphText: text,
      span: { start: finding.length, end: text.length },
      title: `Recommendation ${i + 1}`,
    });
  }
  return { document: new DocumentModel(paragraphs), requests };
}

/** A visit report with `count` recommendations, none of them in the tracker yet. */
function visitBatch(count: number): RecommendationBatch {
  return {
    format: "opcat-recommendations",
    version: 1,
    report: {
      id: "bench-visit",
      title: "Visit to Prison Nord",
      type: "visit",
      date: "2026-02-10",
      places: ["Prison Nord"],
      link: "",
    },
    recommendations: Array.from({ length: count }, (_, i) => ({
      id: `bench${String(i).padStart(4, "0")}`,
      ref: String(i + 1),
      text: `The Director of Prison Nord should ensure that detainees in wing ${i} see a doctor within 24 hours of arrival.`,
      authority: "Ministry of Justice",
      theme: "Health care",
      smartScore: 6,
    })),
  };
}

async function pair(
  name: string,
  sizes: [number, number],
  unit: string,
  run: (size: number) => Promise<{ syncs: number; maxRequestKb: number }>
): Promise<BenchRow> {
  const [small, large] = [await run(sizes[0]), await run(sizes[1])];
  return {
    name: `${name}: syncs at ${sizes[0]} / ${sizes[1]} ${unit}`,
    figure: `${small.syncs} / ${large.syncs} (largest request ${large.maxRequestKb} KB)`,
    target: "equal counts except 5 MB chunks",
  };
}

export async function benchSyncs(): Promise<BenchRow[]> {
  const excel = officeExcelHost();
  const created = await measure(
    async () => installOfficeFakes({ host: "excel" }),
    () => applyTracker(excel, { language: "en" })
  );
  return [
    {
      name: "Excel: create a tracker in an empty workbook: syncs",
      figure: `${created.syncs} (largest request ${created.maxRequestKb} KB)`,
      target: "constant",
    },
    await pair("Excel: upgrade tracker", [10, 10000], "rows", (rows) =>
      measure(
        () => trackerWithRows(rows),
        () => applyTracker(excel, { language: "en" })
      )
    ),
    await pair("Excel: read tracker rows", [10, 10000], "rows", (rows) =>
      measure(
        () => trackerWithRows(rows),
        () => readTracker(excel)
      )
    ),
    await pair(
      "Excel: import 500 recommendations (read, plan, write)",
      [10, 10000],
      "rows",
      (rows) =>
        measure(
          () => trackerWithRows(rows),
          () =>
            importInto(new ExcelTrackerStore(excel), visitBatch(500), {
              today: "2026-03-01",
              now: "2026-03-01T10:00:00",
            })
        )
    ),
    await pair("Word: read report", [10, 500], "recommendations", (n) =>
      measure(
        async () => installOfficeFakes({ host: "word", document: wordReport(n).document }),
        () => readReport()
      )
    ),
    await pair("Word: tag recommendations", [10, 500], "recommendations", async (n) => {
      const { document, requests } = wordReport(n);
      return measure(
        async () => installOfficeFakes({ host: "word", document }),
        () => tagRecommendations(requests)
      );
    }),
  ];
}
