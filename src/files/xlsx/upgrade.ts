/**
 * "Upgrade the tracker" for a tracker file, as the Excel pane's Set up does
 * it (src/office/excel/apply.ts), by patching the package in place: every
 * value the user wrote stays (cells keep their XML, moved whole when the
 * columns are put in the order by task), missing columns are added, and the
 * display becomes a new tracker's: the attention colours instead of the old
 * palette, whole-number scores, the text frozen beside the header, print
 * settings (landscape, fit to width, header on every page), rows as tall as
 * their wrapped text, the Follow-up sheet with its labelled columns and the
 * Dashboard with the data's labels. The order by task is the user's choice:
 * it is refused, with the reason, when formulas point at the sheet's cells
 * by position, since moving the columns would change what they compute.
 */
import JSZip from "jszip";
import { InputError } from "../../core/model/errors";
import { columnIndex, columnLetter, LAST_ROW, parseRange, sheetRef } from "../../core/schema/a1";
import { ColumnKey, COLUMN_BY_KEY, TABLE_ORDER } from "../../core/schema/columns";
import { frozenColumns, rowHeight } from "../../core/schema/layout";
import type { ConditionalFormatPlan, SheetPlan, ValidationPlan } from "../../core/schema/plan";
import { PLAN_TEXTS } from "../../core/schema/texts";
import { planUpgrade } from "../../core/schema/upgrade";
import { VOCABULARIES, VocabularyKey } from "../../core/schema/vocabularies";
import {
  buildWorkbookPlan,
  FOLLOW_UP_HEADER_ROW,
  literalList,
} from "../../core/schema/workbook-plan";
import { HISTORY_COLUMN_BY_KEY, type HistoryKey } from "../../core/schema/history";
import { STAKEHOLDERS_TABLE } from "../../core/schema/stakeholders";
import { chartParts } from "./charts";
import { freeSheetNames } from "../../core/tracker/plan-inputs";
import { dashboardParts, DashboardRefresh } from "./dashboard";
import { followUpParts, FollowUpRefresh } from "./followup";
import {
  addHistorySheetParts,
  readHistoryPackage,
  refreshKindRuleXml,
  validationXml,
} from "./history";
import { historyFigures } from "../../core/tracker/figures";
import { openPackage, putCustomXmlPart } from "./package";
import { readTrackerPackage, TrackerFile } from "./reader";
import {
  CellWrite,
  columnWidths,
  patchSheet,
  rowStyles,
  setColumnWidths,
  sheetDataOf,
  escapeAttribute,
} from "./sheet-patch";
import { indexPackage, PackageIndex, PackageSheet, readSheetRows } from "./sheet-xml";
import { Opened, packageBytes, recalcOnLoad } from "./store";
import { StyleBook } from "./styles";
import { randomUUID } from "crypto";
import { contentText, PartContent, requiredPartText as text } from "./zip";

export interface UpgradeFileOptions {
  /** Today (ISO), for the Follow-up list. */
  today: string;
  /** Also move the columns into the order by task. */
  reorder?: boolean;
  /** A new limit of key recommendations per report (null: none); absent: the tracker's own is kept. */
  keyLimit?: number | null;
}

export interface UpgradeFileResult {
  bytes: Uint8Array;
  addedColumns: string[];
  renamedKept: string[];
  extraKept: string[];
  reordered: boolean;
  /** Why the columns were left where they are although the order by task was asked for. */
  reorderRefused: string | null;
  followUp: FollowUpRefresh;
  dashboard: DashboardRefresh;
  /** The History sheet (schema v2) was added. */
  addedHistory: boolean;
  /** The Stakeholders sheet and the power/interest grid were added (a tracker made before them). */
  addedStakeholders: boolean;
}

const STYLES = "xl/styles.xml";
const WORKBOOK = "xl/workbook.xml";
/** The columns the add-in colours: their old rules go, the new ones come. */
const RULED: readonly ColumnKey[] = ["deadline", "status", "accepted"];

/** Rewrites the sqref tokens of one column to another; tokens over several columns are split. */
function remapSqref(sqref: string, move: (column: number) => number | null): string {
  const out: string[] = [];
  for (const token of sqref.trim().split(/\s+/)) {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(token);
    if (!m) {
      out.push(token);
      continue;
    }
    const [c1, c2] = [columnIndex(m[1]), columnIndex(m[3] ?? m[1])];
    for (let c = c1; c <= c2; c++) {
      const to = move(c);
      if (to === null) continue;
      out.push(
        m[3]
          ? `${columnLetter(to)}${m[2]}:${columnLetter(to)}${m[4]}`
          : `${columnLetter(to)}${m[2]}`
      );
    }
  }
  return out.join(" ");
}

