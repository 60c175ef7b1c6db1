/** Strict Office host fakes for adapter tests: `installOfficeFakes({ host: "excel" | "word" })`. */
export { installOfficeFakes } from "./host";
export type { FakeHost, FakeHostOptions } from "./host";
export { FakeErrorCodes, FakeOfficeError, FIVE_MB } from "./core";
export type { RequestStat } from "./core";
export { WorkbookModel, SheetModel, dateSerial } from "./excelModel";
export type { CellData, CellScalar } from "./excelModel";
export { DocumentModel } from "./wordModel";
export type { ParagraphSeed, DocumentSeed } from "./wordModel";
