import type { RecommendationBatch } from "../src/core/model/batch";
import { buildWorkbookPlan } from "../src/core/schema/workbook-plan";
import { buildTemplate } from "../src/files/xlsx";
import { GraphTrackerStore } from "../src/graph/store";
import { sendBatch } from "../src/graph/send";
import { FakeGraphServer } from "../test/support/graph/server";
import type { BenchRow } from "./types";

/**
 * HTTP round trips per "Send to tracker" through Graph, against the local
 * fake Graph server (test/support/graph): Graph's JSON batching ($batch)
 * carries up to 20 requests in one round trip. The count must not grow
 * with the number of recommendations, only with the write chunks (each
 * round trip under the size limit).
 */

function batchOf(count: number): RecommendationBatch {
  return {
    format: "opcat-recommendations",
    version: 1,
    report: {
      id: "bench-visit-2026",
      title: "Visit to Northgate Prison",
      type: "visit",
      date: "2026-02-01",
      places: ["Northgate Prison"],
      link: "",
    },
    recommendations: Array.from({ length: count }, (_, i) => ({
      id: `bench-rec-${String(i).padStart(5, "0")}`,
      ref: String(i + 1),
      text: `The prison administration should ensure that every detainee placed in segregation is seen by a doctor within 24 hours and at least once a week thereafter (item ${i + 1}).`,
      place: "Northgate Prison",
      authority: "Prison director",
      theme: "Health care",
      priority: "high" as const,
      smartScore: 7,
    })),
  };
}

async function push(
  server: FakeGraphServer,
  batch: RecommendationBatch,
  chunkBytes?: number
): Promise<{
  trips: number;
  requests: number;
  writes: number;
  adds: number;
  figures: string | null;
}> {
  const before = server.log.length;
  const store = new GraphTrackerStore(
    { shareUrl: server.shareUrl },
    { getToken: async () => server.token, baseUrl: server.baseUrl, chunkBytes }
  );
  await sendBatch(store, batch, { today: "2026-03-01", now: "2026-03-01T10:00:00" });
  const log = server.log.slice(before);
  return {
    trips: server.roundTrips(before),
    requests: log.filter((r) => r.path !== "/$batch").length,
    writes: log.filter(
      (r) => r.method === "PATCH" || (r.method === "POST" && /\/rows\/add$|\/delete$/.test(r.path))
    ).length,
    adds: log.filter((r) => r.path.endsWith("/tables/Recommendations/rows/add")).length,
    // What the push did to the Dashboard's block of figures from the history (written in the same round trips).
    figures: store.figures,
  };
}

export async function benchGraph(): Promise<BenchRow[]> {
  const template = await buildTemplate(buildWorkbookPlan({ language: "en" }));
  const rows: BenchRow[] = [];
  const cases: { count: number; chunkBytes?: number; label: string }[] = [
    { count: 10, label: "10 recommendations" },
    { count: 500, label: "500 recommendations" },
    { count: 500, chunkBytes: 64 * 1024, label: "500 recommendations, 64 KB chunks" },
  ];
  for (const c of cases) {
    const server = await FakeGraphServer.start({ xlsx: template });
    try {
      const batch = batchOf(c.count);
      const first = await push(server, batch, c.chunkBytes);
      const second = await push(server, batch, c.chunkBytes);
      rows.push({
        name: `Graph push, ${c.label}, new: HTTP round trips`,
        figure: `${first.trips} (${first.requests} requests in them; ${first.adds} rows/add chunk${first.adds === 1 ? "" : "s"}; Dashboard figures ${first.figures ?? "not written"})`,
        target:
          "≤ 6 with the Dashboard's figures refreshed (issue 17; before $batch: 22, 30 with 64 KB chunks), same for 10 and 500; + 1 a write chunk",
      });
      rows.push({
        name: `Graph push, ${c.label}, sent again: HTTP round trips`,
        figure: `${second.trips} (${second.requests} requests, ${second.writes} writes)`,
        target: "≤ 3 (issue 17; before $batch: 5), 0 writes",
      });
    } finally {
      await server.stop();
    }
  }
  return rows;
}
