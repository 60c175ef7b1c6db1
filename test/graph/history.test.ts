import { recordEvent } from "../../src/core/tracker/observe";
import { XlsxTrackerStore } from "../../src/files/xlsx/store";
import { GraphProblem } from "../../src/graph/client";
import { GraphTrackerStore } from "../../src/graph/store";
import { FakeGraphServer } from "../support/graph/server";
import {
  firstReleaseTrackerBytes,
  sampleRecords,
  seededRandom,
  trackerBytes,
} from "../support/xlsx";

/** The History table through Graph: the same decision (planRecord) as the pane and the file. */

const servers: FakeGraphServer[] = [];
afterEach(async () => {
  while (servers.length) await (servers.pop() as FakeGraphServer).stop();
});

async function serve(xlsx: Uint8Array): Promise<FakeGraphServer> {
  const server = await FakeGraphServer.start({ xlsx, fileName: "Tracker.xlsx" });
  servers.push(server);
  return server;
}

function storeFor(server: FakeGraphServer): GraphTrackerStore {
  return new GraphTrackerStore(
    { shareUrl: server.shareUrl },
    {
      getToken: async () => server.token,
      baseUrl: server.baseUrl,
      sleep: async () => undefined,
      now: () => Date.UTC(2026, 0, 1),
      allowMissingColumns: true,
    }
  );
}

const NOW = "2026-03-01T10:00:00";

async function fileHistory(server: FakeGraphServer) {
  const store = new XlsxTrackerStore(await server.xlsx(), "Tracker.xlsx");
  const content = await store.read();
  return { content, history: await store.readHistory() };
}

describe("follow-up events through Graph", () => {
  it("appends the events and updates the current columns in one write, read back by every store", async () => {
    const records = sampleRecords(6, seededRandom(2));
    const server = await serve(await trackerBytes(records));
    const ids = [String(records[1].id), String(records[4].id)];
    const plan = await recordEvent(
      storeFor(server),
      ids,
      { kind: "responseReceived", date: "2026-02-10", accepted: "accepted", with: "Ministry" },
      { now: NOW }
    );
    expect(plan).toMatchObject({ blocked: null, events: 2 });
    expect(server.openSessions).toBe(0);
    const { content, history } = await fileHistory(server);
    for (const id of ids)
      expect(content.rows.find((row) => row.values.id === id)?.values.accepted).toBe("accepted");
    expect(history.rows.map((row) => [row.values.recId, row.values.kind, row.values.date])).toEqual(
      ids.map((id) => [id, "responseReceived", "2026-02-10"])
    );
    // Graph reads the same events, and the reply-deadline setting (none set).
    const graph = await storeFor(server).readHistory();
    expect(graph.rows.map((row) => row.values)).toEqual(history.rows.map((row) => row.values));
    expect(graph.replyDays).toBeNull();
  });

  it("a failure while writing the events puts back the current columns too", async () => {
    const records = sampleRecords(4, seededRandom(6));
    const server = await serve(await trackerBytes(records));
    const before = await fileHistory(server);
    // The PATCH of the events' text on the History sheet fails.
    server.inject({
      method: "PATCH",
      path: /Follow-up%20history|Follow-up history/,
      status: 400,
      code: "invalidRequest",
    });
    const problem = await recordEvent(
      storeFor(server),
      [String(records[0].id)],
      { kind: "meeting", date: "2026-02-11", status: "inProgress", summary: "Met the director." },
      { now: NOW }
    ).catch((error: unknown) => error);
    expect(problem).toBeInstanceOf(GraphProblem);
    expect((problem as GraphProblem).info.partlyWritten).toBeUndefined();
    const after = await fileHistory(server);
    expect(after.content.rows).toEqual(before.content.rows);
    expect(after.history.rows).toEqual([]);
  });

  it("a tracker of schema v1 is told to upgrade, and nothing is written", async () => {
    const records = sampleRecords(3, seededRandom(8));
    const server = await serve(await firstReleaseTrackerBytes(records));
    const plan = await recordEvent(
      storeFor(server),
      [String(records[0].id)],
      { kind: "meeting", date: "2026-02-11" },
      { now: NOW }
    );
    expect(plan.blocked).toBe("noHistory");
    expect(server.writeRequests()).toHaveLength(0);
  });
});
