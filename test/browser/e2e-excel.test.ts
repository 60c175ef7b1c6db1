/**
 * One user session in the built Excel pane (dist/excel.html, `npm run
 * build:dev`) over the strict Excel fake, in Chromium, in the light and the
 * dark theme: create a tracker in a workbook that has none, import a tagged
 * Word report through the Import tab, type in the sheet as a user does
 * between visits (one deadline Excel cannot read), find that problem with the
 * data check, go to its cell, correct it, check again, refresh the follow-up
 * list, and look at the workbook again in Set up. Every step is checked
 * against the fake workbook and the pane's words, screenshotted
 * (test-artifacts/e2e-excel-*), run through axe and walked with the keyboard
 * (every control reached with Tab, its focus visible); no console error and no
 * request away from 127.0.0.1 at the end.
 */
import type { Page } from "playwright-core";
import {
  formatProblems,
  formatRequests,
  formatViolations,
  runAxe,
  auditKeyboard,
  formatKeyboardProblems,
  saveScreenshot,
  Theme,
  excelPaneOnFake,
} from "../support/browser";
import { IMPORT_RECOMMENDATIONS, taggedReport } from "../support/importReport";
import { columnHeader, ColumnKey, TRACKER_COLUMNS } from "../../src/core/schema/columns";
import { PLAN_TEXTS } from "../../src/core/schema/texts";
import { FOLLOW_UP_TABLE } from "../../src/core/schema/workbook-plan";
import { ISSUE_MESSAGES } from "../../src/core/tracker/messages";
import { excelTranslator } from "../../src/taskpane/excel/i18n";
import { en as shellEn } from "../../src/taskpane/shared/i18n/en";
import { createTranslator } from "../../src/taskpane/shared/i18n";

/** The pane's clock: deadlines below are overdue or due soon relative to this day. */
const TODAY = "2026-06-15";
const REPORT_FILE = "visit-prison-nord.docx";

const t = excelTranslator("en");
const shellT = createTranslator({ en: shellEn, fr: shellEn, es: shellEn }, "en");
const SHEETS = PLAN_TEXTS.en.sheets;
const [callBells, conditions, restraint] = IMPORT_RECOMMENDATIONS;

const pane = excelPaneOnFake("e2e-excel-fake-");

/** What the test reads of the fake workbook in the page (window.__excelFake). */
interface WorkbookView {
  sheets: string[];
  tables: string[];
  headers: string[];
  rows: (string | number | boolean)[][];
  /** Formulas of the tracker's data cells, row by row (null: a plain value). */
  formulas: (string | null)[][];
  followUp: (string | number | boolean)[][] | null;
}

const readWorkbook = (page: Page): Promise<WorkbookView> =>
  page.evaluate(
    ({ table, followUpTable }) => {
      interface Rect {
        r0: number;
        c0: number;
        r1: number;
        c1: number;
      }
      interface Fake {
        workbook: {
          sheets: { name: string }[];
          tables: { name: string }[];
          findTable(
            name: string
          ): { rect: Rect; sheet: { formulaAt(r: number, c: number): string | null } } | undefined;
          headers(table: unknown): string[];
          tableRows(name: string): (string | number | boolean)[][];
        };
      }
      const { workbook } = (window as unknown as { __excelFake: Fake }).__excelFake;
      const tracker = workbook.findTable(table);
      const formulas: (string | null)[][] = [];
      if (tracker)
        for (let r = tracker.rect.r0 + 1; r <= tracker.rect.r1; r++) {
          const row: (string | null)[] = [];
          for (let c = tracker.rect.c0; c <= tracker.rect.c1; c++)
            row.push(tracker.sheet.formulaAt(r, c));
          formulas.push(row);
        }
      return {
        sheets: workbook.sheets.map((sheet) => sheet.name),
        tables: workbook.tables.map((item) => item.name),
        headers: tracker ? workbook.headers(tracker) : [],
        rows: tracker ? workbook.tableRows(table) : [],
        formulas,
        followUp: workbook.findTable(followUpTable) ? workbook.tableRows(followUpTable) : null,
      };
    },
    { table: "Recommendations", followUpTable: FOLLOW_UP_TABLE }
  );

