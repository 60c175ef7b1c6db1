/**
 * The demo's sample workbook: an ordinary workbook with no tracker yet, as an NPM starts, so the
 * Excel pane's first step (create the tracker) has work to do. Written for the demo.
 */
import { WorkbookModel } from "../test/support/office";

export function sampleWorkbook(): WorkbookModel {
  const workbook = new WorkbookModel(["Notes"]);
  workbook.sheet("Notes").seed("A1", [
    ["Visits planned", "Date"],
    ["Riverside Police Station", "2026-04-03"],
    ["Hillcrest Care Home", "2026-09-15"],
  ]);
  return workbook;
}
