/**
 * Strategies in the Excel pane's Follow-up, in Chromium with the strict
 * Excel fake (dist/excel.html, `npm run build:dev`): three recommendations
 * not implemented (budget, resistance, no reason yet) are selected, the pane
 * shows each reason with its strategies, and "Record as tried" adds a History
 * event of that strategy. axe and the keyboard audit in light and dark; the
 * words and the strategies in French and Spanish; screenshots in
 * test-artifacts/.
 */
import type { Page } from "playwright-core";
import { HISTORY_KEYS } from "../../src/core/schema/history";
import type { Language } from "../../src/core/schema/plan";
import { strategiesFor } from "../../src/core/schema/strategies";
import { recordToCells } from "../../src/core/tracker/cells";
import type { TrackerRecord } from "../../src/core/tracker/types";
import { en } from "../../src/taskpane/excel/i18n/en";
import { es } from "../../src/taskpane/excel/i18n/es";
import { fr } from "../../src/taskpane/excel/i18n/fr";
import {
  auditKeyboard,
  formatKeyboardProblems,
  formatProblems,
  formatViolations,
  runAxe,
  saveScreenshot,
  Theme,
  excelPaneOnFake,
  fakeTableRows,
} from "../support/browser";

const pane = excelPaneOnFake("excel-strategies-");

/** Three recommendations of our own, not implemented: for lack of budget, against resistance, no reason yet. */
const RECORDS: TrackerRecord[] = [
  {
    id: "stratA000001",
    text: "The regional health authority should fund a full-time doctor for the remand wing within the next budget year.",
    dateMade: "2025-03-01",
    authority: "Regional health authority",
    status: "notImplemented",
    reasonNotImplemented: "budget",
  },
  {
    id: "stratB000002",
    text: "The director should end the routine strip searching of visitors' children.",
    dateMade: "2025-03-01",
    authority: "Director of Westfield Prison",
    status: "notImplemented",
    reasonNotImplemented: "resistance",
  },
  {
    id: "stratC000003",
    text: "The police should record the time each detained person is told of their rights.",
    dateMade: "2025-03-01",
    authority: "Police directorate",
    status: "notImplemented",
  },
];

async function openPane(theme: Theme, lang: string) {
  return pane.harness.open(`excel.html?theme=${theme}&lang=${lang}`, {
    colorScheme: theme,
    viewport: { width: 360, height: 900 },
    officeJs: pane.fakeBundle,
  });
}

/** Makes the tracker, puts the three rows in its table and selects them, as a user would have. */
async function trackerWithSelection(page: Page, language: Language, create: string) {
  await page.getByRole("button", { name: create }).click({ timeout: 15_000 });
  await page
    .getByRole("tab", {
      name: language === "en" ? en.tabImport : language === "fr" ? fr.tabImport : es.tabImport,
    })
    .waitFor();
  const rows = RECORDS.map((record) => recordToCells(record, language).map((v) => v ?? ""));
  await page.waitForFunction(
    () =>
      (
        window as unknown as { __excelFake: { workbook: { findTable(n: string): unknown } } }
      ).__excelFake.workbook.findTable("Recommendations") !== undefined
  );
  await page.evaluate((cells) => {
    const wb = (
      window as unknown as {
        __excelFake: {
          workbook: {
            findTable(name: string): {
              sheet: { seed(at: string, rows: unknown[][]): void };
              rect: { r0: number; r1: number };
            };
            sheet(name: string): unknown;
            selection: { sheet: unknown; rect: unknown } | null;
          };
        };
      }
    ).__excelFake.workbook;
    const table = wb.findTable("Recommendations");
    table.sheet.seed("A2", cells);
    table.rect = { ...table.rect, r1: table.rect.r0 + cells.length };
    wb.selection = { sheet: table.sheet, rect: { r0: 1, c0: 0, r1: cells.length, c1: 2 } };
  }, rows);
}

async function idle(page: Page, strings: typeof en): Promise<void> {
  await page
    .locator("button:not([disabled])", { hasText: strings.strategiesShow })
    .waitFor({ timeout: 15_000 });
  // Fluent's buttons fade back from their disabled colours: axe measures them once the fade is over.
  await page.waitForTimeout(500);
}

describe.each(["light", "dark"] as Theme[])("strategies in the Excel pane (%s)", (theme) => {
  it("shows each reason with its strategies for the rows selected and records a strategy tried", async () => {
    const { page, context, network, console: consoleGuard } = await openPane(theme, "en-US");
    try {
      await trackerWithSelection(page, "en", en.createTracker);
      await page.getByRole("tab", { name: en.tabFollowUp }).click();
      await page.getByRole("button", { name: en.strategiesShow }).click();
      const budget = page.getByRole("heading", { name: "Budget: 1 recommendation" });
      await budget.waitFor();
      await page.getByRole("heading", { name: "Resistance: 1 recommendation" }).waitFor();
      await page
        .getByRole("heading", { name: `${en.strategiesNoReason}: 1 recommendation` })
        .waitFor();
      for (const strategy of strategiesFor("resistance"))
        await page.getByText(strategy.labels.en, { exact: true }).waitFor();
      await idle(page, en);
      const violations = await runAxe(page);
      expect(formatViolations(violations)).toBe("no accessibility violation");
      const keyboard = await auditKeyboard(page);
      expect(formatKeyboardProblems(keyboard.problems)).toBe("");
      await saveScreenshot(page, "excel-strategies", theme);

      // By keyboard: the budget's first strategy, advocacy, recorded as tried.
      const advocacy = page.getByRole("button", {
        name: /^Record as tried: Advocacy\. Advocacy with parliament/,
      });
      await advocacy.focus();
      await page.keyboard.press("Enter");
      await page.getByText(/“Advocacy” recorded as tried for 1 recommendation/).waitFor();
      const history = await fakeTableRows(page, "History");
      expect(
        history.map((row) => [
          row[HISTORY_KEYS.indexOf("recId")],
          row[HISTORY_KEYS.indexOf("kind")],
        ])
      ).toEqual([["stratA000001", "Advocacy"]]);
      expect(formatProblems(consoleGuard.problems)).toBe("");
      expect(network.leaving).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});

it.each([
  ["fr-FR", "fr", fr],
  ["es-ES", "es", es],
] as const)(
  "words the reasons and strategies in %s",
  async (lang, language, strings) => {
    const { page, context } = await openPane("light", lang);
    try {
      await trackerWithSelection(page, language, strings.createTracker);
      await page.getByRole("tab", { name: strings.tabFollowUp }).click();
      await page.getByRole("heading", { name: strings.strategiesHeading }).waitFor();
      await page.getByRole("button", { name: strings.strategiesShow }).click();
      for (const strategy of strategiesFor("budget"))
        await page.getByText(strategy.labels[language], { exact: true }).waitFor();
      await page.getByText(strings.strategiesNoReason, { exact: false }).first().waitFor();
      await idle(page, strings as unknown as typeof en);
      expect(formatViolations(await runAxe(page))).toBe("no accessibility violation");
      await saveScreenshot(page, `excel-strategies-${lang}`, "light");
    } finally {
      await context.close();
    }
  },
  60_000
);