/** Types into a cell of the tracker as a user does in Excel: the fake applies Excel's reading of typed input. */
const typeInCell = (page: Page, row: number, column: number, input: string): Promise<void> =>
  page.evaluate(
    ({ row, column, input }) => {
      interface Fake {
        workbook: {
          findTable(name: string): {
            rect: { r0: number; c0: number };
            sheet: { writeInput(r: number, c: number, input: unknown): void };
          };
        };
      }
      const { workbook } = (window as unknown as { __excelFake: Fake }).__excelFake;
      const table = workbook.findTable("Recommendations");
      table.sheet.writeInput(table.rect.r0 + 1 + row, table.rect.c0 + column, input);
    },
    { row, column, input }
  );

const selection = (page: Page) =>
  page.evaluate(() => {
    const sel = (
      window as unknown as {
        __excelFake: {
          workbook: { selection: { sheet: { name: string }; rect: unknown } | null };
        };
      }
    ).__excelFake.workbook.selection;
    return sel ? { sheet: sel.sheet.name, rect: sel.rect } : null;
  });

async function expectAccessible(page: Page, step: string): Promise<void> {
  const violations = await runAxe(page);
  if (violations.length > 0) throw new Error(`axe, ${step}:\n${formatViolations(violations)}`);
}

/** Every step ends the same way: the pane as the user sees it, saved, checked by axe and walked with Tab. */
async function record(page: Page, name: string, theme: Theme): Promise<void> {
  await saveScreenshot(page, `e2e-excel-${name}`, theme);
  await expectAccessible(page, name);
  const keyboard = await auditKeyboard(page);
  if (keyboard.problems.length > 0)
    throw new Error(`keyboard, ${name}:\n${formatKeyboardProblems(keyboard.problems)}`);
}

/**
 * Waits for the open section's status line to read `expected`; a wrong text fails with the
 * words the user would see rather than a timeout.
 */
async function expectStatus(page: Page, expected: string): Promise<void> {
  const status = page.getByRole("tabpanel").getByRole("status");
  const until = Date.now() + 10_000;
  let shown = "";
  while (Date.now() < until) {
    shown = (await status.count()) > 0 ? await status.innerText() : "";
    if (shown === expected) return;
    await page.waitForTimeout(50);
  }
  expect(shown).toBe(expected);
}

const column = (key: ColumnKey): number => TRACKER_COLUMNS.findIndex((c) => c.key === key);
const header = (key: ColumnKey): string => columnHeader(key, "en");
const letterOf = (index: number): string =>
  index < 26
    ? String.fromCharCode(65 + index)
    : letterOf(Math.floor(index / 26) - 1) + String.fromCharCode(65 + (index % 26));

const issueText = (
  severity: "severityError" | "severityWarning",
  row: number,
  key: ColumnKey,
  message: string
): string =>
  `${t(severity)}: ${t("qualityIssue", { row: String(row), column: header(key), message })}`;

