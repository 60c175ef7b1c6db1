export { adoptWorkbook } from "./adopt";
export type { AdoptOptions, AdoptResult } from "./adopt";
export { applyPlan, buildTemplate, workbookBytes, writeValue } from "./apply-plan";
export { changeFile, createFile, readInput, writeAtomically } from "../local";
export { openPackage, putCustomXmlPart, readCustomXmlParts } from "./package";
export { cellInput, loadWorkbook, readTracker, sheetRows } from "./reader";
export type { TrackerFile } from "./reader";
