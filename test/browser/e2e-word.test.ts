/**
 * End to end in the built Word pane (dist/word.html), over the strict Word
 * host fake of test/browser/word-pane/fakeWordHost.ts: one reviewer's
 * session in one page, from an untagged report to the exported batch.
 *
 *   1. open a report with no tags, 2. find and tag its recommendations,
 *   3. check them (summary, scores, ten verdicts), 4. accept one criterion
 *   as met with a note, 5. insert the review sheet, 6. download the batch.
 *
 * Each step saves a screenshot (test-artifacts/e2e-word-NN-*-<theme>.png)
 * and passes axe and the keyboard audit (every control reached with Tab, its
 * focus visible); at the end the page logged no error and sent nothing
 * away from 127.0.0.1. The steps share the page in order, so a step after a
 * failed one fails at once instead of reporting a confusing later state.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import {
  BrowserHarness,
  bundleForBrowser,
  GuardedPage,
  Theme,
  formatProblems,
  formatRequests,
  formatViolations,
  requireBuiltPages,
  runAxe,
  auditKeyboard,
  formatKeyboardProblems,
  saveScreenshot,
  startBrowserHarness,
} from "../support/browser";
import { parseBatch } from "../../src/core/model/batch";
import { tagOf } from "../../src/core/model/reportMetadata";
import { reviewSheetHeading } from "../../src/core/review/publication";
import { CRITERION_LETTERS } from "../../src/core/review";
import { CRITERION_KEYS } from "../../src/core/smart/types";
import { en } from "../../src/taskpane/word/i18n/en";
import { wordTranslator } from "../../src/taskpane/word/i18n";
import { REPORT_RECOMMENDATIONS, UNTAGGED_PARAGRAPH } from "./word-pane/report";

const t = wordTranslator("en");

/** What "Find and tag" must tag: each recommendation paragraph, and the recommendation after the finding. */
const EXPECTED_TAGGED = [
  ...REPORT_RECOMMENDATIONS.map((r) => r.text),
  UNTAGGED_PARAGRAPH.slice(UNTAGGED_PARAGRAPH.indexOf("The NPM")),
];

/** The weak recommendation ("The authorities should improve conditions.") gets the reviewer's verdict. */
const OVERRIDDEN_INDEX = 1;
const OVERRIDDEN_CRITERION = "timebound" as const;
const REVIEWER = "Ana Reviewer";
const NOTE = "The covering letter sets a deadline of 30 June.";
const REPORT_TITLE = "Visit to Prison Nord";
/** The fake report's paragraph in the Title style (test/browser/word-pane/fakeWordHost.ts). */
const DOCUMENT_TITLE = "Report on the visit to Prison Nord";

interface FakeTable {
  rowCount: number;
  columnCount: number;
}
interface FakeParagraph {
  text: string;
  style: string;
}
/** The members of test/support/office/wordModel.ts's DocumentModel this test reads in the page. */
interface FakeDocument {
  paragraphs: FakeParagraph[];
  tables: FakeTable[];
  contentControls: unknown[];
  customXml: { parts: { xml: string }[] };
  texts(): string[];
  taggedTexts(): { tag: string; text: string }[];
  firstCell(table: FakeTable): FakeParagraph;
  index(p: FakeParagraph): number;
  cellText(table: FakeTable, row: number, column: number): string;
}

let harness: BrowserHarness | null = null;
let bundleDir = "";
let bundle = "";

/** The page-side Word fake, bundled into a temporary folder that also takes the test's downloads. */
async function buildFakeHost(): Promise<string> {
  bundleDir = await mkdtemp(path.join(os.tmpdir(), "e2e-word-fake-"));
  return bundleForBrowser(path.resolve(__dirname, "word-pane", "fakeWordHost.ts"), bundleDir);
}

