/**
 * The demo page (demo.html, from `npm run build:dev` as `npm start` serves it): each pane beside a
 * sample document, on the host fakes, with no Office. The same smoke checks as the real pages
 * (renders, says where it runs, no console error, axe clean, nothing leaves 127.0.0.1), then the
 * three things a trainer shows: find and tag the sample report's recommendations, settle a
 * criterion of the review, and import the sample report into a new tracker.
 */
import type { Page } from "playwright-core";
import type { AxeOptions } from "../support/browser";
import {
  BrowserHarness,
  GuardedPage,
  formatProblems,
  formatRequests,
  formatViolations,
  requireBuiltPages,
  runAxe,
  saveScreenshot,
  startBrowserHarness,
} from "../support/browser";
import { DEMO_TEXTS } from "../../demo/texts";
import { SAMPLE_RECOMMENDATIONS } from "../../demo/sampleReport";
import { en as wordEn } from "../../src/taskpane/word/i18n/en";
import { excelTranslator } from "../../src/taskpane/excel/i18n";
import { en as shellEn } from "../../src/taskpane/shared/i18n/en";

const texts = DEMO_TEXTS.en;
const excelT = excelTranslator("en");
const VIEWPORT = { width: 1100, height: 800 };

let harness: BrowserHarness | undefined;

