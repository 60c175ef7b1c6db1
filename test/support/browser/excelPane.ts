import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { formatViolations, runAxe } from "./axe";
import { bundleForBrowser } from "./bundle";
import { BrowserHarness, DIST_DIR, requireBuiltPages, startBrowserHarness } from "./harness";
import { auditKeyboard, formatKeyboardProblems } from "./keyboard";

/** The built Excel pane's folder; EXCEL_PANE_DIST lets a developer test a pane built elsewhere (npx webpack --output-path ...). */
export const EXCEL_PANE_ROOT = process.env.EXCEL_PANE_DIST ?? DIST_DIR;

export interface ExcelPaneOnFake {
  /** The browser harness serving the pane. */
  harness: BrowserHarness;
  /** The strict Excel fake bundled for the page: pass it as `officeJs`. */
  fakeBundle: string;
  /** A folder of the test file's own (the bundle, downloads), removed after its tests. */
  dir: string;
}

/**
 * The built Excel pane (excel.html) over the strict Excel fake
 * (test/browser/excel-pane.fake-host.ts), for one test file: registers a
 * beforeAll that bundles the fake into a new folder named from `prefix` and
 * starts the harness on `root`, and an afterAll that closes both. The
 * returned fields are set once beforeAll has run.
 */
export function excelPaneOnFake(prefix: string, root = EXCEL_PANE_ROOT): ExcelPaneOnFake {
  const pane = { harness: undefined, fakeBundle: "", dir: "" } as unknown as ExcelPaneOnFake;
  beforeAll(async () => {
    requireBuiltPages(["excel.html"], root);
    pane.dir = mkdtempSync(path.join(tmpdir(), prefix));
    pane.fakeBundle = await bundleForBrowser(
      path.resolve(__dirname, "../../browser/excel-pane.fake-host.ts"),
      pane.dir,
      "fake-office.js"
    );
    pane.harness = await startBrowserHarness(root);
  }, 120_000);
  afterAll(async () => {
    await (pane.harness as BrowserHarness | undefined)?.close();
    if (pane.dir) rmSync(pane.dir, { recursive: true, force: true });
  });
  return pane;
}

/** The rows of a table of the fake workbook the page runs on (window.__excelFake). */
export function fakeTableRows(page: Page, name: string): Promise<unknown[][]> {
  return page.evaluate(
    (table) =>
      (
        window as unknown as {
          __excelFake: { workbook: { tableRows(name: string): unknown[][] } };
        }
      ).__excelFake.workbook.tableRows(table),
    name
  );
}

/** Fails, naming `state`, on an axe violation or a keyboard problem (auditKeyboard) of the page as it is. */
export async function auditOrThrow(page: Page, state: string): Promise<void> {
  const violations = await runAxe(page);
  if (violations.length > 0) throw new Error(`axe, ${state}:\n${formatViolations(violations)}`);
  const keyboard = await auditKeyboard(page);
  if (keyboard.problems.length > 0)
    throw new Error(`keyboard, ${state}:\n${formatKeyboardProblems(keyboard.problems)}`);
}
