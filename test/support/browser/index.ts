/** Browser test harness: one import for the browser tests. */
export { formatViolations, runAxe } from "./axe";
export { bundleForBrowser } from "./bundle";
export type { AxeNode, AxeOptions, AxeViolation } from "./axe";
export { classifyUrl, formatProblems, formatRequests } from "./guards";
export { auditOrThrow, EXCEL_PANE_ROOT, excelPaneOnFake, fakeTableRows } from "./excelPane";
export type { ExcelPaneOnFake } from "./excelPane";
export type {
  ConsoleGuard,
  NetworkGuard,
  PageProblem,
  RecordedRequest,
  RequestKind,
} from "./guards";
export {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  DIST_DIR,
  launchChromium,
  PANE_VIEWPORT,
  requireBuiltPages,
  startBrowserHarness,
} from "./harness";
export type { BrowserHarness, GuardedPage, LaunchedBrowser, OpenOptions } from "./harness";
export { auditKeyboard, formatKeyboardProblems } from "./keyboard";
export type { KeyboardAudit, KeyboardProblem } from "./keyboard";
export { OFFICE_CDN_PREFIX, OFFICE_JS_DIST, localOfficeFile } from "./officeCdn";
export { ARTIFACTS_DIR, saveScreenshot, screenshotPath } from "./screenshots";
export type { Theme } from "./screenshots";
export { startStaticServer } from "./server";
export type { StaticServer } from "./server";
export { withTimeout } from "./timeout";
