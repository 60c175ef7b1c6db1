/**
 * The History table of a tracker file (schema v2) in the package: read
 * (events and the reply-deadline setting), appended to by patching the
 * sheet in place (./store.ts calls it in the same write as the current
 * columns), and added whole by an upgrade from v1 (./upgrade.ts), as parts
 * of its own: a new sheet, its table, their relationships, no existing
 * part's cells touched. What the table holds and how a cell reads is
 * decided in core (src/core/schema/history.ts, src/core/tracker/history.ts).
 */
import JSZip from "jszip";
import { InputError } from "../../core/model/errors";
import { columnIndex, columnLetter, parseRange, sheetRef } from "../../core/schema/a1";
import {
  HISTORY_COLUMN_BY_KEY,
  HISTORY_KEYS,
  HISTORY_TABLE,
  REPLY_DAYS_NAME,
  type HistoryKey,
} from "../../core/schema/history";
import type { Language, SheetPlan, ValidationPlan } from "../../core/schema/plan";
import {
  historyFromGrid,
  historyRecordToCells,
  NO_HISTORY,
  replyDaysOf,
  type HistoryContent,
  type HistoryRecord,
} from "../../core/tracker/history";
import type { CellInput } from "../../core/tracker/types";
import {
  CellWrite,
  cellXml,
  escapeAttribute,
  columnStyles,
  extendRanges,
  growDimension,
  patchSheet,
  rowHasValues,
  sheetDataOf,
} from "./sheet-patch";
import { decodeXmlText, PackageIndex, readSheetRows } from "./sheet-xml";
import { StyleBook } from "./styles";
import { contentText, PartContent, requiredPartText as partText } from "./zip";

export interface HistoryLayout {
  sheetName: string;
  sheetPath: string;
  tablePath: string;
  headerRow: number;
  /** The table's last row (a blank row of a new table included). */
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
  /** The last row holding an event (the header's when none). */
  lastFilled: number;
  /** 0-based sheet column of each History column found. */
  columns: Map<HistoryKey, number>;
}

export interface HistoryFile {
  content: HistoryContent;
  layout: HistoryLayout | null;
}

/** The sheet and cell a workbook-level name points at ('Sheet'!$B$3), or null. */
function namedCell(
  workbook: string,
  name: string
): { sheet: string; row: number; column: number } | null {
  for (const match of workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    if (/\blocalSheetId=/.test(match[1])) continue;
    if (/\bname="([^"]*)"/.exec(match[1])?.[1] !== name) continue;
    const range = parseRange(decodeXmlText(match[2]).trim());
    return range && range.sheet
      ? { sheet: range.sheet, row: range.firstRow, column: range.firstColumn }
      : null;
  }
  return null;
}

/** The History table and the reply-deadline setting, as core reads them; a tracker of schema v1 gives NO_HISTORY. */
export async function readHistoryPackage(zip: JSZip, index: PackageIndex): Promise<HistoryFile> {
  for (const sheet of index.sheets) {
    const table = sheet.tables.find((t) => t.name.toLowerCase() === HISTORY_TABLE.toLowerCase());
    const parsed = table ? parseRange(table.ref) : null;
    const range = parsed
      ? { c1: parsed.firstColumn, r1: parsed.firstRow, c2: parsed.lastColumn, r2: parsed.lastRow }
      : null;
    if (!table || !range) continue;
    const grid = await readSheetRows(zip, sheet, index);
    const header = (grid[range.r1 - 1] ?? []).slice(range.c1, range.c2 + 1);
    const body: CellInput[][] = [];
    for (let r = range.r1 + 1; r <= range.r2; r++)
      body.push((grid[r - 1] ?? []).slice(range.c1, range.c2 + 1));
    let replyDays: number | null = null;
    const named = namedCell(await partText(zip, "xl/workbook.xml"), REPLY_DAYS_NAME);
    if (named) {
      const where = index.sheets.find((s) => s.name === named.sheet);
      const cells =
        where === sheet ? grid : where ? await readSheetRows(zip, where, index, named.row) : [];
      replyDays = replyDaysOf(cells[named.row - 1]?.[named.column] ?? null);
    }
    const { content, found } = historyFromGrid(header, body, {
      firstRow: range.r1 + 1,
      date1904: index.date1904,
      replyDays,
    });
    return {
      content,
      layout: {
        sheetName: sheet.name,
        sheetPath: sheet.path,
        tablePath: table.path,
        headerRow: range.r1,
        lastRow: range.r2,
        firstColumn: range.c1,
        lastColumn: range.c2,
        lastFilled: content.rows.reduce((max, row) => Math.max(max, row.row), range.r1),
        columns: new Map([...found].map(([key, at]) => [key, range.c1 + at])),
      },
    };
  }
  return { content: NO_HISTORY, layout: null };
}

