/**
 * "Send to tracker" and "Export batch" in the built Word pane (dist/word.html)
 * with the fake Word host in the page and the fake Graph server
 * (test/support/graph/server.ts), which keeps a real .xlsx tracker.
 *
 * The pane calls Graph at its built endpoint (https://graph.microsoft.com);
 * the test routes those requests to the fake server, so the page runs under
 * its real Content-Security-Policy. Sign-in is replaced by the page's test
 * hook (window.__opcatGraphTest, read by development builds only).
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import type { BrowserContext, Route } from "playwright-core";
import {
  BrowserHarness,
  bundleForBrowser,
  GuardedPage,
  Theme,
  formatProblems,
  formatRequests,
  formatViolations,
  requireBuiltPages,
  runAxe,
  saveScreenshot,
  startBrowserHarness,
} from "../support/browser";
import { FakeGraphServer } from "../support/graph/server";
import { buildWorkbookPlan } from "../../src/core/schema/workbook-plan";
import { buildTemplate, readTracker } from "../../src/files/xlsx";
import { parseBatch } from "../../src/core/model/batch";
import { en } from "../../src/taskpane/word/i18n/en";
import { en as shellEn } from "../../src/taskpane/shared/i18n/en";
import { CANDIDATE_TEXT, REPORT_RECOMMENDATIONS, UNTAGGED_PARAGRAPH } from "./word-pane/report";

const GRAPH = "https://graph.microsoft.com/v1.0";

let harness: BrowserHarness | null = null;
let bundleDir = "";
let bundle = "";
let template: Uint8Array;

/** The page-side Word fake, bundled into a temporary folder that also takes the test's downloads. */
async function buildFakeHost(): Promise<string> {
  bundleDir = await mkdtemp(path.join(os.tmpdir(), "word-send-fake-"));
  return bundleForBrowser(path.resolve(__dirname, "word-send", "fakeWordHost.ts"), bundleDir);
}

/** Headers a proxy must not copy: the body is re-sent whole and uncompressed. */
const HOP_HEADERS = new Set([
  "content-encoding",
  "content-length",
  "transfer-encoding",
  "connection",
]);
const FORWARDED = ["authorization", "content-type", "accept", "workbook-session-id", "prefer"];

/** Answers the pane's Graph requests from the fake server; a dropped connection stays dropped. */
async function routeGraph(context: BrowserContext, server: FakeGraphServer): Promise<void> {
  await context.route(`${GRAPH}/**`, async (route: Route) => {
    const request = route.request();
    const headers: Record<string, string> = {};
    const sent = await request.allHeaders();
    for (const name of FORWARDED) if (sent[name]) headers[name] = sent[name];
    let response: Response;
    try {
      response = await fetch(server.baseUrl + request.url().slice(GRAPH.length), {
        method: request.method(),
        headers,
        body: request.postData() ?? undefined,
      });
    } catch {
      await route.abort("connectionreset");
      return;
    }
    const out: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!HOP_HEADERS.has(name)) out[name] = value;
    });
    out["access-control-allow-origin"] = "*";
    out["access-control-expose-headers"] = "Retry-After";
    await route.fulfill({
      status: response.status,
      headers: out,
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
}

async function openPane(
  server: FakeGraphServer,
  theme: Theme = "light",
  scenario = ""
): Promise<GuardedPage> {
  return harness!.open(`word.html#${theme}${scenario}`, {
    colorScheme: theme,
    officeJs: bundle,
    acceptDownloads: true,
    beforeLoad: (page) => routeGraph(page.context(), server),
    ready: async (page) => {
      if (scenario.includes("plain")) {
        await page.getByRole("button", { name: en.find, exact: true }).click({ timeout: 15_000 });
        await page.getByTestId("notice-findDone").waitFor();
      } else {
        await page.getByRole("heading", { name: en.recsHeading, exact: true }).waitFor({
          timeout: 15_000,
        });
      }
      await page.getByRole("button", { name: en.moreActions }).click();
      await page.getByRole("menuitem", { name: en.shareHeading }).click();
    },
  });
}

function storedXml(guarded: GuardedPage): Promise<string> {
  return guarded.page.evaluate(() =>
    (
      window as unknown as { fakeWordDocument: { customXml: { parts: { xml: string }[] } } }
    ).fakeWordDocument.customXml.parts
      .map((p) => p.xml)
      .join("\n")
  );
}

/** The report id the pane saved in the document's review part. */
async function savedReportId(guarded: GuardedPage): Promise<string> {
  const xml = await storedXml(guarded);
  const match = /<report\b[^>]*\sid="([^"]+)"/.exec(xml);
  if (!match) throw new Error(`no report id saved in the document:\n${xml.slice(0, 400)}`);
  return match[1];
}

