/**
 * The Word pane's Key mark in Chromium with the fake Word
 * (dist/word.html, `npm run build:dev`): the drafter ticks "Key
 * recommendation" in a recommendation's detail, by mouse or keyboard; the
 * mark is saved in the document's report part at once. axe and the keyboard
 * audit in light and dark, and the words in French and Spanish.
 */
import { mkdtemp, rm } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import {
  auditKeyboard,
  BrowserHarness,
  bundleForBrowser,
  formatKeyboardProblems,
  formatProblems,
  formatViolations,
  GuardedPage,
  requireBuiltPages,
  runAxe,
  saveScreenshot,
  startBrowserHarness,
  Theme,
} from "../support/browser";
import { en } from "../../src/taskpane/word/i18n/en";
import { es } from "../../src/taskpane/word/i18n/es";
import { fr } from "../../src/taskpane/word/i18n/fr";

let harness: BrowserHarness | null = null;
let bundleDir = "";
let bundle = "";

beforeAll(async () => {
  requireBuiltPages(["word.html"]);
  bundleDir = await mkdtemp(path.join(os.tmpdir(), "word-key-fake-"));
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

function openPane(theme: Theme, scenario: string, ready: string): Promise<GuardedPage> {
  return harness!.open(`word.html#${theme}${scenario}`, {
    colorScheme: theme,
    officeJs: bundle,
    ready: (page) =>
      page.getByRole("heading", { name: ready, exact: true }).waitFor({ timeout: 15_000 }),
  });
}

/** The report part's recommendation elements marked key, as the document holds them. */
function keyMarks(guarded: GuardedPage): Promise<number> {
  return guarded.page.evaluate(
    () =>
      (
        window as unknown as { fakeWordDocument: { customXml: { parts: { xml: string }[] } } }
      ).fakeWordDocument.customXml.parts
        .map((p) => p.xml)
        .join("\n")
        .split('key="true"').length - 1
  );
}

async function openFirst(guarded: GuardedPage): Promise<void> {
  await guarded.page
    .getByTestId("rec-list")
    .getByRole("listitem")
    .first()
    .getByRole("button")
    .click();
  await guarded.page.getByTestId("current-rec").waitFor();
}

describe.each(["light", "dark"] as Theme[])("the Key mark in the Word pane (%s)", (theme) => {
  it("is ticked by mouse and by keyboard, saved in the document at once, and passes axe and the keyboard audit", async () => {
    const guarded = await openPane(theme, "", en.recsHeading);
    try {
      const page = guarded.page;
      await openFirst(guarded);
      const key = page.getByRole("checkbox", { name: en.keyChoice });
      await key.waitFor();
      expect(await key.isChecked()).toBe(false);
      expect(await keyMarks(guarded)).toBe(0);
      await key.click();
      await page.waitForFunction(() =>
        (
          window as unknown as { fakeWordDocument: { customXml: { parts: { xml: string }[] } } }
        ).fakeWordDocument.customXml.parts.some((p) => p.xml.includes('key="true"'))
      );
      expect(await key.isChecked()).toBe(true);
      expect(await keyMarks(guarded)).toBe(1);
      await page.getByText(en.keyHint).waitFor();
      const violations = await runAxe(page);
      expect(formatViolations(violations)).toBe("no accessibility violation");
      const keyboard = await auditKeyboard(page);
      expect(formatKeyboardProblems(keyboard.problems)).toBe("");
      await saveScreenshot(page, "word-key", theme);
      // By keyboard: focus the box, Space unticks it.
      await key.focus();
      await page.keyboard.press("Space");
      await page.waitForFunction(
        () =>
          !(
            window as unknown as {
              fakeWordDocument: { customXml: { parts: { xml: string }[] } };
            }
          ).fakeWordDocument.customXml.parts.some((p) => p.xml.includes('key="true"'))
      );
      expect(await key.isChecked()).toBe(false);
      expect(formatProblems(guarded.console.problems)).toBe("");
    } finally {
      await guarded.close();
    }
  }, 120_000);
});

it.each([
  ["-fr", fr],
  ["-es", es],
] as const)(
  "words the Key mark in %s",
  async (scenario, strings) => {
    const guarded = await openPane("light", scenario, strings.recsHeading);
    try {
      await guarded.page
        .getByRole("button", { name: strings.continueReview })
        .click({ timeout: 15_000 })
        .catch(() => openFirst(guarded));
      await guarded.page.getByTestId("current-rec").waitFor();
      const key = guarded.page.getByRole("checkbox", { name: strings.keyChoice });
      await key.click();
      expect(await key.isChecked()).toBe(true);
      await guarded.page.getByText(strings.keyHint).waitFor();
      await saveScreenshot(guarded.page, `word-key${scenario}`, "light");
    } finally {
      await guarded.close();
    }
  },
  60_000
);