/**
 * The parts that append `events` to the History table: the sheet's rows
 * (cells styled as their column), the table and its rules grown over them.
 */
export async function appendEventParts(
  zip: JSZip,
  layout: HistoryLayout,
  events: readonly HistoryRecord[],
  options: { language: Language; date1904: boolean; fileName: string },
  growTable: (xml: string, lastRow: number) => string
): Promise<Map<string, string>> {
  const parts = new Map<string, string>();
  if (events.length === 0) return parts;
  let xml = await partText(zip, layout.sheetPath);
  const first = layout.lastFilled + 1;
  const newLast = layout.lastFilled + events.length;
  const { data } = sheetDataOf(xml);
  for (const span of data.rows) {
    if (span.row <= layout.lastRow || span.row > newLast) continue;
    if (rowHasValues(xml, span, layout.firstColumn, layout.lastColumn))
      throw new InputError(
        `${options.fileName}: row ${span.row} of the sheet "${layout.sheetName}", just below the History table, is not empty; move what is there so the history can grow, then try again.`,
        "rowBelowTable",
        { file: options.fileName, row: String(span.row), table: "History" }
      );
  }
  const styles = columnStyles(xml);
  const writes = new Map<number, CellWrite[]>();
  events.forEach((event, i) => {
    const cells = historyRecordToCells(event, options.language, HISTORY_KEYS);
    const row: CellWrite[] = [];
    HISTORY_KEYS.forEach((key, k) => {
      const column = layout.columns.get(key);
      if (column === undefined) return;
      let value = cells[k];
      const kind = (HISTORY_COLUMN_BY_KEY.get(key) as { kind: string }).kind;
      if (options.date1904 && typeof value === "number" && (kind === "date" || kind === "dateTime"))
        value -= 1462;
      row.push({ column, value, style: styles.get(column) });
    });
    writes.set(first + i, row);
  });
  xml = patchSheet(xml, writes);
  if (newLast > layout.lastRow) {
    xml = extendRanges(
      xml,
      layout.firstColumn,
      layout.lastColumn,
      layout.headerRow + 1,
      layout.lastRow,
      newLast
    );
    parts.set(layout.tablePath, growTable(await partText(zip, layout.tablePath), newLast));
  }
  parts.set(layout.sheetPath, growDimension(xml, newLast, layout.lastColumn));
  return parts;
}

/**
 * The History's drop-down of event kinds written again as the values of
 * `source` (a tracker made before a kind was added, such as the
 * strategies): the list rule of values, not of a range, whose area starts at
 * the kind column's first data cell. Other rules, and a sheet without one,
 * are left as they are.
 */
