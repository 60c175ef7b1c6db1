/**
 * The built Excel pane (dist/excel.html, `npm run build:dev`) in Chromium
 * with the strict Excel fake in place of office.js: adopt a hand-made sheet,
 * check the data, go to an issue's cell, refresh the follow-up list. axe runs
 * on each state, in the light and the dark theme; screenshots go to
 * test-artifacts/.
 */
import { TABLE_ORDER } from "../../src/core/schema/columns";
import {
  auditKeyboard,
  formatKeyboardProblems,
  formatProblems,
  formatViolations,
  runAxe,
  saveScreenshot,
  Theme,
  excelPaneOnFake,
} from "../support/browser";
import type { Page } from "playwright-core";
import { en } from "../../src/taskpane/excel/i18n/en";
import { en as shellEn } from "../../src/taskpane/shared/i18n/en";
import {
  CANDIDATE_REPORT,
  IMPORT_RECOMMENDATIONS,
  taggedReport,
  untaggedReportWithCandidate,
} from "../support/importReport";
import { buildDocx, heading, numbered, para } from "../support/docx";

const pane = excelPaneOnFake("excel-fake-");

async function openPane(theme: Theme, lang = "en-US") {
  const guarded = await pane.harness.open(`excel.html?theme=${theme}&lang=${lang}`, {
    colorScheme: theme,
    viewport: { width: 360, height: 900 },
    officeJs: pane.fakeBundle,
  });
  const { page, context, network } = guarded;
  return { page, context, network, consoleGuard: guarded.console };
}

async function expectAccessible(page: Page, state: string): Promise<void> {
  const violations = await runAxe(page);
  if (violations.length > 0) throw new Error(`axe, ${state}:\n${formatViolations(violations)}`);
}

const selection = (page: Page) =>
  page.evaluate(() => {
    const fake = (
      window as unknown as {
        __excelFake: { workbook: { selection: { sheet: { name: string }; rect: unknown } | null } };
      }
    ).__excelFake;
    const sel = fake.workbook.selection;
    return sel ? { sheet: sel.sheet.name, rect: sel.rect } : null;
  });

