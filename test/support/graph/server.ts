import { createServer, IncomingMessage, Server, ServerResponse } from "http";
import type { AddressInfo } from "net";
import ExcelJS from "exceljs";
import { columnIndex, columnLetter } from "../../../src/core/schema/a1";
import { TRACKER_NAMESPACE } from "../../../src/core/schema/columns";
import { isTrackerPart } from "../../../src/core/schema/customxml";
import { loadWorkbook, workbookBytes } from "../../../src/files/xlsx";

/**
 * A local stand-in for the Microsoft Graph workbook endpoints the Graph
 * tracker store uses, on 127.0.0.1 and a random port. It keeps one real
 * workbook (exceljs, loaded and saved through src/files/xlsx), so what a
 * push wrote can be read back with readTracker or opened in LibreOffice.
 *
 * Shapes follow Graph's documentation: driveItem, workbookSessionInfo,
 * workbookRange ($select honoured), workbookTableRow, and error bodies
 * {"error":{"code","message","innerError"}}. Cell writes behave as Excel's
 * do where it matters to the client: null leaves a cell, "" clears it, and
 * a string is parsed like typed input (a formula, a number, TRUE) unless
 * the cell's number format is text "@". A change to a sheet that the
 * workbook protects (Review > Protect Sheet) is refused with 403
 * AccessDenied, as Excel does when every cell is locked.
 *
 * Faults are queued with inject(): an error status (429 with Retry-After,
 * 503, 504, 401...) or a dropped connection, before or after the request is
 * applied. Every request is logged, so tests count what a push sent.
 */

export interface FakeGraphOptions {
  /** The workbook the fake drive holds. */
  xlsx: Uint8Array;
  fileName?: string;
  driveId?: string;
  itemId?: string;
  /** The sharing link that resolves to the workbook. */
  shareUrl?: string;
  /** The bearer token accepted (anything else is a 401). */
  token?: string;
  /** Clock for session expiry. */
  now?: () => number;
  /** Idle time after which a session expires (Graph: about 5 minutes for a persistent session). */
  sessionIdleMs?: number;
  /** Charts on the workbook's sheets, by name (exceljs keeps none: the fake lists these and records setData). */
  charts?: { sheet: string; name: string; source?: string }[];
}

/** A chart as the fake keeps it: its sheet, name, and the range setData gave it. */
export interface FakeChart {
  sheet: string;
  name: string;
  source?: string;
  seriesBy?: string;
}

export interface Fault {
  method?: string;
  /** Matched against the decoded path after /v1.0 (query excluded). */
  path?: RegExp;
  /** How many matching requests it hits (default 1). */
  times?: number;
  status?: number;
  code?: string;
  innerCode?: string;
  retryAfter?: string;
  /** Destroy the socket: "before" applying the request, or "after" applying it. */
  drop?: "before" | "after";
  /** Someone changes the workbook in Excel just before the request is applied (a sort, a new row). */
  edit?: (workbook: ExcelJS.Workbook) => void;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number | "dropped";
  /** Set for a request that came inside a JSON batch: the batch's number (its round trip is logged as POST /$batch). */
  batch?: number;
}

interface BatchItem {
  id?: string;
  method?: string;
  url?: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

type Cell = string | number | boolean;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly innerCode?: string
  ) {
    super(message);
  }
}

interface Rect {
  sheet: string;
  r1: number;
  r2: number;
  c1: number;
  c2: number;
}

interface TableInfo {
  sheet: ExcelJS.Worksheet;
  ref: { tableRef: string; autoFilterRef?: string };
  rect: Rect;
}

const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** Rows of a worksheet in Excel: a whole-column address ("U:AB") spans them all. */
const MAX_ROWS = 1048576;

/** "#DDEBF7" -> exceljs's ARGB colour. */
function argb(color: unknown): { argb: string } | undefined {
  return typeof color === "string" && /^#[0-9a-f]{6}$/i.test(color)
    ? { argb: `FF${color.slice(1).toUpperCase()}` }
    : undefined;
}