describe.each(["light", "dark"] as Theme[])("Excel pane, one session in the %s theme", (theme) => {
  it("sets up a tracker, imports a report, fixes a data problem and refreshes the follow-up list", async () => {
    const guarded = await pane.harness.open(`excel.html?theme=${theme}&lang=en-US`, {
      colorScheme: theme,
      viewport: { width: 360, height: 900 },
      officeJs: pane.fakeBundle,
      // Dates only; timers keep running, so the pane's own waits are unaffected.
      beforeLoad: (page) => page.clock.setFixedTime(new Date(`${TODAY}T09:00:00Z`)),
    });
    const { page, network } = guarded;
    try {
      const messages = page.getByRole("region", { name: t("messagesLabel") });

      // 1. Set up: the workbook has no tracker; the user creates one.
      await page.getByText(t("noTracker")).waitFor({ timeout: 15_000 });
      expect((await readWorkbook(page)).tables).toEqual([]);
      await page.getByRole("button", { name: t("createTracker") }).click();
      await messages
        .getByText(
          t("created", {
            recommendations: SHEETS.recommendations,
            dashboard: SHEETS.dashboard,
            followUp: SHEETS.followUp,
            lists: SHEETS.lists,
          })
        )
        .waitFor();
      const trackerLine = (rows: number) =>
        `${t("trackerFound", {
          sheet: SHEETS.recommendations,
          rows: String(rows),
          language: t("languageEn"),
        })} ${t("trackerUpToDate")}`;
      // The new table's one blank row is no recommendation.
      await page.getByText(trackerLine(0), { exact: true }).waitFor();
      const created = await readWorkbook(page);
      expect(created.sheets).toEqual([
        "Suivi 2023",
        SHEETS.recommendations,
        SHEETS.dashboard,
        SHEETS.followUp,
        SHEETS.history,
        SHEETS.stakeholders,
        SHEETS.stakeholderGrid,
        SHEETS.lists,
      ]);
      expect(created.headers).toEqual(TRACKER_COLUMNS.map((c) => c.headers.en));
      // A new table has one row, empty: no recommendation yet.
      expect(created.rows.flat().filter((value) => value !== "")).toEqual([]);
      await record(page, "01-setup", theme);

      // 2. Import the report: preview, import, summary.
      await page.getByRole("tab", { name: t("tabImport") }).click();
      await page.getByLabel(t("importChoose")).setInputFiles({
        name: REPORT_FILE,
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        buffer: Buffer.from(await taggedReport()),
      });
      const preview = page.getByRole("table", { name: shellT("previewLabel") });
      await Promise.race([preview.waitFor(), page.getByText(t("errorTitle")).waitFor()]);
      if (!(await preview.count())) throw new Error(`no preview: ${await messages.innerText()}`);
      await page
        .getByRole("heading", {
          name: t("importFrom", { file: REPORT_FILE, report: "Visit to Prison Nord" }),
        })
        .waitFor();
      // The header row and one row per recommendation, each new and chosen.
      expect(await preview.getByRole("row").count()).toBe(IMPORT_RECOMMENDATIONS.length + 1);
      for (const rec of IMPORT_RECOMMENDATIONS) {
        const row = preview.getByRole("row").filter({ hasText: rec.text.slice(0, 40) });
        expect(await row.getByText(shellT("previewStateNew"), { exact: true }).count()).toBe(1);
        expect(
          await row
            .getByRole("checkbox", { name: shellT("previewImportOne", { ref: rec.ref }) })
            .isChecked()
        ).toBe(true);
      }
      // Nothing is written before the user confirms.
      expect((await readWorkbook(page)).rows).toEqual(created.rows);
      await record(page, "02-import-preview", theme);

      await page.getByRole("button", { name: t("importRun", { count: "3" }) }).click();
      const summary = t("importSummary", {
        added: "3",
        updated: "0",
        unchanged: "0",
        flagged: "0",
      });
      await expectStatus(page, summary);
      await page
        .getByRole("heading", { name: t("importSummaryHeading", { file: REPORT_FILE }) })
        .waitFor();
      expect(await preview.count()).toBe(0);
      const imported = await readWorkbook(page);
      expect(imported.rows).toHaveLength(3);
      const at = (key: ColumnKey) => (row: (string | number | boolean)[]) => row[column(key)];
      expect(imported.rows.map(at("id"))).toEqual(IMPORT_RECOMMENDATIONS.map((rec) => rec.id));
      expect(imported.rows.map(at("text"))).toEqual(IMPORT_RECOMMENDATIONS.map((rec) => rec.text));
      expect(imported.rows.map(at("authority"))).toEqual(
        IMPORT_RECOMMENDATIONS.map((rec) => rec.addressee)
      );
      expect(imported.rows.map(at("report"))).toEqual(Array(3).fill("Visit to Prison Nord"));
      // The text starting with "-" stays text, not a formula.
      expect(imported.formulas.flat().filter((formula) => formula !== null)).toEqual([]);
      await record(page, "03-import-summary", theme);

      // Between visits the user types in the sheet: a deadline for the call bells (already
      // passed), one Excel cannot read as a date, and the restraint register marked implemented.
      const deadline = column("deadline");
      await typeInCell(page, 0, deadline, "2026-05-31");
      await typeInCell(page, 1, deadline, "end of June");
      await typeInCell(page, 2, column("status"), "Implemented");

      // 3. Data quality: the unreadable deadline is listed; the user goes to it and corrects it.
      await page.getByRole("tab", { name: t("tabQuality") }).click();
      await page.getByRole("button", { name: t("qualityRun") }).click();
      await expectStatus(page, t("qualitySummary", { errors: "1", warnings: "1", rows: "3" }));
      const problems = page.getByRole("list", { name: t("qualityListLabel") });
      const badDeadline = issueText(
        "severityError",
        3,
        "deadline",
        ISSUE_MESSAGES.en.badDate
          .replace("{value}", "end of June")
          .replace("{column}", header("deadline"))
      );
      const notVerified = issueText(
        "severityWarning",
        4,
        "verified",
        ISSUE_MESSAGES.en.implementedNotVerified
      );
      expect(await problems.getByRole("button").allInnerTexts()).toEqual([
        badDeadline,
        notVerified,
      ]);
      await record(page, "04-quality-problem", theme);

      await problems.getByRole("button", { name: badDeadline }).click();
      await page.waitForFunction(
        () =>
          (window as unknown as { __excelFake: { workbook: { selection: unknown } } }).__excelFake
            .workbook.selection !== null
      );
      // Row 3 of the sheet (0-based 2), the Deadline column.
      expect(await selection(page)).toEqual({
        sheet: SHEETS.recommendations,
        rect: { r0: 2, c0: deadline, r1: 2, c1: deadline },
      });
      // Deadline sits in O since the columns are ordered by task (it was S).
      expect(letterOf(deadline)).toBe("O");

      await typeInCell(page, 1, deadline, "2026-06-30");
      await page.getByRole("button", { name: t("qualityRun") }).click();
      await expectStatus(page, t("qualitySummary", { errors: "0", warnings: "1", rows: "3" }));
      expect(await problems.getByRole("button").allInnerTexts()).toEqual([notVerified]);
      await record(page, "05-quality-fixed", theme);

      // 4. Follow-up: one overdue, one due within 30 days, one implemented but not verified.
      await page.getByRole("tab", { name: t("tabFollowUp") }).click();
      await page.getByRole("button", { name: t("followUpRun") }).click();
      await expectStatus(page, t("followUpDone", { sheet: SHEETS.followUp, rows: "3" }));
      const counts = await page
        .locator("dl")
        .evaluate((list) =>
          [...list.querySelectorAll("dt")].map((term) => [
            term.textContent,
            term.nextElementSibling?.textContent,
          ])
        );
      expect(counts).toEqual([
        [t("countOverdue"), "1"],
        [t("countDueSoon", { days: "30" }), "1"],
        [t("countNotVerified"), "1"],
        [t("countNotImplemented"), "0"],
      ]);
      const followUp = (await readWorkbook(page)).followUp;
      // Overdue first, then due soon, then not verified: each row names its recommendation.
      expect(
        followUp?.map((row) =>
          [callBells, conditions, restraint].findIndex((rec) => row.includes(rec.id))
        )
      ).toEqual([0, 1, 2]);
      await record(page, "06-followup", theme);

      // Back in Set up, the workbook looked at again counts the imported recommendations.
      await page.getByRole("tab", { name: t("tabSetup") }).click();
      await page.getByRole("button", { name: t("checkWorkbook") }).click();
      await page.getByText(trackerLine(3), { exact: true }).waitFor();
      await record(page, "07-setup-again", theme);

      expect(formatProblems(guarded.console.problems)).toBe("");
      expect(formatRequests(network.leaving)).toBe("");
      // The guard saw the session's requests, all of them to the local server or answered inline.
      expect(network.requests.length).toBeGreaterThan(0);
    } finally {
      await guarded.close();
    }
  }, 60_000);
});
