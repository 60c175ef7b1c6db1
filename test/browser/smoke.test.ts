/**
 * Smoke test of the built pages (dist/, from `npm run build:dev`) in Chromium,
 * outside Office, in the light and the dark theme: they render, say where they
 * run, log no error, pass axe, and nothing leaves 127.0.0.1.
 */
import {
  BrowserHarness,
  formatProblems,
  formatRequests,
  formatViolations,
  GuardedPage,
  requireBuiltPages,
  runAxe,
  saveScreenshot,
  startBrowserHarness,
  Theme,
} from "../support/browser";
import type { AxeOptions, AxeViolation } from "../support/browser";
import { en } from "../../src/taskpane/shared/i18n/en";

interface PageCase {
  file: string;
  /** Task panes have the product header and the host status; the function file has no UI. */
  pane: boolean;
  axe?: AxeOptions;
}

const PAGES: PageCase[] = [
  { file: "excel.html", pane: true },
  { file: "word.html", pane: true },
  { file: "commands.html", pane: false },
];

const THEMES: Theme[] = ["light", "dark"];

/**
 * Long enough for office.js's delayed work to show: outside Office it adds a
 * telemetry iframe after 3 s, which the pages' Content-Security-Policy refuses
 * before any request (test/browser/privacy.test.ts).
 */
const OFFICE_JS_SETTLE_MS = 3500;

interface Loaded {
  guarded: GuardedPage;
  violations: AxeViolation[];
}

let harness: BrowserHarness | undefined;
const loaded = new Map<string, Loaded>();

function key(file: string, theme: Theme): string {
  return `${file} ${theme}`;
}

beforeAll(async () => {
  requireBuiltPages(PAGES.map((p) => p.file));
  harness = await startBrowserHarness();
  const opened: { page: PageCase; theme: Theme; guarded: GuardedPage }[] = [];
  for (const page of PAGES) {
    for (const theme of THEMES) {
      opened.push({ page, theme, guarded: await harness.open(page.file, { colorScheme: theme }) });
    }
  }
  // One wait for all pages: the last opened has had at least this long.
  await new Promise((resolve) => setTimeout(resolve, OFFICE_JS_SETTLE_MS));
  for (const { page, theme, guarded } of opened) {
    if (page.pane) {
      // office.js answers at once outside Office: a pane still "Connecting" by now is broken.
      await guarded.page
        .getByTestId("host-status")
        .filter({ hasNotText: en.statusLoading })
        .waitFor({ timeout: 10_000 });
    }
    await saveScreenshot(guarded.page, page.file.replace(/\.html$/, ""), theme);
    loaded.set(key(page.file, theme), {
      guarded,
      violations: await runAxe(guarded.page, page.axe),
    });
  }
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

function get(file: string, theme: Theme): Loaded {
  const result = loaded.get(key(file, theme));
  if (!result) throw new Error(`${file} (${theme}) did not load: see the beforeAll error above.`);
  return result;
}

/** Relative luminance (WCAG) of the first opaque background behind the element. */
async function backgroundLuminance(guarded: GuardedPage, selector: string): Promise<number> {
  return guarded.page
    .locator(selector)
    .first()
    .evaluate((start) => {
      for (let element: Element | null = start; element; element = element.parentElement) {
        const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(
          getComputedStyle(element).backgroundColor
        );
        if (!match || match[4] === "0") continue;
        const [r, g, b] = [match[1], match[2], match[3]].map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      }
      return 1; // nothing opaque: the browser's white canvas
    });
}

describe.each(PAGES)("$file", (page) => {
  describe.each(THEMES)("%s theme", (theme) => {
    if (page.pane) {
      it("shows the product name in its h1", async () => {
        const { guarded } = get(page.file, theme);
        const heading = guarded.page.getByRole("heading", { level: 1 });
        await expect(heading.isVisible()).resolves.toBe(true);
        await expect(heading.textContent()).resolves.toBe(en.productName);
      });

      it("says it runs outside Office", async () => {
        const { guarded } = get(page.file, theme);
        const status = guarded.page
          .getByRole("status")
          .and(guarded.page.getByTestId("host-status"));
        await expect(status.textContent()).resolves.toBe(en.statusOutsideOffice);
      });

      it(`follows the browser's ${theme} preference`, async () => {
        const luminance = await backgroundLuminance(get(page.file, theme).guarded, "h1");
        if (theme === "dark") expect(luminance).toBeLessThan(0.2);
        else expect(luminance).toBeGreaterThan(0.8);
      });
    }

    it("logs no error", () => {
      expect(formatProblems(get(page.file, theme).guarded.console.problems)).toBe("");
    });

    it("has no accessibility violation", () => {
      expect(formatViolations(get(page.file, theme).violations)).toBe("no accessibility violation");
    });

    it("sends no request away from 127.0.0.1", () => {
      const { network } = get(page.file, theme).guarded;
      expect(formatRequests(network.leaving)).toBe("");
      expect(network.servedLocally.map((s) => s.url)).toContain(
        "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
      );
    });
  });
});
