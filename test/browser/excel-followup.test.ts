/**
 * The Excel pane's follow-up in Chromium with the strict Excel fake
 * (dist/excel.html, `npm run build:dev`): a follow-up visit recorded for
 * three selected rows, a letter prepared and downloaded, the reply read
 * back and applied. axe and the keyboard audit run on each state, in the
 * light and the dark theme; screenshots go to test-artifacts/.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { TABLE_ORDER } from "../../src/core/schema/columns";
import { HISTORY_KEYS } from "../../src/core/schema/history";
import { en } from "../../src/taskpane/excel/i18n/en";
import { es } from "../../src/taskpane/excel/i18n/es";
import { fr } from "../../src/taskpane/excel/i18n/fr";
import {
  formatProblems,
  saveScreenshot,
  Theme,
  excelPaneOnFake,
  auditOrThrow,
  fakeTableRows,
} from "../support/browser";
import { fillReturnedTable } from "../support/followupDocs";
import { IMPORT_RECOMMENDATIONS, taggedReport } from "../support/importReport";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const pane = excelPaneOnFake("excel-followup-");

async function openPane(theme: Theme, lang = "en-US") {
  return pane.harness.open(`excel.html?theme=${theme}&lang=${lang}`, {
    colorScheme: theme,
    viewport: { width: 360, height: 900 },
    officeJs: pane.fakeBundle,
    acceptDownloads: true,
  });
}

async function check(page: Page, state: string): Promise<void> {
  // The pane is idle again (its buttons are enabled while nothing runs).
  await page
    .locator("button:not([disabled])", { hasText: en.eventTake })
    .waitFor({ timeout: 15_000 });
  // Fluent's buttons fade back from their disabled colours: axe measures them once the fade is over.
  await page.waitForTimeout(500);
  await auditOrThrow(page, state);
}

describe.each(["light", "dark"] as Theme[])("Excel pane follow-up in the %s theme", (theme) => {
  it("records a follow-up visit for three rows, prepares a letter, reads the reply", async () => {
    const { page, context, network, console: consoleGuard } = await openPane(theme);
    try {
      await page.getByRole("button", { name: en.createTracker }).click({ timeout: 15_000 });
      await page.getByText(/The tracker was created/).waitFor();
      await page.getByRole("tab", { name: en.tabImport }).click();
      await page.getByLabel(en.importChoose).setInputFiles({
        name: "visit.docx",
        mimeType: DOCX,
        buffer: Buffer.from(await taggedReport()),
      });
      await page.getByRole("button", { name: "Import 3 recommendations" }).click();
      await page.getByText(/3 added/).waitFor();

      // The user selects the three rows in the sheet.
      await page.evaluate(() => {
        const wb = (
          window as unknown as {
            __excelFake: {
              workbook: {
                sheet(name: string): unknown;
                selection: { sheet: unknown; rect: unknown } | null;
              };
            };
          }
        ).__excelFake.workbook;
        wb.selection = { sheet: wb.sheet("Recommendations"), rect: { r0: 1, c0: 0, r1: 3, c1: 2 } };
      });
      await page.getByRole("tab", { name: en.tabFollowUp }).click();
      await page.getByRole("button", { name: en.eventTake }).click();
      await page.getByText(/^3 recommendations:/).waitFor();
      await page.getByLabel(en.eventKind).selectOption("followUpVisit");
      await page.getByLabel(en.eventWith).fill("Director of Prison Nord");
      await page.getByLabel(en.eventStatus).selectOption("inProgress");
      await check(page, "record an event");
      await saveScreenshot(page, "excel-followup-event", theme);
      await page.getByRole("button", { name: "Record for 3 recommendations" }).click();
      await page.getByText(/3 events were added to the follow-up history/).waitFor();
      const events = await fakeTableRows(page, "History");
      expect(events.map((row) => row[HISTORY_KEYS.indexOf("recId")])).toEqual(
        IMPORT_RECOMMENDATIONS.map((rec) => rec.id)
      );
      const statuses = (await fakeTableRows(page, "Recommendations")).map(
        (row) => row[TABLE_ORDER.indexOf("status")]
      );
      expect(statuses).toEqual(["In progress", "In progress", "In progress"]);

      // A letter to the addressee of two of them, downloaded.
      await page.getByLabel(en.letterAuthority).fill("Prison Nord");
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 20_000 }),
        page.getByRole("button", { name: en.letterRun }).click(),
      ]);
      const file = path.join(pane.dir, `letter-${theme}.docx`);
      await download.saveAs(file);
      expect(download.suggestedFilename()).toBe("Follow-up of recommendations Prison Nord.docx");
      await page.getByText(/2 recommendations for Prison Nord/).waitFor();
      await check(page, "letter prepared");
      await saveScreenshot(page, "excel-followup-letter", theme);

      // The reply comes back filled in for one of them.
      const returned = await fillReturnedTable(new Uint8Array(readFileSync(file)), {
        impC0000003: ["Accepted", "A register was opened.", "2026-06-30"],
      });
      await page.getByLabel(en.replyChoose).setInputFiles({
        name: "reply.docx",
        mimeType: DOCX,
        buffer: Buffer.from(returned),
      });
      const item = page.getByRole("checkbox", { name: /^impC0000003: Accepted/ });
      await item.waitFor();
      expect(await item.isChecked()).toBe(true);
      await check(page, "reply preview");
      await saveScreenshot(page, "excel-followup-reply", theme);
      await page.getByRole("button", { name: "Apply 1 change" }).click();
      await page.getByText(/1 recommendation was updated from reply.docx/).waitFor();
      const history = await fakeTableRows(page, "History");
      expect(history.map((row) => row[HISTORY_KEYS.indexOf("kind")])).toEqual([
        "Follow-up visit",
        "Follow-up visit",
        "Follow-up visit",
        "Response received",
      ]);

      // The Dashboard's figures from the history, written again on request (they followed each write too).
      await page.getByRole("button", { name: en.figuresRun }).click();
      await page
        .getByText(/figures from the history are up to date on the sheet “Dashboard”/)
        .waitFor();
      await check(page, "figures refreshed");

      expect(formatProblems(consoleGuard.problems)).toBe("");
      expect(network.leaving).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});

it.each([
  ["fr-FR", fr],
  ["es-ES", es],
] as const)(
  "shows the follow-up sections in %s",
  async (lang, strings) => {
    const { page, context } = await openPane("light", lang);
    try {
      await page.getByRole("tab", { name: strings.tabFollowUp }).click({ timeout: 15_000 });
      await page.getByRole("heading", { name: strings.eventHeading }).waitFor();
      await page.getByRole("heading", { name: strings.letterHeading }).waitFor();
      await page.getByRole("button", { name: strings.eventTake }).waitFor();
      await page.getByRole("heading", { name: strings.figuresHeading }).waitFor();
      await page.getByRole("button", { name: strings.figuresRun }).waitFor();
      await page.getByLabel(strings.replyChoose).waitFor({ state: "attached" });
      await saveScreenshot(page, `excel-followup-${lang}`, "light");
    } finally {
      await context.close();
    }
  },
  60_000
);