/** A1 references in a formula (outside quoted text), which point at cells by position. */
function hasA1Reference(formula: string): boolean {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .some((part, i) => i % 2 === 0 && /(^|[^A-Za-z0-9_.[])\$?[A-Z]{1,3}\$?\d+(?![\d(])/.test(part));
}

/** Why the columns of this tracker cannot be moved without changing what formulas compute; null when they can. */
async function reorderRisk(
  zip: JSZip,
  index: PackageIndex,
  tracker: TrackerFile,
  sheetXml: string,
  ruledColumns: ReadonlySet<number>
): Promise<string | null> {
  const { layout } = tracker;
  const rows = sheetDataOf(sheetXml).data.rows.filter(
    (span) => span.row >= layout.headerRow && span.row <= layout.lastRow
  );
  for (const span of rows) {
    const body = sheetXml.slice(span.bodyStart, span.bodyEnd);
    for (const cell of body.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = /\br="([A-Z]+)\d+"/.exec(cell[1])?.[1];
      if (!ref || !cell[2]) continue;
      const c = columnIndex(ref);
      if (c >= layout.firstColumn && c <= layout.lastColumn && /<f\b/.test(cell[2]))
        return `cell ${ref}${span.row} holds a formula`;
    }
  }
  if (/<mergeCell\b/.test(sheetXml)) return "the sheet has merged cells";
  const name = tracker.sheetName;
  const pointing = new RegExp(
    `(^|[^A-Za-z0-9_])('?${name.replace(/[.*+?^${}()|[\]\\']/g, (ch) => (ch === "'" ? "''" : `\\${ch}`))}'?)!`,
    "i"
  );
  for (const sheet of index.sheets) {
    if (sheet.path === layout.sheetPath) continue;
    const xml = await text(zip, sheet.path);
    for (const formula of xml.matchAll(/<f\b[^>]*>([^<]*)<\/f>/g))
      if (pointing.test(formula[1].replace(/&apos;/g, "'")))
        return `a formula on the sheet "${sheet.name}" points at cells of "${name}"`;
  }
  const workbook = await text(zip, WORKBOOK);
  for (const defined of workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g))
    if (!/name="_xlnm\./.test(defined[1]) && pointing.test(defined[2].replace(/&apos;/g, "'")))
      return `the name ${/name="([^"]*)"/.exec(defined[1])?.[1]} points at cells of "${name}"`;
  for (const block of sheetXml.matchAll(
    /<conditionalFormatting\b[^>]*\bsqref="([^"]*)"[^>]*>([\s\S]*?)<\/conditionalFormatting>/g
  )) {
    const columns = block[1]
      .split(/\s+/)
      .map((token) => columnIndex(/^[A-Z]+/.exec(token)?.[0] ?? "A"));
    if (columns.every((c) => ruledColumns.has(c))) continue;
    for (const formula of block[2].matchAll(/<formula>([^<]*)<\/formula>/g))
      if (hasA1Reference(formula[1]))
        return "a conditional format of your own points at cells by position";
  }
  return null;
}

/** The sheet's freeze panes: `rows` header rows and `columns` columns kept in view. */
function freeze(xml: string, rows: number, columns: number): string {
  const topLeft = `${columnLetter(columns)}${rows + 1}`;
  const pane =
    columns > 0
      ? `<pane xSplit="${columns}" ySplit="${rows}" topLeftCell="${topLeft}" activePane="bottomRight" state="frozen"/><selection pane="bottomRight"/>`
      : `<pane ySplit="${rows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`;
  if (!/<sheetView\b/.test(xml)) {
    return xml.replace(
      /(<dimension\b[^>]*\/>)/,
      `$1<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`
    );
  }
  return xml.replace(
    /<sheetView\b([^>]*?)(\/>|>([\s\S]*?)<\/sheetView>)/,
    (_m, attrs: string, _e, body = "") => {
      const kept = String(body)
        .replace(/<pane\b[^>]*\/>/g, "")
        .replace(/<selection\b[^>]*\/>/g, "");
      return `<sheetView${attrs}>${pane}${kept}</sheetView>`;
    }
  );
}

