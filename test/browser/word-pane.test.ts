/**
 * The built Word pane (dist/word.html) in Chromium with a fake Word in the
 * page: it lists the tagged recommendations of a report, shows the ten
 * verdicts, records a reviewer's override in the document's Custom XML
 * part, and passes axe in light and dark themes.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import {
  auditKeyboard,
  BrowserHarness,
  formatKeyboardProblems,
  bundleForBrowser,
  GuardedPage,
  Theme,
  formatProblems,
  formatRequests,
  formatViolations,
  requireBuiltPages,
  runAxe,
  saveScreenshot,
  startBrowserHarness,
} from "../support/browser";
import { REC_TAG_PREFIX, REPORT_NAMESPACE } from "../../src/core/model/reportMetadata";
import { TRACKER_LINK_SETTING, reviewSheetHeading } from "../../src/core/review/publication";
import { readDocx } from "../../src/files/docx";
import { en } from "../../src/taskpane/word/i18n/en";
import { en as shared } from "../../src/taskpane/shared/i18n/en";
import { fr } from "../../src/taskpane/word/i18n/fr";
import { fr as frenchLexicon } from "../../src/core/smart/lexicon/fr";
import { wordTranslator } from "../../src/taskpane/word/i18n";
import { CANDIDATE_TEXT, REPORT_RECOMMENDATIONS, UNTAGGED_PARAGRAPH } from "./word-pane/report";

let harness: BrowserHarness | null = null;
let bundleDir = "";
let bundle = "";

/** The page-side Word fake, bundled into a temporary folder that also takes the test's downloads. */
async function buildFakeHost(): Promise<string> {
  bundleDir = await mkdtemp(path.join(os.tmpdir(), "word-pane-fake-"));
  return bundleForBrowser(path.resolve(__dirname, "word-pane", "fakeWordHost.ts"), bundleDir);
}

/**
 * Opens word.html in a guarded context (as the harness does) whose office.js
 * is the fake: routes registered later win over the guard's CDN mapping.
 */
async function openPane(
  theme: Theme,
  scenario = "",
  ready: string = en.recsHeading
): Promise<GuardedPage> {
  return harness!.open(`word.html#${theme}${scenario}`, {
    colorScheme: theme,
    officeJs: bundle,
    // A tagged report opens on its list; an untagged one on Find.
    ready: (page) =>
      page
        .getByRole("heading", { name: ready, exact: true })
        .or(page.getByRole("button", { name: ready, exact: true }))
        .waitFor({ timeout: 15_000 }),
  });
}

beforeAll(async () => {
  requireBuiltPages(["word.html"]);
  bundle = await buildFakeHost();
  harness = await startBrowserHarness();
}, 120_000);

afterAll(async () => {
  await harness?.close();
  if (bundleDir) await rm(bundleDir, { recursive: true, force: true });
});

/** The Custom XML parts of the fake document, joined. */
function storedXml(guarded: GuardedPage): Promise<string> {
  return guarded.page.evaluate(() =>
    (window as unknown as { fakeWordDocument: FakeDocument }).fakeWordDocument.customXml.parts
      .map((p) => p.xml)
      .join("\n")
  );
}

/** Opens a recommendation of the overview's list by its place. */
async function openRow(guarded: GuardedPage, index: number): Promise<void> {
  await guarded.page
    .getByTestId("rec-list")
    .getByRole("listitem")
    .nth(index)
    .getByRole("button")
    .click();
  await guarded.page.getByTestId("current-rec").waitFor();
}

/** The More actions menu's item. */
async function menu(guarded: GuardedPage, item: string): Promise<void> {
  await guarded.page.getByRole("button", { name: en.moreActions }).click();
  await guarded.page.getByRole("menuitem", { name: item }).click();
}

async function audit(page: GuardedPage["page"], state: string): Promise<void> {
  expect(`${state}: ${formatViolations(await runAxe(page))}`).toBe(
    `${state}: no accessibility violation`
  );
  const keyboard = await auditKeyboard(page);
  expect(`${state}: ${formatKeyboardProblems(keyboard.problems)}`).toBe(`${state}: `);
}

