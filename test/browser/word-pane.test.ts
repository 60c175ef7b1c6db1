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
  heading: string = en.recsHeading
): Promise<GuardedPage> {
  return harness!.open(`word.html#${theme}${scenario}`, {
    colorScheme: theme,
    officeJs: bundle,
    ready: (page) =>
      page.getByRole("heading", { name: heading, exact: true }).waitFor({ timeout: 15_000 }),
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

describe.each(["light", "dark"] as const)("Word pane on a report (%s theme)", (theme) => {
  let guarded: GuardedPage;
  beforeAll(async () => {
    guarded = await openPane(theme);
  }, 60_000);
  afterAll(async () => {
    await guarded?.close();
  });

  it("believes it runs in Word and lists the tagged recommendations with scores", async () => {
    const status = await guarded.page.getByTestId("host-status").textContent();
    expect(status).toContain("Word");
    const items = guarded.page.getByTestId("rec-list").getByRole("listitem");
    await expect(items.count()).resolves.toBe(REPORT_RECOMMENDATIONS.length);
    await expect(items.first().textContent()).resolves.toMatch(/\d+\/10/);
  });

  it("shows the ten verdicts of the current recommendation, with its text", async () => {
    const current = guarded.page.getByTestId("current-rec");
    await expect(current.getByTestId("rec-text").textContent()).resolves.toBe(
      REPORT_RECOMMENDATIONS[0].text
    );
    const verdicts = await current.getByTestId("verdict").allTextContents();
    expect(verdicts).toHaveLength(10);
    for (const v of verdicts)
      expect([en.verdict_met, en.verdict_not_met, en.verdict_needs_review]).toContain(v);
  });

  it("records an override with a note, asking once for the reviewer's name", async () => {
    const page = guarded.page;
    const row = page.getByTestId("criterion-argued");
    await row.getByRole("button", { name: `Change verdict for ${en.criterion_argued}` }).click();
    await row.getByLabel(`Your verdict for ${en.criterion_argued}`).selectOption("met");
    await row
      .getByLabel(`Note for ${en.criterion_argued}`)
      .fill("The finding is in the paragraph above.");
    await row.getByRole("button", { name: `Record verdict for ${en.criterion_argued}` }).click();
    const name = page.getByLabel(en.reviewerName);
    await name.waitFor();
    await name.fill("Ana Reviewer");
    await row.getByRole("button", { name: `Record verdict for ${en.criterion_argued}` }).click();
    await row.getByText(/Set by Ana Reviewer: Met/).waitFor({ timeout: 10_000 });
    const xml = await page.evaluate(() => {
      const doc = (
        window as unknown as { fakeWordDocument: { customXml: { parts: { xml: string }[] } } }
      ).fakeWordDocument;
      return doc.customXml.parts.map((p) => p.xml).join("\n");
    });
    expect(xml).toContain('criterion="argued" verdict="met" reviewer="Ana Reviewer"');
    expect(xml).toContain("The finding is in the paragraph above.</override>");
    await saveScreenshot(page, "word-pane-review", theme);
  });

  it("records the review state, filters by it and steps with Next and Previous", async () => {
    const page = guarded.page;
    const current = page.getByTestId("current-rec");
    await expect(current.getByRole("heading", { level: 3 }).textContent()).resolves.toBe(
      "Recommendation 1"
    );
    await current.getByLabel(en.reviewState).selectOption("approved");
    await page.waitForFunction(() =>
      (
        window as unknown as { fakeWordDocument: { customXml: { parts: { xml: string }[] } } }
      ).fakeWordDocument.customXml.parts[0].xml.includes('reviewState="approved"')
    );
    await page.getByRole("button", { name: en.next }).click();
    await expect(current.getByRole("heading", { level: 3 }).textContent()).resolves.toBe(
      "Recommendation 2"
    );
    await page.getByRole("button", { name: en.previous }).click();
    await page.getByRole("button", { name: en.previous }).click();
    await expect(current.getByRole("heading", { level: 3 }).textContent()).resolves.toBe(
      "Recommendation 3"
    );
    await page.getByLabel(en.filterState).selectOption("approved");
    await expect(page.getByTestId("rec-list").getByRole("listitem").count()).resolves.toBe(1);
    await expect(current.getByRole("heading", { level: 3 }).textContent()).resolves.toBe(
      "Recommendation 1"
    );
    await page.getByLabel(en.filterState).selectOption("");
  });

  it("passes axe and logs no error", async () => {
    expect(formatViolations(await runAxe(guarded.page))).toBe("no accessibility violation");
    expect(formatProblems(guarded.console.problems)).toBe("");
    expect(formatRequests(guarded.network.leaving)).toBe("");
  });

  it("opens each section and the criterion view, each passing axe and the keyboard audit", async () => {
    const page = guarded.page;
    const check = async (state: string) => {
      expect(`${state}: ${formatViolations(await runAxe(page))}`).toBe(
        `${state}: no accessibility violation`
      );
      const keyboard = await auditKeyboard(page);
      expect(`${state}: ${formatKeyboardProblems(keyboard.problems)}`).toBe(`${state}: `);
    };
    for (const section of [en.detailsHeading, en.shareHeading, en.metaHeading]) {
      const header = page.getByRole("button", { name: section, exact: true });
      await header.click();
      await expect(header.getAttribute("aria-expanded")).resolves.toBe("true");
      await check(section);
      await saveScreenshot(page, `word-pane-section-${section}`, theme);
    }
    await page.getByLabel(en.modeCriterion).check();
    await check(en.modeCriterion);
    await page.getByLabel(en.modeList).check();
    expect(formatProblems(guarded.console.problems)).toBe("");
    // Four axe runs and keyboard walks: allow for a busy machine.
  }, 180_000);
});

type FakeDocument = {
  customXml: { parts: { xml: string; namespaceUri: string }[] };
  contentControls: unknown[];
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
      await expect(items.last().textContent()).resolves.toContain("Recommendation 2");
      await items.last().getByRole("button").click();
      const current = page.getByTestId("current-rec");
      await current.getByText(en.missingInDocument).waitFor();
      await current.getByText(/Set by Earlier Reviewer: Not met/).waitFor();
      const xml = (await storedParts(guarded)).map((p) => p.xml).join("");
      expect(xml).toContain('id="recB0000002"');
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 60_000);
});

describe("Word pane on an untagged report", () => {
  it("finds and tags the recommendations, unmarks one leaving the text as it was, adds comments and the review sheet", async () => {
    const guarded = await openPane("light", "-plain");
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
      const original = await texts();
      await page.getByText(en.noRecs).waitFor();
      await page.getByRole("button", { name: en.find }).click();
      await page.getByTestId("notice-findDone").waitFor();
      const items = page.getByTestId("rec-list").getByRole("listitem");
      const found = await items.count();
      expect(found).toBe(REPORT_RECOMMENDATIONS.length + 1);
      expect(await controls()).toBe(found);
      expect(await texts()).toEqual(original);
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

      await page.getByRole("button", { name: en.find }).click();
      await page.getByTestId("notice-findNone").waitFor();
      expect(await controls()).toBe(found);

      await page.getByRole("button", { name: en.unmark }).click();
      await page.getByTestId("notice-unmarkDone").waitFor();
      expect(await controls()).toBe(found - 1);
      expect(await texts()).toEqual(original);

      await page.getByRole("button", { name: en.addComments }).click();
      await page.getByTestId("notice-commentsDone").waitFor();

      await page.getByRole("button", { name: en.reviewSheet }).click();
      await page.getByRole("menuitem", { name: en.reviewSheetEnd }).click();
      await page.getByTestId("notice-reviewSheetDone").waitFor();
      const after = await texts();
      expect(after.slice(0, original.length)).toEqual(original);
      // No title stored: the heading names the report by its Title-style paragraph.
      expect(after).toContain(reviewSheetHeading("en", original[0]));
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 60_000);
});

describe("Word pane with a possible recommendation", () => {
  it("lists it unticked as 'possibly a recommendation' after Find, and tags it when ticked", async () => {
    const guarded = await openPane("light", "-plain-candidate");
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
  it("re-checks a recommendation when its text changes in Word", async () => {
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

describe("Word pane by keyboard, criterion by criterion, and in French", () => {
  it("moves through the list with the keyboard and walks one criterion across the recommendations", async () => {
    const guarded = await openPane("light");
    try {
      const page = guarded.page;
      const current = page.getByTestId("current-rec");
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press("Tab");
        reached = await page.evaluate(
          () => document.activeElement?.textContent?.startsWith("Recommendation 2") ?? false
        );
      }
      expect(reached).toBe(true);
      // Focus must be visible: Fluent draws an outline on keyboard focus.
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const after = getComputedStyle(el, "::after");
        return getComputedStyle(el).outlineStyle !== "none" || after.borderTopStyle !== "none";
      });
      expect(outline).toBe(true);
      await page.keyboard.press("Enter");
      await expect(current.getByRole("heading", { level: 3 }).textContent()).resolves.toBe(
        "Recommendation 2"
      );

      await page.getByRole("radio", { name: en.modeCriterion }).check();
      await page.getByLabel(en.walkCriterion).selectOption("targeted");
      const walked = await page.getByTestId("rec-list").getByRole("listitem").count();
      expect(walked).toBeLessThan(REPORT_RECOMMENDATIONS.length);
      for (let i = 0; i < walked; i++) {
        const verdict = await current
          .getByTestId("criterion-targeted")
          .getByTestId("verdict")
          .textContent();
        expect(verdict).not.toBe(en.verdict_met);
        await page.getByRole("button", { name: en.next }).click();
      }
      expect(formatViolations(await runAxe(page))).toBe("no accessibility violation");
    } finally {
      await guarded.close();
    }
  }, 60_000);

  it("speaks French when Word does", async () => {
    const guarded = await openPane("light", "-fr", fr.recsHeading);
    try {
      const page = guarded.page;
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("fr");
      await page.getByRole("button", { name: fr.find }).waitFor();
      const verdicts = await page
        .getByTestId("current-rec")
        .getByTestId("verdict")
        .allTextContents();
      for (const v of verdicts)
        expect([fr.verdict_met, fr.verdict_not_met, fr.verdict_needs_review]).toContain(v);
      // The checker's advice and evidence labels are French too; its examples stay in the
      // language of the (English) recommendation.
      const current = page.getByTestId("current-rec");
      const advice = await current.getByTestId("suggestion").allTextContents();
      expect(advice.length).toBeGreaterThan(0);
      for (const a of advice) {
        expect(a.startsWith(`${fr.suggestion}: `)).toBe(true);
        expect(a).not.toMatch(/\be\.g\./);
      }
      expect(advice.some((a) => a.includes("par ex."))).toBe(true);
      const labels = (await current.getByTestId("evidence").allTextContents())
        .map((e) => new RegExp(`^${fr.evidence} \\((.+?)\\):`).exec(e)?.[1])
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
      await page.getByRole("button", { name: en.addComments }).click();
      await page.getByTestId("notice-commentsDone").waitFor();
      await page.getByRole("button", { name: en.reviewSheet }).click();
      await page.getByRole("menuitem", { name: en.reviewSheetEnd }).click();
      await page.getByTestId("notice-reviewSheetDone").waitFor();
      const before = await documentState(guarded);
      expect(before.comments).toBeGreaterThan(1);

      await page.getByRole("button", { name: en.shareHeading, exact: true }).click();
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
      await page.getByRole("button", { name: en.shareHeading, exact: true }).click();
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
      await page.getByRole("button", { name: en.shareHeading, exact: true }).click();
      await page.getByRole("button", { name: en.publishButton }).click();
      await page.getByTestId("publish-err_needsCompressedFile").waitFor();
      await expect(page.getByRole("alert").textContent()).resolves.toBe(en.err_needsCompressedFile);
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 60_000);
});