async function preview(guarded: GuardedPage, link: string): Promise<void> {
  const page = guarded.page;
  await page.getByLabel(en.trackerLink).fill(link);
  await page.getByRole("button", { name: en.previewSend }).click();
}

beforeAll(async () => {
  requireBuiltPages(["word.html"]);
  template = await buildTemplate(buildWorkbookPlan({ language: "en" }));
  bundle = await buildFakeHost();
  harness = await startBrowserHarness();
}, 120_000);

afterAll(async () => {
  await harness?.close();
  if (bundleDir) await rm(bundleDir, { recursive: true, force: true });
});

describe("Word pane: Send to tracker", () => {
  let server: FakeGraphServer;
  beforeEach(async () => {
    server = await FakeGraphServer.start({ xlsx: template, fileName: "NPM tracker.xlsx" });
  });
  afterEach(async () => {
    await server.stop();
  });

  it("previews, sends, then sends again with nothing to write", async () => {
    const guarded = await openPane(server);
    try {
      const page = guarded.page;
      await preview(guarded, server.shareUrl);
      const table = page.getByTestId("send-preview");
      await table.waitFor({ timeout: 20_000 });
      const rows = table.getByRole("row");
      await expect(rows.count()).resolves.toBe(REPORT_RECOMMENDATIONS.length + 1);
      await expect(table.textContent()).resolves.toContain("NPM tracker.xlsx");
      expect(formatViolations(await runAxe(page))).toBe("no accessibility violation");
      await saveScreenshot(page, "word-send-preview", "light");
      expect(server.writeRequests()).toHaveLength(0);

      await page
        .getByRole("button", { name: `Send ${REPORT_RECOMMENDATIONS.length} recommendations` })
        .click();
      const done = page.getByTestId("send-done");
      await done.waitFor({ timeout: 20_000 });
      await expect(done.textContent()).resolves.toContain(
        `${REPORT_RECOMMENDATIONS.length} added, 0 updated, 0 unchanged`
      );
      await expect(done.getByRole("link", { name: en.openTracker }).count()).resolves.toBe(1);
      await saveScreenshot(page, "word-send-done", "light");

      // The workbook holds the three recommendations, linked to the report id the pane saved.
      const reportId = await savedReportId(guarded);
      const tracker = await readTracker(await server.xlsx(), "NPM tracker.xlsx");
      expect(tracker.rows.map((r) => r.values.text)).toEqual(
        REPORT_RECOMMENDATIONS.map((r) => r.text)
      );
      expect(tracker.rows.map((r) => r.values.id)).toEqual(REPORT_RECOMMENDATIONS.map((r) => r.id));
      expect(new Set(tracker.rows.map((r) => r.values.source))).toEqual(new Set([reportId]));
      // The link is remembered in the document.
      const remembered = await page.evaluate(() =>
        (
          window as unknown as { fakeWordSettings: { saved: Map<string, unknown> } }
        ).fakeWordSettings.saved.get("opcat-recommendation-tracker.trackerLink")
      );
      expect(remembered).toBe(server.shareUrl);

      // The Dashboard's figures from the history were brought up to date with the rows.
      await expect(done.textContent()).resolves.not.toContain(en.sendFiguresNotRefreshed);
      expect(server.writeRequests().some((r) => r.path.includes("/worksheets/Dashboard/"))).toBe(
        true
      );

      const writes = server.writeRequests().length;
      expect(writes).toBeGreaterThan(0);
      await page.getByRole("button", { name: en.previewSend }).click();
      await table.waitFor({ timeout: 20_000 });
      await expect(table.getByText("Unchanged", { exact: true }).count()).resolves.toBe(
        REPORT_RECOMMENDATIONS.length
      );
      await page
        .getByRole("button", { name: `Send ${REPORT_RECOMMENDATIONS.length} recommendations` })
        .click();
      await done.waitFor({ timeout: 20_000 });
      await expect(done.textContent()).resolves.toContain(en.sendNothing);
      await expect(done.textContent()).resolves.toContain(
        `0 added, 0 updated, ${REPORT_RECOMMENDATIONS.length} unchanged`
      );
      expect(server.writeRequests()).toHaveLength(writes);
      expect(server.openSessions).toBe(0);
      expect(formatProblems(guarded.console.problems)).toBe("");
      // Privacy: the only requests away from 127.0.0.1 went to the configured Graph endpoint.
      expect(formatRequests(guarded.network.leaving)).toBe("");
      const away = guarded.network.requests.filter((r) => r.kind === "leaving");
      expect(away.length).toBeGreaterThan(0);
      expect(away.filter((r) => !r.url.startsWith(`${GRAPH}/`)).map((r) => r.url)).toEqual([]);
    } finally {
      await guarded.close();
    }
  }, 90_000);

  it("offers an untagged possible recommendation unticked, and sends it once ticked", async () => {
    const guarded = await openPane(server, "light", "-candidate");
    try {
      const page = guarded.page;
      await preview(guarded, server.shareUrl);
      const table = page.getByTestId("send-preview");
      await table.waitFor({ timeout: 20_000 });
      const row = table.getByRole("row").filter({ hasText: CANDIDATE_TEXT });
      await expect(row.getByText(shellEn.previewCandidate, { exact: true }).count()).resolves.toBe(
        1
      );
      const box = row.getByRole("checkbox");
      await expect(box.isChecked()).resolves.toBe(false);
      await box.check();
      await page
        .getByRole("button", { name: `Send ${REPORT_RECOMMENDATIONS.length + 1} recommendations` })
        .click();
      await page.getByTestId("send-done").waitFor({ timeout: 20_000 });
      const tracker = await readTracker(await server.xlsx(), "NPM tracker.xlsx");
      expect(tracker.rows.map((r) => r.values.text)).toEqual([
        ...REPORT_RECOMMENDATIONS.map((r) => r.text),
        CANDIDATE_TEXT,
      ]);
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 90_000);

  it("sends the rows and says so when the Dashboard refuses its figures (a protected sheet)", async () => {
    server.inject({
      method: "POST",
      path: /\/worksheets\/Dashboard\/range.*\/clear$/,
      status: 403,
      code: "AccessDenied",
    });
    const guarded = await openPane(server);
    try {
      const page = guarded.page;
      await preview(guarded, server.shareUrl);
      await page.getByTestId("send-preview").waitFor({ timeout: 20_000 });
      await page
        .getByRole("button", { name: `Send ${REPORT_RECOMMENDATIONS.length} recommendations` })
        .click();
      const done = page.getByTestId("send-done");
      await done.waitFor({ timeout: 20_000 });
      await expect(done.textContent()).resolves.toContain(
        `${REPORT_RECOMMENDATIONS.length} added, 0 updated, 0 unchanged`
      );
      await expect(done.textContent()).resolves.toContain(en.sendFiguresNotRefreshed);
      const tracker = await readTracker(await server.xlsx(), "NPM tracker.xlsx");
      expect(tracker.rows).toHaveLength(REPORT_RECOMMENDATIONS.length);
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 90_000);

  it("says plainly when Graph refuses the sign-in (401), and writes nothing", async () => {
    // Twice: the Graph client tries a 401 once more with a fresh token.
    server.inject({ status: 401, code: "InvalidAuthenticationToken", times: 2 });
    const guarded = await openPane(server);
    try {
      const page = guarded.page;
      await preview(guarded, server.shareUrl);
      const alert = page.getByTestId("send-graph_signedOut");
      await alert.waitFor({ timeout: 20_000 });
      await expect(alert.textContent()).resolves.toContain(en.graph_signedOut);
      expect(server.writeRequests()).toHaveLength(0);
      expect(formatViolations(await runAxe(page))).toBe("no accessibility violation");
      await saveScreenshot(page, "word-send-signed-out", "light");
      // The 401 itself is the only problem the page saw.
      expect(
        guarded.console.problems.filter((p) => !/\b401\b/.test(p.message)).map((p) => p.message)
      ).toEqual([]);
    } finally {
      await guarded.close();
    }
  }, 60_000);

  it("says that sign-in is not set up when the build has no client id", async () => {
    const guarded = await openPane(server, "light", "-nosignin-remembered");
    try {
      const page = guarded.page;
      // The link remembered in the document is there already.
      await expect(page.getByLabel(en.trackerLink).inputValue()).resolves.toBe(server.shareUrl);
      await page.getByRole("button", { name: en.previewSend }).click();
      const alert = page.getByTestId("send-signIn_notConfigured");
      await alert.waitFor({ timeout: 20_000 });
      // Pointed to the help, in the user's words (no developer's file named).
      await expect(alert.textContent()).resolves.toContain(en.exportBatch);
      await expect(alert.textContent()).resolves.not.toContain("README");
      expect(server.log).toHaveLength(0);
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 60_000);

  it("refuses a link that is not OneDrive or SharePoint before any request", async () => {
    const guarded = await openPane(server);
    try {
      await preview(guarded, "not a link");
      await guarded.page.getByTestId("send-linkInvalid").waitFor();
      expect(server.log).toHaveLength(0);
    } finally {
      await guarded.close();
    }
  }, 60_000);
});

describe("Word pane: Export batch", () => {
  it("downloads a batch file that parses and holds the tagged recommendations", async () => {
    const server = await FakeGraphServer.start({ xlsx: template });
    const guarded = await openPane(server, "dark");
    try {
      const page = guarded.page;
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 20_000 }),
        page.getByRole("button", { name: en.exportBatch }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("Visit to Prison Nord.recommendations.json");
      const file = path.join(bundleDir, "downloaded.json");
      await download.saveAs(file);
      const batch = parseBatch(await readFile(file, "utf8"));
      expect(batch.report.title).toBe("Visit to Prison Nord");
      expect(batch.report.id).toBe(await savedReportId(guarded));
      expect(batch.recommendations.map((r) => [r.id, r.ref, r.text])).toEqual(
        REPORT_RECOMMENDATIONS.map((r, i) => [r.id, String(i + 1), r.text])
      );
      // The scores are the pane's, reviewers' verdicts included (recommendation 2 has one).
      await page.getByTestId("export-downloaded").waitFor();
      expect(formatViolations(await runAxe(page))).toBe("no accessibility violation");

      // Where a download cannot happen, the same batch goes to the clipboard.
      await guarded.context.grantPermissions(["clipboard-read", "clipboard-write"]);
      await page.getByRole("button", { name: en.copyBatch }).click();
      await page.getByTestId("export-copied").waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(parseBatch(copied)).toEqual(batch);
      await saveScreenshot(page, "word-send-export", "dark");
      // The scores are those the list shows.
      await page.getByRole("button", { name: en.backToReview }).click();
      const badges = await page.getByTestId("rec-list").locator(".fui-Badge").allTextContents();
      const shown = badges.map((text) => Number(/^(\d+)\/10$/.exec(text)?.[1]));
      expect(batch.recommendations.map((r) => r.smartScore)).toEqual(shown);
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
      await server.stop();
    }
  }, 60_000);

  it("exports a recommendation tagged inside a paragraph without the finding before it", async () => {
    const server = await FakeGraphServer.start({ xlsx: template });
    const guarded = await openPane(server, "light", "-plain");
    try {
      const page = guarded.page;
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 20_000 }),
        page.getByRole("button", { name: en.exportBatch }).click(),
      ]);
      const file = path.join(bundleDir, "downloaded-plain.json");
      await download.saveAs(file);
      const batch = parseBatch(await readFile(file, "utf8"));
      expect(batch.recommendations.map((r) => r.text)).toEqual([
        UNTAGGED_PARAGRAPH.slice(UNTAGGED_PARAGRAPH.indexOf("The NPM")),
      ]);
      await page.getByRole("button", { name: en.backToReview }).click();
      const badge = await page.getByTestId("rec-list").locator(".fui-Badge").textContent();
      expect(`${batch.recommendations[0].smartScore}/10`).toBe(badge);
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
      await server.stop();
    }
  }, 60_000);
});
