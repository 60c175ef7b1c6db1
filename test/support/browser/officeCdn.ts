import { existsSync, statSync } from "node:fs";
import * as path from "node:path";

/** Where the panes load office.js from (DESIGN: Office.js from the CDN, store requirement). */
export const OFFICE_CDN_PREFIX = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** The npm copy of the same files, so tests never reach the CDN. */
export const OFFICE_JS_DIST = path.join(
  path.dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist"
);

export function isOfficeCdnUrl(url: string): boolean {
  return url.startsWith(OFFICE_CDN_PREFIX);
}

/**
 * The local file for a CDN URL, or null when the npm package lacks it or the
 * path would leave the dist folder. office.js builds further URLs relative to
 * itself (en-us/office_strings.js, telemetry/...); the CDN's folders are
 * lower-case, so a locale spelt "en-US" is looked up lower-cased too.
 */
export function localOfficeFile(url: string): string | null {
  if (!isOfficeCdnUrl(url)) return null;
  const relative = decodeURIComponent(
    new URL(url).pathname.slice(new URL(OFFICE_CDN_PREFIX).pathname.length)
  );
  for (const candidate of [relative, relative.toLowerCase()]) {
    const file = path.resolve(OFFICE_JS_DIST, candidate);
    if (!file.startsWith(OFFICE_JS_DIST + path.sep)) return null;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}