describe.each(["light", "dark"] as const)("Word pane on a report (%s theme)", (theme) => {
  let guarded: GuardedPage;
  beforeAll(async () => {
    guarded = await openPane(theme);
  }, 60_000);
  afterAll(async () => {
    await guarded?.close();
  });

  it("opens on a summary and lists the tagged recommendations with a snippet and a score", async () => {
    const page = guarded.page;
    const status = await page.getByTestId("host-status").textContent();
    expect(status).toBe("Connected to Word.");
    const summary = page.getByTestId("summary");
    await expect(summary.textContent()).resolves.toContain(
      `${REPORT_RECOMMENDATIONS.length} recommendations · average`
    );
    // An earlier reviewer settled a criterion: the review goes on rather than starts.
    await summary.getByRole("button", { name: en.continueReview }).waitFor();
    const items = page.getByTestId("rec-list").getByRole("listitem");
    await expect(items.count()).resolves.toBe(REPORT_RECOMMENDATIONS.length);
    const first = await items.first().textContent();
    expect(first).toMatch(/\d+\/10/);
    expect(first).toContain(REPORT_RECOMMENDATIONS[0].text.slice(0, 40));
    await audit(page, "overview");
    await saveScreenshot(page, "word-pane-overview", theme);
  }, 120_000);

  it("shows one recommendation: its text, the criteria to settle, the decided ones, the met ones folded", async () => {
    const page = guarded.page;
    await openRow(guarded, 1);
    const current = page.getByTestId("current-rec");
    await expect(current.getByTestId("rec-text").textContent()).resolves.toBe(
      REPORT_RECOMMENDATIONS[1].text
    );
    await expect(current.getByRole("heading", { level: 3 }).textContent()).resolves.toBe(
      "Recommendation 2"
    );
    // The earlier reviewer's decision is shown as decided, with the note.
    await expect(current.getByTestId("criterion-targeted").textContent()).resolves.toContain(
      "Kept as not met by Earlier Reviewer"
    );
    const fold = current.getByRole("button", { name: /criteri(on|a) met$/ });
    if ((await fold.count()) > 0) await fold.click();
    const verdicts = await current.getByTestId("verdict").allTextContents();
    expect(verdicts).toHaveLength(10);
    for (const v of verdicts)
      expect([en.verdict_met, en.verdict_not_met, en.verdict_needs_review]).toContain(v);
    await audit(page, "detail");
    await saveScreenshot(page, "word-pane-detail", theme);
    await page.getByRole("button", { name: en.backToList }).click();
    await page.getByTestId("summary").waitFor();
  }, 120_000);

  it("settles a criterion in one click with a note, asking once for the reviewer's name beside the button", async () => {
    const page = guarded.page;
    await openRow(guarded, 0);
    const current = page.getByTestId("current-rec");
    const card = current.getByRole("listitem").first();
    const criterion = (await card.getAttribute("data-testid"))!.replace("criterion-", "");
    await card.getByRole("button", { name: en.addNote }).click();
    await card.getByRole("textbox").fill("The finding is in the paragraph above.");
    await card.getByRole("button", { name: en.accept }).click();
    const name = card.getByLabel(en.reviewerName);
    await name.waitFor();
    await name.fill("Ana Reviewer");
    await card.getByRole("button", { name: en.reviewerRecord }).click();
    await current
      .getByTestId(`criterion-${criterion}`)
      .getByText(/Accepted as met by Ana Reviewer/)
      .waitFor({ timeout: 10_000 });
    const xml = await storedXml(guarded);
    expect(xml).toContain(`criterion="${criterion}" verdict="met" reviewer="Ana Reviewer"`);
    expect(xml).toContain("The finding is in the paragraph above.</override>");
    await saveScreenshot(page, "word-pane-review", theme);
  });

  it("records the review state and steps with Next and Previous", async () => {
    const page = guarded.page;
    const current = page.getByTestId("current-rec");
    const heading = () => current.getByRole("heading", { level: 3 }).textContent();
    await expect(heading()).resolves.toBe("Recommendation 1");
    await current.getByLabel(en.reviewState).selectOption("approved");
    await page.waitForFunction(() =>
      (
        window as unknown as { fakeWordDocument: { customXml: { parts: { xml: string }[] } } }
      ).fakeWordDocument.customXml.parts[0].xml.includes('reviewState="approved"')
    );
    await page.getByRole("button", { name: en.next }).click();
    await expect(heading()).resolves.toBe("Recommendation 2");
    await page.getByRole("button", { name: en.previous }).click();
    await page.getByRole("button", { name: en.previous }).click();
    await expect(heading()).resolves.toBe("Recommendation 3");
    await page.getByRole("button", { name: en.backToList }).click();
    await page.getByRole("button", { name: en.filtersToggle }).click();
    await page.getByLabel(en.filterState).selectOption("approved");
    await expect(page.getByTestId("rec-list").getByRole("listitem").count()).resolves.toBe(1);
    await page.getByLabel(en.filterState).selectOption("");
  });

  it("opens the report's details, the send view and the Double-SMART guide, each passing axe and the keyboard audit", async () => {
    const page = guarded.page;
    for (const [item, heading] of [
      [en.detailsHeading, en.detailsHeading],
      [en.shareHeading, en.shareHeading],
      [shared.guideTitle, shared.guideTitle],
    ]) {
      await menu(guarded, item);
      await page.getByRole("heading", { name: heading, level: 3 }).waitFor();
      await audit(page, item);
      await saveScreenshot(page, `word-pane-view-${item}`, theme);
      await page.getByRole("button", { name: /^Back/ }).first().click();
      await page.getByTestId("summary").waitFor();
    }
    expect(formatProblems(guarded.console.problems)).toBe("");
    expect(formatRequests(guarded.network.leaving)).toBe("");
  }, 180_000);
});

