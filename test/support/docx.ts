/**
 * Builds real .docx files (jszip) from a small description, for tests of
 * the .docx reader, the finder and the commands that open reports.
 *
 *   const bytes = await buildDocx({
 *     blocks: [
 *       heading(1, "Recommendations"),
 *       ...numbered("recs", ["The Ministry should ...", "The director should ..."]),
 *       para("Closing text", { style: "Body Text" }),
 *       table([["No.", "Recommendation"], ["1", "Install call bells."]]),
 *     ],
 *     footnotes: [["A note."]],
 *   });
 *
 * Numbering typed by hand is plain text: para("1. The director should ...").
 * Paragraph styles are created from the names used (Word's way: "heading 1"
 * stored in lower case, with an outline level); lists get a real
 * numbering.xml; `strict: true` writes the Strict Open XML namespaces.
 */
import JSZip from "jszip";

/** Text inside a paragraph. */
export type Inline =
  | string
  | { tab: true }
  | { br: true }
  | { deleted: string }
  | { inserted: string }
  | { field: string; result: string }
  | { hyperlink: string; url: string }
  | { control: string; content: Inline[] }
  | { textBox: Block[]; fallback?: boolean }
  | { footnote: number }
  | { bold: string }
  | { italic: string }
  | { styled: string; characterStyle: string }
  | { raw: string };

export interface ParagraphBlock {
  kind: "paragraph";
  content: Inline[];
  style?: string;
  /** List membership: a list instance name (one numbering per name) and a 0-based level. */
  list?: { name: string; level?: number };
  /** Direct outline level 1-9 set on the paragraph. */
  outlineLevel?: number;
}

export interface TableBlock {
  kind: "table";
  /** Rows of cells; a cell is text (one paragraph) or blocks (paragraphs, nested tables). */
  rows: (string | Block[])[][];
}

export interface ControlBlock {
  kind: "control";
  tag: string;
  blocks: Block[];
}

export type Block = ParagraphBlock | TableBlock | ControlBlock | { kind: "raw"; xml: string };

/** How a list's levels are numbered; `text` uses Word's %1..%9 placeholders. */
export interface ListLevel {
  format:
    "decimal" | "lowerLetter" | "upperLetter" | "lowerRoman" | "upperRoman" | "bullet" | "none";
  text: string;
  start?: number;
}

export interface StyleSpec {
  name: string;
  basedOn?: string;
  outlineLevel?: number;
  /** Text in the style is bold (w:rPr/w:b on the style). */
  bold?: boolean;
}

export interface DocxSpec {
  blocks: Block[];
  /**
   * List definitions by instance name. Without one, a name starting with
   * "bullet" is a bulleted list and any other name is decimal ("%1.", "%1.%2.", ...).
   */
  lists?: Record<string, ListLevel[]>;
  /** Styles beyond those implied by the names used (e.g. a style based on a heading). */
  styles?: StyleSpec[];
  footnotes?: Inline[][];
  endnotes?: Inline[][];
  comments?: Inline[][];
  customXml?: string[];
  strict?: boolean;
  /** Start document.xml with a UTF-8 byte order mark. */
  bom?: boolean;
  /** Replace a part's content (after building), e.g. to inject damaged XML. */
  override?: Record<string, string | Uint8Array>;
}

export function para(
  content: Inline | Inline[],
  options: Omit<ParagraphBlock, "kind" | "content"> = {}
): ParagraphBlock {
  return { kind: "paragraph", content: Array.isArray(content) ? content : [content], ...options };
}

export function heading(level: number, text: string): ParagraphBlock {
  return para(text, { style: `Heading ${level}` });
}

/** Items of one numbered list (decimal unless `lists` says otherwise). */
export function numbered(
  name: string,
  items: (string | [string, number])[],
  style = "List Paragraph"
): ParagraphBlock[] {
  return items.map((item) => {
    const [text, level] = typeof item === "string" ? [item, 0] : item;
    return para(text, { style, list: { name, level } });
  });
}

export const BULLETS: ListLevel[] = [0, 1, 2].map(() => ({ format: "bullet", text: "\uf0b7" }));

/** Items of a bulleted list (Word's Symbol-font bullet); the name must start with "bullet". */
export function bullets(name: string, items: string[]): ParagraphBlock[] {
  if (!name.startsWith("bullet")) throw new Error(`bullet list names start with "bullet": ${name}`);
  return numbered(name, items);
}

export function table(rows: (string | Block[])[][]): TableBlock {
  return { kind: "table", rows };
}

export function control(tag: string, blocks: Block[]): ControlBlock {
  return { kind: "control", tag, blocks };
}

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const styleId = (name: string) => name.replace(/[^A-Za-z0-9]/g, "");

