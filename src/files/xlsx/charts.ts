import JSZip from "jszip";
import { parseAddress, sheetRef } from "../../core/schema/a1";
import { chartNames, chartSeries } from "../../core/schema/charts";
import type { ChartPlan, WorkbookPlan } from "../../core/schema/plan";
import { decodeXmlText, indexPackage, resolvePartPath } from "./sheet-xml";
import { contentText, partText, type PartContent } from "./zip";
import { escapeAttribute } from "./sheet-patch";

/**
 * The Dashboard's charts in a tracker file, as DrawingML parts (exceljs
 * writes no charts): one chart part per ChartPlan (src/core/schema/charts.ts)
 * whose series point at the Dashboard's cells (no cached values: Excel and
 * LibreOffice draw them from the formulas' results when they open the file),
 * anchored on the sheet by a drawing part. A chart already there under one of
 * its names (the pane's, an earlier write's, one Excel saved) keeps its part
 * and its look; only the ranges its series read are brought up to date.
 */

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL = {
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
};
const TYPES = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};
const CONTENT_TYPES = "[Content_Types].xml";

/** The chart part's ranges: on the named sheet, absolute. */
function seriesRefs(plan: ChartPlan, sheetName: string) {
  const { categories, series } = chartSeries(plan);
  const on = (range: string) => `${sheetRef(sheetName)}!${range}`;
  return {
    categories: on(categories),
    series: series.map((s) => ({ name: on(s.name), values: on(s.values) })),
  };
}

const BAR = {
  columnClustered: { dir: "col", grouping: "clustered" },
  columnStacked: { dir: "col", grouping: "stacked" },
  barClustered: { dir: "bar", grouping: "clustered" },
  barStacked: { dir: "bar", grouping: "stacked" },
} as const;

/** A chart part for `plan`, reading the cells of the sheet `sheetName`. */
export function chartSpaceXml(plan: ChartPlan, sheetName: string): string {
  const { dir, grouping } = BAR[plan.type];
  const refs = seriesRefs(plan, sheetName);
  const series = refs.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeAttribute(s.name)}</c:f></c:strRef></c:tx>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeAttribute(refs.categories)}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeAttribute(s.values)}</c:f></c:numRef></c:val></c:ser>`
    )
    .join("");
  const [catPos, valPos] = dir === "col" ? ["b", "l"] : ["l", "b"];
  // Reversed categories: the value axis then crosses at the last one, so it stays at the bottom.
  const [orientation, valueCrosses] = plan.reverseCategories
    ? ["maxMin", "max"]
    : ["minMax", "autoZero"];
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${escapeAttribute(plan.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${dir}"/><c:grouping val="${grouping}"/>` +
    `<c:varyColors val="0"/>${series}<c:gapWidth val="80"/>` +
    (grouping === "stacked" ? `<c:overlap val="100"/>` : "") +
    `<c:axId val="111"/><c:axId val="222"/></c:barChart>` +
    `<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="${orientation}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${catPos}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="222"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${valPos}"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="111"/><c:crosses val="${valueCrosses}"/><c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    (plan.legend ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : "") +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/**
 * A chart part of ours read by its new ranges: each series' name, categories
 * and values re-pointed (their cached values dropped, as they are stale);
 * null when its series do not match the plan's (then it is written anew).
 */
export function retargetChart(xml: string, plan: ChartPlan, sheetName: string): string | null {
  const refs = seriesRefs(plan, sheetName);
  const blocks = [...xml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)];
  if (blocks.length !== refs.series.length) return null;
  let i = 0;
  return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (block) => {
    const s = refs.series[i++];
    const point = (element: string, ref: string, text: string) =>
      text.replace(
        new RegExp(`(<c:${element}>[\\s\\S]*?<c:f>)[^<]*(</c:f>)`),
        (_m, open: string, close: string) => `${open}${escapeAttribute(ref)}${close}`
      );
    let out = point("tx", s.name, block);
    out = point("cat", refs.categories, out);
    out = point("val", s.values, out);
    return out
      .replace(/<c:strCache>[\s\S]*?<\/c:strCache>/g, "")
      .replace(/<c:numCache>[\s\S]*?<\/c:numCache>/g, "");
  });
}

/** A two-cell anchor holding a chart frame. */
function anchorXml(plan: ChartPlan, id: number, relId: string): string {
  const from = parseAddress(plan.from);
  const to = parseAddress(plan.to);
  const marker = (tag: string, at: { row: number; column: number }) =>
    `<xdr:${tag}><xdr:col>${at.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", from)}${marker("to", to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeAttribute(plan.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

function emptyRels(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}"></Relationships>`;
}

