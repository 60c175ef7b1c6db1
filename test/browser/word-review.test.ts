/**
 * The Word review as a reviewer meets it, at Office's narrowest pane
 * (320 × 700 px), in English and in French: an untagged report of fourteen
 * recommendations, found and tagged, then every criterion the checker did not
 * find met settled by keyboard alone, one keystroke per decision. Each step
 * saves a screenshot (test-artifacts/word-review-<language>-NN-*-<theme>.png)
 * and passes axe and the keyboard audit; the keystrokes of the whole review
 * are written to test-artifacts/word-review-keystrokes-<language>.json.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import {
  ARTIFACTS_DIR,
  BrowserHarness,
  GuardedPage,
  auditKeyboard,
  bundleForBrowser,
  formatKeyboardProblems,
  formatProblems,
  formatRequests,
  formatViolations,
  requireBuiltPages,
  runAxe,
  saveScreenshot,
  startBrowserHarness,
} from "../support/browser";
import { en } from "../../src/taskpane/word/i18n/en";
import { fr } from "../../src/taskpane/word/i18n/fr";
import { FOURTEEN_RECOMMENDATIONS } from "./word-pane/report";

const VIEWPORT = { width: 320, height: 700 };

let harness: BrowserHarness | null = null;
let bundleDir = "";
let bundle = "";

beforeAll(async () => {
  requireBuiltPages(["word.html"]);
  bundleDir = await mkdtemp(path.join(os.tmpdir(), "word-review-fake-"));
  bundle = await bundleForBrowser(
    path.resolve(__dirname, "word-pane", "fakeWordHost.ts"),
    bundleDir
  );
  harness = await startBrowserHarness();
}, 120_000);

afterAll(async () => {
  await harness?.close();
  if (bundleDir) await rm(bundleDir, { recursive: true, force: true });
});

/** How many decisions the document's review part holds. */
function decisions(guarded: GuardedPage): Promise<number> {
  return guarded.page.evaluate(
    () =>
      (
        window as unknown as { fakeWordDocument: { customXml: { parts: { xml: string }[] } } }
      ).fakeWordDocument.customXml.parts
        .map((p) => p.xml)
        .join("")
        .split("<override ").length - 1
  );
}

function inViewport(box: { y: number; height: number } | null): boolean {
  return box !== null && box.y >= 0 && box.y + box.height <= VIEWPORT.height;
}