/** Landscape or portrait, fitted to one page's width, as many pages down as needed. */
function pageSetup(xml: string, orientation: "portrait" | "landscape"): string {
  let out = xml;
  if (/<pageSetup\b/.test(out)) {
    out = out.replace(/<pageSetup\b([^>]*?)\/>/, (_m, attrs: string) => {
      const kept = attrs.replace(/\s(orientation|fitToWidth|fitToHeight|scale)="[^"]*"/g, "");
      return `<pageSetup${kept} orientation="${orientation}" fitToWidth="1" fitToHeight="0"/>`;
    });
  } else {
    const element = `<pageSetup orientation="${orientation}" fitToWidth="1" fitToHeight="0"/>`;
    const before =
      /<(headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/.exec(
        out
      );
    if (before) out = out.slice(0, before.index) + element + out.slice(before.index);
  }
  // Fit to pages is switched on in the sheet's properties.
  if (/<pageSetUpPr\b/.test(out))
    return out.replace(/<pageSetUpPr\b([^>]*?)\/>/, (_m, attrs: string) => {
      return `<pageSetUpPr${attrs.replace(/\sfitToPage="[^"]*"/, "")} fitToPage="1"/>`;
    });
  if (/<sheetPr\b[^>]*\/>/.test(out))
    return out.replace(/<sheetPr\b([^>]*)\/>/, '<sheetPr$1><pageSetUpPr fitToPage="1"/></sheetPr>');
  if (/<sheetPr\b/.test(out))
    return out.replace(/<\/sheetPr>/, '<pageSetUpPr fitToPage="1"/></sheetPr>');
  return out.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
}

/** The workbook's print titles for a sheet: its rows `first` to `last` on every page. */
function printTitles(
  workbook: string,
  sheetIndex: number,
  sheetName: string,
  first: number,
  last: number
): string {
  const element = `<definedName name="_xlnm.Print_Titles" localSheetId="${sheetIndex}">${escapeAttribute(sheetRef(sheetName))}!$${first}:$${last}</definedName>`;
  const existing = new RegExp(
    `<definedName\\b(?=[^>]*name="_xlnm\\.Print_Titles")(?=[^>]*localSheetId="${sheetIndex}")[^>]*>[^<]*</definedName>`
  );
  if (existing.test(workbook)) return workbook.replace(existing, element);
  if (/<definedNames\s*\/>/.test(workbook))
    return workbook.replace(/<definedNames\s*\/>/, `<definedNames>${element}</definedNames>`);
  if (/<definedNames\b/.test(workbook))
    return workbook.replace(/<\/definedNames>/, `${element}</definedNames>`);
  const before =
    /<(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook>/.exec(
      workbook
    );
  if (!before) return workbook;
  return `${workbook.slice(0, before.index)}<definedNames>${element}</definedNames>${workbook.slice(before.index)}`;
}

/** Row heights set (never lowered: a row the user made taller stays so). */
function setRowHeights(xml: string, heights: ReadonlyMap<number, number>): string {
  if (heights.size === 0) return xml;
  return xml.replace(/<row\b([^>]*?)(\/?)>/g, (whole, attrs: string, close: string) => {
    const row = Number(/\br="(\d+)"/.exec(attrs)?.[1]);
    const points = heights.get(row);
    if (points === undefined) return whole;
    const was = Number(/\bht="([\d.]+)"/.exec(attrs)?.[1] ?? 0);
    if (was >= points) return whole;
    const kept = attrs.replace(/\s(?:ht|customHeight)="[^"]*"/g, "");
    return `<row${kept} ht="${points}" customHeight="1"${close}>`;
  });
}

interface Layout {
  /** New header order. */
  headers: string[];
  /** For each new position, the old 0-based sheet column or null for a new column. */
  from: (number | null)[];
}

/** The cells of the table's rows moved to their new columns (whole <c> elements, their styles kept). */
function moveCells(
  xml: string,
  firstRow: number,
  lastRow: number,
  firstColumn: number,
  oldLast: number,
  layout: Layout,
  header: { row: number; style: string | undefined }
): string {
  const newLast = firstColumn + layout.from.length - 1;
  const target = new Map<number, number>();
  layout.from.forEach((old, i) => {
    if (old !== null) target.set(old, firstColumn + i);
  });
  const { xml: source, data } = sheetDataOf(xml);
  const parts: string[] = [source.slice(0, data.start)];
  let at = data.start;
  const headerCells = new Map<number, string>();
  layout.from.forEach((old, i) => {
    if (old === null)
      headerCells.set(
        firstColumn + i,
        `<c r="${columnLetter(firstColumn + i)}${header.row}"${header.style ? ` s="${header.style}"` : ""} t="inlineStr"><is><t xml:space="preserve">${escapeAttribute(layout.headers[i])}</t></is></c>`
      );
  });
  const rowsSeen = new Set<number>();
  for (const span of data.rows) {
    if (span.row < firstRow || span.row > lastRow) continue;
    rowsSeen.add(span.row);
    const body = span.selfClosing ? "" : source.slice(span.bodyStart, span.bodyEnd);
    const cells: { column: number; xml: string }[] = [];
    let next = 0;
    for (const match of body.matchAll(/<c\b([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g)) {
      const ref = /\br="([A-Z]+)\d+"/.exec(match[1]);
      const column = ref ? columnIndex(ref[1]) : next;
      next = column + 1;
      let element = ref
        ? match[0]
        : match[0].replace(/^<c\b/, `<c r="${columnLetter(column)}${span.row}"`);
      let to = column;
      if (column >= firstColumn && column <= oldLast) {
        const moved = target.get(column);
        if (moved === undefined) continue;
        to = moved;
        element = element.replace(/\br="[A-Z]+(\d+)"/, `r="${columnLetter(to)}$1"`);
      } else if (column > oldLast && column <= newLast) {
        throw new InputError(
          `cell ${columnLetter(column)}${span.row}, just right of the Recommendations table, is not empty; move what is there so the table can take its new columns, then upgrade again.`,
          "cellRightOfTable",
          { cell: `${columnLetter(column)}${span.row}` }
        );
      }
      cells.push({ column: to, xml: element });
    }
    if (span.row === header.row)
      for (const [column, element] of headerCells) cells.push({ column, xml: element });
    cells.sort((a, b) => a.column - b.column);
    const head = source
      .slice(span.start, span.selfClosing ? span.end : span.bodyStart)
      .replace(/\sspans="[^"]*"/, "")
      .replace(/\/>$/, ">");
    parts.push(
      source.slice(at, span.start),
      `${head}${cells.map((cell) => cell.xml).join("")}</row>`
    );
    at = span.end;
  }
  parts.push(source.slice(at));
  let out = parts.join("");
  if (!rowsSeen.has(header.row) && headerCells.size > 0)
    out = patchSheet(
      out,
      new Map([
        [
          header.row,
          [...headerCells.keys()].map(
            (column) => ({ column, value: layout.headers[column - firstColumn] }) as CellWrite
          ),
        ],
      ])
    );
  return out;
}

/** The table part with its columns in the new order (new ones added), its filters following them. */
function tableInNewOrder(xml: string, firstColumn: number, layout: Layout, ref: string): string {
  const columns = [...xml.matchAll(/<tableColumn\b[^>]*?(?:\/>|>[\s\S]*?<\/tableColumn>)/g)].map(
    (m) => m[0]
  );
  let nextId = Math.max(0, ...columns.map((c) => Number(/\bid="(\d+)"/.exec(c)?.[1] ?? 0))) + 1;
  const ordered = layout.from.map((old, i) =>
    old === null
      ? `<tableColumn id="${nextId++}" name="${escapeAttribute(layout.headers[i])}"/>`
      : columns[old - firstColumn]
  );
  const newIndex = new Map<number, number>();
  layout.from.forEach((old, i) => {
    if (old !== null) newIndex.set(old - firstColumn, i);
  });
  return xml
    .replace(/(<table\b[^>]*\bref=")[^"]*(")/, `$1${ref}$2`)
    .replace(/(<autoFilter\b[^>]*\bref=")[^"]*(")/, `$1${ref}$2`)
    .replace(
      /(<filterColumn\b[^>]*\bcolId=")(\d+)(")/g,
      (_m, a: string, id: string, b: string) => `${a}${newIndex.get(Number(id)) ?? id}${b}`
    )
    .replace(
      /(<sortCondition\b[^>]*\bref=")([^"]*)(")/g,
      (_m, a: string, sq: string, b: string) =>
        `${a}${remapSqref(sq, (c) => {
          const i = newIndex.get(c - firstColumn);
          return i === undefined ? c : firstColumn + i;
        })}${b}`
    )
    .replace(
      /<tableColumns\b[^>]*?(?:\/>|>[\s\S]*?<\/tableColumns>)/,
      `<tableColumns count="${ordered.length}">${ordered.join("")}</tableColumns>`
    );
}

function conditionalXml(
  format: ConditionalFormatPlan,
  sqref: string,
  formula: string,
  dxf: number
): string {
  return `<conditionalFormatting sqref="${sqref}"><cfRule type="expression" dxfId="${dxf}" priority="${format.priority}"${format.stopIfTrue ? ' stopIfTrue="1"' : ""}><formula>${escapeAttribute(formula.replace(/^=/, ""))}</formula></cfRule></conditionalFormatting>`;
}

/** Puts elements of a sheet in the place the schema orders them: before the first of `after`. */
function insertBefore(xml: string, element: string, after: RegExp): string {
  const match = after.exec(xml);
  if (!match) return xml.replace("</worksheet>", `${element}</worksheet>`);
  return xml.slice(0, match.index) + element + xml.slice(match.index);
}

const AFTER_CONDITIONAL =
  /<(dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;
const AFTER_VALIDATIONS =
  /<(hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;

/** Upgrades a tracker file; `bytes` is the new file (written by the caller, atomically). */
export async function upgradeTrackerFile(
  data: Uint8Array,
  name: string,
  options: UpgradeFileOptions
): Promise<UpgradeFileResult> {
  const zip = await openPackage(data, name);
  const opened: Opened = { zip, index: await indexPackage(zip) };
  const { index } = opened;
  const tracker = await readTrackerPackage(zip, name);
  const { layout } = tracker;
  if (!layout.tablePath)
    throw new InputError(
      `${name}: the recommendations are not in an Excel table named Recommendations, so the tracker cannot be upgraded here; open it in Excel and use Set up in the tracker's task pane.`,
      "notUpgradable",
      { file: name }
    );
  const sheetIndex = index.sheets.findIndex((sheet) => sheet.path === layout.sheetPath);
  let sheetXml = await text(zip, layout.sheetPath);
  const headerTexts: string[] = [];
  const headerRow =
    (await readSheetRows(zip, index.sheets[sheetIndex], index, layout.headerRow))[
      layout.headerRow - 1
    ] ?? [];
  for (let c = layout.firstColumn; c <= layout.lastColumn; c++)
    headerTexts.push(String(headerRow[c] ?? "").trim());
  const language = tracker.language;
  const history = await readHistoryPackage(zip, index);
  const upgradePlan = planUpgrade(
    headerTexts,
    tracker.metadata,
    language,
    options.keyLimit,
    history.content.present,
    index.sheets.some((sheet) =>
      sheet.tables.some((table) => table.name.toLowerCase() === STAKEHOLDERS_TABLE.toLowerCase())
    )
  );
  const headers: Partial<Record<ColumnKey, string>> = {};
  for (const column of upgradePlan.present) headers[column.key as ColumnKey] = column.header;
  for (const column of upgradePlan.missing) headers[column.key as ColumnKey] = column.header;
  const keyOf = new Map((Object.entries(headers) as [ColumnKey, string][]).map(([k, h]) => [h, k]));

  // The new layout: the order by task when asked (and safe), else the columns as they are, the missing ones at the end.
  const ruledOld = new Set(
    RULED.map((k) => layout.columns[k]).filter((c): c is number => c !== undefined)
  );
  let reorderRefused: string | null = null;
  let reorder = Boolean(options.reorder);
  if (reorder) {
    reorderRefused = await reorderRisk(zip, index, tracker, sheetXml, ruledOld);
    if (reorderRefused) reorder = false;
  }
  const extras = upgradePlan.extra.map((column) => column.header);
  const order = reorder
    ? [...TABLE_ORDER.map((k) => headers[k] as string), ...extras]
    : [...headerTexts, ...upgradePlan.missing.map((column) => column.header)];
  const oldColumnOf = (header: string) => {
    const at = headerTexts.indexOf(header);
    return at < 0 ? null : layout.firstColumn + at;
  };
  const newLayout: Layout = { headers: order, from: order.map(oldColumnOf) };
  const firstColumn = layout.firstColumn;
  const lastColumn = firstColumn + order.length - 1;
  const newColumnOf = (k: ColumnKey) => firstColumn + order.indexOf(headers[k] as string);
  const moveColumn = (old: number): number | null => {
    if (old < firstColumn || old > layout.lastColumn) return old;
    const at = newLayout.from.indexOf(old);
    return at < 0 ? null : firstColumn + at;
  };

  const {
    history: historyName,
    stakeholders,
    stakeholderGrid,
  } = freeSheetNames(
    language,
    index.sheets.map((sheet) => sheet.name),
    { recommendations: tracker.sheetName }
  );
  const freeNames = { history: historyName, stakeholders, stakeholderGrid };
  const plan = buildWorkbookPlan({
    language,
    headers,
    sheetNames: {
      recommendations: tracker.sheetName,
      // A sheet of the user's may have the name of a sheet the upgrade adds already.
      ...freeNames,
    },
  });
  const recommendations = plan.sheets.find((sheet) => sheet.key === "recommendations") as SheetPlan;
  const planColumn = (k: ColumnKey) =>
    recommendations.tables[0].columns.find(
      (column) => column.key === k
    ) as SheetPlan["tables"][number]["columns"][number];
  const planWidth = (k: ColumnKey) => COLUMN_BY_KEY.get(k)?.width ?? 14;
  const styles = new StyleBook(await text(zip, STYLES));

  // Cells to their new columns, new headers in place.
  const headerStyle = rowStyles(
    sheetXml,
    sheetDataOf(sheetXml).data.rows.find((span) => span.row === layout.headerRow)
  ).get(firstColumn);
  sheetXml = moveCells(
    sheetXml,
    layout.headerRow,
    layout.lastRow,
    firstColumn,
    layout.lastColumn,
    newLayout,
    {
      row: layout.headerRow,
      style: headerStyle,
    }
  );
  // Column widths and styles follow their columns; new columns take the plan's.
  const oldCols = [
    ...(/<cols>([\s\S]*?)<\/cols>/.exec(sheetXml)?.[1] ?? "").matchAll(/<col\b([^>]*?)\/?>/g),
  ].map((m) => m[1]);
  const colAttributes = (old: number) =>
    oldCols.find((attrs) => {
      const min = Number(/\bmin="(\d+)"/.exec(attrs)?.[1]);
      const max = Number(/\bmax="(\d+)"/.exec(attrs)?.[1]);
      return min <= old + 1 && old + 1 <= max;
    });
  const widthsBefore = columnWidths(sheetXml);
  sheetXml = setColumnWidths(
    sheetXml,
    order.map((header, i) => {
      const old = newLayout.from[i];
      const k = keyOf.get(header);
      return {
        column: firstColumn + i,
        width:
          old !== null ? (widthsBefore.get(old) ?? (k ? planWidth(k) : 18)) : k ? planWidth(k) : 18,
      };
    })
  );
  // setColumnWidths writes plain entries: put back each column's style and hidden flag, and a new column's format.
  sheetXml = sheetXml.replace(
    /<col min="(\d+)" max="\1" width="([^"]*)" customWidth="1"\/>/g,
    (whole, min: string, width: string) => {
      const i = Number(min) - 1 - firstColumn;
      if (i < 0 || i >= order.length) return whole;
      const old = newLayout.from[i];
      const k = keyOf.get(order[i]);
      const attrs = old !== null ? colAttributes(old) : undefined;
      const style = attrs
        ? /\bstyle="(\d+)"/.exec(attrs)?.[1]
        : k
          ? styles.xf({
              numberFormat: planColumn(k).numberFormat,
              ...(planColumn(k).wrap ? { wrap: true, vertical: "top" as const } : {}),
            })
          : undefined;
      const hidden =
        (attrs && /\bhidden="(1|true)"/.test(attrs)) || (old === null && k === "updated");
      return `<col min="${min}" max="${min}" width="${width}"${style ? ` style="${style}"` : ""}${hidden ? ' hidden="1"' : ""} customWidth="1"/>`;
    }
  );

  // Hyperlinks and validations follow their cells.
  sheetXml = sheetXml.replace(
    /(<hyperlink\b[^>]*\bref=")([^"]*)(")/g,
    (_m, a: string, ref: string, b: string) => `${a}${remapSqref(ref, (c) => moveColumn(c))}${b}`
  );
  sheetXml = sheetXml.replace(
    /(<dataValidation\b[^>]*\bsqref=")([^"]*)(")/g,
    (_m, a: string, sq: string, b: string) => `${a}${remapSqref(sq, (c) => moveColumn(c))}${b}`
  );
  // The add-in's colours: the old rules of the ruled columns go, the others follow their cells.
  sheetXml = sheetXml.replace(
    /<conditionalFormatting\b[^>]*\bsqref="([^"]*)"[^>]*>[\s\S]*?<\/conditionalFormatting>/g,
    (block, sq: string) => {
      const columns = sq
        .split(/\s+/)
        .map((token) => columnIndex(/^[A-Z]+/.exec(token)?.[0] ?? "A"));
      if (columns.every((c) => ruledOld.has(c))) return "";
      return block.replace(/\bsqref="[^"]*"/, `sqref="${remapSqref(sq, (c) => moveColumn(c))}"`);
    }
  );
  const firstDataRow = layout.headerRow + 1;
  const columnMap = new Map<number, number>();
  recommendations.tables[0].columns.forEach((column, i) => {
    if (headers[column.key as ColumnKey] !== undefined)
      columnMap.set(i, newColumnOf(column.key as ColumnKey));
  });
  const conditional = recommendations.conditionalFormats
    .map((format) => {
      const planned = Number(columnIndex(/^[A-Z]+/.exec(format.range)?.[0] ?? "A"));
      const column = columnMap.get(planned);
      if (column === undefined) return "";
      const letter = columnLetter(column);
      const formula = format.formula.replace(/\$([A-Z]{1,3})2\b/g, (_m, letters: string) => {
        const to = columnMap.get(columnIndex(letters));
        return to === undefined ? `$${letters}2` : `$${columnLetter(to)}${firstDataRow}`;
      });
      return conditionalXml(
        format,
        `${letter}${firstDataRow}:${letter}${LAST_ROW}`,
        formula,
        styles.dxf(format.format)
      );
    })
    .join("");
  sheetXml = insertBefore(sheetXml, conditional, AFTER_CONDITIONAL);
  // Drop-downs and date checks for the columns added.
  const added = new Set(upgradePlan.missing.map((column) => column.key as ColumnKey));
  const listTables = new Map<
    VocabularyKey,
    { sheet: string; column: number; firstDataRow: number }
  >();
  for (const sheet of index.sheets)
    for (const table of sheet.tables) {
      const vocab = Object.values(VOCABULARIES).find(
        (v) => v.table.toLowerCase() === table.name.toLowerCase()
      );
      const range = parseRange(table.ref);
      if (vocab && range)
        listTables.set(vocab.key, {
          sheet: sheet.name,
          column: range.firstColumn,
          firstDataRow: range.firstRow + 1,
        });
    }
  const validations = recommendations.validations
    .filter((rule) => rule.tableColumn && added.has(rule.tableColumn.columnKey as ColumnKey))
    .map((rule) => {
      const k = rule.tableColumn?.columnKey as ColumnKey;
      const letter = columnLetter(newColumnOf(k));
      let source: string | undefined;
      const vocab = COLUMN_BY_KEY.get(k)?.vocabulary;
      if (rule.type === "list" && vocab) {
        const list = listTables.get(vocab);
        if (!list) return "";
        const l = columnLetter(list.column);
        const at = `${sheetRef(list.sheet)}!$${l}$${list.firstDataRow}`;
        source = `=OFFSET(${at},0,0,MAX(1,COUNTA(${at}:$${l}$${LAST_ROW})),1)`;
      }
      return validationXml(rule, `${letter}${firstDataRow}:${letter}${LAST_ROW}`, source);
    })
    .join("");
  if (validations) {
    if (/<dataValidations\b[^>]*\/>/.test(sheetXml))
      sheetXml = sheetXml.replace(
        /<dataValidations\b[^>]*\/>/,
        `<dataValidations>${validations}</dataValidations>`
      );
    else if (/<dataValidations\b/.test(sheetXml))
      sheetXml = sheetXml.replace(/<\/dataValidations>/, `${validations}</dataValidations>`);
    else
      sheetXml = insertBefore(
        sheetXml,
        `<dataValidations>${validations}</dataValidations>`,
        AFTER_VALIDATIONS
      );
    sheetXml = sheetXml.replace(
      /<dataValidations\b[^>]*>([\s\S]*?)<\/dataValidations>/,
      (_m, body: string) =>
        `<dataValidations count="${(body.match(/<dataValidation\b/g) ?? []).length}">${body}</dataValidations>`
    );
  }

  // Whole-number scores: the score cells take the same format with "0" (their values stay).
  const scoreColumn = headers.smartScore !== undefined ? newColumnOf("smartScore") : -1;
  const scoreLetter = scoreColumn >= 0 ? columnLetter(scoreColumn) : "";
  if (scoreColumn >= 0)
    sheetXml = sheetXml.replace(
      new RegExp(`<c r="${scoreLetter}(\\d+)"([^>]*?)(/?)>`, "g"),
      (whole, row: string, attrs: string, close: string) => {
        if (Number(row) <= layout.headerRow || Number(row) > layout.lastRow) return whole;
        const s = /\bs="(\d+)"/.exec(attrs)?.[1];
        const next = styles.withNumberFormat(s, "0");
        const kept = attrs.replace(/\ss="\d+"/, "");
        return `<c r="${scoreLetter}${row}" s="${next}"${kept}${close}>`;
      }
    );

  // The text frozen beside the header when the columns up to it leave room for the rest.
  const textAt = headers.text !== undefined ? newColumnOf("text") - firstColumn : -1;
  const widthsNow = columnWidths(sheetXml);
  const frozen =
    firstColumn === 0 && textAt >= 0
      ? frozenColumns(
          order.slice(0, textAt + 1).map((_h, i) => widthsNow.get(firstColumn + i) ?? 14)
        )
      : 0;
  sheetXml = freeze(sheetXml, layout.headerRow, frozen);
  sheetXml = pageSetup(sheetXml, "landscape");
  // Rows as tall as their wrapped texts, at the columns' widths.
  const wrapped = (Object.keys(headers) as ColumnKey[]).filter((k) => planColumn(k)?.wrap);
  const heights = new Map<number, number>();
  for (const row of tracker.rows) {
    heights.set(
      row.row,
      rowHeight(
        wrapped.map((k) => ({
          text: typeof row.values[k] === "string" ? (row.values[k] as string) : "",
          width: widthsNow.get(newColumnOf(k)) ?? planWidth(k),
        }))
      )
    );
  }
  heights.set(
    layout.headerRow,
    rowHeight(
      order.map((header, i) => ({ text: header, width: widthsNow.get(firstColumn + i) ?? 14 }))
    )
  );
  sheetXml = setRowHeights(sheetXml, heights);
  sheetXml = sheetXml.replace(
    /<dimension ref="([A-Z]+\d+)(?::([A-Z]+)(\d+))?"/,
    (_m, start: string, end: string | undefined, endRow: string | undefined) => {
      const endColumn = Math.max(lastColumn, columnIndex(end ?? "A"));
      return `<dimension ref="${start}:${columnLetter(endColumn)}${endRow ?? layout.lastRow}"`;
    }
  );

  const parts = new Map<string, PartContent>();
  parts.set(layout.sheetPath, sheetXml);
  const ref = `${columnLetter(firstColumn)}${layout.headerRow}:${columnLetter(lastColumn)}${layout.lastRow}`;
  parts.set(
    layout.tablePath,
    tableInNewOrder(await text(zip, layout.tablePath), firstColumn, newLayout, ref)
  );

  let workbook = printTitles(
    await text(zip, WORKBOOK),
    sheetIndex,
    tracker.sheetName,
    layout.headerRow,
    layout.headerRow
  );

  // The Follow-up sheet: its table rebuilt in the new layout, its title and note, print settings.
  const records = tracker.rows.map((row) => row.values);
  const followUp = await followUpParts(zip, index, records, {
    today: options.today,
    language,
    headers,
    date1904: layout.date1904,
    trackerSheetPath: layout.sheetPath,
    replyDays: history.content.replyDays,
  });
  const followUpSheet = index.sheets.find((sheet) => sheet.name === followUp.refresh.sheet);
  if (
    followUpSheet &&
    (followUp.refresh.outcome === "refreshed" || followUp.refresh.outcome === "unchanged")
  ) {
    const t = PLAN_TEXTS[language];
    const refreshed = followUp.parts.get(followUpSheet.path);
    let xml =
      refreshed !== undefined ? contentText(refreshed) : await text(zip, followUpSheet.path);
    xml = patchSheet(
      xml,
      new Map([
        [1, [{ column: 0, value: t.followUpTitle }]],
        [2, [{ column: 0, value: t.followUpNote }]],
      ])
    );
    xml = pageSetup(freeze(xml, FOLLOW_UP_HEADER_ROW, 0), "landscape");
    followUp.parts.set(followUpSheet.path, xml);
    workbook = printTitles(
      workbook,
      index.sheets.indexOf(followUpSheet),
      followUpSheet.name,
      FOLLOW_UP_HEADER_ROW,
      FOLLOW_UP_HEADER_ROW
    );
  }
  for (const [path, xml] of followUp.parts) parts.set(path, xml);
  // The metadata part first: the Dashboard's charts add to the same content types.
  await putCustomXmlPart(
    zip,
    upgradePlan.customXml.namespace,
    upgradePlan.customXml.xml,
    randomUUID()
  );
  const dashboard = await dashboardParts(zip, index, records, {
    language,
    headers,
    trackerSheetPath: layout.sheetPath,
    styles,
    history: true,
    // The figures from the history and their chart: an upgrade from v1 gets the (empty) History too.
    figures: historyFigures(records, {
      today: options.today,
      language,
      replyDays: history.content.replyDays,
      history: history.content.rows,
    }),
  });
  const dashboardSheet = index.sheets.find((s: PackageSheet) => s.name === dashboard.refresh.sheet);
  for (const [path, xml] of dashboard.parts)
    parts.set(path, path === dashboardSheet?.path ? pageSetup(xml, "portrait") : xml);
  if (dashboardSheet && !dashboard.parts.has(dashboardSheet.path))
    parts.set(dashboardSheet.path, pageSetup(await text(zip, dashboardSheet.path), "portrait"));
  // Schema v2: the History sheet, added whole (no existing cell changes); its drop-downs use the
  // workbook's lists. After the Dashboard's charts: both add to the content types.
  if (upgradePlan.addsHistory) {
    const listSource = (rule: ValidationPlan): string | undefined => {
      if (rule.type !== "list") return undefined;
      const key = rule.tableColumn?.columnKey as HistoryKey | undefined;
      const vocab = key ? HISTORY_COLUMN_BY_KEY.get(key)?.vocabulary : undefined;
      if (!vocab || !rule.source.startsWith("=")) return undefined;
      const list = listTables.get(vocab);
      if (!list)
        return literalList(VOCABULARIES[vocab].values.map((value) => value.labels[language]));
      const l = columnLetter(list.column);
      const at = `${sheetRef(list.sheet)}!$${l}$${list.firstDataRow}`;
      return `=OFFSET(${at},0,0,MAX(1,COUNTA(${at}:$${l}$${LAST_ROW})),1)`;
    };
    const added = await addHistorySheetParts(
      zip,
      index,
      plan.sheets.find((sheet) => sheet.key === "history") as SheetPlan,
      styles,
      workbook,
      listSource,
      parts
    );
    workbook = added.workbook;
    for (const [path, xml] of added.parts) parts.set(path, xml);
  } else if (history.layout) {
    // A History made before a kind was added (the strategies): its drop-down of kinds gets the schema's.
    const path = history.layout.sheetPath;
    const pending = parts.get(path);
    const xml = pending !== undefined ? contentText(pending) : await text(zip, path);
    const kinds = literalList(VOCABULARIES.eventKind.values.map((value) => value.labels[language]));
    const next = refreshKindRuleXml(xml, history.layout, kinds);
    if (next !== xml) parts.set(path, next);
  }
  // The Stakeholders sheet and the power/interest grid (with its chart), added whole the same way.
  if (upgradePlan.addsStakeholders) {
    for (const key of ["stakeholders", "stakeholderGrid"] as const) {
      const sheetPlan = plan.sheets.find((sheet) => sheet.key === key) as SheetPlan;
      const added = await addHistorySheetParts(
        zip,
        index,
        sheetPlan,
        styles,
        workbook,
        () => undefined,
        parts
      );
      workbook = added.workbook;
      for (const [path, xml] of added.parts) parts.set(path, xml);
      if (sheetPlan.charts.length > 0) {
        const charts = await chartParts(
          zip,
          { name: sheetPlan.name, path: added.sheetPath },
          parts.get(added.sheetPath) as string,
          sheetPlan.charts,
          parts
        );
        parts.set(added.sheetPath, charts.sheetXml);
        for (const [path, xml] of charts.parts) parts.set(path, xml);
      }
    }
  }
  parts.set(STYLES, styles.toXml());
  parts.set(WORKBOOK, recalcOnLoad(workbook));
  return {
    bytes: await packageBytes(opened, parts),
    addedColumns: upgradePlan.missing.map((column) => column.header),
    renamedKept: upgradePlan.renamed.map((column) => column.header),
    extraKept: upgradePlan.extra.map((column) => column.header),
    reordered: reorder,
    reorderRefused,
    followUp: followUp.refresh,
    dashboard: dashboard.refresh,
    addedHistory: upgradePlan.addsHistory,
    addedStakeholders: upgradePlan.addsStakeholders,
  };
}
