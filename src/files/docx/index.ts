import { InputError } from "../../core/model/errors";
import { plainParagraphText } from "../../core/model/paragraph";
import type { Emphasis, ReportPart, ReportParagraph, TableCellRef } from "../../core/model/report";
import { Numbering } from "./numbering";
import { RunFormat, Styles, outlineLevelOf, runFormatOf } from "./styles";
import {
  XNode,
  attr,
  child,
  childrenOf,
  decodeNumeric,
  parseXml,
  path,
  rootNamespace,
  rootOf,
  tagOf,
} from "./xml";
import { DocxZip, NOT_WORD } from "./zip";

export { LIMITS } from "./zip";

/** A .docx read for the finder and the checker. */
export interface DocxReport {
  /**
   * Body paragraphs in reading order (table cells included, indices as Word
   * counts its body paragraphs), then text boxes, footnotes, endnotes and
   * comments.
   */
  paragraphs: ReportParagraph[];
  /** The Custom XML parts as stored (the Word pane keeps its report data in one). */
  customXmlParts: { path: string; namespace: string | null; xml: string }[];
  /**
   * The document holds tracked changes (insertions, deletions, moves): its
   * text was read as if every change were accepted, which the user should know.
   */
  trackedChanges: boolean;
}

/** Revision marks of a document with tracked changes. */
const REVISION_TAGS = new Set(["ins", "del", "moveFrom", "moveTo"]);

const OFFICE_DOCUMENT = /\/officeDocument$/;

/** Relationship targets of a part, by type suffix ("styles", "footnotes"). */
async function relationships(
  zip: DocxZip,
  relsPath: string,
  baseDir: string
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const xml = await zip.text(relsPath);
  if (xml === null) return out;
  const root = rootOf(parseXml(xml, relsPath));
  for (const rel of root ? childrenOf(root) : []) {
    if (tagOf(rel) !== "Relationship" || attr(rel, "TargetMode") === "External") continue;
    const type = attr(rel, "Type") ?? "";
    const target = attr(rel, "Target") ?? "";
    const key = type.slice(type.lastIndexOf("/") + 1);
    if (!out.has(key)) out.set(key, resolveTarget(baseDir, target));
  }
  return out;
}