class Writer {
  readonly numIds = new Map<string, number>();
  readonly styles = new Map<string, StyleSpec>();
  /** Character styles used by runs; each is bold (as Word's "Strong"). */
  readonly characterStyles = new Set<string>();
  private nextId = 1;
  constructor(private readonly spec: DocxSpec) {
    for (const s of spec.styles ?? []) this.styles.set(s.name, s);
    for (const s of spec.styles ?? []) if (s.basedOn) this.useStyle(s.basedOn);
  }

  run(text: string): string {
    return `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
  }

  inline(items: Inline[]): string {
    return items
      .map((item) => {
        if (typeof item === "string") return this.run(item);
        if ("tab" in item) return "<w:r><w:tab/></w:r>";
        if ("br" in item) return "<w:r><w:br/></w:r>";
        if ("deleted" in item)
          return `<w:del w:id="${this.nextId++}" w:author="A"><w:r><w:delText xml:space="preserve">${esc(item.deleted)}</w:delText></w:r></w:del>`;
        if ("inserted" in item)
          return `<w:ins w:id="${this.nextId++}" w:author="A">${this.run(item.inserted)}</w:ins>`;
        if ("field" in item)
          return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${esc(item.field)} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${this.run(item.result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
        if ("hyperlink" in item)
          return `<w:hyperlink w:history="1">${this.run(item.hyperlink)}</w:hyperlink>`;
        if ("control" in item)
          return `<w:sdt><w:sdtPr><w:tag w:val="${esc(item.control)}"/></w:sdtPr><w:sdtContent>${this.inline(item.content)}</w:sdtContent></w:sdt>`;
        if ("textBox" in item) {
          const content = `<w:txbxContent>${this.blocks(item.textBox)}</w:txbxContent>`;
          const choice = `<wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>`;
          // Word writes the box twice: DrawingML in Choice, VML in Fallback.
          return item.fallback === false
            ? `<w:r><w:drawing>${choice}</w:drawing></w:r>`
            : `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${choice}</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
        }
        if ("footnote" in item) return `<w:r><w:footnoteReference w:id="${item.footnote}"/></w:r>`;
        if ("bold" in item)
          return `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(item.bold)}</w:t></w:r>`;
        if ("italic" in item)
          return `<w:r><w:rPr><w:i w:val="1"/></w:rPr><w:t xml:space="preserve">${esc(item.italic)}</w:t></w:r>`;
        if ("styled" in item) {
          this.characterStyles.add(item.characterStyle);
          return `<w:r><w:rPr><w:rStyle w:val="${styleId(item.characterStyle)}"/></w:rPr><w:t xml:space="preserve">${esc(item.styled)}</w:t></w:r>`;
        }
        return item.raw;
      })
      .join("");
  }

  paragraph(b: ParagraphBlock): string {
    let pPr = "";
    if (b.style) {
      this.useStyle(b.style);
      pPr += `<w:pStyle w:val="${styleId(b.style)}"/>`;
    }
    if (b.list) {
      let id = this.numIds.get(b.list.name);
      if (id === undefined) this.numIds.set(b.list.name, (id = this.numIds.size + 1));
      pPr += `<w:numPr><w:ilvl w:val="${b.list.level ?? 0}"/><w:numId w:val="${id}"/></w:numPr>`;
    }
    if (b.outlineLevel) pPr += `<w:outlineLvl w:val="${b.outlineLevel - 1}"/>`;
    return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${this.inline(b.content)}</w:p>`;
  }

  useStyle(name: string): void {
    if (this.styles.has(name)) return;
    const h = /^Heading ([1-9])$/.exec(name);
    this.styles.set(name, { name, outlineLevel: h ? Number(h[1]) : undefined });
  }

  blocks(blocks: Block[]): string {
    return blocks
      .map((b) => {
        if (b.kind === "paragraph") return this.paragraph(b);
        if (b.kind === "raw") return b.xml;
        if (b.kind === "control")
          return `<w:sdt><w:sdtPr><w:tag w:val="${esc(b.tag)}"/></w:sdtPr><w:sdtContent>${this.blocks(b.blocks)}</w:sdtContent></w:sdt>`;
        const rows = b.rows
          .map(
            (row) =>
              `<w:tr>${row
                .map(
                  (cell) =>
                    `<w:tc>${this.blocks(typeof cell === "string" ? [para(cell)] : cell)}</w:tc>`
                )
                .join("")}</w:tr>`
          )
          .join("");
        return `<w:tbl><w:tblPr/>${rows}</w:tbl>`;
      })
      .join("");
  }

  stylesXml(ns: string): string {
    const styles = [...this.styles.values()].map((s) => {
      const h = /^Heading ([1-9])$/.exec(s.name);
      const name = h ? `heading ${h[1]}` : s.name;
      const based = s.basedOn ? `<w:basedOn w:val="${styleId(s.basedOn)}"/>` : "";
      const outline = s.outlineLevel
        ? `<w:pPr><w:outlineLvl w:val="${s.outlineLevel - 1}"/></w:pPr>`
        : "";
      const bold = s.bold ? "<w:rPr><w:b/></w:rPr>" : "";
      return `<w:style w:type="paragraph" w:styleId="${styleId(s.name)}"><w:name w:val="${esc(name)}"/>${based}${outline}${bold}</w:style>`;
    });
    for (const name of this.characterStyles)
      styles.push(
        `<w:style w:type="character" w:styleId="${styleId(name)}"><w:name w:val="${esc(name)}"/><w:rPr><w:b w:val="true"/></w:rPr></w:style>`
      );
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${ns}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${styles.join("")}</w:styles>`;
  }

  numberingXml(ns: string): string {
    const abstracts: string[] = [];
    const nums: string[] = [];
    for (const [name, id] of this.numIds) {
      const levels =
        this.spec.lists?.[name] ??
        (name.startsWith("bullet") ? BULLETS : undefined) ??
        Array.from({ length: 9 }, (_, k): ListLevel => ({
          format: "decimal",
          text: Array.from({ length: k + 1 }, (_, j) => `%${j + 1}`).join(".") + ".",
        }));
      const lvls = levels
        .map(
          (l, k) =>
            `<w:lvl w:ilvl="${k}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/><w:lvlText w:val="${esc(l.text)}"/></w:lvl>`
        )
        .join("");
      abstracts.push(`<w:abstractNum w:abstractNumId="${id}">${lvls}</w:abstractNum>`);
      nums.push(`<w:num w:numId="${id}"><w:abstractNumId w:val="${id}"/></w:num>`);
    }
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${ns}">${abstracts.join("")}${nums.join("")}</w:numbering>`;
  }
}

