import { ExcelProblem } from "./errors";

/**
 * The one door to Excel: `run` is Excel.run in the add-in and a host fake in
 * tests, so every adapter function takes an ExcelHost and never touches the
 * globals itself.
 */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

export function officeExcelHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/** What the adapter uses from each ExcelApi version; below MINIMUM it refuses, above it degrades feature by feature. */
export const MINIMUM_EXCEL_API = "1.4";
export const FEATURE_SETS = {
  customXml: "1.5",
  conditionalFormats: "1.6",
  freezeAndTabColor: "1.7",
  validation: "1.8",
  charts: "1.1",
} as const;

export type Feature = keyof typeof FEATURE_SETS;

export function supports(host: ExcelHost, feature: Feature): boolean {
  return host.isSetSupported("ExcelApi", FEATURE_SETS[feature]);
}

/** Features this Excel lacks, so the pane can say what was left out. */
export function missingFeatures(host: ExcelHost): Feature[] {
  return (Object.keys(FEATURE_SETS) as Feature[]).filter((feature) => !supports(host, feature));
}

/** Refuses, in the user's words, an Excel too old for tables with named columns. */
export function requireExcel(host: ExcelHost): void {
  if (!host.isSetSupported("ExcelApi", MINIMUM_EXCEL_API))
    throw new ExcelProblem("excelTooOld", { version: MINIMUM_EXCEL_API });
}
