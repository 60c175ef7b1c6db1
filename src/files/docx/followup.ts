/**
 * Letters and visit briefs as Word files, and the table read back from one
 * that came back filled in. What a document says and which table it
 * carries is decided in core (src/core/tracker/letters.ts); how a returned
 * table is applied too (src/core/tracker/observe.ts planReply). Here: the
 * WordprocessingML, and the table found again among the paragraphs.
 */
import JSZip from "jszip";
import type { FollowUpDocument } from "../../core/tracker/letters";
import { documentMarker, parseDocumentMarker } from "../../core/tracker/letters";
import { isRecIdHeader, type ReplyTable } from "../../core/tracker/observe";
import { readDocx } from "./index";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

function text(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function run(value: string, format = ""): string {
  return `<w:r>${format ? `<w:rPr>${format}</w:rPr>` : ""}<w:t xml:space="preserve">${text(value)}</w:t></w:r>`;
}

function paragraph(value: string, options: { style?: string; format?: string } = {}): string {
  const props = options.style ? `<w:pPr><w:pStyle w:val="${options.style}"/></w:pPr>` : "";
  return `<w:p>${props}${value ? run(value, options.format) : ""}</w:p>`;
}

const BORDERS = ["top", "left", "bottom", "right", "insideH", "insideV"]
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`)
  .join("");

function cell(value: string, width: number, header: boolean, blank: boolean): string {
  const shade = header
    ? '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>'
    : blank
      ? '<w:shd w:val="clear" w:color="auto" w:fill="FFF2CC"/>'
      : "";
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shade}</w:tcPr>${paragraph(value, header ? { format: "<w:b/>" } : {})}</w:tc>`;
}

/** Column widths (twentieths of a point) on a landscape A4 page's text width, the text column widest. */
function widths(doc: FollowUpDocument): number[] {
  const weights = doc.table.keys.map((key) =>
    key === "text" ? 5 : key === "response" || key === "evidence" ? 4 : key === "ref" ? 1 : 2
  );
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => Math.floor((13700 * weight) / total));
}

function tableXml(doc: FollowUpDocument): string {
  const w = widths(doc);
  const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${doc.table.headers.map((h, i) => cell(h, w[i], true, false)).join("")}</w:tr>`;
  const rows = doc.table.rows
    .map(
      (row) =>
        `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.map((value, i) => cell(value, w[i], false, doc.table.blank[i])).join("")}</w:tr>`
    )
    .join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${w.map((width) => `<w:gridCol w:w="${width}"/>`).join("")}</w:tblGrid>${header}${rows}</w:tbl>`;
}

/** The document as a .docx: landscape, its covering text, the sections of a brief, the table, the marker part. */
export async function followUpDocx(doc: FollowUpDocument): Promise<Uint8Array> {
  const body = [
    paragraph(doc.title, { style: "Title" }),
    ...doc.paragraphs.map((p) => paragraph(p)),
    ...doc.sections.flatMap((section) => [
      paragraph(section.heading, { style: "Heading2" }),
      paragraph(section.text, { format: "<w:i/>" }),
      ...section.lines.map((line) => paragraph(line)),
      paragraph(section.historyTitle, { format: "<w:b/>" }),
      ...section.history.map((line) => paragraph(line, { style: "ListBullet" })),
    ]),
    paragraph(doc.tableTitle, { style: "Heading1" }),
    ...doc.tableNotes.map((note) => paragraph(note, { format: "<w:i/>" })),
    tableXml(doc),
    ...doc.closing.map((line) => paragraph(line)),
  ].join("");
  const section =
    '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';
  const marker = documentMarker(doc);
  const lang = { en: "en-GB", fr: "fr-FR", es: "es-ES" }[doc.language];
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>`
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${R}/customXml" Target="../customXml/item1.xml"/></Relationships>`
  );
  zip.file(
    "word/styles.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="${lang}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>` +
      `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="360"/></w:pPr></w:style></w:styles>`
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${section}</w:body></w:document>`
  );
  zip.file("customXml/item1.xml", marker.xml);
  zip.file(
    "customXml/itemProps1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{6F1C2B3A-8D4E-4F5A-9B6C-7D8E9F0A1B2C}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${marker.namespace}"/></ds:schemaRefs></ds:datastoreItem>`
  );
  zip.file(
    "customXml/_rels/item1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/customXmlProps" Target="itemProps1.xml"/></Relationships>`
  );
  // A fixed date in the entries: the same document gives the same bytes.
  const date = new Date(Date.UTC(2000, 0, 1));
  for (const file of Object.values(zip.files)) file.date = date;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * The table of a returned letter or brief: the first table whose header row
 * names a Rec ID column (in any tracker language), its rows as cell texts;
 * with what the document's marker part says it is. Null when there is none.
 */
export async function readReplyDocx(data: Uint8Array): Promise<ReplyTable | null> {
  const report = await readDocx(data);
  const tables = new Map<number, Map<number, Map<number, string[]>>>();
  for (const p of report.paragraphs) {
    const ref = p.tableCell;
    if (!ref || p.part !== "body") continue;
    let rows = tables.get(ref.table);
    if (!rows) tables.set(ref.table, (rows = new Map()));
    let cells = rows.get(ref.row);
    if (!cells) rows.set(ref.row, (cells = new Map()));
    const lines = cells.get(ref.column) ?? [];
    lines.push(p.text);
    cells.set(ref.column, lines);
  }
  const marker = report.customXmlParts
    .map((part) => parseDocumentMarker(part.xml))
    .find((found) => found !== null);
  for (const [, rows] of [...tables].sort((a, b) => a[0] - b[0])) {
    const order = [...rows.keys()].sort((a, b) => a - b);
    const headerCells = rows.get(order[0]) as Map<number, string[]>;
    const width = Math.max(...headerCells.keys()) + 1;
    const line = (cells: Map<number, string[]>) =>
      Array.from({ length: width }, (_v, c) => (cells.get(c) ?? []).join("\n").trim());
    const headers = line(headerCells);
    if (!headers.some(isRecIdHeader)) continue;
    return {
      headers,
      rows: order
        .slice(1)
        .map((r, i) => ({ line: i + 1, cells: line(rows.get(r) as Map<number, string[]>) })),
      ...(marker ? { kind: marker.kind, party: marker.party } : {}),
    };
  }
  return null;
}
