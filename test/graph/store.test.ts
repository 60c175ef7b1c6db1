import { TABLE_ORDER } from "../../src/core/schema/columns";
import { columnLetter } from "../../src/core/schema/a1";
import ExcelJS from "exceljs";
import { GraphProblem } from "../../src/graph/client";
import { GraphTrackerStore, GraphStoreOptions, WorkbookRef } from "../../src/graph/store";
import { loadWorkbook, readTracker } from "../../src/files/xlsx";
import type { TrackerRecord } from "../../src/core/tracker/types";
import { TRACKER_COLUMNS } from "../../src/core/schema/columns";
import { VOCABULARIES } from "../../src/core/schema/vocabularies";
import { FakeGraphServer } from "../support/graph/server";
import { preExtendedTracker, sampleRecords, seededRandom, trackerBytes } from "../support/xlsx";

/** GraphTrackerStore against the local fake Graph server (no network beyond 127.0.0.1). */

const servers: FakeGraphServer[] = [];
afterEach(async () => {
  while (servers.length) await (servers.pop() as FakeGraphServer).stop();
});

async function serve(xlsx: Uint8Array, fileName = "Tracker.xlsx"): Promise<FakeGraphServer> {
  const server = await FakeGraphServer.start({ xlsx, fileName });
  servers.push(server);
  return server;
}

function storeFor(
  server: FakeGraphServer,
  extra: Partial<GraphStoreOptions> = {},
  ref: WorkbookRef = { shareUrl: server.shareUrl }
): { store: GraphTrackerStore; waits: number[] } {
  const waits: number[] = [];
  const store = new GraphTrackerStore(ref, {
    getToken: async () => server.token,
    baseUrl: server.baseUrl,
    sleep: async (ms) => {
      waits.push(ms);
    },
    now: () => Date.UTC(2026, 0, 1),
    ...extra,
  });
  return { store, waits };
}

function record(id: string, text: string, extra: TrackerRecord = {}): TrackerRecord {
  return {
    id,
    text,
    dateMade: "2026-02-01",
    source: "visit-2026",
    report: "Visit report",
    ...extra,
  };
}

async function rowsOf(server: FakeGraphServer) {
  return (await readTracker(await server.xlsx(), "Tracker.xlsx")).rows;
}

/** Writes to the tracker's rows and lists: not the Dashboard's block of figures, which a write refreshes too. */
function rowWrites(server: FakeGraphServer) {
  return server.writeRequests().filter((r) => !r.path.includes("/worksheets/Dashboard/"));
}

async function problemOf(promise: Promise<unknown>): Promise<GraphProblem> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GraphProblem) return error;
    throw error;
  }
  throw new Error("expected a GraphProblem");
}

