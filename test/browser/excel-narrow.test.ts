/**
 * The Excel pane at Office's narrowest (320 × 700 px), in English and in
 * French: a first-run card, the five tabs on one line, the next step as the
 * primary button once the tracker is made (Import, not "restore formats"),
 * and an import preview whose text takes the pane's width. axe and the
 * keyboard audit pass at each step; screenshots go to test-artifacts/.
 */
import type { Page } from "playwright-core";
import {
  DIST_DIR,
  Theme,
  auditKeyboard,
  formatKeyboardProblems,
  formatProblems,
  formatViolations,
  runAxe,
  saveScreenshot,
  excelPaneOnFake,
} from "../support/browser";
import { en } from "../../src/taskpane/excel/i18n/en";
import { fr } from "../../src/taskpane/excel/i18n/fr";
import { en as shellEn } from "../../src/taskpane/shared/i18n/en";
import { fr as shellFr } from "../../src/taskpane/shared/i18n/fr";
import { taggedReport } from "../support/importReport";

const VIEWPORT = { width: 320, height: 700 };

const pane = excelPaneOnFake("excel-narrow-fake-", DIST_DIR);

async function audit(page: Page, state: string): Promise<void> {
  expect(`${state}: ${formatViolations(await runAxe(page))}`).toBe(
    `${state}: no accessibility violation`
  );
  const keyboard = await auditKeyboard(page);
  expect(`${state}: ${formatKeyboardProblems(keyboard.problems)}`).toBe(`${state}: `);
}

/** Nothing wider than the pane: no sideways scrolling of the page. */
function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe.each([
  ["en", "en-US", "light", en, shellEn],
  ["fr", "fr-FR", "dark", fr, shellFr],
] as const)("Excel pane at 320 × 700 px (%s)", (language, lang, theme, t, shellT) => {
  it("opens on a first-run card, keeps its tabs on one line, and offers Import once the tracker is made", async () => {
    const guarded = await pane.harness.open(`excel.html?theme=${theme}&lang=${lang}`, {
      colorScheme: theme as Theme,
      viewport: VIEWPORT,
      officeJs: pane.fakeBundle,
    });
    const page = guarded.page;
    try {
      await page.getByRole("button", { name: t.createTracker }).waitFor({ timeout: 15_000 });
      const card = page.getByTestId("first-run");
      await card.waitFor();
      // Help in the user's language, a page with no script (test/browser/privacy.test.ts).
      const help = card.getByRole("link", { name: shellT.help });
      await expect(help.getAttribute("href")).resolves.toMatch(
        language === "fr" ? /\/help\.fr\.html$/ : /\/help\.html$/
      );
      const tabs = page.getByRole("tab");
      await expect(tabs.count()).resolves.toBe(5);
      const boxes = await Promise.all(
        [0, 1, 2, 3, 4].map(async (i) => (await tabs.nth(i).boundingBox())!)
      );
      // One line: every tab at the same height.
      expect(new Set(boxes.map((b) => Math.round(b.y))).size).toBe(1);
      await expect(fitsWidth(page)).resolves.toBe(true);
      await audit(page, "first run");
      await saveScreenshot(page, `excel-narrow-${language}-01-first-run`, theme as Theme);

      await page.getByRole("button", { name: t.createTracker }).click();
      const next = page.getByRole("button", { name: t.nextImport });
      await next.waitFor();
      // The next step is the primary action (filled in the brand colour); restoring formats is not.
      const fill = (name: string) =>
        page.getByRole("button", { name }).evaluate((el) => getComputedStyle(el).backgroundColor);
      const primaryFill = await fill(t.nextImport);
      expect(await fill(t.reapplyTracker)).not.toBe(primaryFill);
      expect(await fill(t.checkWorkbook)).not.toBe(primaryFill);
      await expect(card.count()).resolves.toBe(0);
      await audit(page, "tracker made");
      await saveScreenshot(page, `excel-narrow-${language}-02-tracker`, theme as Theme);

      await next.click();
      await expect(
        page.getByRole("tab", { name: t.tabImport }).getAttribute("aria-selected")
      ).resolves.toBe("true");
      await page.getByLabel(t.importChoose).setInputFiles({
        name: "visit.docx",
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        buffer: Buffer.from(await taggedReport()),
      });
      const preview = page.getByRole("table", { name: shellT.previewLabel });
      await preview.waitFor();
      // The recommendation's text takes the pane's width, its details below.
      const text = page.locator("#import-0-text");
      const width = (await text.boundingBox())!.width;
      expect(width).toBeGreaterThan(VIEWPORT.width * 0.75);
      await expect(fitsWidth(page)).resolves.toBe(true);
      // However long the preview, Import is in sight without scrolling.
      const importButton = page.getByRole("button", { name: new RegExp(`^${t.importCancel}$`) });
      const run = page.getByRole("button", { name: new RegExp(`^${t.tabImport}`) }).last();
      for (const button of [run, importButton]) {
        const box = (await button.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
      }
      await audit(page, "import preview");
      await saveScreenshot(page, `excel-narrow-${language}-03-preview`, theme as Theme);
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 180_000);
});
