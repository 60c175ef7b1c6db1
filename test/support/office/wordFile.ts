/**
 * The Word fake's document as a .docx, as Word hands it to an add-in
 * through Document.getFileAsync(Office.FileType.Compressed): paragraphs
 * with their styles, tables, content controls (around whole paragraphs as
 * block controls, inside a paragraph as inline ones), comments with their
 * range marks and reference runs, the Custom XML parts with their
 * properties parts, the document's title and author, and the add-in's
 * settings in a web extension part. Lists are written as plain paragraphs
 * (their labels are not text) and nested tables are refused: the fake has
 * no numbering definitions and no test needs them.
 */
import JSZip from "jszip";
import type { CustomXmlPartModel } from "./customXml";
import {
  CONTENT_TYPES,
  DECL,
  NS,
  REL_TYPES,
  TASKPANES,
  commentXml,
  commentsExtendedXml,
  commentsXml,
  contentTypesXml,
  esc,
  itemPropsXml,
  itemRelsXml,
  relationshipsXml,
  webExtensionXml,
} from "../ooxmlParts";
import {
  DocumentModel,
  WordComment,
  WordContentControl,
  WordParagraph,
  builtInStyle,
} from "./wordModel";

export interface DocumentFileOptions {
  /** Office.Settings of the add-in, saved in the file as Word does (values as JSON). */
  settings?: ReadonlyMap<string, unknown>;
}

const W = NS.w;
const REL = NS.rel;

function styleId(style: string): string {
  const built = builtInStyle(style);
  return built !== "Other" ? built : style.replace(/[^A-Za-z0-9]/g, "") || "Normal";
}

/** Runs of a stretch of text: tabs and line breaks as Word writes them. */
function runs(text: string): string {
  if (text === "") return "";
  return text
    .split(/(\t|\n|\u000b)/)
    .filter((piece) => piece !== "")
    .map((piece) =>
      piece === "\t"
        ? "<w:r><w:tab/></w:r>"
        : piece === "\n" || piece === "\u000b"
          ? "<w:r><w:br/></w:r>"
          : `<w:r><w:t xml:space="preserve">${esc(piece)}</w:t></w:r>`
    )
    .join("");
}

const sdtStart = (cc: WordContentControl) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${esc(cc.title)}"/><w:tag w:val="${esc(cc.tag)}"/><w:id w:val="${cc.id}"/></w:sdtPr><w:sdtContent>`;
const SDT_END = "</w:sdtContent></w:sdt>";

class DocxWriter {
  private readonly block = new Set<WordContentControl>();
  private readonly inline = new Set<WordContentControl>();
  readonly styles = new Set<string>(["Normal"]);

  constructor(private readonly doc: DocumentModel) {
    for (const cc of doc.orderedControls()) {
      const whole =
        cc.start.off === 0 && cc.end.off === cc.end.p.text.length && cc.start.p.cell === null;
      const sameContainer = this.container(cc.start.p) === this.container(cc.end.p);
      if (whole && sameContainer && (cc.start.p !== cc.end.p || cc.start.p.text.length > 0))
        this.block.add(cc);
      else if (cc.start.p === cc.end.p) this.inline.add(cc);
      else if (whole && sameContainer) this.block.add(cc);
      else throw new Error(`documentToDocx: control "${cc.tag}" spans paragraphs partly`);
    }
  }

  private container(p: WordParagraph): string {
    return p.cell ? `${p.cell.table.uid}:${p.cell.row}:${p.cell.column}` : "body";
  }

  private commentId(comment: WordComment): number {
    return this.doc.comments.indexOf(comment);
  }

  paragraph(p: WordParagraph): string {
    this.styles.add(p.style);
    const events: { off: number; order: number; xml: string }[] = [];
    for (const cc of this.inline) {
      if (cc.start.p !== p) continue;
      const length = cc.end.off - cc.start.off;
      events.push({ off: cc.start.off, order: 2 - length / 1e9, xml: sdtStart(cc) });
      events.push({ off: cc.end.off, order: 0 + length / 1e9, xml: SDT_END });
    }
    for (const comment of this.doc.comments) {
      const id = this.commentId(comment);
      if (comment.start.p === p)
        events.push({
          off: comment.start.off,
          order: 1,
          xml: `<w:commentRangeStart w:id="${id}"/>`,
        });
      if (comment.end.p === p)
        events.push({
          off: comment.end.off,
          order: 1,
          xml: `<w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`,
        });
    }
    events.sort((a, b) => a.off - b.off || a.order - b.order);
    let at = 0;
    let body = "";
    for (const event of events) {
      body += runs(p.text.slice(at, event.off)) + event.xml;
      at = event.off;
    }
    body += runs(p.text.slice(at));
    return `<w:p><w:pPr><w:pStyle w:val="${styleId(p.style)}"/></w:pPr>${body}</w:p>`;
  }

  /** Paragraphs with the block controls that start or end at them. */
  paragraphs(list: WordParagraph[]): string {
    let out = "";
    for (const p of list) {
      for (const cc of this.block) if (cc.start.p === p) out += sdtStart(cc);
      out += this.paragraph(p);
      for (const cc of [...this.block].reverse()) if (cc.end.p === p) out += SDT_END;
    }
    return out;
  }