export function refreshKindRuleXml(xml: string, layout: HistoryLayout, source: string): string {
  const column = layout.columns.get("kind");
  if (column === undefined) return xml;
  const start = `${columnLetter(column)}${layout.headerRow + 1}`;
  return xml.replace(
    /<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g,
    (whole, attrs: string, inner: string) => {
      const sqref = /\bsqref="([^"]*)"/.exec(attrs)?.[1] ?? "";
      const formula = /<formula1>([\s\S]*?)<\/formula1>/.exec(inner)?.[1] ?? "";
      if (
        !/\btype="list"/.test(attrs) ||
        sqref.split(/[\s:]/)[0] !== start ||
        !/^(?:"|&quot;)/.test(formula)
      )
        return whole;
      const text = escapeAttribute(`"${source}"`);
      return `<dataValidation${attrs}>${inner.replace(/<formula1>[\s\S]*?<\/formula1>/, `<formula1>${text}</formula1>`)}</dataValidation>`;
    }
  );
}

/** One data-validation rule as the sheet's XML holds it; `source` replaces a list rule's own. */
export function validationXml(rule: ValidationPlan, sqref: string, source?: string): string {
  const common = `allowBlank="${rule.allowBlank ? 1 : 0}" showErrorMessage="1" errorStyle="${rule.errorStyle}" errorTitle="${escapeAttribute(rule.errorTitle)}" error="${escapeAttribute(rule.errorMessage)}"${rule.prompt ? ` showInputMessage="1" promptTitle="${escapeAttribute(rule.promptTitle ?? "")}" prompt="${escapeAttribute(rule.prompt)}"` : ""} sqref="${sqref}"`;
  if (rule.type === "list") {
    const formula = source ?? rule.source;
    // A formula, or the values themselves (quoted, as the file format keeps them).
    const text = formula.startsWith("=") ? formula.slice(1) : `"${formula}"`;
    return `<dataValidation type="list" ${common}><formula1>${escapeAttribute(text)}</formula1></dataValidation>`;
  }
  if (rule.type === "date") {
    const m = /DATE\((\d+),(\d+),(\d+)\)/.exec(rule.formula1);
    const serial = m
      ? Math.round(
          (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - Date.UTC(1899, 11, 30)) /
            86400000
        )
      : 1;
    return `<dataValidation type="date" operator="greaterThanOrEqual" ${common}><formula1>${serial}</formula1></dataValidation>`;
  }
  return `<dataValidation type="${rule.type === "wholeNumber" ? "whole" : "decimal"}" operator="between" ${common}><formula1>${rule.formula1}</formula1><formula2>${rule.formula2}</formula2></dataValidation>`;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

function unusedPath(
  zip: JSZip,
  pattern: (n: number) => string,
  written: ReadonlyMap<string, unknown> = new Map()
): string {
  for (let n = 1; ; n++) if (!zip.file(pattern(n)) && !written.has(pattern(n))) return pattern(n);
}

/**
 * The parts that add a new sheet of `plan` (the History sheet: its title,
 * note, the reply-deadline setting, the empty History table, its rules; the
 * Stakeholders sheet; the power/interest grid, cells and formulas without a
 * table) to a package: new parts, and an entry each in the workbook, its relationships
 * and the content types. `listSource` gives a list rule's source in this
 * workbook (its Lists tables may be elsewhere than a new tracker's).
 */
export async function addHistorySheetParts(
  zip: JSZip,
  index: PackageIndex,
  plan: SheetPlan,
  styles: StyleBook,
  workbook: string,
  listSource: (rule: ValidationPlan) => string | undefined,
  /** Parts the same write already changes (the content types, with the Dashboard's charts). */
  written: ReadonlyMap<string, PartContent> = new Map()
): Promise<{ parts: Map<string, string>; workbook: string; sheetPath: string }> {
  const current = async (path: string) => {
    const content = written.get(path);
    return content !== undefined ? contentText(content) : partText(zip, path);
  };
  const parts = new Map<string, string>();
  const sheetPath = unusedPath(zip, (n) => `xl/worksheets/sheet${n}.xml`, written);
  const tablePath = unusedPath(zip, (n) => `xl/tables/table${n}.xml`, written);
  const sheetFile = sheetPath.slice(sheetPath.lastIndexOf("/") + 1);
  const tableFile = tablePath.slice(tablePath.lastIndexOf("/") + 1);
  // A sheet of cells and no table (the power/interest grid) is written the same way, without the table.
  const table: SheetPlan["tables"][number] | undefined = plan.tables[0];
  const anchor = /^([A-Z]+)(\d+)$/.exec(table?.anchor ?? "A1") as RegExpExecArray;
  const firstColumn = columnIndex(anchor[1]);
  const headerRow = Number(anchor[2]);
  const lastColumn = table
    ? firstColumn + table.columns.length - 1
    : Math.max(0, ...plan.columnWidths.map((width) => columnIndex(width.column)));
  const lastRow = Math.max(
    table ? headerRow + 1 : 1,
    ...plan.cells.map((cell) => Number(/\d+$/.exec(cell.address)?.[0]))
  );
  const ref = `${anchor[0]}:${columnLetter(lastColumn)}${headerRow + 1}`;

  // Table ids are unique in the workbook (tables this write adds included).
  let tableId = 0;
  for (const sheet of index.sheets)
    for (const t of sheet.tables) {
      const head = /<table\b[^>]*>/.exec(await partText(zip, t.path))?.[0] ?? "";
      tableId = Math.max(tableId, Number(/\bid="(\d+)"/.exec(head)?.[1] ?? 0));
    }
  for (const [path, content] of written)
    if (path.startsWith("xl/tables/"))
      tableId = Math.max(
        tableId,
        Number(/<table\b[^>]*\bid="(\d+)"/.exec(contentText(content))?.[1] ?? 0)
      );
  tableId++;
  if (table)
    parts.set(
      tablePath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="${tableId}" name="${table.name}" displayName="${table.name}" ref="${ref}" headerRowCount="1" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${table.columns.length}">${table.columns
        .map((column, i) => `<tableColumn id="${i + 1}" name="${escapeAttribute(column.header)}"/>`)
        .join(
          ""
        )}</tableColumns><tableStyleInfo name="${table.style}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
    );

  // Cells: the plan's (title, note, setting), then the header row.
  const rows = new Map<number, string[]>();
  const put = (row: number, cell: string) => {
    const list = rows.get(row) ?? [];
    list.push(cell);
    rows.set(row, list);
  };
  for (const cell of plan.cells) {
    const style =
      cell.style || cell.numberFormat
        ? styles.xf({ ...cell.style, numberFormat: cell.numberFormat })
        : undefined;
    put(
      Number(/\d+$/.exec(cell.address)?.[0]),
      cellXml(cell.address, cell.value ?? null, style, cell.formula)
    );
  }
  const headerStyle = styles.xf({ bold: true, wrap: true, vertical: "top" });
  table?.columns.forEach((column, i) =>
    put(
      headerRow,
      cellXml(`${columnLetter(firstColumn + i)}${headerRow}`, column.header, headerStyle)
    )
  );
  const sheetData = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((row) => {
      const height =
        row === headerRow && table?.rowHeights
          ? ` ht="${table.rowHeights.header}" customHeight="1"`
          : "";
      const cells = (rows.get(row) as string[]).sort(
        (a, b) =>
          columnIndex(/r="([A-Z]+)/.exec(a)?.[1] ?? "A") -
          columnIndex(/r="([A-Z]+)/.exec(b)?.[1] ?? "A")
      );
      return `<row r="${row}"${height}>${cells.join("")}</row>`;
    })
    .join("");
  const cols = plan.columnWidths
    .map((width) => {
      const column = table?.columns[columnIndex(width.column) - firstColumn];
      const style = column
        ? styles.xf({
            numberFormat: column.numberFormat,
            ...(column.wrap ? { wrap: true, vertical: "top" as const } : {}),
          })
        : undefined;
      const n = columnIndex(width.column) + 1;
      return `<col min="${n}" max="${n}" width="${width.width}"${style ? ` style="${style}"` : ""}${width.hidden ? ' hidden="1"' : ""} customWidth="1"/>`;
    })
    .join("");
  const validations = plan.validations
    .map((rule) => validationXml(rule, rule.range, listSource(rule)))
    .join("");
  const freezeRows = plan.freeze ? plan.freeze.rows : table ? headerRow : 0;
  const sheetXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetPr>${plan.tabColor ? `<tabColor rgb="FF${plan.tabColor.replace("#", "").toUpperCase()}"/>` : ""}<pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:${columnLetter(lastColumn)}${lastRow}"/>` +
    (freezeRows > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${freezeRows}" topLeftCell="A${freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`
      : `<sheetViews><sheetView workbookViewId="0"/></sheetViews>`) +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${sheetData}</sheetData>` +
    (validations
      ? `<dataValidations count="${plan.validations.length}">${validations}</dataValidations>`
      : "") +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup orientation="${plan.print?.orientation ?? "landscape"}" fitToWidth="1" fitToHeight="0"/>` +
    (table ? `<tableParts count="1"><tablePart r:id="rId1"/></tableParts>` : "") +
    `</worksheet>`;
  parts.set(sheetPath, sheetXml);
  if (table)
    parts.set(
      `xl/worksheets/_rels/${sheetFile}.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/${tableFile}"/></Relationships>`
    );

  // The workbook's relationship to the sheet, its entry (after the others), the content types.
  const relsPath = "xl/_rels/workbook.xml.rels";
  let rels = await current(relsPath);
  let n = 1;
  while (new RegExp(`\\bId="rId${n}"`).test(rels)) n++;
  const relId = `rId${n}`;
  rels = rels.replace(
    "</Relationships>",
    `<Relationship Id="${relId}" Type="${REL}/worksheet" Target="worksheets/${sheetFile}"/></Relationships>`
  );
  parts.set(relsPath, rels);
  const sheetIds = [...workbook.matchAll(/<sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) =>
    Number(m[1])
  );
  const sheetId = Math.max(0, ...sheetIds) + 1;
  let out = workbook.replace(
    "</sheets>",
    `<sheet name="${escapeAttribute(plan.name)}" sheetId="${sheetId}" r:id="${relId}"/></sheets>`
  );
  if (!/xmlns:r=/.test(/<workbook\b[^>]*>/.exec(out)?.[0] ?? ""))
    out = out.replace(/<workbook\b/, `<workbook xmlns:r="${REL}"`);
  // The new sheet's position: after every sheet the workbook lists (one this write added included).
  const sheetIndex = (workbook.match(/<sheet\b/g) ?? []).length;
  const names = [
    ...(plan.names ?? []).map((name) => {
      const m = /^([A-Z]+)(\d+)$/.exec(name.address) as RegExpExecArray;
      return `<definedName name="${name.name}">${escapeAttribute(sheetRef(plan.name))}!$${m[1]}$${m[2]}</definedName>`;
    }),
    ...(plan.print?.titleRows
      ? [
          `<definedName name="_xlnm.Print_Titles" localSheetId="${sheetIndex}">${escapeAttribute(sheetRef(plan.name))}!$${plan.print.titleRows.first}:$${plan.print.titleRows.last}</definedName>`,
        ]
      : []),
  ].join("");
  if (names) {
    if (/<definedNames\s*\/>/.test(out))
      out = out.replace(/<definedNames\s*\/>/, `<definedNames>${names}</definedNames>`);
    else if (/<definedNames\b/.test(out))
      out = out.replace(/<\/definedNames>/, `${names}</definedNames>`);
    else {
      // After the sheets and what may follow them, before the calculation settings.
      const before =
        /<(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook>/.exec(
          out
        ) as RegExpExecArray;
      out = `${out.slice(0, before.index)}<definedNames>${names}</definedNames>${out.slice(before.index)}`;
    }
  }
  const typesPath = "[Content_Types].xml";
  const types = (await current(typesPath)).replace(
    "</Types>",
    `<Override PartName="/${sheetPath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      (table
        ? `<Override PartName="/${tablePath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`
        : "") +
      "</Types>"
  );
  parts.set(typesPath, types);
  return { parts, workbook: out, sheetPath };
}