/** A relationship's target as a package path, from the folder of the part that names it. */
export function resolveTarget(baseDir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : baseDir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** Where the package's main document is (word/document.xml in every file Word writes). */
export async function mainDocumentPath(zip: DocxZip): Promise<string> {
  const rels = await zip.text("_rels/.rels");
  if (rels !== null) {
    const root = rootOf(parseXml(rels, "_rels/.rels"));
    for (const rel of root ? childrenOf(root) : []) {
      if (OFFICE_DOCUMENT.test(attr(rel, "Type") ?? "")) {
        const target = resolveTarget("", attr(rel, "Target") ?? "");
        if (zip.has(target)) return target;
      }
    }
  }
  if (zip.has("word/document.xml")) return "word/document.xml";
  throw new InputError(NOT_WORD, "notWord");
}

/** A stretch of a paragraph's text and whether it is bold or italic. */
interface Chunk {
  text: string;
  bold: boolean;
  italic: boolean;
}

/**
 * How much of the paragraph is bold or italic, and where the bold runs are,
 * in the positions of `plainParagraphText` (each chunk cleaned as the whole
 * text is, so positions match).
 */
function emphasisOf(chunks: Chunk[], text: string): Emphasis | undefined {
  if (!chunks.some((chunk) => chunk.bold || chunk.italic)) return undefined;
  let at = 0;
  let visible = 0;
  let bold = 0;
  let italic = 0;
  const ranges: [number, number][] = [];
  for (const chunk of chunks) {
    const clean = chunk.text
      .replace(/\r\n?|\u000b/g, "\n")
      .replace(/[\u0000-\u0008\u000c\u000e-\u001f\u007f]/g, "");
    const end = Math.min(at + clean.length, text.length);
    const letters = (text.slice(at, end).match(/\S/g) ?? []).length;
    visible += letters;
    if (chunk.bold && letters > 0) {
      bold += letters;
      const last = ranges[ranges.length - 1];
      if (last && last[1] >= at) last[1] = end;
      else ranges.push([at, end]);
    }
    if (chunk.italic) italic += letters;
    at = end;
  }
  // Plain text says nothing: only a paragraph with some bold or italic carries emphasis.
  if (visible === 0 || (bold === 0 && italic === 0)) return undefined;
  return { bold: bold / visible, italic: italic / visible, boldRanges: ranges };
}

/** State shared while walking the parts of one document. */
class Walker {
  readonly paragraphs: ReportParagraph[] = [];
  /** Text-box contents met in the body, read after it so body indices match Word's. */
  readonly textBoxes: XNode[][] = [];
  trackedChanges = false;
  private tables = 0;
  /**
   * Text of paragraphs whose paragraph mark is a tracked deletion: accepted,
   * the paragraph joins the next one, which keeps its own properties.
   */
  private carried: {
    text: string;
    chunks: Chunk[];
    part: ReportPart;
    cell: TableCellRef | null;
    tags: string[];
  } | null = null;

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering
  ) {}

  blocks(nodes: XNode[], part: ReportPart, cell: TableCellRef | null, tags: string[]): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (REVISION_TAGS.has(tag)) this.trackedChanges = true;
      if (tag === "p") this.paragraph(node, part, cell, tags);
      else if (tag === "tbl") this.table(node, part, tags);
      else if (tag === "sdt") {
        if (!this.isPlaceholder(node))
          this.blocks(this.sdtContent(node), part, cell, this.withTag(node, tags));
      } else if (tag === "del" || tag === "moveFrom") continue;
      else if (
        tag === "customXml" ||
        tag === "ins" ||
        tag === "moveTo" ||
        tag === "smartTag" ||
        tag === "AlternateContent" ||
        tag === "Choice"
      )
        this.blocks(
          tag === "AlternateContent" ? this.choice(node) : childrenOf(node),
          part,
          cell,
          tags
        );
    }
  }

  private choice(node: XNode): XNode[] {
    // Word writes the same content twice (Choice and a VML Fallback): read it once.
    const first = childrenOf(node).find((c) => tagOf(c) === "Choice") ?? child(node, "Fallback");
    return first ? childrenOf(first) : [];
  }

  /** A content control still showing its prompt ("Click or tap here to enter text"): nothing was written in it. */
  private isPlaceholder(sdt: XNode): boolean {
    return path(sdt, "sdtPr", "showingPlcHdr") !== undefined;
  }

  private sdtContent(node: XNode): XNode[] {
    const content = child(node, "sdtContent");
    return content ? childrenOf(content) : [];
  }

  private withTag(sdt: XNode, tags: string[]): string[] {
    const tag = attr(path(sdt, "sdtPr", "tag") ?? {}, "val");
    return tag ? [...tags, tag] : tags;
  }

  private table(tbl: XNode, part: ReportPart, tags: string[]): void {
    const table = this.tables++;
    let row = 0;
    const rows = (nodes: XNode[], rowTags: string[]) => {
      for (const tr of nodes) {
        const tag = tagOf(tr);
        if (tag === "tr") {
          let column = 0;
          const cells = (cs: XNode[], cellTags: string[]) => {
            for (const tc of cs) {
              const t = tagOf(tc);
              if (t === "tc") {
                this.blocks(childrenOf(tc), part, { table, row, column }, cellTags);
                column++;
              } else if (t === "sdt") cells(this.sdtContent(tc), this.withTag(tc, cellTags));
              else if (t === "customXml") cells(childrenOf(tc), cellTags);
            }
          };
          cells(childrenOf(tr), rowTags);
          row++;
        } else if (tag === "sdt") rows(this.sdtContent(tr), this.withTag(tr, rowTags));
        else if (tag === "customXml") rows(childrenOf(tr), rowTags);
      }
    };
    rows(childrenOf(tbl), tags);
  }

  private paragraph(p: XNode, part: ReportPart, cell: TableCellRef | null, tags: string[]): void {
    const pPr = child(p, "pPr");
    const markDeleted =
      path(pPr, "rPr", "del") !== undefined || path(pPr, "rPr", "moveFrom") !== undefined;
    if (
      markDeleted ||
      path(pPr, "rPr", "ins") !== undefined ||
      path(pPr, "pPrChange") !== undefined
    )
      this.trackedChanges = true;
    if (markDeleted) {
      const inline: string[] = [];
      const innerTags: string[] = [];
      const markStyle = this.styles.get(attr(path(pPr, "pStyle") ?? {}, "val") ?? null);
      this.chunks = [];
      this.format = { bold: markStyle.bold, italic: markStyle.italic };
      this.paragraphFormat = this.format;
      this.inline(childrenOf(p), inline, innerTags);
      const text = inline.join("");
      const chunks = this.chunks;
      const held = this.carried;
      this.carried =
        held && held.part === part && sameCell(held.cell, cell)
          ? { ...held, text: held.text + text, chunks: [...held.chunks, ...chunks] }
          : (this.flushCarried(), { text, chunks, part, cell, tags: [...tags, ...innerTags] });
      return;
    }
    const styleId = attr(path(pPr, "pStyle") ?? {}, "val") ?? null;
    const style = this.styles.get(styleId);
    const own = path(pPr, "numPr");
    let numId = own ? (attr(child(own, "numId") ?? {}, "val") ?? null) : null;
    let ilvlText = own ? attr(child(own, "ilvl") ?? {}, "val") : undefined;
    if (numId === null && style.numPr) {
      numId = style.numPr.numId;
      if (ilvlText === undefined && style.numPr.ilvl !== null) ilvlText = String(style.numPr.ilvl);
    }
    const ilvl = Number(ilvlText ?? "0");
    const level = Number.isInteger(ilvl) ? ilvl : 0;
    const label = numId !== null ? this.numbering.next(numId, level) : null;

    const inline: string[] = [];
    const innerTags: string[] = [];
    this.chunks = [];
    this.format = { bold: style.bold, italic: style.italic };
    this.paragraphFormat = this.format;
    const held = this.carried;
    if (held && held.part === part && sameCell(held.cell, cell)) {
      inline.push(held.text);
      this.chunks.push(...held.chunks);
      innerTags.push(...held.tags.filter((t) => !tags.includes(t)));
      this.carried = null;
    } else this.flushCarried();
    this.inline(childrenOf(p), inline, innerTags);
    const allTags = [...tags, ...innerTags];
    const outline = outlineLevelOf(pPr);
    const text = plainParagraphText(inline.join(""));
    const paragraph: ReportParagraph = {
      index: this.paragraphs.length,
      text,
      style: style.name,
      headingLevel: outline ?? style.headingLevel,
      listLabel: label,
      listLevel: label !== null ? level : null,
      tableCell: cell,
      part,
    };
    if (allTags.length > 0) paragraph.contentControlTag = allTags[allTags.length - 1];
    const emphasis = emphasisOf(this.chunks, text);
    if (emphasis) paragraph.emphasis = emphasis;
    this.paragraphs.push(paragraph);
  }

  /** A deleted paragraph mark with no paragraph after it in its container (a cell's last one): its text stands alone. */
  flushCarried(): void {
    const held = this.carried;
    if (!held) return;
    this.carried = null;
    if (held.text.trim() === "") return;
    const paragraph: ReportParagraph = {
      index: this.paragraphs.length,
      text: plainParagraphText(held.text),
      style: this.styles.get(null).name,
      headingLevel: null,
      listLabel: null,
      listLevel: null,
      tableCell: held.cell,
      part: held.part,
    };
    if (held.tags.length > 0) paragraph.contentControlTag = held.tags[held.tags.length - 1];
    const emphasis = emphasisOf(held.chunks, paragraph.text);
    if (emphasis) paragraph.emphasis = emphasis;
    this.paragraphs.push(paragraph);
  }

  /** Text chunks of the paragraph being read, with their bold and italic. */
  private chunks: Chunk[] = [];
  /** Bold and italic of the run being read (the paragraph style's outside runs). */
  private format: { bold: boolean; italic: boolean } = { bold: false, italic: false };
  private paragraphFormat: { bold: boolean; italic: boolean } = { bold: false, italic: false };

  private text(out: string[], text: string): void {
    out.push(text);
    this.chunks.push({ text, ...this.format });
  }

  /** A run's formatting: its own properties, else its character style's, else the paragraph style's. */
  private runFormat(r: XNode): { bold: boolean; italic: boolean } {
    const rPr = child(r, "rPr");
    const own: RunFormat = runFormatOf(rPr);
    const styled = this.styles.character(attr(path(rPr, "rStyle") ?? {}, "val") ?? null);
    return {
      bold: own.bold ?? styled.bold ?? this.paragraphFormat.bold,
      italic: own.italic ?? styled.italic ?? this.paragraphFormat.italic,
    };
  }

  private inline(nodes: XNode[], out: string[], tags: string[]): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (REVISION_TAGS.has(tag)) this.trackedChanges = true;
      switch (tag) {
        case "r": {
          const outer = this.format;
          this.format = this.runFormat(node);
          this.inline(childrenOf(node), out, tags);
          this.format = outer;
          break;
        }
        case "t":
          for (const c of childrenOf(node)) {
            const t = c["#text"];
            if (t !== undefined) this.text(out, decodeNumeric(String(t)));
          }
          break;
        case "tab":
        case "ptab":
          this.text(out, "\t");
          break;
        case "br":
        case "cr":
          this.text(out, "\n");
          break;
        case "noBreakHyphen":
          this.text(out, "-");
          break;
        case "txbxContent":
          this.textBoxes.push(childrenOf(node));
          break;
        case "AlternateContent":
          this.inline(this.choice(node), out, tags);
          break;
        case "sdt": {
          if (this.isPlaceholder(node)) break;
          const t = attr(path(node, "sdtPr", "tag") ?? {}, "val");
          if (t && !tags.includes(t)) tags.push(t);
          this.inline(this.sdtContent(node), out, tags);
          break;
        }
        // Deleted and moved-away text, field instructions and properties are not what the reader sees.
        case "del":
        case "moveFrom":
        case "delText":
        case "instrText":
        case "delInstrText":
        case "pPr":
        case "rPr":
        case "sdtPr":
        case "#text":
        case "":
          break;
        default:
          this.inline(childrenOf(node), out, tags);
      }
    }
  }
}