/** word.html in a guarded context whose office.js is the fake, on the untagged report ("plain"). */
async function openUntaggedReport(theme: Theme): Promise<GuardedPage> {
  return harness!.open(`word.html#${theme}-plain`, {
    colorScheme: theme,
    officeJs: bundle,
    acceptDownloads: true,
    ready: (page) =>
      page.getByRole("button", { name: en.find, exact: true }).waitFor({ timeout: 15_000 }),
  });
}

/**
 * Reads the fake document in the page. The reader goes as the text of an
 * expression, as page.evaluate sends any function; the page's own code
 * could not build it (its Content-Security-Policy refuses eval).
 */
function fakeDocument<T>(guarded: GuardedPage, read: (doc: FakeDocument) => T): Promise<T> {
  return guarded.page.evaluate<T>(`(${read.toString()})(window.fakeWordDocument)`);
}

const documentTexts = (g: GuardedPage) => fakeDocument(g, (doc) => doc.texts());
const storedXml = (g: GuardedPage) =>
  fakeDocument(g, (doc) => doc.customXml.parts.map((p) => p.xml).join("\n"));

beforeAll(async () => {
  requireBuiltPages(["word.html"]);
  bundle = await buildFakeHost();
  harness = await startBrowserHarness();
}, 120_000);

afterAll(async () => {
  await harness?.close();
  if (bundleDir) await rm(bundleDir, { recursive: true, force: true });
});

