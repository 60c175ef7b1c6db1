import { readFile } from "node:fs/promises";
import type { BrowserContext, Page, Request } from "playwright-core";
import { contentTypeOf } from "./server";
import { isOfficeCdnUrl, localOfficeFile } from "./officeCdn";

/**
 * local: served by our 127.0.0.1 server; office-cdn: office.js and its
 * companions, answered from the npm copy; inline: data:, blob:, about: (no
 * network); leaving: anything else, which the guard aborts.
 */
export type RequestKind = "local" | "office-cdn" | "inline" | "leaving";

export interface RecordedRequest {
  method: string;
  url: string;
  resourceType: string;
  kind: RequestKind;
}

export function classifyUrl(url: string): RequestKind {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "leaving";
  }
  if (parsed.protocol === "data:" || parsed.protocol === "blob:" || parsed.protocol === "about:")
    return "inline";
  if ((parsed.protocol === "http:" || parsed.protocol === "ws:") && parsed.hostname === "127.0.0.1")
    return "local";
  if (isOfficeCdnUrl(url)) return "office-cdn";
  return "leaving";
}

export interface NetworkGuard {
  /** Every request the context made, in order. */
  readonly requests: RecordedRequest[];
  /** Requests to any host but 127.0.0.1 (the mapped office.js CDN aside): all were aborted. */
  readonly leaving: RecordedRequest[];
  /** CDN URLs answered from node_modules/@microsoft/office-js/dist, with the file used. */
  readonly servedLocally: { url: string; file: string }[];
}

function record(request: Request): RecordedRequest {
  const url = request.url();
  return {
    method: request.method(),
    url,
    resourceType: request.resourceType(),
    kind: classifyUrl(url),
  };
}

/**
 * Records every request of the context, answers the office.js CDN from the
 * local copy and aborts every other request that would leave 127.0.0.1.
 * Installed before the first navigation so nothing slips through.
 */
export async function installNetworkGuard(context: BrowserContext): Promise<NetworkGuard> {
  const requests: RecordedRequest[] = [];
  const leaving: RecordedRequest[] = [];
  const servedLocally: { url: string; file: string }[] = [];
  context.on("request", (request) => requests.push(record(request)));

  await context.route("**/*", async (route) => {
    const request = route.request();
    const entry = record(request);
    if (entry.kind === "local" || entry.kind === "inline") return route.continue();
    if (entry.kind === "office-cdn") {
      const file = localOfficeFile(entry.url);
      if (!file) {
        // Not leaving, but a missing file: the page sees a 404 and the console guard reports it.
        return route.fulfill({
          status: 404,
          contentType: "text/plain",
          body: "Not in @microsoft/office-js",
        });
      }
      servedLocally.push({ url: entry.url, file });
      return route.fulfill({
        status: 200,
        contentType: contentTypeOf(file),
        body: await readFile(file),
      });
    }
    leaving.push(entry);
    return route.abort("blockedbyclient");
  });

  await context.routeWebSocket(/.*/, (ws) => {
    const url = ws.url();
    if (classifyUrl(url) === "local") {
      ws.connectToServer();
      return;
    }
    leaving.push({ method: "GET", url, resourceType: "websocket", kind: "leaving" });
    void ws.close({ code: 1008, reason: "Blocked by the test network guard" });
  });

  return { requests, leaving, servedLocally };
}

export type ProblemKind = "console-error" | "page-error" | "request-failed" | "http-error";

export interface PageProblem {
  kind: ProblemKind;
  message: string;
}

export interface ConsoleGuard {
  /** Console errors, uncaught exceptions, failed requests and HTTP errors, in order. */
  readonly problems: PageProblem[];
}

function firstLines(text: string, count: number): string {
  return text.split("\n").slice(0, count).join("\n");
}

/** Chromium's own trace of a request the network guard aborted (already in NetworkGuard.leaving). */
function blockedByGuard(url: string, text: string): boolean {
  return classifyUrl(url) === "leaving" && text.includes("net::ERR_BLOCKED_BY_CLIENT");
}

/**
 * office.js outside an Office host (o15apptofilemappingtable.js) adds a hidden
 * iframe to Microsoft's telemetry service 3 s after load; the pages'
 * Content-Security-Policy (frame-src) refuses it before any request, and
 * Chromium logs the refusal. That one refusal is the policy working; any
 * other violation is a problem.
 */
export const OFFICE_JS_TELEMETRY_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com/";

function telemetryFrameRefused(text: string): boolean {
  return (
    text.startsWith(`Framing '${OFFICE_JS_TELEMETRY_FRAME}' violates`) &&
    text.includes("Content Security Policy directive")
  );
}

/**
 * Collects what should never happen on a healthy page. Requests the network
 * guard aborted are not repeated here (neither the failure nor Chromium's
 * "Failed to load resource" line): they are in NetworkGuard.leaving.
 */
export function installConsoleGuard(page: Page): ConsoleGuard {
  const problems: PageProblem[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const { url, lineNumber } = message.location();
    if (blockedByGuard(url, message.text()) || telemetryFrameRefused(message.text())) return;
    const where = url ? ` (at ${url}:${lineNumber + 1})` : "";
    problems.push({ kind: "console-error", message: message.text() + where });
  });
  page.on("pageerror", (error) => {
    problems.push({
      kind: "page-error",
      message: firstLines(error.stack || `${error.name}: ${error.message}`, 6),
    });
  });
  page.on("requestfailed", (request) => {
    const errorText = request.failure()?.errorText ?? "unknown error";
    if (blockedByGuard(request.url(), errorText)) return;
    problems.push({
      kind: "request-failed",
      message: `${request.method()} ${request.url()}: ${errorText}`,
    });
  });
  page.on("response", (response) => {
    if (response.status() < 400) return;
    const request = response.request();
    problems.push({
      kind: "http-error",
      message: `${response.status()} ${request.method()} ${response.url()}`,
    });
  });
  return { problems };
}

/** One line per problem, for a failing assertion's message. */
export function formatProblems(problems: readonly PageProblem[]): string {
  return problems.map((p) => `[${p.kind}] ${p.message}`).join("\n");
}

export function formatRequests(requests: readonly RecordedRequest[]): string {
  return requests.map((r) => `${r.method} ${r.url} (${r.resourceType})`).join("\n");
}
