/**
 * A small Microsoft Graph HTTP client for the workbook API. Browser-safe:
 * only `fetch` (injected), no Node built-ins, so the Word pane bundles it.
 * Time is injected too (sleep, clock), so the retry policy is tested
 * without waiting.
 *
 * What it decides, and why:
 * - 429, 503 and 504 are retried with exponential backoff; a Retry-After
 *   header wins over the backoff (Graph asks for it when it throttles).
 * - A dropped connection (fetch rejects) is retried only for requests the
 *   caller marks idempotent: a POST that may have been applied must be
 *   checked by the caller (see GraphTrackerStore's rows/add), never blindly
 *   repeated.
 * - Every failure ends as a GraphProblem whose code the panes word for the
 *   user; Graph's own `message` is for developers (Graph says so) and is
 *   only kept in `detail`.
 */

import { Problem } from "../core/model/problem";

export const GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";

export type GraphProblemCode =
  /** No valid token (401): sign in again. */
  | "signedOut"
  /** The organisation has not granted the add-in the Files.ReadWrite permission. */
  | "consent"
  /** The file does not exist or the user may not open it (403, 404 itemNotFound). */
  | "noAccess"
  /**
   * The tracker was read, then a change to it was refused (403): the user may only view
   * the file, or a sheet of it is protected.
   */
  | "readOnly"
  /** The workbook has no Recommendations table or no Rec ID column. */
  | "notTracker"
  /** A tracker made with an older schema (columns missing): offer the upgrade in Excel. */
  | "olderSchema"
  /** Microsoft 365 kept refusing (429/503/504) after the retries. */
  | "throttled"
  /** The network failed after the retries. */
  | "offline"
  /** The workbook session ended and could not be opened again. */
  | "sessionExpired"
  /** Someone changed the tracker while it was being written; sending again converges. */
  | "changed"
  | "unknown";

export interface GraphProblemDetail {
  status?: number;
  /** Graph's error code and the innermost innerError code. */
  graphCode?: string;
  innerCode?: string;
  /** Developer-facing text (Graph's message, or what failed); not for the user. */
  detail?: string;
  /** Schema columns the tracker lacks (olderSchema). */
  missing?: string[];
  /**
   * Set when part of a write could not be undone: the tracker may be
   * half-written and the user must be told to check it.
   */
  partlyWritten?: boolean;
  /** A non-idempotent request was sent and the connection dropped: it may have been applied. */
  maybeApplied?: boolean;
}

export class GraphProblem extends Problem<GraphProblemCode> {
  constructor(
    code: GraphProblemCode,
    readonly info: GraphProblemDetail = {}
  ) {
    super(
      "graph",
      code,
      info.missing ? { missing: info.missing.join(", ") } : {},
      info.detail ? `${code}: ${info.detail}` : code
    );
    this.name = "GraphProblem";
  }
}

/** The part of the Fetch API the client uses, so tests and Node can pass their own. */
export interface FetchResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string }
) => Promise<FetchResponse>;

export interface GraphClientOptions {
  /** A valid access token for Graph with Files.ReadWrite (src/graph/auth.ts provides one). */
  getToken: () => Promise<string>;
  /** Drops a token Graph refused (401), so the next getToken() gets a fresh one rather than the same. */
  renewToken?: () => void;
  /** Defaults to the global fetch. */
  fetch?: FetchLike;
  /** Defaults to GRAPH_BASE_URL; the pane passes process.env.GRAPH_ENDPOINT. */
  baseUrl?: string;
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds since the epoch, for Retry-After given as an HTTP date. */
  now?: () => number;
  /** Attempts per request, the first included (default 5). */
  maxAttempts?: number;
  /** First backoff delay (default 1 s), doubled each attempt up to maxDelayMs (default 32 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export interface GraphRequest {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Path after the base URL, starting with "/". */
  path: string;
  body?: unknown;
  /** Safe to send again after a dropped connection (GET, PATCH of fixed values, closeSession). */
  idempotent?: boolean;
  /** Send without the workbook-session-id header (share resolution, createSession). */
  noSession?: boolean;
}

const RETRY_STATUSES = new Set([429, 503, 504]);

/** Requests Graph takes in one JSON batch (POST /$batch). */
export const BATCH_LIMIT = 20;

/** One request of a JSON batch: `afterPrevious` runs it only once the one before it succeeded. */
export interface BatchRequest extends GraphRequest {
  afterPrevious?: boolean;
}