/** A tracker made by hand: the schema's headers in a table, every cell in the General format (nothing protects text). */
async function plainTracker(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Recommendations").addTable({
    name: "Recommendations",
    ref: "A1",
    columns: TRACKER_COLUMNS.map((column) => ({ name: column.headers.en })),
    rows: [
      TRACKER_COLUMNS.map((column) =>
        column.key === "id" ? "first-1" : column.key === "text" ? "First" : null
      ),
    ],
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("GraphTrackerStore", () => {
  it("reads a tracker by its sharing link and by its drive item", async () => {
    const records = sampleRecords(3, seededRandom(1));
    const server = await serve(await trackerBytes(records));
    const { store } = storeFor(server);
    const content = await store.read();
    expect(content.rows.map((r) => r.values.id)).toEqual(records.map((r) => r.id));
    expect(content.rows[0].row).toBe(2);
    expect(content.rows[0].values.place).toBe(records[0].place);
    expect(content.columns).toContain("smartScore");
    expect(content.language).toBe("en");
    expect(store.webUrl).toMatch(/^https:\/\/contoso\.sharepoint\.com\/.*Tracker\.xlsx$/);
    await store.close();
    expect(server.openSessions).toBe(0);
    const byItem = storeFor(server, {}, { driveId: server.driveId, itemId: server.itemId }).store;
    expect((await byItem.read()).rows).toHaveLength(3);
    await byItem.close();
  });

  it("adds rows in one rows/add, keeps text that looks like a formula or a number as text, and closes the session", async () => {
    const server = await serve(await plainTracker());
    const { store } = storeFor(server);
    await store.read();
    await store.write({
      updates: [{ row: 2, id: "first-1", values: { theme: "=Health care", ref: "007" } }],
      additions: [
        record("rec-0001", '=HYPERLINK("http://x")', { ref: "12" }),
        record("rec-0002", "+cmd|' /C calc'!A0", { ref: "-3", smartScore: 7.5 }),
        record("rec-0003", "@SUM(A1)", { ref: "2024-01-01", repeated: true }),
      ],
    });
    const adds = server.log.filter((r) => r.path.endsWith("/rows/add"));
    expect(adds).toHaveLength(1);
    const rows = await rowsOf(server);
    expect(rows[0].values.theme).toBe("=Health care");
    expect(rows[0].values.ref).toBe("007");
    expect(rows.slice(1).map((r) => [r.values.id, r.values.text, r.values.ref])).toEqual([
      ["rec-0001", '=HYPERLINK("http://x")', "12"],
      ["rec-0002", "+cmd|' /C calc'!A0", "-3"],
      ["rec-0003", "@SUM(A1)", "2024-01-01"],
    ]);
    expect(rows[2].values.smartScore).toBe(7.5);
    expect(rows[3].values.repeated).toBe(true);
    expect(rows[1].values.dateMade).toBe("2026-02-01");
    expect(server.openSessions).toBe(0);
    expect(server.log[server.log.length - 1].path).toMatch(/closeSession$/);
  });

  it("updates only the given cells of the rows, checking each still holds its recommendation", async () => {
    const records = sampleRecords(5, seededRandom(2));
    records[1].response = "The ministry agreed.";
    const server = await serve(await trackerBytes(records));
    const { store } = storeFor(server);
    await store.read();
    await store.write({
      updates: [
        {
          row: 3,
          id: records[1].id as string,
          values: { theme: "=Health care", priority: "high" },
        },
        { row: 6, id: records[4].id as string, values: { place: "", text: "New text" } },
      ],
      additions: [],
    });
    expect(rowWrites(server).map((r) => r.method)).toEqual(["PATCH"]);
    const rows = await rowsOf(server);
    expect(rows[1].values.theme).toBe("=Health care");
    expect(rows[1].values.priority).toBe("high");
    expect(rows[1].values.response).toBe("The ministry agreed.");
    expect(rows[1].values.place).toBe(records[1].place);
    expect(rows[4].values.place).toBeUndefined();
    expect(rows[4].values.text).toBe("New text");
    expect(rows[2].values).toEqual(
      (await readTracker(await trackerBytes(records), "t.xlsx")).rows[2].values
    );
  });

  it("refuses to write over a row that no longer holds the recommendation, and writes nothing", async () => {
    const records = sampleRecords(2, seededRandom(3));
    const server = await serve(await trackerBytes(records));
    const { store } = storeFor(server);
    await store.read();
    const before = await rowsOf(server);
    const problem = await problemOf(
      store.write({
        updates: [{ row: 2, id: "someone-else", values: { text: "x" } }],
        additions: [record("rec-0009", "A new one")],
      })
    );
    expect(problem.code).toBe("changed");
    expect(await rowsOf(server)).toEqual(before);
    expect(server.openSessions).toBe(0);
  });

  it("splits new rows into chunks under the byte limit, one rows/add each", async () => {
    const server = await serve(await trackerBytes([]));
    const { store } = storeFor(server, { chunkBytes: 3000 });
    await store.read();
    const additions = Array.from({ length: 12 }, (_, i) =>
      record(`rec-${1000 + i}`, `Recommendation ${i} ${"x".repeat(600)}`)
    );
    await store.write({ updates: [], additions });
    const adds = server.log.filter((r) => r.path.endsWith("/rows/add")).length;
    expect(adds).toBeGreaterThan(2);
    expect((await rowsOf(server)).map((r) => r.values.id)).toEqual(additions.map((r) => r.id));
  });

  it("honours Retry-After on 429 and backs off on 504", async () => {
    const server = await serve(await trackerBytes([]));
    server.inject({
      method: "GET",
      path: /\/tables\/Recommendations\/range$/,
      status: 429,
      code: "tooManyRequests",
      retryAfter: "7",
    });
    server.inject({ method: "POST", path: /rows\/add$/, status: 504, code: "gatewayTimeout" });
    const { store, waits } = storeFor(server);
    await store.read();
    await store.write({ updates: [], additions: [record("rec-0001", "One")] });
    expect(waits).toEqual([7000, 1000]);
    expect((await rowsOf(server)).map((r) => r.values.id)).toEqual(["rec-0001"]);
  });

  it("gives up as throttled after the retries, leaving the tracker as it was", async () => {
    const server = await serve(await trackerBytes([]));
    const { store, waits } = storeFor(server);
    await store.read();
    server.inject({
      method: "PATCH",
      path: /\/worksheets\/Recommendations\//,
      status: 503,
      code: "serviceUnavailable",
      times: 5,
    });
    const problem = await problemOf(
      store.write({ updates: [], additions: [record("rec-0001", "One")] })
    );
    expect(problem.code).toBe("throttled");
    expect(problem.info.partlyWritten).toBeUndefined();
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
    expect(await rowsOf(server)).toEqual([]);
  });

  it("401 is signedOut and nothing is written", async () => {
    const server = await serve(await trackerBytes([]));
    const { store } = storeFor(server, { getToken: async () => "expired-token" });
    const problem = await problemOf(store.read());
    expect(problem.code).toBe("signedOut");
    expect(server.writeRequests()).toHaveLength(0);
  });

  it("a missing file or link is noAccess; a workbook without the table, or not a workbook, is notTracker", async () => {
    const server = await serve(await trackerBytes([]));
    const missing = storeFor(
      server,
      {},
      { shareUrl: "https://contoso.sharepoint.com/:x:/other" }
    ).store;
    expect((await problemOf(missing.read())).code).toBe("noAccess");
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Sheet1").getCell("A1").value = "Budget";
    const other = await serve(new Uint8Array(await plain.xlsx.writeBuffer()));
    const store = storeFor(other).store;
    expect((await problemOf(store.read())).code).toBe("notTracker");
    expect(other.openSessions).toBe(0);
    const docx = await serve(await trackerBytes([]), "Report.docx");
    expect((await problemOf(storeFor(docx).store.read())).code).toBe("notTracker");
  });

  it("a tracker with schema columns missing is olderSchema, naming them", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Recommendations");
    sheet.addTable({
      name: "Recommendations",
      ref: "A1",
      columns: [{ name: "Rec ID" }, { name: "Recommendation" }, { name: "Date made" }],
      rows: [["abcd-1", "Old text", "2020-01-01"]],
    });
    const server = await serve(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const problem = await problemOf(storeFor(server).store.read());
    expect(problem.code).toBe("olderSchema");
    expect(problem.info.missing).toContain("status");
    const lenient = storeFor(server, { allowMissingColumns: true }).store;
    expect((await lenient.read()).rows[0].values.id).toBe("abcd-1");
    await lenient.close();
  });

  it("a session that expires in the middle is opened again and the write completes", async () => {
    const server = await serve(await trackerBytes([]));
    const { store } = storeFor(server);
    await store.read();
    server.inject({
      method: "POST",
      path: /rows\/add$/,
      status: 404,
      code: "itemNotFound",
      innerCode: "invalidSessionReCreatable",
    });
    await store.write({ updates: [], additions: [record("rec-0001", "One")] });
    expect((await rowsOf(server)).map((r) => r.values.id)).toEqual(["rec-0001"]);
    expect(server.log.filter((r) => r.path.endsWith("createSession"))).toHaveLength(2);
  });

  it("a dropped connection on rows/add, before or after it was applied, adds the rows exactly once", async () => {
    for (const drop of ["before", "after"] as const) {
      const server = await serve(await trackerBytes([]));
      const { store } = storeFor(server);
      await store.read();
      server.inject({ method: "POST", path: /rows\/add$/, drop });
      await store.write({
        updates: [],
        additions: [record("rec-0001", "One"), record("rec-0002", "Two")],
      });
      expect((await rowsOf(server)).map((r) => r.values.id)).toEqual(["rec-0001", "rec-0002"]);
      expect(server.log.filter((r) => r.path.endsWith("/rows/add"))).toHaveLength(
        drop === "before" ? 2 : 1
      );
    }
  });

  it("a connection dropped on a batch holding an update and rows/add, before or after it ran, writes each once", async () => {
    for (const drop of ["before", "after"] as const) {
      const records = sampleRecords(2, seededRandom(9));
      const server = await serve(await trackerBytes(records));
      const { store } = storeFor(server);
      await store.read();
      server.inject({ method: "POST", path: /Recommendations\/rows\/add$/, drop });
      await store.write({
        updates: [{ row: 2, id: records[0].id as string, values: { priority: "low" } }],
        additions: [record("rec-0001", "One"), record("rec-0002", "Two")],
      });
      const rows = await rowsOf(server);
      expect(rows.map((r) => r.values.id)).toEqual([
        records[0].id,
        records[1].id,
        "rec-0001",
        "rec-0002",
      ]);
      expect(rows[0].values.priority).toBe("low");
      expect(rows[2].values.text).toBe("One");
      // In a batch: the lost answer is settled by the table's size, never by adding blindly twice.
      expect(server.log.some((r) => r.path === "/$batch" && r.status === "dropped")).toBe(true);
      expect(server.log.filter((r) => r.path.endsWith("/rows/add"))).toHaveLength(
        drop === "before" ? 2 : 1
      );
      expect(server.openSessions).toBe(0);
    }
  });

  it("a request throttled inside a batch is sent again after the wait Graph asks for; the others are not", async () => {
    const records = sampleRecords(2, seededRandom(10));
    const server = await serve(await trackerBytes(records));
    const { store, waits } = storeFor(server);
    await store.read();
    server.inject({
      method: "GET",
      path: /ListPlace\/range$/,
      status: 429,
      code: "tooManyRequests",
      retryAfter: "4",
    });
    await store.write({
      updates: [],
      additions: [record("rec-0001", "One", { place: "Riverside Remand Centre" })],
    });
    expect(waits).toContain(4000);
    const createSessions = server.log.filter((r) => r.path.endsWith("createSession"));
    expect(createSessions).toHaveLength(1);
    expect((await rowsOf(server)).map((r) => r.values.id)).toContain("rec-0001");
  });

  it("a failure after some writes puts back what was written (updates and added rows)", async () => {
    const records = sampleRecords(3, seededRandom(4));
    const server = await serve(await trackerBytes(records));
    const before = await rowsOf(server);
    const { store } = storeFor(server);
    await store.read();
    // The updates' PATCH and the rows/add go through; the PATCH of the new rows' text fails.
    server.inject({ method: "PATCH", path: /A5:/, status: 400, code: "invalidRequest" });
    const problem = await problemOf(
      store.write({
        updates: [
          { row: 2, id: records[0].id as string, values: { text: "Changed", theme: "=x" } },
        ],
        additions: [record("rec-0001", "One"), record("rec-0002", "Two")],
      })
    );
    expect(problem.code).toBe("unknown");
    expect(problem.info.partlyWritten).toBeUndefined();
    expect(await rowsOf(server)).toEqual(before);
    const table = await readTracker(await server.xlsx(), "Tracker.xlsx");
    expect(table.layout.lastRow).toBe(4);
    expect(server.openSessions).toBe(0);
  });

  it("adds new words to the Lists tables (not formula-looking ones); a failure there undoes the whole write", async () => {
    const listWords = async (server: FakeGraphServer) => {
      const { workbook } = await loadWorkbook(await server.xlsx(), "Tracker.xlsx");
      const words: string[] = [];
      workbook.eachSheet((sheet) => {
        // The Dashboard's figures name the addressees, "=cmd()" among them, as text.
        if (sheet.name === "Recommendations" || sheet.name === "Dashboard") return;
        sheet.eachRow((row) => row.eachCell((cell) => words.push(String(cell.value))));
      });
      return words;
    };
    const server = await serve(await trackerBytes([]));
    const before = await listWords(server);
    const { store } = storeFor(server);
    await store.read();
    await store.write({
      updates: [],
      additions: [
        record("rec-0001", "One", { place: "Riverside Remand Centre", authority: "=cmd()" }),
        record("rec-0002", "Two", { place: "Riverside Remand Centre", theme: "Food" }),
      ],
    });
    const after = await listWords(server);
    expect(after.filter((w) => w === "Riverside Remand Centre")).toHaveLength(1);
    expect(after).toContain("Food");
    expect(after).not.toContain("=cmd()");
    expect(after.length).toBe(before.length + 2);

    const second = await serve(await trackerBytes([]));
    const again = storeFor(second).store;
    await again.read();
    const table = VOCABULARIES.theme.table;
    second.inject({
      method: "POST",
      path: new RegExp(`/tables/${table}/rows/add$`),
      status: 400,
      code: "invalidRequest",
    });
    const problem = await problemOf(
      again.write({
        updates: [],
        additions: [record("rec-0001", "One", { place: "Riverside Remand Centre", theme: "Food" })],
      })
    );
    expect(problem.code).toBe("unknown");
    expect(await rowsOf(second)).toEqual([]);
    expect(await listWords(second)).toEqual(before);
  });

  it("compares new list words as every store does: an addressee spelt without its accents is not added again", async () => {
    const server = await serve(
      await trackerBytes([record("rec-0001", "One", { authority: "Ministère de la Santé" })])
    );
    const { store } = storeFor(server);
    await store.read();
    await store.write({
      updates: [],
      additions: [
        record("rec-0002", "Two", { authority: "Ministere de la Sante" }),
        record("rec-0003", "Three", { authority: "MINISTÈRE DE LA SANTÉ " }),
        record("rec-0004", "Four", { authority: "Ministry of Health" }),
      ],
    });
    const { workbook } = await loadWorkbook(await server.xlsx(), "Tracker.xlsx");
    const authorities: string[] = [];
    workbook.eachSheet((sheet) => {
      const table = (
        sheet as unknown as { tables: Record<string, { table: { tableRef: string } }> }
      ).tables?.[VOCABULARIES.authority.table];
      if (!table) return;
      const [first, last] = table.table.tableRef.split(":");
      const column = first.replace(/\d+/g, "");
      for (
        let r = Number(first.replace(/\D+/g, "")) + 1;
        r <= Number(last.replace(/\D+/g, ""));
        r++
      )
        authorities.push(String(sheet.getCell(`${column}${r}`).value ?? ""));
    });
    expect(authorities.filter((word) => /sant/i.test(word))).toEqual(["Ministère de la Santé"]);
    expect(authorities).toContain("Ministry of Health");
  });

  it("holds no session while the user looks at the preview: the write opens its own", async () => {
    let clock = Date.UTC(2026, 0, 1);
    const server = await FakeGraphServer.start({ xlsx: await trackerBytes([]), now: () => clock });
    servers.push(server);
    const { store } = storeFor(server);
    await store.read();
    expect(server.openSessions).toBe(0);
    clock += 20 * 60 * 1000;
    await store.write({ updates: [], additions: [record("rec-0001", "One")] });
    expect((await rowsOf(server)).map((r) => r.values.id)).toEqual(["rec-0001"]);
    expect(server.log.filter((r) => r.path.endsWith("createSession"))).toHaveLength(1);
    expect(server.openSessions).toBe(0);
  });

  it("rows a colleague added between reading and writing are kept; new rows go after them", async () => {
    const records = sampleRecords(2, seededRandom(5));
    const server = await serve(await trackerBytes(records));
    const mine = storeFor(server).store;
    await mine.read();
    const colleague = storeFor(server).store;
    await colleague.read();
    await colleague.write({ updates: [], additions: [record("colleague-1", "Theirs")] });
    await mine.write({
      updates: [{ row: 3, id: records[1].id as string, values: { priority: "low" } }],
      additions: [record("mine-0001", "Mine")],
    });
    const rows = await rowsOf(server);
    expect(rows.map((r) => r.values.id)).toEqual([
      records[0].id,
      records[1].id,
      "colleague-1",
      "mine-0001",
    ]);
    expect(rows[1].values.priority).toBe("low");
  });

  it("finds an updated row again by its Rec ID when a colleague sorted the table", async () => {
    const records = sampleRecords(3, seededRandom(6));
    const server = await serve(await trackerBytes(records));
    const { store } = storeFor(server);
    await store.read();
    server.edit((workbook) => {
      const sheet = workbook.getWorksheet("Recommendations") as ExcelJS.Worksheet;
      const [two, four] = [sheet.getRow(2), sheet.getRow(4)];
      const a = (two.values as ExcelJS.CellValue[]).slice();
      const b = (four.values as ExcelJS.CellValue[]).slice();
      two.values = b;
      four.values = a;
    });
    await store.write({
      updates: [{ row: 2, id: records[0].id as string, values: { priority: "low" } }],
      additions: [],
    });
    const rows = await rowsOf(server);
    expect(rows.map((r) => r.values.id)).toEqual([records[2].id, records[1].id, records[0].id]);
    expect(rows[2].values.priority).toBe("low");
    expect(rows[0].values.priority).toBe(records[2].priority ?? undefined);
  });

  it("updates far apart in a large table go in separate requests, each under the byte limit", async () => {
    const records = sampleRecords(400, seededRandom(7));
    const server = await serve(await trackerBytes(records));
    const { store } = storeFor(server, { chunkBytes: 20000 });
    await store.read();
    const at = [0, 1, 2, 390, 399];
    await store.write({
      updates: at.map((i) => ({
        row: i + 2,
        id: records[i].id as string,
        values: { priority: "low" },
      })),
      additions: [],
    });
    const patches = rowWrites(server)
      .filter((r) => r.method === "PATCH")
      .map((r) => r.path.replace(/.*address='|'\)$/g, ""));
    // Rectangles spanning the changed cells (Priority) and the Rec ID, rows 2-4 then 392-401.
    const [from, to] = [TABLE_ORDER.indexOf("priority"), TABLE_ORDER.indexOf("id")].sort(
      (a, b) => a - b
    );
    const span = (rows: string) =>
      `${columnLetter(from)}${rows.split(":")[0]}:${columnLetter(to)}${rows.split(":")[1]}`;
    expect(patches).toEqual([span("2:4"), span("392:401")]);
    const rows = await rowsOf(server);
    expect(rows.filter((r) => r.values.priority === "low").map((r) => r.row)).toEqual(
      at.map((i) => i + 2)
    );
  });

  it("when even the undoing fails, the problem says the tracker may be partly written", async () => {
    const server = await serve(await trackerBytes([]));
    const { store } = storeFor(server);
    await store.read();
    server.inject({ method: "PATCH", drop: "before", times: 100 });
    server.inject({ method: "POST", path: /\/delete$/, drop: "before", times: 100 });
    const problem = await problemOf(
      store.write({ updates: [], additions: [record("rec-0001", "One")] })
    );
    expect(problem.code).toBe("offline");
    expect(problem.info.partlyWritten).toBe(true);
  });
});

describe("a table the user extended in advance, with a calculated column", () => {
  it("does not take its empty rows for recommendations", async () => {
    const records = sampleRecords(3, seededRandom(21));
    const server = await serve(await preExtendedTracker(records));
    const { store } = storeFor(server);
    const content = await store.read();
    expect(content.rows.map((row) => row.row)).toEqual([2, 3, 4]);
    await store.close();
  });
});