describe.each(["light", "dark"] as Theme[])("Excel pane in the %s theme", (theme) => {
  it("adopts a sheet, checks the data, goes to an issue's cell and refreshes the follow-up list", async () => {
    const { page, context, network, consoleGuard } = await openPane(theme);
    try {
      await page.getByRole("button", { name: en.adoptRead }).waitFor({ timeout: 15_000 });
      await expectAccessible(page, "set up");
      await saveScreenshot(page, "excel-pane-setup", theme);

      await page.getByRole("button", { name: en.adoptRead }).click();
      await page.getByRole("heading", { name: en.mappingHeading }).waitFor();
      // The user keeps the comments as their own column.
      await page.getByRole("combobox", { name: /Column F: Comments/ }).selectOption("");
      await expectAccessible(page, "column mapping");
      await saveScreenshot(page, "excel-pane-mapping", theme);
      await page.getByRole("button", { name: en.adoptRun }).click();
      await page.getByText(/3 recommendations adopted/).waitFor();
      await expectAccessible(page, "adopted");
      await saveScreenshot(page, "excel-pane-adopted", theme);

      await page.getByRole("tab", { name: en.tabQuality }).click();
      await page.getByRole("button", { name: en.qualityRun }).click();
      const list = page.getByRole("list", { name: en.qualityListLabel });
      await list.waitFor();
      await expectAccessible(page, "data quality");
      await saveScreenshot(page, "excel-pane-quality", theme);
      const dateIssue = list.getByRole("button", { name: /Row 3, Date made/ });
      await dateIssue.focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        () =>
          (window as unknown as { __excelFake: { workbook: { selection: unknown } } }).__excelFake
            .workbook.selection !== null
      );
      // Date made is in column N of a new table, ordered by task (it was C).
      const dateMade = TABLE_ORDER.indexOf("dateMade");
      expect(await selection(page)).toEqual({
        sheet: "Recommendations",
        rect: { r0: 2, c0: dateMade, r1: 2, c1: dateMade },
      });

      // Tidying the lists: the two spellings of one addressee, ticked, written one way on Apply.
      const tidy = page.getByRole("checkbox", {
        name: /Write “ministry of health” as “Ministry of Health”/,
      });
      await tidy.waitFor();
      expect(await tidy.isChecked()).toBe(true);
      await expectAccessible(page, "tidy proposals");
      await saveScreenshot(page, "excel-pane-tidy", theme);
      await page.getByRole("button", { name: "Apply 1 change" }).click();
      await page.getByText(/1 change applied to 1 row/).waitFor();
      await page.getByText(en.tidyNone).waitFor();
      const addressees = (await trackerRows(page)).map(
        (row) => row[TABLE_ORDER.indexOf("authority")]
      );
      expect(addressees).toEqual(["Police", "Ministry of Health", "Ministry of Health"]);

      await page.getByRole("tab", { name: en.tabFollowUp }).click();
      await page.getByRole("button", { name: en.followUpRun }).click();
      await page.getByText(/The sheet “Follow-up” lists/).waitFor();
      await expectAccessible(page, "follow-up");
      await saveScreenshot(page, "excel-pane-followup", theme);

      expect(formatProblems(consoleGuard.problems)).toBe("");
      expect(network.leaving).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

it("speaks the Office display language", async () => {
  const { page, context } = await openPane("light", "fr-FR");
  try {
    await page.getByRole("tab", { name: "Qualité" }).waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Créer le tableau de suivi" }).click();
    await page.getByText(/Le tableau de suivi a été créé/).waitFor();
    await expectAccessible(page, "French, created");
  } finally {
    await context.close();
  }
});

it("moves between sections with the arrow keys, one tab stop for the tab bar", async () => {
  const { page, context } = await openPane("light");
  try {
    const setup = page.getByRole("tab", { name: en.tabSetup });
    await setup.waitFor({ timeout: 15_000 });
    await setup.focus();
    await page.keyboard.press("ArrowRight");
    const importTab = page.getByRole("tab", { name: en.tabImport });
    expect(await importTab.getAttribute("aria-selected")).toBe("true");
    expect(await importTab.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByLabel(en.importChoose).waitFor();
    await page.keyboard.press("End");
    expect(
      await page.getByRole("tab", { name: en.tabSettings }).getAttribute("aria-selected")
    ).toBe("true");
    await page.keyboard.press("ArrowRight");
    expect(await setup.getAttribute("aria-selected")).toBe("true");
    // Tab leaves the tab bar for the section, not the next tab.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe(
      "tabpanel"
    );
  } finally {
    await context.close();
  }
});

describe.each(["light", "dark"] as Theme[])("Excel pane sections in the %s theme", (theme) => {
  it("every section, and a refused file, pass axe and the keyboard audit", async () => {
    const { page, context, consoleGuard } = await openPane(theme);
    const check = async (state: string) => {
      await expectAccessible(page, state);
      const keyboard = await auditKeyboard(page);
      if (keyboard.problems.length > 0)
        throw new Error(`keyboard, ${state}:\n${formatKeyboardProblems(keyboard.problems)}`);
      expect(keyboard.reached.length).toBeGreaterThan(1);
    };
    try {
      await page.getByRole("button", { name: en.createTracker }).click({ timeout: 15_000 });
      await page.getByText(/The tracker was created/).waitFor();
      for (const tab of [
        en.tabSetup,
        en.tabImport,
        en.tabQuality,
        en.tabFollowUp,
        en.tabSettings,
      ]) {
        await page.getByRole("tab", { name: tab }).click();
        await page.getByRole("tabpanel", { name: tab }).waitFor();
        await check(tab);
      }
      await page.getByRole("tab", { name: en.tabImport }).click();
      await page.getByLabel(en.importChoose).setInputFiles({
        name: "minutes.docx",
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        buffer: Buffer.from("These are the minutes, typed in a text editor."),
      });
      await page.getByText(en.errorTitle).waitFor();
      // One notice area: a problem stays until dismissed; the success before it fades (no Dismiss).
      const messages = page.getByRole("region", { name: en.messagesLabel });
      await expect(messages.count()).resolves.toBe(1);
      const refused = messages.locator('[data-testid^="notice-import"]');
      await expect(refused.getByRole("button", { name: en.dismiss }).count()).resolves.toBe(1);
      const created = messages.getByTestId("notice-created");
      if (await created.count())
        await expect(created.getByRole("button", { name: en.dismiss }).count()).resolves.toBe(0);
      await check("import refused");
      await saveScreenshot(page, "excel-pane-import-refused", theme);
      expect(formatProblems(consoleGuard.problems)).toBe("");
    } finally {
      await context.close();
    }
  });
});

async function importReport(): Promise<Buffer> {
  return Buffer.from(await taggedReport());
}

/** Waits for the preview; a message instead of it fails the test with the message's words. */
async function showsPreview(page: Page): Promise<void> {
  const preview = page.getByRole("table", { name: shellEn.previewLabel });
  const error = page.getByText(en.errorTitle);
  await Promise.race([preview.waitFor(), error.waitFor()]);
  if (await error.count())
    throw new Error(
      `no preview: ${await page.getByRole("region", { name: en.messagesLabel }).innerText()}`
    );
}

const trackerRows = (page: Page) =>
  page.evaluate(() => {
    const fake = (
      window as unknown as {
        __excelFake: {
          workbook: {
            tableRows(name: string): unknown[][];
            sheet(name: string): { cell(a1: string): { formula?: string } | undefined };
          };
        };
      }
    ).__excelFake;
    return fake.workbook.tableRows("Recommendations");
  });

describe.each(["light", "dark"] as Theme[])("Excel pane import in the %s theme", (theme) => {
  it("previews a report, imports it, and imports it again without changing anything", async () => {
    const { page, context, network, consoleGuard } = await openPane(theme);
    try {
      await page.getByRole("button", { name: en.createTracker }).click({ timeout: 15_000 });
      await page.getByText(/The tracker was created/).waitFor();
      await page.getByRole("tab", { name: en.tabImport }).click();
      const report = await importReport();
      const chooseReport = () =>
        page.getByLabel(en.importChoose).setInputFiles({
          name: "visit-prison-nord.docx",
          mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          buffer: report,
        });
      await chooseReport();
      const preview = page.getByRole("table", { name: shellEn.previewLabel });
      await showsPreview(page);
      const rows = preview.getByRole("row");
      expect(await rows.count()).toBe(4);
      for (const rec of IMPORT_RECOMMENDATIONS) {
        const row = rows.filter({ hasText: rec.text.slice(0, 40) });
        await expect(row.getByText(shellEn.previewStateNew, { exact: true }).count()).resolves.toBe(
          1
        );
        await expect(
          row.getByRole("checkbox", { name: `Import recommendation ${rec.ref}` }).isChecked()
        ).resolves.toBe(true);
        // Every recommendation carries its Double-SMART score.
        await expect(
          row.getByLabel(/^Double-SMART score \d+(\.\d)? out of 10$/).count()
        ).resolves.toBe(1);
      }
      await expectAccessible(page, "import preview");
      await saveScreenshot(page, "excel-import-preview", theme);

      // Keyboard: the select-all box is reachable and leaves everything out, then back in.
      const all = page.getByRole("checkbox", { name: shellEn.previewSelectAll });
      await all.focus();
      await page.keyboard.press("Space");
      await page.getByRole("button", { name: "Import 0 recommendations" }).waitFor();
      await page.keyboard.press("Space");
      await page.getByRole("button", { name: "Import 3 recommendations" }).click();
      await page.getByText(/3 added, 0 updated, 0 unchanged/).waitFor();
      // The Import button is gone with the preview: focus lands on the summary.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("import-summary-heading");
      await expectAccessible(page, "import summary");
      await saveScreenshot(page, "excel-import-summary", theme);
      // The next steps: the dashboard, then the recommendations, brought to the front.
      const next = page.getByRole("navigation", { name: shellEn.summaryNextSteps });
      await next.getByRole("button", { name: /dashboard/ }).click();
      await page.waitForFunction(
        () =>
          (window as unknown as { __excelFake: { workbook: { activeSheet?: { name: string } } } })
            .__excelFake.workbook.activeSheet?.name === "Dashboard"
      );
      await next.getByRole("button", { name: /recommendations/ }).click();
      await page.waitForFunction(
        () =>
          (window as unknown as { __excelFake: { workbook: { activeSheet?: { name: string } } } })
            .__excelFake.workbook.activeSheet?.name === "Recommendations"
      );

      const written = await trackerRows(page);
      // Columns found by key: a new table is ordered by task (Rec ID near the end, the text second).
      const ids = written.map((row) => row[TABLE_ORDER.indexOf("id")]);
      expect(ids).toEqual(IMPORT_RECOMMENDATIONS.map((rec) => rec.id));
      const texts = written.map((row) => row[TABLE_ORDER.indexOf("text")]);
      expect(texts).toEqual(IMPORT_RECOMMENDATIONS.map((rec) => rec.text));

      // The same report again: nothing new, nothing changed.
      await chooseReport();
      await showsPreview(page);
      expect(await preview.getByText(shellEn.previewStateUnchanged, { exact: true }).count()).toBe(
        3
      );
      await page.getByRole("button", { name: "Import 3 recommendations" }).click();
      await page.getByText(/0 added, 0 updated, 3 unchanged/).waitFor();
      expect(await trackerRows(page)).toEqual(written);

      expect(formatProblems(consoleGuard.problems)).toBe("");
      expect(network.leaving).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

it("offers a possible recommendation unticked in the preview, and imports it once ticked", async () => {
  const { page, context, network, consoleGuard } = await openPane("light");
  try {
    await page.getByRole("button", { name: en.createTracker }).click({ timeout: 15_000 });
    await page.getByText(/The tracker was created/).waitFor();
    await page.getByRole("tab", { name: en.tabImport }).click();
    await page.getByLabel(en.importChoose).setInputFiles({
      name: "untagged-visit.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(await untaggedReportWithCandidate()),
    });
    await showsPreview(page);
    const preview = page.getByRole("table", { name: shellEn.previewLabel });
    const row = preview.getByRole("row").filter({ hasText: CANDIDATE_REPORT.candidate });
    await expect(row.getByText(shellEn.previewCandidate, { exact: true }).count()).resolves.toBe(1);
    const box = row.getByRole("checkbox");
    await expect(box.isChecked()).resolves.toBe(false);
    for (const text of CANDIDATE_REPORT.found)
      await expect(
        preview.getByRole("row").filter({ hasText: text }).getByRole("checkbox").isChecked()
      ).resolves.toBe(true);
    await expectAccessible(page, "import preview with a candidate");
    await box.check();
    await page.getByRole("button", { name: "Import 3 recommendations" }).click();
    await page.getByText(/3 added, 0 updated, 0 unchanged/).waitFor();
    const texts = (await trackerRows(page)).map((r) => r[TABLE_ORDER.indexOf("text")]);
    expect(texts).toEqual([...CANDIDATE_REPORT.found, CANDIDATE_REPORT.candidate]);
    expect(formatProblems(consoleGuard.problems)).toBe("");
    expect(network.leaving).toEqual([]);
  } finally {
    await context.close();
  }
});

it("says in plain words that a file is not a report, and writes nothing", async () => {
  const { page, context } = await openPane("light");
  try {
    await page.getByRole("button", { name: en.createTracker }).click({ timeout: 15_000 });
    await page.getByText(/The tracker was created/).waitFor();
    await page.getByRole("tab", { name: en.tabImport }).click();
    const before = await trackerRows(page);
    await page.getByLabel(en.importChoose).setInputFiles({
      name: "visit.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from("this is not a zip file at all"),
    });
    // Worded from the problem's code, in the user's words.
    await page.getByText(/“visit.docx” is neither a Word report/).waitFor();
    expect(await page.getByRole("table").count()).toBe(0);
    expect(await trackerRows(page)).toEqual(before);
  } finally {
    await context.close();
  }
});

it("asks for the date of a report that does not say it, shows each detail's origin and writes the user's edits", async () => {
  const { page, context, consoleGuard } = await openPane("light");
  try {
    await page.getByRole("button", { name: en.createTracker }).click({ timeout: 15_000 });
    await page.getByText(/The tracker was created/).waitFor();
    await page.getByRole("tab", { name: en.tabImport }).click();
    const undated = await buildDocx({
      blocks: [
        heading(1, "Report on the visit to Bramley Prison"),
        para("Place visited: Bramley Prison"),
        heading(1, "Recommendations"),
        ...numbered("recs", ["The director should repair the showers within three months."]),
      ],
    });
    await page.getByLabel(en.importChoose).setInputFiles({
      name: "bramley.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(undated),
    });
    await showsPreview(page);
    await page.getByText(en.importDateMissing).waitFor();
    const importButton = page.getByRole("button", { name: "Import 1 recommendation" });
    expect(await importButton.isDisabled()).toBe(true);
    const details = page.getByRole("group", { name: /What the import writes for recommendation/ });
    expect(await details.innerText()).toMatch(/Place\s*Bramley Prison \(read from the report\)/);
    expect(await details.innerText()).toMatch(/Type of place\s*Prison \(guessed\)/);

    await page.getByLabel(en.importDateLabel).fill("2025-05-20");
    await page.getByText(en.importDateGiven).waitFor();
    await page.getByRole("button", { name: /Edit details of recommendation/ }).click();
    await page.getByRole("textbox", { name: "Place", exact: true }).fill("Bramley Prison, wing B");
    await expectAccessible(page, "import preview with details edited");
    await saveScreenshot(page, "excel-import-details", "light");
    await importButton.click();
    await page.getByText(/1 added, 0 updated, 0 unchanged/).waitFor();
    const [row] = await trackerRows(page);
    expect(row).toContain("Bramley Prison, wing B");
    expect(formatProblems(consoleGuard.problems)).toBe("");
  } finally {
    await context.close();
  }
});