beforeAll(async () => {
  requireBuiltPages(["demo.html", "demo-word.html", "demo-excel.html"]);
  harness = await startBrowserHarness();
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

async function expectClean(
  guarded: GuardedPage,
  step: string,
  options?: AxeOptions
): Promise<void> {
  expect(`${step}: ${formatViolations(await runAxe(guarded.page, options))}`).toBe(
    `${step}: no accessibility violation`
  );
}

function expectQuiet(guarded: GuardedPage): void {
  expect(formatProblems(guarded.console.problems)).toBe("");
  expect(formatRequests(guarded.network.leaving)).toBe("");
}

/** How many reviewer decisions the sample report's review part holds. */
const decisions = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      (
        window as unknown as { fakeWordDocument: { customXml: { parts: { xml: string }[] } } }
      ).fakeWordDocument.customXml.parts
        .map((p) => p.xml)
        .join("")
        .split("<override ").length - 1
  );

describe.each(["light", "dark"] as const)("demo, %s theme", (theme) => {
  it("says what it is and that nothing leaves the browser, and holds both panes", async () => {
    const guarded = await harness!.open("demo.html", { colorScheme: theme, viewport: VIEWPORT });
    try {
      const { page } = guarded;
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
        texts.title
      );
      await expect(page.getByTestId("demo-local").textContent()).resolves.toBe(texts.local);
      for (const title of [texts.wordFrame, texts.excelFrame]) {
        const frame = page.frameLocator(`iframe[title="${title}"]`);
        await frame.getByTestId("host-status").waitFor({ timeout: 15_000 });
      }
      const word = page.frameLocator(`iframe[title="${texts.wordFrame}"]`);
      await word.getByRole("button", { name: wordEn.find }).waitFor({ timeout: 15_000 });
      await saveScreenshot(page, "demo-page", theme);
      // Each frame is a page of its own, checked by the tests below (two panes in one axe run
      // would count each pane's landmarks twice).
      await expectClean(guarded, "demo.html", { iframes: false });
      expectQuiet(guarded);
    } finally {
      await guarded.close();
    }
  }, 60_000);

  it("Word pane: finds and tags the sample report's recommendations and settles a criterion", async () => {
    const guarded = await harness!.open("demo-word.html", {
      colorScheme: theme,
      viewport: VIEWPORT,
      ready: (page) => page.getByRole("button", { name: wordEn.find }).waitFor({ timeout: 15_000 }),
    });
    try {
      const { page } = guarded;
      // The pane is in Word (the fake), not "outside Office", and the report is beside it.
      await expect(page.getByTestId("host-status").textContent()).resolves.not.toBe(
        shellEn.statusOutsideOffice
      );
      const report = page.getByRole("region", { name: texts.reportLabel });
      await report.getByText(SAMPLE_RECOMMENDATIONS[0]).waitFor();
      await expectClean(guarded, "word: open");

      await page.getByRole("button", { name: wordEn.find }).click();
      await page.getByTestId("notice-findDone").waitFor();
      const rows = page.getByTestId("rec-list").getByRole("listitem");
      await expect(rows.count()).resolves.toBe(SAMPLE_RECOMMENDATIONS.length);
      // The report beside the pane shows the recommendations tagged.
      await page.waitForFunction(
        (count) => document.querySelectorAll("[data-tagged]").length === count,
        SAMPLE_RECOMMENDATIONS.length
      );
      await saveScreenshot(page, "demo-word-found", theme);
      await expectClean(guarded, "word: found");

      await page.locator("#review-primary").click();
      await page.getByTestId("current-rec").waitFor();
      await page.getByRole("button", { name: wordEn.accept }).first().click();
      await page.getByLabel(wordEn.reviewerName).fill("Trainer");
      await page.getByLabel(wordEn.reviewerName).press("Enter");
      await page.waitForFunction(
        () =>
          (
            window as unknown as { fakeWordDocument: { customXml: { parts: { xml: string }[] } } }
          ).fakeWordDocument.customXml.parts
            .map((p) => p.xml)
            .join("")
            .includes("<override "),
        undefined,
        { timeout: 10_000 }
      );
      await expect(decisions(page)).resolves.toBe(1);
      await saveScreenshot(page, "demo-word-review", theme);
      await expectClean(guarded, "word: review");
      expectQuiet(guarded);
    } finally {
      await guarded.close();
    }
  }, 90_000);

  it("Excel pane: creates a tracker and imports the sample report into it", async () => {
    const guarded = await harness!.open("demo-excel.html", {
      colorScheme: theme,
      viewport: VIEWPORT,
      acceptDownloads: true,
      ready: (page) => page.getByText(excelT("noTracker")).waitFor({ timeout: 15_000 }),
    });
    try {
      const { page } = guarded;
      const workbook = page.getByRole("region", { name: texts.trackerLabel });
      await workbook.getByRole("table", { name: "Notes" }).waitFor();
      await expectClean(guarded, "excel: open");

      await page.getByRole("button", { name: excelT("createTracker") }).click();
      await workbook.getByRole("button", { name: "Recommendations" }).waitFor();

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: texts.downloadSample }).click(),
      ]);
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
      const buffer = Buffer.concat(chunks);
      await page.getByRole("tab", { name: excelT("tabImport") }).click();
      await page.getByLabel(excelT("importChoose")).setInputFiles({
        name: "sample-report.docx",
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        buffer,
      });
      const preview = page.getByRole("table", { name: shellEn.previewLabel });
      await preview.waitFor({ timeout: 15_000 });
      await expectClean(guarded, "excel: preview");
      const count = String(SAMPLE_RECOMMENDATIONS.length);
      await page.getByRole("button", { name: excelT("importRun", { count }) }).click();
      await page
        .getByText(
          excelT("importSummary", { added: count, updated: "0", unchanged: "0", flagged: "0" })
        )
        .first()
        .waitFor();
      // The grid beside the pane shows the recommendations in the Recommendations sheet.
      await workbook.getByRole("button", { name: "Recommendations" }).click();
      const sheet = workbook.getByRole("table", { name: "Recommendations" });
      for (const text of SAMPLE_RECOMMENDATIONS)
        await sheet.getByRole("cell", { name: text, exact: true }).waitFor();
      await saveScreenshot(page, "demo-excel-imported", theme);
      await expectClean(guarded, "excel: imported");
      expectQuiet(guarded);
    } finally {
      await guarded.close();
    }
  }, 90_000);
});