function serialOf(date: Date): number {
  return (date.getTime() - EPOCH_1900) / 86400000;
}

function parseRect(address: string, sheet: string): Rect {
  const bang = address.lastIndexOf("!");
  let name = bang >= 0 ? address.slice(0, bang) : sheet;
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  const columns = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(address.slice(bang + 1));
  if (columns)
    return {
      sheet: name,
      c1: columnIndex(columns[1]),
      r1: 1,
      c2: columnIndex(columns[2]),
      r2: MAX_ROWS,
    };
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address.slice(bang + 1));
  if (!m) throw new HttpError(400, "invalidArgument", `The argument is invalid: ${address}`);
  return {
    sheet: name,
    c1: columnIndex(m[1]),
    r1: Number(m[2]),
    c2: columnIndex(m[3] ?? m[1]),
    r2: Number(m[4] ?? m[2]),
  };
}

function rectAddress(rect: Rect): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(rect.sheet)
    ? rect.sheet
    : `'${rect.sheet.replace(/'/g, "''")}'`;
  return `${sheet}!${columnLetter(rect.c1)}${rect.r1}:${columnLetter(rect.c2)}${rect.r2}`;
}

/** A cell as Graph gives it in `values`. */
function graphValue(cell: ExcelJS.Cell): Cell {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return serialOf(v);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((p) => p.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return 0;
      if (result instanceof Date) return serialOf(result);
      if (typeof result === "object") return String((result as { error: string }).error);
      return result;
    }
    if ("hyperlink" in v) return String(v.text ?? v.hyperlink);
    if ("error" in v) return String(v.error);
  }
  return cell.text;
}

/** Writes one value the way Excel takes input from the API. */
function putValue(cell: ExcelJS.Cell, value: unknown): void {
  if (value === null || value === undefined) return;
  if (value === "") {
    cell.value = null;
    return;
  }
  if (typeof value === "number" || typeof value === "boolean") {
    cell.value = value;
    return;
  }
  const text = String(value);
  if (cell.numFmt === "@") cell.value = text;
  else if (text.startsWith("="))
    cell.value = { formula: text.slice(1) } as ExcelJS.CellFormulaValue;
  else if (/^[+-]?\d+(\.\d+)?$/.test(text.trim())) cell.value = Number(text);
  else if (/^(true|false)$/i.test(text.trim())) cell.value = /^true$/i.test(text.trim());
  else cell.value = text;
}

/** A value or a 2-D array given for a range: the cell at (r, c). */
function at(grid: unknown, r: number, c: number): unknown {
  if (!Array.isArray(grid)) return grid;
  const row: unknown = grid[r];
  return Array.isArray(row) ? row[c] : undefined;
}

/** An injected error status, as Graph would answer it (Retry-After in `headers`). */
function throwFault(fault: Fault | undefined, headers: Record<string, string>): void {
  if (!fault?.status) return;
  if (fault.retryAfter !== undefined) headers["Retry-After"] = fault.retryAfter;
  throw new HttpError(fault.status, fault.code ?? "generalException", "injected", fault.innerCode);
}

/** Graph's error response for what a request threw. */
function errorResponse(error: unknown): [number, unknown] {
  if (error instanceof HttpError) {
    return [
      error.status,
      {
        error: {
          code: error.code,
          message: error.message,
          innerError: error.innerCode
            ? { code: error.innerCode }
            : { date: new Date(0).toISOString() },
        },
      },
    ];
  }
  return [500, { error: { code: "internalServerError", message: String(error) } }];
}