const NS = {
  transitional: {
    w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  },
  strict: {
    w: "http://purl.oclc.org/ooxml/wordprocessingml/main",
    rel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  },
};

const EXTRA_NS =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"';

/** The .docx as bytes. */
export async function buildDocx(spec: DocxSpec): Promise<Uint8Array> {
  const ns = spec.strict ? NS.strict : NS.transitional;
  const w = new Writer(spec);
  const body = w.blocks(spec.blocks);
  const notes = (kind: "footnote" | "endnote", list: Inline[][]) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${kind}s xmlns:w="${ns.w}"><w:${kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:${kind}><w:${kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:${kind}>${list
      .map(
        (n, k) =>
          `<w:${kind} w:id="${k + 1}">${w.paragraph(para(n, { style: kind === "footnote" ? "footnote text" : "endnote text" }))}</w:${kind}>`
      )
      .join("")}</w:${kind}s>`;
  const footnotes = spec.footnotes ? notes("footnote", spec.footnotes) : null;
  const endnotes = spec.endnotes ? notes("endnote", spec.endnotes) : null;
  const comments = spec.comments
    ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${ns.w}">${spec.comments
        .map((c, k) => `<w:comment w:id="${k}" w:author="R">${w.paragraph(para(c))}</w:comment>`)
        .join("")}</w:comments>`
    : null;
  const document = `${spec.bom ? "\ufeff" : ""}<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${ns.w}" xmlns:r="${ns.rel}" ${EXTRA_NS}><w:body>${body}<w:sectPr/></w:body></w:document>`;

  const zip = new JSZip();
  const rels: [string, string][] = [["styles", "styles.xml"]];
  if (w.numIds.size > 0) rels.push(["numbering", "numbering.xml"]);
  if (footnotes) rels.push(["footnotes", "footnotes.xml"]);
  if (endnotes) rels.push(["endnotes", "endnotes.xml"]);
  if (comments) rels.push(["comments", "comments.xml"]);
  const pkgRel = "http://schemas.openxmlformats.org/package/2006/relationships";
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkgRel}"><Relationship Id="rId1" Type="${ns.rel}/officeDocument" Target="word/document.xml"/></Relationships>`
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkgRel}">${rels
      .map(
        ([type, target], k) =>
          `<Relationship Id="rId${k + 1}" Type="${ns.rel}/${type}" Target="${target}"/>`
      )
      .join("")}</Relationships>`
  );
  zip.file("word/document.xml", document);
  zip.file("word/styles.xml", w.stylesXml(ns.w));
  if (w.numIds.size > 0) zip.file("word/numbering.xml", w.numberingXml(ns.w));
  if (footnotes) zip.file("word/footnotes.xml", footnotes);
  if (endnotes) zip.file("word/endnotes.xml", endnotes);
  if (comments) zip.file("word/comments.xml", comments);
  (spec.customXml ?? []).forEach((xml, k) => zip.file(`customXml/item${k + 1}.xml`, xml));
  for (const [path, content] of Object.entries(spec.override ?? {})) zip.file(path, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Paragraph texts of a plain report, one paragraph per string, as a .docx. */
export function docxOfParagraphs(texts: string[]): Promise<Uint8Array> {
  return buildDocx({ blocks: texts.map((t) => para(t)) });
}
