/**
 * demo-excel.html, first script: stands in for office.js with the strict Excel fake the browser
 * tests use, holding a sample workbook, and shows that workbook as a grid beside the pane (the
 * Excel pane's own bundle follows on the page and mounts in #root). It also offers the sample
 * report as a .docx, made in the browser, to import.
 */
import { DocumentModel, installOfficeFakes } from "../test/support/office";
import type { SheetModel } from "../test/support/office/excelModel";
import { documentToDocx } from "../test/support/office/wordFile";
import { documentView, el, language, texts } from "./frame";
import { sampleReportParagraphs } from "./sampleReport";
import { sampleWorkbook } from "./sampleWorkbook";
import { officeLocale } from "./texts";

const MAX_ROWS = 200;
const MAX_COLUMNS = 40;
const workbook = sampleWorkbook();
const host = installOfficeFakes({
  host: "excel",
  workbook,
  displayLanguage: officeLocale(language),
});

let shown: SheetModel | null = null;
let shownSelection: unknown = null;

function columnLetter(index: number): string {
  return index < 26
    ? String.fromCharCode(65 + index)
    : columnLetter(Math.floor(index / 26) - 1) + String.fromCharCode(65 + (index % 26));
}

function grid(sheet: SheetModel): HTMLElement {
  const used = sheet.usedRect(true);
  if (!used) return el("p", { text: texts.emptySheet });
  const rows = Math.min(used.r1, MAX_ROWS - 1);
  const columns = Math.min(used.c1, MAX_COLUMNS - 1);
  const selection = workbook.selection?.sheet === sheet ? workbook.selection.rect : null;
  const head = el("tr", {}, el("td", { className: "demo-corner" }));
  for (let c = 0; c <= columns; c++)
    head.append(el("th", { text: columnLetter(c), attrs: { scope: "col" } }));
  const table = el(
    "table",
    { className: "demo-grid", attrs: { "aria-label": sheet.name } },
    el("thead", {}, head)
  );
  const tbody = el("tbody");
  for (let r = 0; r <= rows; r++) {
    const row = el("tr", {}, el("th", { text: String(r + 1), attrs: { scope: "row" } }));
    for (let c = 0; c <= columns; c++) {
      const selected =
        selection !== null &&
        r >= selection.r0 &&
        r <= selection.r1 &&
        c >= selection.c0 &&
        c <= selection.c1;
      row.append(el("td", { text: sheet.text(r, c), className: selected ? "demo-selected" : "" }));
    }
    tbody.append(row);
  }
  table.append(tbody);
  const wrap = el("div", { className: "demo-grid-wrap" }, table);
  if (used.r1 >= MAX_ROWS)
    wrap.append(el("p", { text: texts.moreRows.replace("{count}", String(MAX_ROWS)) }));
  return wrap;
}

/** The sheet to show: the one the pane selected in or activated last, else the one the user chose. */
function sheetToShow(): SheetModel {
  if (workbook.selection && workbook.selection !== shownSelection) {
    shownSelection = workbook.selection;
    shown = workbook.selection.sheet;
  }
  if (!shown || !workbook.sheets.includes(shown))
    shown = workbook.activeSheet ?? workbook.sheets[0];
  return shown;
}

let sampleLink: HTMLAnchorElement | null = null;
async function offerSample(): Promise<void> {
  const bytes = await documentToDocx(new DocumentModel(sampleReportParagraphs()));
  const blob = new Blob([new Uint8Array(bytes)], {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
  sampleLink = el("a", {
    className: "demo-download",
    text: texts.downloadSample,
    attrs: { href: URL.createObjectURL(blob), download: "sample-report.docx" },
  });
  view.redraw();
}

const view = documentView(texts.trackerLabel, texts.trackerNote, host, (body) => {
  if (sampleLink) body.append(el("p", {}, sampleLink));
  const current = sheetToShow();
  const tabs = el("div", {
    className: "demo-sheets",
    attrs: { role: "group", "aria-label": texts.sheetsLabel },
  });
  for (const sheet of workbook.sheets) {
    const button = el("button", {
      text: sheet.name,
      attrs: { type: "button", "aria-pressed": String(sheet === current) },
    });
    button.addEventListener("click", () => {
      shown = sheet;
      view.redraw();
    });
    tabs.append(button);
  }
  body.append(tabs, grid(current));
});
void offerSample();
Object.assign(window, { __excelFake: host });
