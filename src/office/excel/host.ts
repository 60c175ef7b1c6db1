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

/**
 * Below MINIMUM_EXCEL_API the adapter refuses (it needs getRangeByIndexes,
 * freeze panes and tab colours of 1.7, conditional formats of 1.6, custom
 * XML parts of 1.5); the features below are checked one by one and left out
 * with a message where Excel lacks them.
 */
export const MINIMUM_EXCEL_API = "1.7";
export const FEATURE_SETS = {
  validation: "1.8",
  charts: "1.1",
  print: "1.9",
  /** Moving table columns (Range.copyFrom), for the order by task an upgrade offers. */
  reorder: "1.9",
} as const;

export type Feature = keyof typeof FEATURE_SETS;

export function supports(host: ExcelHost, feature: Feature): boolean {
  return host.isSetSupported("ExcelApi", FEATURE_SETS[feature]);
}

/** Features this Excel lacks, so the pane can say what was left out. */
export function missingFeatures(host: ExcelHost): Feature[] {
  return (Object.keys(FEATURE_SETS) as Feature[]).filter((feature) => !supports(host, feature));
}

/** Refuses, in the user's words, an Excel too old for the tracker. */
export function requireExcel(host: ExcelHost): void {
  if (!host.isSetSupported("ExcelApi", MINIMUM_EXCEL_API))
    throw new ExcelProblem("excelTooOld", { version: MINIMUM_EXCEL_API });
}
