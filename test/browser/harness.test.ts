/**
 * The harness's guards must be able to fail: each fixture page here breaks
 * one rule (a request leaving the machine, a console error, an unlabeled
 * button...) and the matching guard must report it, while a clean page
 * passes all of them.
 */
import { get } from "node:http";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import {
  auditKeyboard,
  BrowserHarness,
  formatKeyboardProblems,
  formatProblems,
  formatRequests,
  formatViolations,
  localOfficeFile,
  OFFICE_CDN_PREFIX,
  OFFICE_JS_DIST,
  requireBuiltPages,
  runAxe,
  saveScreenshot,
  startBrowserHarness,
  startStaticServer,
  StaticServer,
} from "../support/browser";

const OFFICE_JS = `<script src="${OFFICE_CDN_PREFIX}office.js"></script>`;

function page(body: string, head = ""): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fixture</title>${head}</head><body>${body}</body></html>`;
}

const PNG_SIGNATURE = Buffer.from("89504e470d0a1a0a", "hex");

/** A GET with the path sent exactly as written (fetch would normalise "/../"). */
function rawGet(origin: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    get({ hostname, port, path: rawPath, agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

const CLEAN = `<main><h1>Clean page</h1><p>Nothing wrong here.</p><button type="button">Save</button></main>`;

const FIXTURES: Record<string, string> = {
  "clean.html": page(CLEAN),
  "leak.html": page(
    `<main><h1>Leak</h1><p id="result">pending</p><p id="socket">pending</p></main>
     <script>
       fetch("https://example.com/x").then(
         () => { document.getElementById("result").textContent = "reached"; },
         () => { document.getElementById("result").textContent = "blocked"; });
       const socket = new WebSocket("wss://example.com/socket");
       socket.onopen = () => { document.getElementById("socket").textContent = "open"; };
       socket.onclose = () => { document.getElementById("socket").textContent = "closed"; };
     </script>`
  ),
  "console.html": page(
    `<main><h1>Console</h1></main>
     <script>console.error("fixture console error");</script>
     <script>setTimeout(() => { throw new Error("fixture uncaught error"); }, 0);</script>`
  ),
  "missing.html": page(`<main><h1>Missing</h1></main><script src="missing-script.js"></script>`),
  "unlabeled.html": page(`<main><h1>Unlabeled</h1><button type="button"></button></main>`),
  "office.html": page(
    `<main><h1>Office</h1><p id="host">pending</p></main>
     <script>
       Office.onReady((info) => { document.getElementById("host").textContent = "host:" + String(info.host); });
     </script>`,
    OFFICE_JS
  ),
  "keyboard.html": page(
    `<main><h1>Keyboard</h1>
     <button type="button">Visible focus</button>
     <button type="button" class="bare">No focus mark</button>
     <label>Name <input class="bare" type="text"></label>
     <label>Visited on <input type="date"></label>
     <div role="button" onclick="void 0">Mouse only</div>
     <div role="tablist"><span role="tab" tabindex="0" aria-selected="true">One</span><span role="tab" tabindex="-1">Two</span></div>
     <fieldset><legend>Size</legend><label><input type="radio" name="size" checked> Small</label><label><input type="radio" name="size"> Large</label></fieldset>
     <button type="button" disabled>Disabled</button></main>`,
    `<style>.bare:focus { outline: none; }</style>`
  ),
  "data.json": `{"ok":true}`,
  "style.css": `body { color: black; }`,
  "app.js": `window.loaded = true;`,
};

/** The served directory is site/ inside dir; secret.txt sits next to it and must stay unreachable. */
let dir: string;
let site: string;
const SECRET = "secret outside the served directory";
let harness: BrowserHarness | undefined;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "browser-harness-"));
  site = path.join(dir, "site");
  await mkdir(site);
  await writeFile(path.join(dir, "secret.txt"), SECRET);
  await Promise.all(
    Object.entries(FIXTURES).map(([name, text]) => writeFile(path.join(site, name), text))
  );
  await writeFile(path.join(site, "pixel.png"), PNG_SIGNATURE);
  harness = await startBrowserHarness(site);
});

afterAll(async () => {
  await harness?.close();
  await rm(dir, { recursive: true, force: true });
});

function started(): BrowserHarness {
  if (!harness) throw new Error("The harness did not start (see beforeAll).");
  return harness;
}

describe("static server", () => {
  it.each([
    ["clean.html", "text/html; charset=utf-8"],
    ["app.js", "text/javascript; charset=utf-8"],
    ["style.css", "text/css; charset=utf-8"],
    ["data.json", "application/json; charset=utf-8"],
    ["pixel.png", "image/png"],
  ])("serves %s as %s", async (name, type) => {
    const response = await fetch(started().server.url(name));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(
      await readFile(path.join(site, name))
    );
  });

  it("listens on 127.0.0.1 only", () => {
    expect(started().server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("answers 404 for a missing file and never serves outside its directory", async () => {
    const { origin } = started().server;
    expect((await fetch(`${origin}/nothing-here.html`)).status).toBe(404);
    for (const attempt of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "/%2e%2e%2fsecret.txt",
      "/x/../../secret.txt",
    ]) {
      const response = await rawGet(origin, attempt);
      expect({ attempt, status: response.status }).toEqual({ attempt, status: 404 });
      expect(response.body).not.toContain(SECRET);
    }
  });

  it("closes cleanly, then refuses connections", async () => {
    const server: StaticServer = await startStaticServer(site);
    const keepAlive = await fetch(server.url("clean.html"));
    expect(keepAlive.status).toBe(200);
    await server.close();
    await expect(fetch(server.url("clean.html"))).rejects.toThrow();
  });
});

describe("guards on a clean page", () => {
  it("report nothing", async () => {
    const guarded = await started().open("clean.html");
    expect(formatProblems(guarded.console.problems)).toBe("");
    expect(guarded.network.leaving).toEqual([]);
    expect(await runAxe(guarded.page)).toEqual([]);
    expect(guarded.network.requests.map((r) => r.kind)).toEqual(["local"]);
    await guarded.close();
  });
});

describe("network guard", () => {
  it("blocks and reports a request to another host", async () => {
    const guarded = await started().open("leak.html");
    await guarded.page.locator("#result", { hasNotText: "pending" }).waitFor();
    await guarded.page.locator("#socket", { hasNotText: "pending" }).waitFor();
    expect(await guarded.page.locator("#result").textContent()).toBe("blocked");
    expect(await guarded.page.locator("#socket").textContent()).toBe("closed");
    expect(formatRequests(guarded.network.leaving).split("\n").sort()).toEqual([
      "GET https://example.com/x (fetch)",
      "GET wss://example.com/socket (websocket)",
    ]);
    // Reported once, as leaving; not again as a console error or failed request.
    expect(formatProblems(guarded.console.problems)).toBe("");
    await guarded.close();
  });

  it("serves office.js and what it loads from @microsoft/office-js, never from the CDN", async () => {
    const guarded = await started().open("office.html");
    await guarded.page.locator("#host", { hasNotText: "pending" }).waitFor();
    // Outside Office, office.js starts and reports no host.
    expect(await guarded.page.locator("#host").textContent()).toBe("host:null");
    const served = guarded.network.servedLocally.map((s) => s.url);
    expect(served).toContain(`${OFFICE_CDN_PREFIX}office.js`);
    expect(served.length).toBeGreaterThan(1); // office.js loads companions relative to itself
    for (const { file } of guarded.network.servedLocally)
      expect(file.startsWith(OFFICE_JS_DIST)).toBe(true);
    expect(formatProblems(guarded.console.problems)).toBe("");
    await guarded.close();
  });

  it("is backed by Chromium itself: without the guard, outside names do not resolve", async () => {
    // The guard sees requests; this wall also stops what it cannot see (preconnect, DNS prefetch).
    const context = await started().browser.newContext();
    try {
      const page = await context.newPage();
      await expect(page.goto("https://example.com/")).rejects.toThrow("net::ERR_NAME_NOT_RESOLVED");
    } finally {
      await context.close();
    }
  });

  it("maps CDN paths to the npm copy, lower-casing locales, and refuses paths leaving it", () => {
    expect(localOfficeFile(`${OFFICE_CDN_PREFIX}en-us/office_strings.js`)).toBe(
      path.join(OFFICE_JS_DIST, "en-us", "office_strings.js")
    );
    expect(localOfficeFile(`${OFFICE_CDN_PREFIX}en-US/office_strings.js`)).toBe(
      path.join(OFFICE_JS_DIST, "en-us", "office_strings.js")
    );
    expect(localOfficeFile(`${OFFICE_CDN_PREFIX}no-such-file.js`)).toBeNull();
    expect(localOfficeFile(`${OFFICE_CDN_PREFIX}..%2f..%2fpackage.json`)).toBeNull();
    expect(localOfficeFile("https://example.com/lib/1/hosted/office.js")).toBeNull();
  });
});

describe("console guard", () => {
  it("catches console.error and uncaught exceptions", async () => {
    const guarded = await started().open("console.html");
    const report = formatProblems(guarded.console.problems);
    expect(report).toContain("[console-error] fixture console error");
    expect(report).toContain("[page-error] Error: fixture uncaught error");
    await guarded.close();
  });

  it("catches a resource the server does not have", async () => {
    const guarded = await started().open("missing.html");
    expect(formatProblems(guarded.console.problems)).toContain(
      `[http-error] 404 GET ${started().server.url("missing-script.js")}`
    );
    await guarded.close();
  });
});

describe("axe", () => {
  it("finds the unlabeled button and says which element it is", async () => {
    const guarded = await started().open("unlabeled.html");
    const violations = await runAxe(guarded.page);
    expect(violations.map((v) => v.id)).toEqual(["button-name"]);
    expect(violations[0]).toMatchObject({ impact: "critical", nodes: [{ target: ["button"] }] });
    const report = formatViolations(violations);
    expect(report).toContain("button-name (critical): Buttons must have discernible text");
    expect(report).toContain('<button type="button"></button>');
    await guarded.close();
  });

  it("can switch a rule off for a page that states why", async () => {
    const guarded = await started().open("unlabeled.html");
    expect(await runAxe(guarded.page, { disableRules: ["button-name"] })).toEqual([]);
    await guarded.close();
  });
});

describe("keyboard audit", () => {
  it("reports a control Tab never reaches and one whose focus cannot be seen, not a roving tab or a disabled button", async () => {
    const guarded = await started().open("keyboard.html");
    const audit = await auditKeyboard(guarded.page);
    expect(audit.reached).toEqual([
      'button "Visible focus"',
      'button "No focus mark"',
      'input "Name"',
      'input "Visited on"',
      'tab "One"',
      'input "Small"',
    ]);
    expect(audit.problems).toEqual([
      { kind: "focusNotVisible", control: 'button "No focus mark"' },
      { kind: "focusNotVisible", control: 'input "Name"' },
      { kind: "unreachable", control: 'button "Mouse only"' },
    ]);
    expect(formatKeyboardProblems(audit.problems)).toContain(
      'not reachable with Tab: button "Mouse only"'
    );
    await guarded.close();
  });
});

describe("screenshots and build check", () => {
  it("saves test-artifacts/<name>-<theme>.png", async () => {
    const guarded = await started().open("clean.html", { colorScheme: "dark" });
    const file = await saveScreenshot(guarded.page, "harness clean page", "dark");
    expect(path.basename(file)).toBe("harness-clean-page-dark.png");
    expect((await readFile(file)).subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await guarded.close();
  });

  it("tells the developer to build when pages are missing", () => {
    expect(() => requireBuiltPages(["clean.html", "excel.html"], site)).toThrow(
      "has no excel.html: run `npm run build:dev` first"
    );
    expect(() => requireBuiltPages(["clean.html"], site)).not.toThrow();
  });
});