/** What came back for one request of a batch: its body, or the problem (not run: one it depends on failed). */
export type BatchResult<T = unknown> =
  { ok: true; value: T } | { ok: false; problem: GraphProblem; notRun?: boolean };

interface BatchResponseJson {
  responses?: {
    id?: string;
    status?: number;
    headers?: Record<string, string>;
    body?: unknown;
  }[];
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function defaultFetch(): FetchLike {
  const f = (globalThis as { fetch?: unknown }).fetch;
  if (typeof f !== "function") throw new Error("no fetch in this environment");
  return f as FetchLike;
}

interface GraphErrorBody {
  error?: { code?: string; message?: string; innerError?: unknown; innererror?: unknown };
}

/** The innermost innerError code: Graph puts the specific reason (e.g. invalidSessionReCreatable) there. */
function innerCodeOf(error: GraphErrorBody["error"]): string | undefined {
  let inner: unknown = error?.innerError ?? error?.innererror;
  let code: string | undefined;
  for (let depth = 0; depth < 8 && inner && typeof inner === "object"; depth++) {
    const o = inner as { code?: unknown; innerError?: unknown; innererror?: unknown };
    if (typeof o.code === "string") code = o.code;
    inner = o.innerError ?? o.innererror;
  }
  return code;
}

/** Session errors as Graph documents them (workbook error codes, second level). */
export function isSessionError(code: string | undefined): boolean {
  return /^invalidSession/i.test(code ?? "") || /^sessionNotFound$/i.test(code ?? "");
}

/** Maps one Graph error response to a problem code. */
export function problemFor(status: number, graphCode = "", innerCode = ""): GraphProblemCode {
  const codes = `${graphCode} ${innerCode}`;
  if (isSessionError(graphCode) || isSessionError(innerCode)) {
    return /authentication/i.test(codes) ? "signedOut" : "sessionExpired";
  }
  if (/consent|insufficientScope|Authorization_RequestDenied/i.test(codes)) return "consent";
  if (status === 401) return "signedOut";
  if (status === 403 || status === 404) return "noAccess";
  if (RETRY_STATUSES.has(status)) return "throttled";
  return "unknown";
}

/** Retry-After as milliseconds: seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

export class GraphClient {
  private readonly fetchImpl: FetchLike;
  readonly baseUrl: string;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  /** The workbook session every request carries once set. */
  sessionId: string | null = null;
  /** HTTP requests sent, retries included (the bench reports it). */
  requests = 0;