type FakeDocument = {
  customXml: { parts: { xml: string; namespaceUri: string }[] };
  contentControls: unknown[];
  comments: { content: string; resolved: boolean }[];
};

function storedParts(guarded: GuardedPage): Promise<{ xml: string; namespaceUri: string }[]> {
  return guarded.page.evaluate(() =>
    (window as unknown as { fakeWordDocument: FakeDocument }).fakeWordDocument.customXml.parts.map(
      (p) => ({
        xml: p.xml,
        namespaceUri: p.namespaceUri,
      })
    )
  );
}

describe("Word pane on a damaged or hand-edited report", () => {
  it("keeps a damaged review part untouched until the user starts afresh, then keeps it as a backup", async () => {
    const guarded = await openPane("light", "-damaged");
    try {
      const page = guarded.page;
      await page.getByTestId("notice-problemDamaged").waitFor();
      const before = await storedParts(guarded);
      expect(before).toHaveLength(1);
      // Recommendations are still listed from their tags; nothing is saved meanwhile.
      await expect(page.getByTestId("rec-list").getByRole("listitem").count()).resolves.toBe(3);
      await openRow(guarded, 0);
      await page.getByTestId("current-rec").getByLabel(en.reviewState).selectOption("reviewed");
      await page.getByTestId("notice-blockedByDamage").waitFor();
      expect(await storedParts(guarded)).toEqual(before);
      await page.getByRole("button", { name: en.startFresh }).click();
      await page.getByTestId("notice-startFreshDone").waitFor();
      const after = await storedParts(guarded);
      expect(after.map((p) => p.namespaceUri)).toEqual([
        "urn:opcat-recommendation-tracker:report-backup:1",
        "urn:opcat-recommendation-tracker:report:1",
      ]);
      expect(after[0].xml).toContain("version=&quot;7&quot;");
      // The problem is solved: its notice is gone.
      await expect(page.getByTestId("notice-problemDamaged").count()).resolves.toBe(0);
      expect(formatViolations(await runAxe(page))).toBe("no accessibility violation");
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 60_000);

  it("keeps the review data of a recommendation whose marker was deleted by hand", async () => {
    const guarded = await openPane("light", "-deleted");
    try {
      const page = guarded.page;
      await page.getByTestId("notice-problemMissing").waitFor();
      const items = page.getByTestId("rec-list").getByRole("listitem");
      await expect(items.count()).resolves.toBe(3);
      await expect(items.last().textContent()).resolves.toContain(en.missingInDocument);
      await items.last().getByRole("button").click();
      const current = page.getByTestId("current-rec");
      await current.getByText(en.missingInDocument).waitFor();
      const xml = (await storedParts(guarded)).map((p) => p.xml).join("");
      expect(xml).toContain('id="recB0000002"');
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 60_000);

  it("asks whether a report saved under a new name is a new report, and gives it new ids on request", async () => {
    const guarded = await openPane("light", "-renamed");
    try {
      const page = guarded.page;
      const notice = page.getByTestId("notice-identityChanged");
      await notice.waitFor();
      await expect(notice.textContent()).resolves.toContain("Visit to Prison Nord, 2025");
      expect(formatViolations(await runAxe(page))).toBe("no accessibility violation");
      await saveScreenshot(page, "word-pane-new-report", "light");
      const before = await storedXml(guarded);
      expect(before).toContain('id="recA0000001"');
      await notice.getByRole("button", { name: en.newIds }).click();
      await page.getByTestId("notice-newIdsDone").waitFor();
      await expect(notice.count()).resolves.toBe(0);
      const after = await storedXml(guarded);
      for (const r of REPORT_RECOMMENDATIONS) expect(after).not.toContain(`id="${r.id}"`);
      expect(after).not.toContain('id="report2025"');
      // The tags follow the new ids: every recommendation is still listed, with its decisions.
      await expect(page.getByTestId("rec-list").getByRole("listitem").count()).resolves.toBe(3);
      expect(after).toContain('reviewer="Earlier Reviewer"');
      const tags = await page.evaluate(() =>
        (
          window as unknown as { fakeWordDocument: { taggedTexts(): { tag: string }[] } }
        ).fakeWordDocument
          .taggedTexts()
          .map((t) => t.tag)
      );
      for (const tag of tags) expect(after).toContain(`id="${tag.slice(REC_TAG_PREFIX.length)}"`);
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 60_000);

  it("keeps the ids when the user says it is the same report", async () => {
    const guarded = await openPane("light", "-renamed");
    try {
      const page = guarded.page;
      const notice = page.getByTestId("notice-identityChanged");
      await notice.getByRole("button", { name: en.sameReport }).click();
      await page.getByTestId("notice-sameReportDone").waitFor();
      const after = await storedXml(guarded);
      expect(after).toContain('id="recA0000001"');
      expect(after).toContain('id="report2025"');
      await expect(notice.count()).resolves.toBe(0);
    } finally {
      await guarded.close();
    }
  }, 60_000);

  it("says the report has tracked changes", async () => {
    const guarded = await openPane("light", "-tracked");
    try {
      await guarded.page.getByTestId("notice-trackedChanges").waitFor();
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 60_000);
});

describe("Word pane on an untagged report", () => {
  it("finds and tags the recommendations, unmarks one after asking (and undoes it), comments once however often asked, adds the review sheet", async () => {
    const guarded = await openPane("light", "-plain", en.find);
    try {
      const page = guarded.page;
      const texts = () =>
        page.evaluate(() =>
          (
            window as unknown as { fakeWordDocument: { texts(): string[] } }
          ).fakeWordDocument.texts()
        );
      const controls = () =>
        page.evaluate(
          () =>
            (window as unknown as { fakeWordDocument: FakeDocument }).fakeWordDocument
              .contentControls.length
        );
      const comments = () =>
        page.evaluate(() =>
          (window as unknown as { fakeWordDocument: FakeDocument }).fakeWordDocument.comments.map(
            (c) => c.content
          )
        );
      const original = await texts();
      await page.getByTestId("first-run").waitFor();
      await page.getByText(en.noRecs).waitFor();
      await page.getByRole("button", { name: en.find }).click();
      await page.getByTestId("notice-findDone").waitFor();
      const items = page.getByTestId("rec-list").getByRole("listitem");
      const found = await items.count();
      expect(found).toBe(REPORT_RECOMMENDATIONS.length + 1);
      expect(await controls()).toBe(found);
      expect(await texts()).toEqual(original);
      // The primary action follows the task: Find is done, the review starts.
      await expect(page.getByRole("button", { name: en.find }).count()).resolves.toBe(0);
      await page.getByRole("button", { name: en.startReview }).waitFor();
      const xml = (await storedParts(guarded)).map((p) => p.xml).join("");
      expect(xml.match(/<recommendation /g)).toHaveLength(found);
      // The recommendation after the finding is tagged alone, the finding left outside.
      const tagged = await page.evaluate(() =>
        (
          window as unknown as { fakeWordDocument: { taggedTexts(): { text: string }[] } }
        ).fakeWordDocument
          .taggedTexts()
          .map((t) => t.text)
      );
      expect(tagged[tagged.length - 1]).toBe(
        UNTAGGED_PARAGRAPH.slice(UNTAGGED_PARAGRAPH.indexOf("The NPM"))
      );

      await menu(guarded, en.findAgain);
      await page.getByTestId("notice-findNone").waitFor();
      expect(await controls()).toBe(found);

      // Unmark asks first; Cancel leaves everything as it was.
      await openRow(guarded, 0);
      await page.getByRole("button", { name: en.unmark }).click();
      const ask = page.getByTestId("unmark-ask");
      await expect(ask.textContent()).resolves.toContain(en.unmarkAsk);
      await ask.getByRole("button", { name: en.cancel }).click();
      expect(await controls()).toBe(found);
      await page.getByRole("button", { name: en.unmark }).click();
      await page.getByTestId("unmark-ask").getByRole("button", { name: en.unmarkConfirm }).click();
      const unmarked = page.getByTestId("notice-unmarkDone");
      await unmarked.waitFor();
      expect(await controls()).toBe(found - 1);
      expect(await texts()).toEqual(original);
      // Undo puts the tag back, with the same id.
      await unmarked.getByRole("button", { name: en.undo }).click();
      await page.getByTestId("notice-undoDone").waitFor();
      expect(await controls()).toBe(found);
      expect(await texts()).toEqual(original);

      await menu(guarded, en.addComments);
      await page.getByTestId("notice-commentsDone").waitFor();
      const first = await comments();
      expect(first.length).toBeGreaterThan(0);
      // Asked again: the comments are updated, not added twice.
      await menu(guarded, en.addComments);
      await page
        .getByTestId("notice-commentsDone")
        .getByText(/0 added/)
        .waitFor();
      expect(await comments()).toEqual(first);

      await menu(guarded, en.reviewSheetEnd);
      await page.getByTestId("notice-reviewSheetDone").waitFor();
      const after = await texts();
      expect(after.slice(0, original.length)).toEqual(original);
      // No title stored: the heading names the report by its Title-style paragraph.
      expect(after).toContain(reviewSheetHeading("en", original[0]));
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 90_000);
});

describe("Word pane with a possible recommendation", () => {
  it("lists it unticked as 'possibly a recommendation' after Find, and tags it when ticked", async () => {
    const guarded = await openPane("light", "-plain-candidate", en.find);
    try {
      const page = guarded.page;
      await page.getByText(en.noRecs).waitFor();
      // Not offered before Find: the sure recommendations are tagged first.
      await expect(page.getByTestId("candidates").count()).resolves.toBe(0);
      await page.getByRole("button", { name: en.find }).click();
      await page.getByTestId("notice-findDone").waitFor();
      await page.getByTestId("notice-findCandidates").waitFor();
      const items = page.getByTestId("rec-list").getByRole("listitem");
      const found = await items.count();
      expect(found).toBe(REPORT_RECOMMENDATIONS.length + 1);
      const candidates = page.getByTestId("candidates");
      await expect(candidates.getByText(en.candidateMark, { exact: true }).count()).resolves.toBe(
        1
      );
      const box = candidates.getByRole("checkbox", {
        name: `Tag as a recommendation: ${CANDIDATE_TEXT}`,
      });
      await expect(box.isChecked()).resolves.toBe(false);
      expect(await runAxe(page)).toEqual([]);
      // Ticking tags it: it leaves this list for the recommendations list.
      await box.click();
      await page.getByTestId("notice-candidateDone").waitFor();
      await expect(items.count()).resolves.toBe(found + 1);
      await expect(candidates.count()).resolves.toBe(0);
      const tagged = await page.evaluate(() =>
        (
          window as unknown as { fakeWordDocument: { taggedTexts(): { text: string }[] } }
        ).fakeWordDocument
          .taggedTexts()
          .map((t) => t.text)
      );
      expect(tagged).toContain(CANDIDATE_TEXT);
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 60_000);
});

describe("Word pane while the report is edited", () => {
  it("re-checks a recommendation when its text changes in Word, and follows the cursor", async () => {
    const guarded = await openPane("light");
    try {
      const page = guarded.page;
      const added = " This must be done without delay.";
      await page.evaluate((text) => {
        const w = window as unknown as {
          fakeWordDocument: {
            paragraphs: { text: string }[];
            pos(p: unknown, off: number, kind: string): unknown;
            insertText(at: unknown, text: string): unknown;
            select(range: unknown): void;
            range(from: unknown, to: unknown): unknown;
          };
          fakeWordHost: { raise(eventType: string): void };
        };
        const doc = w.fakeWordDocument;
        const p = doc.paragraphs[3];
        doc.insertText(doc.pos(p, p.text.length, "end"), text);
        w.fakeWordHost.raise("documentSelectionChanged");
      }, added);
      await page.getByTestId("notice-recheckDone").waitFor({ timeout: 10_000 });
      const expected = REPORT_RECOMMENDATIONS[0].text + added;
      await openRow(guarded, 0);
      await expect(
        page.getByTestId("current-rec").getByTestId("rec-text").textContent()
      ).resolves.toBe(expected);
      const xml = (await storedParts(guarded)).map((p) => p.xml).join("");
      expect(xml).toContain(`<checkedText>${expected}</checkedText>`);
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 60_000);
});

describe("Word pane in French", () => {
  it("speaks French when Word does, the checker's advice included", async () => {
    const guarded = await openPane("light", "-fr", fr.recsHeading);
    try {
      const page = guarded.page;
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("fr");
      await page.getByRole("button", { name: fr.continueReview }).click();
      const current = page.getByTestId("current-rec");
      await current.waitFor();
      const verdicts = await current.getByTestId("verdict").allTextContents();
      for (const v of verdicts)
        expect([fr.verdict_met, fr.verdict_not_met, fr.verdict_needs_review]).toContain(v);
      // The checker's advice and evidence labels are French too; its examples stay in the
      // language of the (English) recommendation.
      const advice = await current.getByTestId("suggestion").allTextContents();
      expect(advice.length).toBeGreaterThan(0);
      for (const a of advice) {
        expect(a.startsWith(`${fr.suggestion}: `)).toBe(true);
        expect(a).not.toMatch(/\be\.g\./);
      }
      // The met criteria, unfolded, say what shows them.
      const fold = current.getByRole("button", { name: /critères? rempli/ });
      if ((await fold.count()) > 0) await fold.click();
      const labels = (await current.getByTestId("evidence").allTextContents())
        .map((e) => new RegExp(`^(?:${fr.why}|${fr.shownBy}) \\((.+?)\\)\\s?:`).exec(e)?.[1])
        .filter((l): l is string => l !== undefined);
      expect(labels.length).toBeGreaterThan(0);
      for (const l of labels) expect(Object.values(frenchLexicon.basisNames)).toContain(l);
      expect(formatViolations(await runAxe(page))).toBe("no accessibility violation");
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 60_000);
});

describe("Word pane: a copy for publication", () => {
  const open = (scenario: string) =>
    harness!.open(`word.html#light${scenario}`, {
      colorScheme: "light",
      officeJs: bundle,
      acceptDownloads: true,
      ready: (page) =>
        page
          .getByRole("heading", { name: en.recsHeading, exact: true })
          .waitFor({ timeout: 15_000 }),
    });
  type PublishWindow = {
    fakeWordDocument: {
      texts(): string[];
      taggedTexts(): unknown[];
      comments: unknown[];
      customXml: { parts: { xml: string }[] };
    };
  };
  const documentState = (guarded: GuardedPage) =>
    guarded.page.evaluate(() => {
      const doc = (window as unknown as PublishWindow).fakeWordDocument;
      return {
        texts: doc.texts(),
        tags: doc.taggedTexts(),
        comments: doc.comments.length,
        parts: doc.customXml.parts.map((p) => p.xml),
      };
    });
  const prepare = async (guarded: GuardedPage, name: string) => {
    const [download] = await Promise.all([
      guarded.page.waitForEvent("download", { timeout: 20_000 }),
      guarded.page.getByRole("button", { name: en.publishButton }).click(),
    ]);
    const file = path.join(bundleDir, name);
    await download.saveAs(file);
    return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(file)) };
  };

  it("downloads the report without the review data, says what went, and leaves the document as it was", async () => {
    const guarded = await open("-publish");
    try {
      const page = guarded.page;
      // What a review leaves: the add-in's comments and the review sheet.
      await menu(guarded, en.addComments);
      await page.getByTestId("notice-commentsDone").waitFor();
      await menu(guarded, en.reviewSheetEnd);
      await page.getByTestId("notice-reviewSheetDone").waitFor();
      const before = await documentState(guarded);
      expect(before.comments).toBeGreaterThan(1);

      await menu(guarded, en.shareHeading);
      await page.getByRole("heading", { name: en.publishHeading }).waitFor();
      const { name, bytes } = await prepare(guarded, "published.docx");
      expect(name).toBe("Visit to Prison Nord (for publication).docx");
      const done = page.getByTestId("publish-done");
      await done.waitFor();
      const items = await done.getByRole("listitem").allTextContents();
      expect(items).toEqual([
        en.publish_reportData,
        "3 recommendation tags (their text is unchanged)",
        en.publish_trackerLink,
        wordTranslator("en")("publish_comments", { count: String(before.comments - 1) }),
        "the review sheet",
      ]);
      await expect(done.textContent()).resolves.toContain("Kept: 1 comment by other people.");

      const copy = await readDocx(bytes);
      const sheetAt = before.texts.findIndex((t) => t.startsWith(reviewSheetHeading("en")));
      expect(copy.paragraphs.filter((p) => p.part === "body").map((p) => p.text)).toEqual(
        before.texts.slice(0, sheetAt)
      );
      expect(copy.paragraphs.filter((p) => p.part === "comment").map((p) => p.text)).toEqual([
        "Which block was this?",
      ]);
      expect(copy.paragraphs.some((p) => p.contentControlTag?.startsWith(REC_TAG_PREFIX))).toBe(
        false
      );
      expect(copy.customXmlParts).toEqual([]);
      const raw = Buffer.from(bytes).toString("latin1");
      expect(raw).not.toContain(TRACKER_LINK_SETTING);

      // The open document is only read.
      expect(await documentState(guarded)).toEqual(before);
      expect(formatViolations(await runAxe(page))).toBe("no accessibility violation");
      expect(formatProblems(guarded.console.problems)).toBe("");
      expect(formatRequests(guarded.network.leaving)).toBe("");
      await saveScreenshot(page, "word-pane-publish", "light");

      // Keeping the tags: the copy can still be imported, without the reviewers' verdicts.
      await page.getByLabel(en.publishKeepTags).check();
      const tagged = await readDocx((await prepare(guarded, "published-tags.docx")).bytes);
      expect(
        tagged.paragraphs.filter((p) => p.contentControlTag?.startsWith(REC_TAG_PREFIX))
      ).toHaveLength(REPORT_RECOMMENDATIONS.length);
      const part = tagged.customXmlParts.find((p) => p.namespace === REPORT_NAMESPACE)!;
      expect(part.xml).toContain('title="Visit to Prison Nord"');
      expect(part.xml).not.toContain("Earlier Reviewer");
      expect(await documentState(guarded)).toEqual(before);
    } finally {
      await guarded.close();
    }
  }, 90_000);

  it("where Word cannot download, says a Word file cannot go through the clipboard and points to rectrack publish", async () => {
    const guarded = await open("-publish-mac");
    try {
      const page = guarded.page;
      await menu(guarded, en.shareHeading);
      await page.getByRole("button", { name: en.publishButton }).click();
      const message = page.getByTestId("publish-noDownload");
      await message.waitFor();
      await expect(message.textContent()).resolves.toContain("cannot go through the clipboard");
      await expect(message.textContent()).resolves.toContain(
        "rectrack publish “REPORT.docx” “Visit to Prison Nord (for publication).docx”"
      );
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 60_000);

  it("where Word cannot hand over the document, says so", async () => {
    const guarded = await open("-publish-nofile");
    try {
      const page = guarded.page;
      await menu(guarded, en.shareHeading);
      await page.getByRole("button", { name: en.publishButton }).click();
      await page.getByTestId("publish-err_needsCompressedFile").waitFor();
      await expect(page.getByRole("alert").textContent()).resolves.toBe(en.err_needsCompressedFile);
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 60_000);
});