function sameCell(a: TableCellRef | null, b: TableCellRef | null): boolean {
  return a === b || (!!a && !!b && a.table === b.table && a.row === b.row && a.column === b.column);
}

async function partRoot(zip: DocxZip, partPath: string | undefined): Promise<XNode | undefined> {
  if (!partPath) return undefined;
  const xml = await zip.text(partPath);
  return xml === null ? undefined : rootOf(parseXml(xml, partPath));
}

/** Footnotes and endnotes, without Word's separator notes. */
function notes(root: XNode | undefined, tag: string): XNode[][] {
  if (!root) return [];
  return childrenOf(root)
    .filter((n) => tagOf(n) === tag)
    .filter((n) => {
      const type = attr(n, "type");
      return type === undefined || type === "normal";
    })
    .map((n) => childrenOf(n));
}

/** Reads a .docx; throws InputError, in the user's words, for anything that is not a readable Word document. */
export async function readDocx(data: Uint8Array | ArrayBuffer): Promise<DocxReport> {
  const zip = await DocxZip.open(data);
  const documentPath = await mainDocumentPath(zip);
  const baseDir = documentPath.includes("/")
    ? documentPath.slice(0, documentPath.lastIndexOf("/") + 1)
    : "";
  const relsPath = `${baseDir}_rels/${documentPath.slice(baseDir.length)}.rels`;
  const rels = await relationships(zip, relsPath, baseDir);
  const fallback = (name: string) => {
    const p = `${baseDir}${name}.xml`;
    return zip.has(p) ? p : undefined;
  };
  const partPath = (key: string) => rels.get(key) ?? fallback(key);

  const document = await partRoot(zip, documentPath);
  const body = document ? child(document, "body") : undefined;
  if (!document || tagOf(document) !== "document") throw new InputError(NOT_WORD, "notWord");
  const walker = new Walker(
    new Styles(await partRoot(zip, partPath("styles"))),
    new Numbering(await partRoot(zip, partPath("numbering")))
  );
  const story = (nodes: XNode[], part: ReportPart) => {
    walker.blocks(nodes, part, null, []);
    walker.flushCarried();
  };
  story(body ? childrenOf(body) : [], "body");
  // A text box can hold another; each is read once, in the order met.

  for (let i = 0; i < walker.textBoxes.length; i++) story(walker.textBoxes[i], "textbox");
  for (const note of notes(await partRoot(zip, partPath("footnotes")), "footnote"))
    story(note, "footnote");
  for (const note of notes(await partRoot(zip, partPath("endnotes")), "endnote"))
    story(note, "endnote");
  const comments = await partRoot(zip, partPath("comments"));
  for (const comment of comments ? childrenOf(comments) : [])
    if (tagOf(comment) === "comment") story(childrenOf(comment), "comment");

  const customXmlParts: DocxReport["customXmlParts"] = [];
  const customPaths = zip
    .names()
    .filter((n) => /^customXml\/item\d+\.xml$/i.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  for (const p of customPaths) {
    const xml = await zip.text(p);
    if (xml !== null) customXmlParts.push({ path: p, namespace: rootNamespace(xml), xml });
  }
  return { paragraphs: walker.paragraphs, customXmlParts, trackedChanges: walker.trackedChanges };
}