export class FakeGraphServer {
  readonly log: LoggedRequest[] = [];
  private readonly faults: (Fault & { left: number })[] = [];
  private readonly sessions = new Map<string, number>();
  /** The charts of the workbook (see FakeGraphOptions.charts). */
  readonly charts: FakeChart[];
  private sessionCount = 0;
  private batchCount = 0;
  private queue: Promise<void> = Promise.resolve();
  private server: Server | null = null;
  private workbook: ExcelJS.Workbook | null = null;
  private customXml: string[] = [];
  private dirty = false;
  baseUrl = "";
  readonly fileName: string;
  readonly driveId: string;
  readonly itemId: string;
  readonly shareUrl: string;
  readonly token: string;
  private readonly now: () => number;
  private readonly idleMs: number;

  private constructor(
    private bytes: Uint8Array,
    options: FakeGraphOptions
  ) {
    this.fileName = options.fileName ?? "Tracker.xlsx";
    this.driveId = options.driveId ?? "b!drive-1";
    this.itemId = options.itemId ?? "01ITEM";
    this.shareUrl = options.shareUrl ?? "https://contoso.sharepoint.com/:x:/s/npm/EAbCdEfG";
    this.token = options.token ?? "test-token";
    this.now = options.now ?? (() => Date.now());
    this.idleMs = options.sessionIdleMs ?? 5 * 60 * 1000;
    this.charts = (options.charts ?? []).map((chart) => ({ ...chart }));
  }