  body(): string {
    let out = "";
    const paragraphs = this.doc.paragraphs;
    for (let i = 0; i < paragraphs.length;) {
      const p = paragraphs[i];
      if (!p.cell) {
        out += this.paragraphs([p]);
        i++;
        continue;
      }
      const table = p.cell.table;
      if (table.nestingLevel > 1) throw new Error("documentToDocx: nested tables are not written");
      const cells: WordParagraph[] = [];
      while (i < paragraphs.length && paragraphs[i].cell?.table === table)
        cells.push(paragraphs[i++]);
      let rows = "";
      for (let r = 0; r < table.rowCount; r++) {
        let row = "";
        for (let c = 0; c < table.columnCount; c++) {
          const inCell = cells.filter((q) => q.cell!.row === r && q.cell!.column === c);
          row += `<w:tc>${inCell.length > 0 ? this.paragraphs(inCell) : "<w:p/>"}</w:tc>`;
        }
        rows += `<w:tr>${row}</w:tr>`;
      }
      out += `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${rows}</w:tbl>`;
    }
    return out;
  }

  stylesXml(): string {
    const styles = [...this.styles].map((name) => {
      const heading = /^Heading ([1-9])$/.exec(name);
      const shown = heading ? `heading ${heading[1]}` : name;
      const outline = heading
        ? `<w:pPr><w:outlineLvl w:val="${Number(heading[1]) - 1}"/></w:pPr>`
        : "";
      const isDefault = name === "Normal" ? ' w:default="1"' : "";
      return `<w:style w:type="paragraph"${isDefault} w:styleId="${styleId(name)}"><w:name w:val="${esc(shown)}"/>${outline}</w:style>`;
    });
    return `${DECL}<w:styles xmlns:w="${W}">${styles.join("")}</w:styles>`;
  }

  commentsXml(): string {
    return commentsXml(
      this.doc.comments.map((comment, id) => {
        const lines = comment.content.split(/\r\n|\r|\n/);
        return commentXml({
          id,
          author: comment.authorName,
          lines,
          paraIds: lines.map((_l, k) => paraId(id, k, lines.length)),
          body: runs,
        });
      })
    );
  }

  commentsExtendedXml(): string {
    return commentsExtendedXml(
      this.doc.comments.map((comment, id) => {
        const lines = comment.content.split(/\r\n|\r|\n/).length;
        return { paraId: paraId(id, lines - 1, lines), done: comment.resolved };
      })
    );
  }
}

/** A comment paragraph's w14:paraId: the last one keys the comment in commentsExtended. */
function paraId(comment: number, line: number, lines: number): string {
  return (line === lines - 1 ? 0x10000000 + comment : 0x20000000 + comment * 256 + line)
    .toString(16)
    .toUpperCase()
    .padStart(8, "0");
}

/** The fake document as .docx bytes. */
export async function documentToDocx(
  doc: DocumentModel,
  options: DocumentFileOptions = {}
): Promise<Uint8Array> {
  const writer = new DocxWriter(doc);
  const body = writer.body();
  const document = `${DECL}<w:document xmlns:w="${W}" xmlns:r="${REL}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  const zip = new JSZip();
  const overrides: [string, string][] = [
    ["/word/document.xml", CONTENT_TYPES.document],
    ["/word/styles.xml", CONTENT_TYPES.styles],
    ["/docProps/core.xml", CONTENT_TYPES.core],
  ];
  const documentRels: [string, string][] = [[`${REL}/styles`, "styles.xml"]];
  const packageRels: [string, string][] = [
    [`${REL}/officeDocument`, "word/document.xml"],
    [`${NS.pkgRel}/metadata/core-properties`, "docProps/core.xml"],
  ];
  if (doc.comments.length > 0) {
    zip.file("word/comments.xml", writer.commentsXml());
    zip.file("word/commentsExtended.xml", writer.commentsExtendedXml());
    documentRels.push(
      [`${REL}/comments`, "comments.xml"],
      [REL_TYPES.commentsExtended, "commentsExtended.xml"]
    );
    overrides.push(
      ["/word/comments.xml", CONTENT_TYPES.comments],
      ["/word/commentsExtended.xml", CONTENT_TYPES.commentsExtended]
    );
  }
  doc.customXml.parts.forEach((part: CustomXmlPartModel, k) => {
    const n = k + 1;
    zip.file(`customXml/item${n}.xml`, part.xml);
    zip.file(`customXml/itemProps${n}.xml`, itemPropsXml(part.id));
    zip.file(`customXml/_rels/item${n}.xml.rels`, itemRelsXml(n));
    documentRels.push([`${REL}/customXml`, `../customXml/item${n}.xml`]);
    overrides.push([`/customXml/itemProps${n}.xml`, CONTENT_TYPES.customXmlProps]);
  });
  if (options.settings && options.settings.size > 0) {
    zip.file("word/webextensions/webextension1.xml", webExtensionXml([...options.settings]));
    zip.file("word/webextensions/taskpanes.xml", TASKPANES.xml);
    zip.file("word/webextensions/_rels/taskpanes.xml.rels", TASKPANES.rels);
    packageRels.push([REL_TYPES.taskpanes, "word/webextensions/taskpanes.xml"]);
    overrides.push(
      ["/word/webextensions/taskpanes.xml", CONTENT_TYPES.taskpanes],
      ["/word/webextensions/webextension1.xml", CONTENT_TYPES.webextension]
    );
  }
  const relationships = (rels: [string, string][]) =>
    relationshipsXml(rels.map(([type, target], k) => [`rId${k + 1}`, type, target]));
  zip.file("[Content_Types].xml", contentTypesXml(overrides));
  zip.file("_rels/.rels", relationships(packageRels));
  zip.file("word/document.xml", document);
  zip.file("word/_rels/document.xml.rels", relationships(documentRels));
  zip.file("word/styles.xml", writer.stylesXml());
  zip.file(
    "docProps/core.xml",
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${esc(doc.properties.title)}</dc:title><dc:creator>${esc(doc.properties.author)}</dc:creator></cp:coreProperties>`
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
