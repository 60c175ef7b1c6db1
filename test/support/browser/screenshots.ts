import { mkdir } from "node:fs/promises";
import * as path from "node:path";
import type { Page } from "playwright-core";

/** Git-ignored; CI keeps it as an artefact so a reviewer can see the panes in both themes. */
export const ARTIFACTS_DIR = path.resolve(__dirname, "..", "..", "..", "test-artifacts");

export type Theme = "light" | "dark";

export function screenshotPath(testName: string, theme: Theme): string {
  const safe = testName
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return path.join(ARTIFACTS_DIR, `${safe || "page"}-${theme}.png`);
}

/** Saves a full-page PNG as test-artifacts/<test name>-<theme>.png and returns its path. */
export async function saveScreenshot(page: Page, testName: string, theme: Theme): Promise<string> {
  const file = screenshotPath(testName, theme);
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
  return file;
}