describe.each([
  ["en", "light", en],
  ["fr", "dark", fr],
] as const)("Word review at 320 × 700 px (%s, %s theme)", (language, theme, t) => {
  let guarded: GuardedPage;
  let shot = 0;
  let failedStep: string | null = null;
  let keystrokes = 0;
  let toSettle = 0;

  /** One step of the session: it runs only if every step before it passed. */
  function step(name: string, body: () => Promise<void>, timeout = 60_000): void {
    it(
      name,
      async () => {
        if (failedStep) throw new Error(`Not run: the earlier step "${failedStep}" failed.`);
        try {
          await body();
        } catch (error) {
          failedStep = name;
          throw error;
        }
      },
      timeout
    );
  }

  /**
   * A screenshot and axe; the keyboard audit too unless the review is under
   * way (its Tab walk would move the reviewer's focus; the detail view's
   * audit runs after the review).
   */
  async function checkpoint(name: string, keyboardAudit = true): Promise<void> {
    shot += 1;
    await saveScreenshot(
      guarded.page,
      `word-review-${language}-${String(shot).padStart(2, "0")}-${name}`,
      theme
    );
    expect(`${name}: ${formatViolations(await runAxe(guarded.page))}`).toBe(
      `${name}: no accessibility violation`
    );
    if (!keyboardAudit) return;
    const keyboard = await auditKeyboard(guarded.page);
    expect(`${name}: ${formatKeyboardProblems(keyboard.problems)}`).toBe(`${name}: `);
  }

  /** Presses a key as the reviewer does, and counts it. */
  async function press(key: string): Promise<void> {
    keystrokes += 1;
    await guarded.page.keyboard.press(key);
  }

  beforeAll(async () => {
    guarded = await harness!.open(`word.html#${theme}-fourteen${language === "fr" ? "-fr" : ""}`, {
      colorScheme: theme,
      officeJs: bundle,
      viewport: VIEWPORT,
      ready: (page) => page.getByRole("button", { name: t.find }).waitFor({ timeout: 15_000 }),
    });
  }, 60_000);
  afterAll(async () => {
    await guarded?.close();
  });

  step("1. opens on a first-run card and the one thing to do: Find", async () => {
    const page = guarded.page;
    await page.getByTestId("first-run").waitFor();
    // Find is the one action offered before anything is tagged.
    await expect(page.getByRole("button", { name: t.startReview }).count()).resolves.toBe(0);
    await checkpoint("open");
  });

  step(
    "2. finds by keyboard; the summary and three recommendations show without scrolling",
    async () => {
      const page = guarded.page;
      const find = page.getByRole("button", { name: t.find });
      for (let i = 0; i < 20; i++) {
        if (await find.evaluate((el) => el === document.activeElement)) break;
        await press("Tab");
      }
      await press("Enter");
      await page.getByTestId("notice-findDone").waitFor();
      const rows = page.getByTestId("rec-list").getByRole("listitem");
      await expect(rows.count()).resolves.toBe(FOURTEEN_RECOMMENDATIONS.length);
      const summary = page.getByTestId("summary");
      await guarded.page.screenshot({ path: `/tmp/panes-scratch/after-find-${language}.png` });
      expect(inViewport(await summary.boundingBox())).toBe(true);
      for (let i = 0; i < 3; i++) expect(inViewport(await rows.nth(i).boundingBox())).toBe(true);
      // Nothing wider than the pane: no sideways scrolling at 320 px.
      await expect(
        page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
      ).resolves.toBe(true);
      // The count the review will settle, as the summary says it.
      const left = (await page.getByTestId("summary-left").textContent()) ?? "";
      toSettle = Number(/\d+/.exec(left)?.[0]);
      expect(toSettle).toBeGreaterThan(FOURTEEN_RECOMMENDATIONS.length);
      await checkpoint("summary");
    }
  );

  step(
    "3. settles every criterion by keyboard alone, one keystroke each, the name asked once",
    async () => {
      const page = guarded.page;
      // The keyboard lands on the primary action, which starts the review.
      const primary = page.locator("#review-primary");
      await expect(primary.textContent()).resolves.toBe(t.startReview);
      if (!(await primary.evaluate((el) => el === document.activeElement))) {
        for (let i = 0; i < 20; i++) {
          await press("Tab");
          if (await primary.evaluate((el) => el === document.activeElement)) break;
        }
      }
      await press("Enter");
      await page.getByTestId("current-rec").waitFor();
      await checkpoint("first-recommendation", false);
      let settled = 0;
      let named = false;
      for (let round = 0; round < 300 && settled < toSettle; round++) {
        const before = await decisions(guarded);
        await press(round % 3 === 0 ? "a" : "k");
        if (!named) {
          // The first decision asks who decides, beside the button; typed once.
          const name = page.getByLabel(t.reviewerName);
          await name.waitFor();
          await checkpoint("name-asked", false);
          for (const key of ["A", "n", "a", "Enter"]) await press(key);
          named = true;
        }
        await page.waitForFunction(
          (n) =>
            (
              window as unknown as {
                fakeWordDocument: { customXml: { parts: { xml: string }[] } };
              }
            ).fakeWordDocument.customXml.parts
              .map((p) => p.xml)
              .join("")
              .split("<override ").length -
              1 >
            n,
          before,
          { timeout: 10_000 }
        );
        settled = await decisions(guarded);
        if (settled === 6) await checkpoint("under-way", false);
      }
      expect(settled).toBe(toSettle);
      await page.getByText(t.summaryDone).waitFor();
      // The primary action follows the task: the review is done, the recommendations go on.
      await expect(primary.textContent()).resolves.toBe(t.shareHeading);
      await checkpoint("done");
      const record = {
        language,
        recommendations: FOURTEEN_RECOMMENDATIONS.length,
        decisions: settled,
        keystrokes,
        nameKeystrokes: 4,
      };
      await mkdir(ARTIFACTS_DIR, { recursive: true });
      await writeFile(
        path.join(ARTIFACTS_DIR, `word-review-keystrokes-${language}.json`),
        JSON.stringify(record, null, 2)
      );
      // Find (with the Tabs to it), Start, the name, then one key per decision.
      expect(keystrokes).toBeLessThanOrEqual(settled + 4 + 2 + 20);
      console.log(
        `Word review (${language}): ${settled} decisions on ${FOURTEEN_RECOMMENDATIONS.length} recommendations in ${keystrokes} keystrokes.`
      );
    },
    240_000
  );

  step("4. a settled recommendation passes axe and the keyboard audit", async () => {
    const page = guarded.page;
    await page.getByTestId("rec-list").getByRole("listitem").nth(1).getByRole("button").click();
    await page.getByTestId("current-rec").waitFor();
    await checkpoint("settled-recommendation");
  });

  step("logged no error and sent nothing away from 127.0.0.1", async () => {
    expect(formatProblems(guarded.console.problems)).toBe("");
    expect(formatRequests(guarded.network.leaving)).toBe("");
  });
});