  static async start(options: FakeGraphOptions): Promise<FakeGraphServer> {
    const fake = new FakeGraphServer(options.xlsx, options);
    const loaded = await loadWorkbook(options.xlsx, fake.fileName, "rewrite");
    fake.workbook = loaded.workbook;
    fake.customXml = loaded.customXml;
    const server = createServer((req, res) => {
      fake.queue = fake.queue.then(() => fake.handle(req, res)).catch(() => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    fake.server = server;
    fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
    return fake;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** Ends every open session, as Graph does after inactivity or a service restart. */
  expireSessions(): void {
    this.sessions.clear();
  }

  /** Changes the workbook as someone working in Excel at the same time would. */
  edit(change: (workbook: ExcelJS.Workbook) => void): void {
    change(this.workbook as ExcelJS.Workbook);
    this.dirty = true;
  }

  get openSessions(): number {
    return this.sessions.size;
  }

  /** HTTP round trips since log entry `from` (a JSON batch is one, whatever it holds). */
  roundTrips(from = 0): number {
    return this.log.slice(from).filter((r) => r.batch === undefined).length;
  }

  /** Requests that change the workbook (PATCH, rows/add, range delete), dropped ones included. */
  writeRequests(): LoggedRequest[] {
    return this.log.filter(
      (r) => r.method === "PATCH" || (r.method === "POST" && /\/rows\/add$|\/delete$/.test(r.path))
    );
  }

  /** The workbook as a file, as Excel would save it now. */
  async xlsx(): Promise<Uint8Array> {
    if (!this.dirty) return this.bytes;
    const workbook = this.workbook as ExcelJS.Workbook;
    const tracker = this.customXml.find(isTrackerPart);
    this.bytes = tracker
      ? await workbookBytes(workbook, { customXml: { namespace: TRACKER_NAMESPACE, xml: tracker } })
      : new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    this.dirty = false;
    return this.bytes;
  }

  // -------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const method = req.method ?? "GET";
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname.replace(/^\/v1\.0/, ""));
    const entry: LoggedRequest = { method, path, status: 0 };
    this.log.push(entry);
    const fault = this.takeFault(method, path);
    if (fault?.drop === "before") {
      entry.status = "dropped";
      req.socket.destroy();
      return;
    }
    let status = 200;
    let body: unknown = null;
    const headers: Record<string, string> = {};
    try {
      throwFault(fault, headers);
      if (req.headers.authorization !== `Bearer ${this.token}`) {
        throw new HttpError(401, "InvalidAuthenticationToken", "Access token validation failure.");
      }
      const text = Buffer.concat(chunks).toString("utf8");
      const json: unknown = text ? JSON.parse(text) : undefined;
      const session = req.headers["workbook-session-id"];
      if (method === "POST" && path === "/$batch") {
        const outcome = this.runBatch(json);
        if (outcome === "dropped") {
          entry.status = "dropped";
          req.socket.destroy();
          return;
        }
        body = outcome;
      } else {
        [status, body] = this.route(
          method,
          path,
          url.searchParams,
          json,
          typeof session === "string" ? session : undefined
        );
      }
    } catch (error) {
      [status, body] = errorResponse(error);
    }
    if (fault?.drop === "after") {
      entry.status = "dropped";
      req.socket.destroy();
      return;
    }
    entry.status = status;
    const payload = body === null ? "" : JSON.stringify(body);
    res.writeHead(status, {
      ...headers,
      ...(payload ? { "Content-Type": "application/json" } : {}),
    });
    res.end(payload);
  }

  private takeFault(method: string, path: string): (Fault & { left: number }) | undefined {
    const fault = this.faults.find(
      (f) => f.left > 0 && (!f.method || f.method === method) && (!f.path || f.path.test(path))
    );
    if (fault) fault.left--;
    if (fault?.edit) this.edit(fault.edit);
    return fault;
  }

  /**
   * A JSON batch (POST /$batch), as Graph runs one: its requests in order,
   * each with its own status; one whose dependsOn failed is not run (424).
   * Faults apply to the requests inside; a dropped connection stops the
   * batch there (what ran before it stays applied).
   */
  private runBatch(json: unknown): { responses: unknown[] } | "dropped" {
    const items = ((json as { requests?: BatchItem[] } | undefined)?.requests ?? []).slice();
    if (items.length > 20)
      throw new HttpError(400, "BadRequest", "A batch request holds at most 20 requests.");
    const number = ++this.batchCount;
    const statuses = new Map<string, number>();
    const responses: unknown[] = [];
    for (const item of items) {
      const method = item.method ?? "GET";
      const url = new URL(item.url ?? "/", "http://127.0.0.1");
      const path = decodeURIComponent(url.pathname);
      const entry: LoggedRequest = { method, path, status: 0, batch: number };
      this.log.push(entry);
      const id = item.id ?? "";
      let status: number;
      let body: unknown = null;
      const headers: Record<string, string> = {};
      if (
        (item.dependsOn ?? []).some(
          (on) => !((statuses.get(on) ?? 0) < 300 && (statuses.get(on) ?? 0) >= 200)
        )
      ) {
        status = 424;
        body = { error: { code: "failedDependency", message: "A request it depends on failed." } };
      } else {
        const fault = this.takeFault(method, path);
        if (fault?.drop === "before") {
          entry.status = "dropped";
          return "dropped";
        }
        try {
          throwFault(fault, headers);
          [status, body] = this.route(
            method,
            path,
            url.searchParams,
            item.body,
            item.headers?.["workbook-session-id"]
          );
        } catch (error) {
          [status, body] = errorResponse(error);
        }
        if (fault?.drop === "after") {
          entry.status = "dropped";
          return "dropped";
        }
      }
      entry.status = status;
      statuses.set(id, status);
      responses.push({ id, status, headers, ...(body === null ? {} : { body }) });
    }
    return { responses };
  }

  private route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
    session: string | undefined
  ): [number, unknown] {
    const select = query
      .get("$select")
      ?.split(",")
      .map((s) => s.trim());
    let m = /^\/shares\/([^/]+)\/driveItem$/.exec(path);
    if (m && method === "GET") {
      if (m[1] !== shareId(this.shareUrl))
        throw new HttpError(
          404,
          "itemNotFound",
          "The sharing link no longer exists, or you do not have permission to access it."
        );
      return [200, this.driveItem()];
    }
    m = /^\/drives\/([^/]+)\/items\/([^/]+)(\/workbook\/.*)?$/.exec(path);
    if (!m || m[1] !== this.driveId || m[2] !== this.itemId)
      throw new HttpError(404, "itemNotFound", "The resource could not be found.");
    const rest = m[3];
    if (!rest) {
      if (method !== "GET") throw new HttpError(405, "methodNotAllowed", "Method not allowed.");
      return [200, this.driveItem()];
    }
    if (rest === "/workbook/createSession" && method === "POST") {
      const persist = (body as { persistChanges?: unknown } | undefined)?.persistChanges;
      if (persist !== true)
        throw new HttpError(501, "notImplemented", "Only persistent sessions are supported here.");
      const id = `session-${++this.sessionCount}`;
      this.sessions.set(id, this.now());
      return [
        201,
        { "@odata.type": "#microsoft.graph.workbookSessionInfo", id, persistChanges: true },
      ];
    }
    if (session !== undefined) {
      const last = this.sessions.get(session);
      if (last === undefined || this.now() - last > this.idleMs) {
        this.sessions.delete(session);
        throw new HttpError(
          404,
          "itemNotFound",
          "The target session is invalid.",
          "invalidSessionReCreatable"
        );
      }
      this.sessions.set(session, this.now());
    }
    if (rest === "/workbook/closeSession" && method === "POST") {
      if (session) this.sessions.delete(session);
      return [204, null];
    }
    m = /^\/workbook\/tables\/([^/]+)\/(range|headerRowRange|dataBodyRange)$/.exec(rest);
    if (m && method === "GET") {
      const table = this.table(m[1]);
      const rect =
        m[2] === "range"
          ? table.rect
          : m[2] === "headerRowRange"
            ? { ...table.rect, r2: table.rect.r1 }
            : { ...table.rect, r1: table.rect.r1 + 1 };
      return [200, this.rangeJson(table.sheet, rect, select)];
    }
    m = /^\/workbook\/names\/([^/]+)\/range$/.exec(rest);
    if (m && method === "GET") {
      const name = decodeURIComponent(m[1]);
      const target = (this.workbook as ExcelJS.Workbook).definedNames.getRanges(name).ranges[0];
      const parts = target ? /^'?(.*?)'?!(\$?[A-Z]+\$?\d+)$/.exec(target) : null;
      if (!parts) throw new HttpError(404, "itemNotFound", "The requested resource doesn't exist.");
      const sheet = this.sheet(parts[1].replace(/''/g, "'"));
      return [
        200,
        this.rangeJson(sheet, parseRect(parts[2].replace(/\$/g, ""), sheet.name), select),
      ];
    }
    m = /^\/workbook\/tables\/([^/]+)\/rows\/add$/.exec(rest);
    if (m && method === "POST") return [201, this.addRows(m[1], body)];
    if (rest === "/workbook/worksheets" && method === "GET")
      return [
        200,
        {
          value: (this.workbook as ExcelJS.Workbook).worksheets.map((sheet) => ({
            name: sheet.name,
          })),
        },
      ];
    m = /^\/workbook\/worksheets\/([^/]+)\/charts$/.exec(rest);
    if (m && method === "GET") {
      const sheet = this.sheet(m[1]);
      return [
        200,
        {
          value: this.charts
            .filter((chart) => chart.sheet === sheet.name)
            .map((chart) => ({ name: chart.name })),
        },
      ];
    }
    m = /^\/workbook\/worksheets\/([^/]+)\/charts\/([^/]+)\/setData$/.exec(rest);
    if (m && method === "POST") {
      const sheet = this.sheet(m[1]);
      const chart = this.charts.find((c) => c.sheet === sheet.name && c.name === m?.[2]);
      if (!chart) throw new HttpError(404, "itemNotFound", "The requested resource doesn't exist.");
      this.refuseProtected(sheet);
      const { sourceData, seriesBy } = (body ?? {}) as { sourceData?: unknown; seriesBy?: unknown };
      if (typeof sourceData !== "string")
        throw new HttpError(400, "invalidArgument", "The argument is invalid: sourceData");
      parseRect(sourceData, sheet.name);
      chart.source = sourceData;
      chart.seriesBy = typeof seriesBy === "string" ? seriesBy : undefined;
      return [204, null];
    }
    m =
      /^\/workbook\/worksheets\/([^/]+)\/range\(address='([^']*)'\)(\/delete|\/clear|\/format\/font|\/format\/fill)?$/.exec(
        rest
      );
    if (m) {
      const sheet = this.sheet(m[1]);
      const rect = parseRect(m[2], sheet.name);
      if (m[3] === "/delete" && method === "POST") {
        this.deleteUp(sheet, rect, body);
        return [204, null];
      }
      if (m[3] === "/clear" && method === "POST") {
        this.clear(sheet, rect, body);
        return [204, null];
      }
      if ((m[3] === "/format/font" || m[3] === "/format/fill") && method === "PATCH") {
        this.format(sheet, rect, m[3], body);
        return [200, body];
      }
      if (m[3]) throw new HttpError(405, "methodNotAllowed", "Method not allowed.");
      if (method === "GET") return [200, this.rangeJson(sheet, rect, select)];
      if (method === "PATCH") {
        this.patch(sheet, rect, body);
        return [200, this.rangeJson(sheet, rect, select)];
      }
    }
    throw new HttpError(400, "invalidRequest", `Not implemented by the fake: ${method} ${rest}`);
  }

  private driveItem(): unknown {
    return {
      id: this.itemId,
      name: this.fileName,
      webUrl: `https://contoso.sharepoint.com/sites/npm/Documents/${encodeURIComponent(this.fileName)}`,
      file: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
      parentReference: { driveId: this.driveId, driveType: "documentLibrary" },
    };
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const sheet = (this.workbook as ExcelJS.Workbook).getWorksheet(name);
    if (!sheet) throw new HttpError(404, "itemNotFound", "The requested resource doesn't exist.");
    return sheet;
  }

  private table(name: string): TableInfo {
    for (const sheet of (this.workbook as ExcelJS.Workbook).worksheets) {
      const tables = (sheet as unknown as { tables: Record<string, { table: TableInfo["ref"] }> })
        .tables;
      for (const [tableName, table] of Object.entries(tables ?? {})) {
        if (tableName.toLowerCase() !== name.toLowerCase()) continue;
        return { sheet, ref: table.table, rect: parseRect(table.table.tableRef, sheet.name) };
      }
    }
    throw new HttpError(404, "itemNotFound", "The requested resource doesn't exist.");
  }

  private setTableEnd(table: TableInfo, lastRow: number): void {
    const ref = `${columnLetter(table.rect.c1)}${table.rect.r1}:${columnLetter(table.rect.c2)}${lastRow}`;
    table.ref.tableRef = ref;
    if (table.ref.autoFilterRef) table.ref.autoFilterRef = ref;
    this.dirty = true;
  }

  private rangeJson(sheet: ExcelJS.Worksheet, rect: Rect, select: string[] | undefined): unknown {
    const values: Cell[][] = [];
    const formats: string[][] = [];
    const formulas: Cell[][] = [];
    for (let r = rect.r1; r <= rect.r2; r++) {
      const row = sheet.getRow(r);
      const v: Cell[] = [];
      const f: string[] = [];
      const fx: Cell[] = [];
      for (let c = rect.c1; c <= rect.c2; c++) {
        const cell = row.getCell(c + 1);
        v.push(graphValue(cell));
        f.push(cell.numFmt || "General");
        // Graph gives a formula cell's formula with its "=", any other cell's value.
        fx.push(cell.formula ? `=${cell.formula}` : graphValue(cell));
      }
      values.push(v);
      formats.push(f);
      formulas.push(fx);
    }
    const full: Record<string, unknown> = {
      "@odata.type": "#microsoft.graph.workbookRange",
      address: rectAddress({ ...rect, sheet: sheet.name }),
      addressLocal: rectAddress({ ...rect, sheet: sheet.name }),
      cellCount: values.length * (rect.c2 - rect.c1 + 1),
      columnCount: rect.c2 - rect.c1 + 1,
      columnIndex: rect.c1,
      rowCount: rect.r2 - rect.r1 + 1,
      rowIndex: rect.r1 - 1,
      values,
      formulas,
      numberFormat: formats,
      text: values.map((row) => row.map(String)),
    };
    if (!select) return full;
    return Object.fromEntries(Object.entries(full).filter(([key]) => select.includes(key)));
  }

  /** Excel's answer to a change on a sheet protected in the workbook (Review > Protect Sheet, all cells locked). */
  private refuseProtected(sheet: ExcelJS.Worksheet): void {
    // exceljs reads <sheetProtection sheet="1"/> into a model property its types leave out.
    const protection = (sheet as unknown as { sheetProtection?: { sheet?: boolean } })
      .sheetProtection;
    if (protection?.sheet)
      throw new HttpError(403, "AccessDenied", "You cannot perform the requested operation.");
  }

  private patch(sheet: ExcelJS.Worksheet, rect: Rect, body: unknown): void {
    this.refuseProtected(sheet);
    const { values, numberFormat } = (body ?? {}) as { values?: unknown; numberFormat?: unknown };
    const height = rect.r2 - rect.r1 + 1;
    const width = rect.c2 - rect.c1 + 1;
    for (const grid of [values, numberFormat]) {
      if (
        Array.isArray(grid) &&
        (grid.length !== height || grid.some((row) => !Array.isArray(row) || row.length !== width))
      )
        throw new HttpError(
          400,
          "invalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
        );
    }
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < width; c++) {
        const cell = sheet.getRow(rect.r1 + r).getCell(rect.c1 + c + 1);
        const format = at(numberFormat, r, c);
        if (typeof format === "string") cell.numFmt = format;
        putValue(cell, at(values, r, c));
      }
    }
    this.dirty = true;
  }

  /** Range clear: applyTo "All" (the default), "Contents" or "Formats"; cells past the sheet's last row hold nothing. */
  private clear(sheet: ExcelJS.Worksheet, rect: Rect, body: unknown): void {
    this.refuseProtected(sheet);
    const applyTo = (body as { applyTo?: unknown } | undefined)?.applyTo ?? "All";
    if (applyTo !== "All" && applyTo !== "Contents" && applyTo !== "Formats")
      throw new HttpError(400, "invalidArgument", "The argument is invalid: applyTo");
    const last = Math.min(rect.r2, sheet.rowCount);
    for (let r = rect.r1; r <= last; r++) {
      for (let c = rect.c1; c <= rect.c2; c++) {
        const cell = sheet.getRow(r).getCell(c + 1);
        if (applyTo !== "Formats") cell.value = null;
        if (applyTo !== "Contents") cell.style = {};
      }
    }
    this.dirty = true;
  }

  /** PATCH of a range's font (bold, italic, size, color) or fill (color). */
  private format(sheet: ExcelJS.Worksheet, rect: Rect, part: string, body: unknown): void {
    this.refuseProtected(sheet);
    const given = (body ?? {}) as Record<string, unknown>;
    for (let r = rect.r1; r <= rect.r2; r++) {
      for (let c = rect.c1; c <= rect.c2; c++) {
        const cell = sheet.getRow(r).getCell(c + 1);
        if (part === "/format/fill") {
          const color = argb(given.color);
          if (!color) throw new HttpError(400, "invalidArgument", "The argument is invalid: color");
          cell.fill = { type: "pattern", pattern: "solid", fgColor: color };
          continue;
        }
        cell.font = {
          ...cell.font,
          ...(typeof given.bold === "boolean" ? { bold: given.bold } : {}),
          ...(typeof given.italic === "boolean" ? { italic: given.italic } : {}),
          ...(typeof given.size === "number" ? { size: given.size } : {}),
          ...(argb(given.color) ? { color: argb(given.color) } : {}),
        };
      }
    }
    this.dirty = true;
  }

  private addRows(name: string, body: unknown): unknown {
    const table = this.table(name);
    const { index, values } = (body ?? {}) as { index?: unknown; values?: unknown };
    if (index !== null && index !== undefined)
      throw new HttpError(
        501,
        "notImplemented",
        "Only appending rows (index null) is supported here."
      );
    const width = table.rect.c2 - table.rect.c1 + 1;
    if (!Array.isArray(values) || values.some((row) => !Array.isArray(row) || row.length !== width))
      throw new HttpError(
        400,
        "invalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
      );
    const sheet = table.sheet;
    this.refuseProtected(sheet);
    const first = table.rect.r2 + 1;
    const occupied = values.some((_row, r) => {
      const row = sheet.getRow(first + r);
      for (let c = table.rect.c1; c <= table.rect.c2; c++)
        if (row.getCell(c + 1).value !== null) return true;
      return false;
    });
    // Like Excel, a table grows into the rows below it by pushing their content down.
    if (occupied) sheet.spliceRows(first, 0, ...values.map(() => []));
    const above = sheet.getRow(table.rect.r2);
    (values as unknown[][]).forEach((row, r) => {
      const target = sheet.getRow(first + r);
      row.forEach((value, c) => {
        const cell = target.getCell(table.rect.c1 + c + 1);
        // New table rows take the column's format, as Excel does.
        const format = above.getCell(table.rect.c1 + c + 1).numFmt;
        if (format) cell.numFmt = format;
        putValue(cell, value);
      });
    });
    this.setTableEnd(table, table.rect.r2 + values.length);
    return {
      "@odata.type": "#microsoft.graph.workbookTableRow",
      index: first - table.rect.r1 - 1,
      values,
    };
  }

  /** Range delete with shift "Up": the cells below move up, and a table holding the rows shrinks. */
  private deleteUp(sheet: ExcelJS.Worksheet, rect: Rect, body: unknown): void {
    this.refuseProtected(sheet);
    if ((body as { shift?: unknown } | undefined)?.shift !== "Up")
      throw new HttpError(501, "notImplemented", "Only shift Up is supported here.");
    const count = rect.r2 - rect.r1 + 1;
    const end = Math.max(sheet.rowCount, rect.r2);
    for (let r = rect.r1; r <= end; r++) {
      for (let c = rect.c1; c <= rect.c2; c++) {
        const cell = sheet.getRow(r).getCell(c + 1);
        const below = r + count <= end ? sheet.getRow(r + count).getCell(c + 1) : null;
        cell.value = below ? below.value : null;
        if (below?.numFmt) cell.numFmt = below.numFmt;
      }
    }
    for (const [, table] of Object.entries(
      (sheet as unknown as { tables: Record<string, { table: TableInfo["ref"] }> }).tables ?? {}
    )) {
      const info: TableInfo = {
        sheet,
        ref: table.table,
        rect: parseRect(table.table.tableRef, sheet.name),
      };
      if (rect.c1 > info.rect.c2 || rect.c2 < info.rect.c1 || rect.r1 > info.rect.r2) continue;
      if (rect.r1 <= info.rect.r1)
        throw new HttpError(
          400,
          "invalidArgument",
          "This operation would delete a table's header."
        );
      const removed = Math.min(info.rect.r2, rect.r2) - rect.r1 + 1;
      // A table keeps at least one (blank) data row.
      this.setTableEnd(info, Math.max(info.rect.r1 + 1, info.rect.r2 - removed));
    }
    this.dirty = true;
  }
}

/** Graph's id for a sharing URL ("u!" + unpadded base64url). */
export function shareId(url: string): string {
  return "u!" + Buffer.from(url, "utf8").toString("base64url");
}