  constructor(private readonly options: GraphClientOptions) {
    this.fetchImpl = options.fetch ?? defaultFetch();
    this.baseUrl = (options.baseUrl || GRAPH_BASE_URL).replace(/\/+$/, "");
    this.sleep = options.sleep ?? defaultSleep;
    this.now = options.now ?? (() => Date.now());
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 5);
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 32000;
  }

  /** Sends one request with the retry policy; resolves to the parsed JSON body (null for 204). */
  async send<T>(request: GraphRequest): Promise<T> {
    let token = await this.token();
    let renewed = false;
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: "application/json",
    };
    if (this.sessionId && !request.noSession) headers["workbook-session-id"] = this.sessionId;
    let body: string | undefined;
    if (request.body !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(request.body);
    }
    const url = this.baseUrl + request.path;
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= this.maxAttempts;
      let response: FetchResponse;
      try {
        this.requests++;
        response = await this.fetchImpl(url, { method: request.method, headers, body });
      } catch (error) {
        const detail = `${request.method} ${request.path}: ${error instanceof Error ? error.message : String(error)}`;
        if (!request.idempotent) throw new GraphProblem("offline", { detail, maybeApplied: true });
        if (last) throw new GraphProblem("offline", { detail });
        await this.sleep(this.backoff(attempt));
        continue;
      }
      const text = await response.text().catch(() => "");
      if (response.status >= 200 && response.status < 300) {
        return (text ? JSON.parse(text) : null) as T;
      }
      let parsed: GraphErrorBody = {};
      try {
        parsed = text ? (JSON.parse(text) as GraphErrorBody) : {};
      } catch {
        parsed = {};
      }
      const graphCode = parsed.error?.code ?? "";
      const innerCode = innerCodeOf(parsed.error) ?? "";
      const problem = problemFor(response.status, graphCode, innerCode);
      if (problem === "signedOut" && response.status === 401 && !renewed) {
        // A token that expired during a long push: a 401 is refused before anything is done, so one
        // more try with a fresh token is safe even for rows/add.
        renewed = true;
        this.options.renewToken?.();
        token = await this.token();
        headers.Authorization = `Bearer ${token}`;
        continue;
      }
      if (RETRY_STATUSES.has(response.status) && !last) {
        const wait = retryAfterMs(response.headers.get("Retry-After"), this.now());
        await this.sleep(wait ?? this.backoff(attempt));
        continue;
      }
      throw new GraphProblem(problem, {
        status: response.status,
        graphCode,
        innerCode,
        detail:
          `${request.method} ${request.path}: ${response.status} ${graphCode} ${parsed.error?.message ?? ""}`.trim(),
      });
    }
  }

  /**
   * Sends up to BATCH_LIMIT requests in one round trip (Graph's JSON
   * batching). Each keeps its own result; one refused with 429, 503 or 504
   * is sent again (with those that waited on it) after the wait Graph asks
   * for, as send() does for a single request. The round trip itself has
   * send()'s policy: a dropped connection is retried only when every
   * request in it is idempotent, and otherwise reported as maybeApplied.
   */
  async batch(requests: BatchRequest[]): Promise<BatchResult[]> {
    if (requests.length > BATCH_LIMIT)
      throw new Error(`a Graph batch takes at most ${BATCH_LIMIT} requests`);
    const results: (BatchResult | undefined)[] = requests.map(() => undefined);
    let pending = requests.map((_request, index) => index);
    for (let attempt = 1; pending.length > 0; attempt++) {
      const last = attempt >= this.maxAttempts;
      const body = {
        requests: pending.map((index, at) => {
          const request = requests[index];
          const headers: Record<string, string> = {};
          if (this.sessionId && !request.noSession) headers["workbook-session-id"] = this.sessionId;
          if (request.body !== undefined) headers["Content-Type"] = "application/json";
          return {
            id: String(index + 1),
            method: request.method,
            url: request.path,
            headers,
            ...(request.body !== undefined ? { body: request.body } : {}),
            ...(request.afterPrevious && at > 0 && pending[at - 1] === index - 1
              ? { dependsOn: [String(index)] }
              : {}),
          };
        }),
      };
      const answer = await this.send<BatchResponseJson>({
        method: "POST",
        path: "/$batch",
        body,
        idempotent: pending.every((index) => requests[index].idempotent),
        noSession: true,
      });
      const byId = new Map((answer?.responses ?? []).map((r) => [r.id, r]));
      const again: number[] = [];
      let wait = 0;
      for (const index of pending) {
        const request = requests[index];
        const response = byId.get(String(index + 1));
        const status = response?.status ?? 0;
        if (status >= 200 && status < 300) {
          results[index] = { ok: true, value: response?.body ?? null };
          continue;
        }
        const waited = again.includes(index - 1) && request.afterPrevious;
        if (status === 424 && waited) {
          again.push(index);
          continue;
        }
        if (RETRY_STATUSES.has(status) && !last) {
          again.push(index);
          const after = retryAfterMs(response?.headers?.["Retry-After"] ?? null, this.now());
          wait = Math.max(wait, after ?? this.backoff(attempt));
          continue;
        }
        const error = (response?.body as GraphErrorBody | undefined)?.error;
        const graphCode = error?.code ?? "";
        const innerCode = innerCodeOf(error) ?? "";
        results[index] = {
          ok: false,
          notRun: status === 424,
          problem: new GraphProblem(
            status === 424 ? "unknown" : problemFor(status, graphCode, innerCode),
            {
              status,
              graphCode,
              innerCode,
              detail:
                `${request.method} ${request.path} (in a batch): ${status} ${graphCode} ${error?.message ?? ""}`.trim(),
            }
          ),
        };
      }
      pending = again;
      if (pending.length > 0) await this.sleep(wait);
    }
    return results as BatchResult[];
  }

  private backoff(attempt: number): number {
    return Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (attempt - 1));
  }

  private async token(): Promise<string> {
    try {
      const token = await this.options.getToken();
      if (!token) throw new Error("no token");
      return token;
    } catch (error) {
      if (error instanceof GraphProblem) throw error;
      const problem = (error as { problem?: unknown }).problem;
      throw new GraphProblem(problem === "consent" ? "consent" : "signedOut", {
        detail: error instanceof Error ? error.message : String(error),
      });
    }
  }
}

/**
 * The id Graph's /shares endpoint takes for a sharing link: "u!" and the
 * URL in unpadded base64url (Graph "Accessing shared DriveItems").
 */
export function encodeSharingUrl(url: string): string {
  const bytes = new TextEncoder().encode(url.trim());
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return "u!" + btoa(binary).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}