describe.each(["light", "dark"] as const)(
  "Word pane end to end: untagged report to exported batch (%s theme)",
  (theme) => {
    let guarded: GuardedPage;
    let original: string[] = [];
    /** The score badges of the list after the override, as the user sees them ("6/10"). */
    let shownScores: string[] = [];
    let failedStep: string | null = null;

    /** One step of the session: it runs only if every step before it passed. */
    function step(name: string, body: () => Promise<void>): void {
      it(name, async () => {
        if (failedStep) throw new Error(`Not run: the earlier step "${failedStep}" failed.`);
        try {
          await body();
        } catch (error) {
          failedStep = name;
          throw error;
        }
      });
    }

    async function checkpoint(screenshot: string): Promise<void> {
      await saveScreenshot(guarded.page, `e2e-word-${screenshot}`, theme);
      expect(formatViolations(await runAxe(guarded.page))).toBe("no accessibility violation");
      const keyboard = await auditKeyboard(guarded.page);
      expect(formatKeyboardProblems(keyboard.problems)).toBe("");
    }

    const listItems = () => guarded.page.getByTestId("rec-list").getByRole("listitem");
    const listScores = () =>
      guarded.page.getByTestId("rec-list").locator(".fui-Badge").allTextContents();

    beforeAll(async () => {
      guarded = await openUntaggedReport(theme);
    }, 60_000);
    afterAll(async () => {
      await guarded?.close();
    });

    step("1. opens the untagged report: no recommendation yet, nothing stored", async () => {
      const page = guarded.page;
      await expect(page.getByTestId("host-status").textContent()).resolves.toContain("Word");
      await page.getByText(en.noRecs).waitFor();
      await expect(listItems().count()).resolves.toBe(0);
      original = await documentTexts(guarded);
      expect(original).toContain(UNTAGGED_PARAGRAPH);
      for (const r of REPORT_RECOMMENDATIONS) expect(original).toContain(r.text);
      expect(await fakeDocument(guarded, (doc) => doc.contentControls.length)).toBe(0);
      expect(await storedXml(guarded)).toBe("");
      await checkpoint("01-open");
    });

    step("2. finds and tags the recommendations as content controls", async () => {
      const page = guarded.page;
      await page.getByRole("button", { name: en.find }).click();
      const done = page.getByTestId("notice-findDone");
      await done.waitFor();
      await expect(done.textContent()).resolves.toContain(
        t("findDone", { count: String(EXPECTED_TAGGED.length) })
      );
      await expect(listItems().count()).resolves.toBe(EXPECTED_TAGGED.length);
      const tagged = await fakeDocument(guarded, (doc) => doc.taggedTexts());
      expect(tagged.map((c) => c.text)).toEqual(EXPECTED_TAGGED);
      // Tagging never changes the words of the report.
      expect(await documentTexts(guarded)).toEqual(original);
      // Each tag names a recommendation the review part now holds.
      const xml = await storedXml(guarded);
      for (const { tag } of tagged) {
        expect(tag.startsWith(tagOf(""))).toBe(true);
        expect(xml).toContain(`id="${tag.slice(tagOf("").length)}"`);
      }
      await checkpoint("02-tagged");
    });

    /** An item of the More actions menu. */
    async function menu(item: string): Promise<void> {
      await guarded.page.getByRole("button", { name: en.moreActions }).click();
      await guarded.page.getByRole("menuitem", { name: item }).click();
    }

    step(
      "3. sums up the review, lists each recommendation with a snippet and its score, shows ten verdicts",
      async () => {
        const page = guarded.page;
        await expect(page.getByTestId("summary").textContent()).resolves.toContain(
          `${EXPECTED_TAGGED.length} recommendations`
        );
        const scores = await listScores();
        expect(scores).toHaveLength(EXPECTED_TAGGED.length);
        for (const s of scores) expect(s).toMatch(/^(10|\d)\/10$/);
        const labels = await listItems().allTextContents();
        // The report's paragraphs carry no numbers: each row is told apart by its place and its text.
        labels.forEach((label, i) => {
          expect(label.startsWith(String(i + 1))).toBe(true);
          expect(label).toContain(EXPECTED_TAGGED[i].slice(0, 30));
          expect(label).toContain(scores[i]);
        });

        await listItems().nth(OVERRIDDEN_INDEX).getByRole("button").click();
        const current = page.getByTestId("current-rec");
        await expect(current.getByRole("heading", { level: 3 }).textContent()).resolves.toBe(
          t("recLabel", { ref: t("noRef", { position: String(OVERRIDDEN_INDEX + 1) }) })
        );
        await expect(current.getByTestId("rec-text").textContent()).resolves.toBe(
          EXPECTED_TAGGED[OVERRIDDEN_INDEX]
        );
        const score = /^(\d+)\/10$/.exec(scores[OVERRIDDEN_INDEX])![1];
        await expect(current.getByTestId("current-score").textContent()).resolves.toBe(
          t("scoreLabel", { score })
        );
        // The met criteria are folded: unfolded, the ten verdicts show.
        const fold = current.getByRole("button", { name: /criteri(on|a) met$/ });
        if ((await fold.count()) > 0) await fold.click();
        const verdicts = await current.getByTestId("verdict").allTextContents();
        expect(verdicts).toHaveLength(CRITERION_KEYS.length);
        for (const v of verdicts)
          expect([en.verdict_met, en.verdict_not_met, en.verdict_needs_review]).toContain(v);
        // The score is the number of criteria met.
        expect(verdicts.filter((v) => v === en.verdict_met)).toHaveLength(Number(score));
        // A vague recommendation with no deadline: the checker does not find it time-bound.
        await expect(
          current
            .getByTestId(`criterion-${OVERRIDDEN_CRITERION}`)
            .getByTestId("verdict")
            .textContent()
        ).resolves.not.toBe(en.verdict_met);
        await checkpoint("03-checked");
      }
    );

    step(
      "4. accepts one criterion as met with a note, asking the reviewer's name once",
      async () => {
        const page = guarded.page;
        const card = page.getByTestId(`criterion-${OVERRIDDEN_CRITERION}`);
        const before = Number(
          /(\d+)/.exec((await page.getByTestId("current-score").textContent()) ?? "")![1]
        );

        await expect(page.getByLabel(en.reviewerName).count()).resolves.toBe(0);
        await card.getByRole("button", { name: en.addNote }).click();
        await card.getByRole("textbox").fill(NOTE);
        await card.getByRole("button", { name: en.accept }).click();
        // Not recorded without a name: the pane asks for it, beside the button.
        const name = card.getByLabel(en.reviewerName);
        await name.waitFor();
        await card.getByText(en.reviewerNeeded).waitFor();
        expect(await storedXml(guarded)).not.toContain(`criterion="${OVERRIDDEN_CRITERION}"`);
        await name.fill(REVIEWER);
        await card.getByRole("button", { name: en.reviewerRecord }).click();

        const decided = page.getByTestId(`criterion-${OVERRIDDEN_CRITERION}`);
        await decided
          .getByText(t("decided_met", { reviewer: REVIEWER }), { exact: false })
          .waitFor({ timeout: 10_000 });
        await expect(decided.getByTestId("verdict").textContent()).resolves.toBe(en.verdict_met);
        await expect(decided.textContent()).resolves.toContain(NOTE);
        // Asked once: the name is remembered and no longer asked for.
        await expect(page.getByText(en.reviewerNeeded).count()).resolves.toBe(0);

        await expect(page.getByTestId("current-score").textContent()).resolves.toBe(
          t("scoreLabel", { score: String(before + 1) })
        );
        const xml = await storedXml(guarded);
        expect(xml).toContain(
          `criterion="${OVERRIDDEN_CRITERION}" verdict="met" reviewer="${REVIEWER}"`
        );
        expect(xml).toContain(`${NOTE}</override>`);
        await page.getByRole("button", { name: en.backToList }).click();
        const after = `${before + 1}/10`;
        await expect(
          listItems().nth(OVERRIDDEN_INDEX).locator(".fui-Badge").textContent()
        ).resolves.toBe(after);
        shownScores = await listScores();
        await checkpoint("04-decided");
      }
    );

    step(
      "5. inserts the review sheet at the end, with the reviewer's decision and note",
      async () => {
        const page = guarded.page;
        await menu(en.reviewSheetEnd);
        await page.getByTestId("notice-reviewSheetDone").waitFor();

        const texts = await documentTexts(guarded);
        expect(texts.slice(0, original.length)).toEqual(original);
        const sheet = await fakeDocument(guarded, (doc) => {
          const table = doc.tables[doc.tables.length - 1];
          const heading = doc.paragraphs[doc.index(doc.firstCell(table)) - 1];
          const rows: string[][] = [];
          for (let r = 0; r < table.rowCount; r++) {
            const row: string[] = [];
            for (let c = 0; c < table.columnCount; c++) row.push(doc.cellText(table, r, c));
            rows.push(row);
          }
          return { tables: doc.tables.length, heading: heading.text, rows };
        });
        expect(sheet.tables).toBe(1);
        // No title saved: the sheet is headed with the one the document's Title style gives.
        expect(sheet.heading).toBe(reviewSheetHeading("en", DOCUMENT_TITLE));
        // Recommendation rows × criterion marks, so that it fits a portrait page.
        expect(sheet.rows[0]).toEqual([
          en.sheetRef,
          en.sheetRecommendation,
          ...CRITERION_KEYS.map((k) => CRITERION_LETTERS[k]),
          en.sheetScore,
        ]);
        const body = sheet.rows.slice(1, 1 + EXPECTED_TAGGED.length);
        expect(body.map((r) => r[0])).toEqual(EXPECTED_TAGGED.map(() => ""));
        body.forEach((r, i) => expect(r[1].startsWith(EXPECTED_TAGGED[i])).toBe(true));
        const scoreColumn = 2 + CRITERION_KEYS.length;
        expect(body.map((r) => r[scoreColumn].split(/[\r\n]/)[0])).toEqual(shownScores);
        for (const r of body) expect(r[scoreColumn]).toContain(en.state_draft);

        const overridden = body[OVERRIDDEN_INDEX];
        const column = 2 + CRITERION_KEYS.indexOf(OVERRIDDEN_CRITERION);
        expect(overridden[column]).toBe(en.sheetMark_met + en.sheetByReviewer);
        expect(overridden[1]).toContain(NOTE);
        expect(overridden[1]).toContain(REVIEWER);
        // Only the decided recommendation has notes; the other marks are the checker's.
        const marks = [en.sheetMark_met, en.sheetMark_not_met, en.sheetMark_needs_review];
        body.forEach((r, i) => {
          if (i !== OVERRIDDEN_INDEX) expect(r[1]).toBe(EXPECTED_TAGGED[i]);
          r.slice(2, scoreColumn).forEach((cell, c) => {
            if (i === OVERRIDDEN_INDEX && c === column - 2) return;
            expect(marks).toContain(cell);
          });
        });
        await checkpoint("05-review-sheet");
      }
    );

    step(
      "6. downloads a batch holding the tagged recommendations with the scores shown",
      async () => {
        const page = guarded.page;
        // Tagging stored empty report details: the form suggests the document's title and type.
        await menu(en.detailsHeading);
        const titleField = page.getByLabel(en.title, { exact: true });
        await expect(titleField.inputValue()).resolves.toBe(DOCUMENT_TITLE);
        await expect(page.getByLabel(en.reportType).inputValue()).resolves.toBe("visit");
        await page.getByRole("button", { name: en.backToReview }).click();
        await menu(en.shareHeading);
        const exportBatch = async (name: string) => {
          const [download] = await Promise.all([
            page.waitForEvent("download", { timeout: 20_000 }),
            page.getByRole("button", { name: en.exportBatch }).click(),
          ]);
          const file = path.join(bundleDir, `batch-${theme}-${name}.json`);
          await download.saveAs(file);
          return { download, batch: parseBatch(await readFile(file, "utf8")) };
        };
        const guessed = await exportBatch("guessed");
        await page.getByTestId("export-downloaded").waitFor();
        // Nothing saved, yet the export is named after the document and carries its title.
        expect(guessed.download.suggestedFilename()).toBe(`${DOCUMENT_TITLE}.recommendations.json`);
        expect(guessed.batch.report).toMatchObject({ title: DOCUMENT_TITLE, type: "visit" });

        // A title the user types is saved as typed (no Save button) and wins over the guess.
        await page.getByRole("button", { name: en.backToReview }).click();
        await menu(en.detailsHeading);
        await titleField.fill(REPORT_TITLE);
        await page.getByText(en.savedCaption).waitFor();
        await expect(storedXml(guarded)).resolves.toContain(`title="${REPORT_TITLE}"`);
        await page.getByRole("button", { name: en.backToReview }).click();
        await menu(en.shareHeading);
        const { download, batch } = await exportBatch("saved");
        expect(download.suggestedFilename()).toBe(`${REPORT_TITLE}.recommendations.json`);
        expect(batch.report.title).toBe(REPORT_TITLE);
        expect(batch.report.id).toBe(guessed.batch.report.id);

        const tagged = await fakeDocument(guarded, (doc) => doc.taggedTexts());
        expect(batch.recommendations.map((r) => r.text)).toEqual(EXPECTED_TAGGED);
        expect(batch.recommendations.map((r) => tagOf(r.id ?? ""))).toEqual(
          tagged.map((c) => c.tag)
        );
        expect(batch.recommendations.map((r) => r.ref)).toEqual(
          EXPECTED_TAGGED.map(() => undefined)
        );
        // The scores are the pane's, the reviewer's decision included.
        expect(batch.recommendations.map((r) => `${r.smartScore}/10`)).toEqual(shownScores);
        await page.getByRole("button", { name: en.backToReview }).click();
        expect(await listScores()).toEqual(shownScores);
        // The report got an id, saved in the document so that a later export keeps it.
        const xml = await storedXml(guarded);
        expect(batch.report.id).not.toBe("");
        expect(xml).toContain(`id="${batch.report.id}"`);
        await checkpoint("06-exported");
      }
    );

    step("logged no error and sent nothing away from 127.0.0.1", async () => {
      expect(formatProblems(guarded.console.problems)).toBe("");
      expect(formatRequests(guarded.network.leaving)).toBe("");
      // The guard did see the session's own requests (the page, its scripts, office.js).
      expect(guarded.network.requests.some((r) => r.url.includes("word.html"))).toBe(true);
    });
  }
);