/** Adds a relationship; returns the new rels text and the id it took. */
function addRelationship(rels: string, type: string, target: string): { xml: string; id: string } {
  const used = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const element = `<Relationship Id="${id}" Type="${type}" Target="${escapeAttribute(target)}"/>`;
  const xml = /<Relationships\b[^>]*\/>/.test(rels)
    ? rels.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${element}</Relationships>`)
    : rels.replace("</Relationships>", `${element}</Relationships>`);
  return { xml, id };
}

/** Relationship targets by id. */
function relationshipTargets(rels: string, partPath: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[1])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[1])?.[1];
    if (id && target && !/TargetMode="External"/.test(m[1]))
      map.set(id, resolvePartPath(partPath, decodeXmlText(target)));
  }
  return map;
}

/** Elements a worksheet's <drawing> comes before, in the schema's order. */
const AFTER_DRAWING =
  /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** The parts that change, read through the pending ones first. */
class PartWriter {
  readonly parts = new Map<string, string>();
  constructor(
    private readonly zip: JSZip,
    private readonly pending: ReadonlyMap<string, PartContent>
  ) {}
  async read(path: string): Promise<string | null> {
    const own = this.parts.get(path);
    if (own !== undefined) return own;
    const pending = this.pending.get(path);
    if (pending !== undefined) return contentText(pending);
    return partText(this.zip, path);
  }
  exists(path: string): boolean {
    return this.parts.has(path) || this.pending.has(path) || this.zip.file(path) !== null;
  }
  /** The first free xl/<folder>/<stem>N.xml. */
  freePath(folder: string, stem: string): string {
    let n = 1;
    while (this.exists(`xl/${folder}/${stem}${n}.xml`)) n++;
    return `xl/${folder}/${stem}${n}.xml`;
  }
  async addContentType(path: string, type: string): Promise<void> {
    const types = (await this.read(CONTENT_TYPES)) ?? "";
    if (types.includes(`PartName="/${path}"`)) return;
    this.parts.set(
      CONTENT_TYPES,
      types.replace("</Types>", `<Override PartName="/${path}" ContentType="${type}"/></Types>`)
    );
  }
}

export interface ChartWrite {
  /** The sheet's XML with its <drawing> element (unchanged when it had one). */
  sheetXml: string;
  /** New or changed parts: charts, the drawing, relationships, content types. */
  parts: Map<string, string>;
}

/**
 * The sheet's charts as `charts` plans them: those found by name re-pointed,
 * the others added. `pending` holds parts the same write already changed.
 */
export async function chartParts(
  zip: JSZip,
  sheet: { name: string; path: string },
  sheetXml: string,
  charts: readonly ChartPlan[],
  pending: ReadonlyMap<string, PartContent> = new Map()
): Promise<ChartWrite> {
  const writer = new PartWriter(zip, pending);
  if (charts.length === 0) return { sheetXml, parts: writer.parts };
  const sheetRelsPath = relsPathOf(sheet.path);
  let sheetRels = (await writer.read(sheetRelsPath)) ?? emptyRels();
  const drawingElement = /<drawing\b[^>]*\b(?:[\w]+:)?id="([^"]+)"[^>]*\/>/.exec(sheetXml);
  let drawingPath = drawingElement
    ? relationshipTargets(sheetRels, sheet.path).get(drawingElement[1])
    : undefined;
  let drawing = drawingPath ? await writer.read(drawingPath) : null;
  let outSheet = sheetXml;
  if (!drawingPath || drawing === null) {
    // No drawing on the sheet (or a broken link to one): a new drawing part takes the charts.
    drawingPath = writer.freePath("drawings", "drawing");
    drawing = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"></xdr:wsDr>`;
    const added = addRelationship(
      sheetRels,
      REL.drawing,
      `../drawings/${drawingPath.split("/").pop()}`
    );
    sheetRels = added.xml;
    writer.parts.set(sheetRelsPath, sheetRels);
    await writer.addContentType(drawingPath, TYPES.drawing);
    if (drawingElement) outSheet = outSheet.replace(drawingElement[0], "");
    if (!/<worksheet\b[^>]*\sxmlns:r="/.test(outSheet))
      outSheet = outSheet.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.r}"`);
    const at = AFTER_DRAWING.exec(outSheet);
    const element = `<drawing r:id="${added.id}"/>`;
    outSheet = at
      ? outSheet.slice(0, at.index) + element + outSheet.slice(at.index)
      : outSheet + element;
  }
  const drawingRelsPath = relsPathOf(drawingPath);
  let drawingRels = (await writer.read(drawingRelsPath)) ?? emptyRels();
  const targets = relationshipTargets(drawingRels, drawingPath);
  // The charts on the drawing by the name of their frame.
  const onSheet = new Map<string, string>();
  for (const frame of drawing.matchAll(/<xdr:graphicFrame\b[\s\S]*?<\/xdr:graphicFrame>/g)) {
    const name = /<xdr:cNvPr\b[^>]*\bname="([^"]*)"/.exec(frame[0])?.[1];
    const rel = /<c:chart\b[^>]*\br:id="([^"]+)"/.exec(frame[0])?.[1];
    const target = rel ? targets.get(rel) : undefined;
    if (name !== undefined && target) onSheet.set(decodeXmlText(name), target);
  }
  let nextId =
    Math.max(
      1,
      ...[...drawing.matchAll(/<xdr:cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]))
    ) + 1;
  let anchors = "";
  for (const plan of charts) {
    const existing = chartNames(plan.key)
      .map((name) => onSheet.get(name))
      .find((path) => path !== undefined);
    if (existing) {
      const xml = await writer.read(existing);
      if (xml === null) continue;
      const next = retargetChart(xml, plan, sheet.name) ?? chartSpaceXml(plan, sheet.name);
      if (next !== xml) writer.parts.set(existing, next);
      continue;
    }
    const chartPath = writer.freePath("charts", "chart");
    writer.parts.set(chartPath, chartSpaceXml(plan, sheet.name));
    await writer.addContentType(chartPath, TYPES.chart);
    const added = addRelationship(
      drawingRels,
      REL.chart,
      `../charts/${chartPath.split("/").pop()}`
    );
    drawingRels = added.xml;
    anchors += anchorXml(plan, nextId++, added.id);
  }
  if (anchors) {
    writer.parts.set(drawingRelsPath, drawingRels);
    writer.parts.set(
      drawingPath,
      /<xdr:wsDr\b[^>]*\/>/.test(drawing)
        ? drawing.replace(/<xdr:wsDr\b([^>]*)\/>/, `<xdr:wsDr$1>${anchors}</xdr:wsDr>`)
        : drawing.replace("</xdr:wsDr>", `${anchors}</xdr:wsDr>`)
    );
  }
  return { sheetXml: outSheet, parts: writer.parts };
}

/** Adds the charts a new workbook's plan holds (written by exceljs, which has none) to its package. */
export async function addPlanCharts(zip: JSZip, plan: Pick<WorkbookPlan, "sheets">): Promise<void> {
  const withCharts = plan.sheets.filter((sheet) => sheet.charts.length > 0);
  if (withCharts.length === 0) return;
  const index = await indexPackage(zip);
  for (const sheetPlan of withCharts) {
    const sheet = index.sheets.find((s) => s.name === sheetPlan.name);
    const xml = sheet ? await partText(zip, sheet.path) : null;
    if (!sheet || xml === null) continue;
    const { sheetXml, parts } = await chartParts(zip, sheet, xml, sheetPlan.charts);
    zip.file(sheet.path, sheetXml);
    for (const [path, xml] of parts) zip.file(path, xml);
  }
}
