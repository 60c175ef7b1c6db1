/**
 * The Word fake's document: paragraphs (with style, list label and table
 * cell), content controls and comments anchored to positions that move with
 * text edits, custom XML parts and document properties. Built from a short
 * description so a test can create a 500-paragraph report in a line.
 */
import { CustomXmlStore } from "./customXml";

export interface WordTable {
  uid: number;
  nestingLevel: number;
  rowCount: number;
  columnCount: number;
  /** Column widths in points, once set (TableCell.columnWidth); undefined: Word's even split. */
  columnWidths?: number[];
  /** Rows repeated at the top of every page (Table.headerRowCount). */
  headerRowCount?: number;
}

/** A tracked change (revision mark), as Word's body.getTrackedChanges() lists them (WordApi 1.6). */
export interface WordTrackedChange {
  type: "Added" | "Deleted" | "Formatted";
  text: string;
  author: string;
  /** ISO date-time. */
  date: string;
}

export interface WordParagraph {
  uid: number;
  text: string;
  style: string;
  outlineLevel: number;
  list: { label: string; level: number } | null;
  cell: { table: WordTable; row: number; column: number } | null;
  /** Bold and italic stretches of `text` ([start, end)); edits do not move them (a documented simplification). */
  bold: [number, number][];
  italic: [number, number][];
}

/** A place in the text; registered positions move when text is inserted or deleted before them. */
export interface Pos {
  p: WordParagraph;
  off: number;
  /** At an insertion point, "end" positions move after the new text, "start" positions stay before it. */
  kind: "start" | "end";
}

export interface WordRange {
  start: Pos;
  end: Pos;
}

export interface WordContentControl extends WordRange {
  id: number;
  tag: string;
  title: string;
  appearance: "BoundingBox" | "Tags" | "Hidden";
  type: string;
  color: string;
  cannotDelete: boolean;
  cannotEdit: boolean;
}

export interface WordComment extends WordRange {
  id: string;
  content: string;
  authorName: string;
  resolved: boolean;
}

export interface ParagraphSeed {
  text: string;
  /** Style name as the user sees it; "Normal" by default. */
  style?: string;
  /** Outline level 1-9; by default the heading number of "Heading n" styles, else 10 (body text). */
  outlineLevel?: number;
  list?: { label: string; level?: number };
  /** Cells of the same `table` key form one table. */
  cell?: { table: number; row: number; column: number; nesting?: number };
  /** Consecutive paragraphs with the same tag are wrapped in one content control. */
  tag?: string;
  title?: string;
  /** Bold stretches ([start, end) in `text`), or true for the whole paragraph. */
  bold?: [number, number][] | true;
  italic?: [number, number][] | true;
}

export interface DocumentSeed {
  paragraphs: ParagraphSeed[];
  properties?: Partial<DocumentPropertiesModel>;
}

export interface DocumentPropertiesModel {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  comments: string;
}

const BUILT_IN: Record<string, string> = {
  Normal: "Normal",
  "List Paragraph": "ListParagraph",
  Title: "Title",
  Subtitle: "Subtitle",
  Quote: "Quote",
  "Intense Quote": "IntenseQuote",
  Caption: "Caption",
  "Footnote Text": "FootnoteText",
  Header: "Header",
  Footer: "Footer",
  "No Spacing": "NoSpacing",
  "TOC Heading": "TocHeading",
};
for (let n = 1; n <= 9; n++) BUILT_IN[`Heading ${n}`] = `Heading${n}`;

export function builtInStyle(style: string): string {
  return BUILT_IN[style] ?? "Other";
}

export function styleFromBuiltIn(name: string): string | null {
  const found = Object.entries(BUILT_IN).find(([, v]) => v === name);
  return found ? found[0] : null;
}

function defaultOutline(style: string): number {
  const m = /^Heading ([1-9])$/.exec(style);
  return m ? Number(m[1]) : 10;
}

export class DocumentModel {
  readonly paragraphs: WordParagraph[] = [];
  readonly tables: WordTable[] = [];
  readonly contentControls: WordContentControl[] = [];
  readonly comments: WordComment[] = [];
  /** Tracked changes of the document; the paragraphs' texts read as if they were accepted. */
  readonly trackedChanges: WordTrackedChange[] = [];
  readonly customXml = new CustomXmlStore();
  readonly properties: DocumentPropertiesModel = {
    title: "",
    author: "",
    subject: "",
    keywords: "",
    comments: "",
  };
  selection: WordRange | null = null;
  private readonly positions = new Set<Pos>();
  private uid = 1;
  private indexCache: Map<WordParagraph, number> | null = null;

  constructor(seed: DocumentSeed | ParagraphSeed[] = [{ text: "" }]) {
    const { paragraphs, properties } = Array.isArray(seed)
      ? { paragraphs: seed, properties: undefined }
      : seed;
    Object.assign(this.properties, properties ?? {});
    const tables = new Map<number, WordTable>();
    let open: { tag: string; title: string; cc: WordContentControl } | null = null;
    for (const s of paragraphs.length ? paragraphs : [{ text: "" }]) {
      let cell: WordParagraph["cell"] = null;
      if (s.cell) {
        let table = tables.get(s.cell.table);
        if (!table) {
          table = {
            uid: this.uid++,
            nestingLevel: s.cell.nesting ?? 1,
            rowCount: 0,
            columnCount: 0,
          };
          tables.set(s.cell.table, table);
          this.tables.push(table);
        }
        table.rowCount = Math.max(table.rowCount, s.cell.row + 1);
        table.columnCount = Math.max(table.columnCount, s.cell.column + 1);
        cell = { table, row: s.cell.row, column: s.cell.column };
      }
      const style = s.style ?? (s.list ? "List Paragraph" : "Normal");
      const p: WordParagraph = {
        uid: this.uid++,
        text: s.text,
        style,
        outlineLevel: s.outlineLevel ?? defaultOutline(style),
        list: s.list ? { label: s.list.label, level: s.list.level ?? 0 } : null,
        cell,
        bold: s.bold === true ? [[0, s.text.length]] : (s.bold ?? []),
        italic: s.italic === true ? [[0, s.text.length]] : (s.italic ?? []),
      };
      this.paragraphs.push(p);
      if (open && open.tag === s.tag) {
        open.cc.end = this.pos(p, p.text.length, "end");
      } else {
        open = null;
        if (s.tag !== undefined) {
          const cc = this.addContentControl({
            start: this.pos(p, 0, "start"),
            end: this.pos(p, p.text.length, "end"),
          });
          cc.tag = s.tag;
          cc.title = s.title ?? "";
          open = { tag: s.tag, title: cc.title, cc };
        }
      }
    }
  }

  // --- positions --------------------------------------------------------------

  pos(p: WordParagraph, off: number, kind: Pos["kind"]): Pos {
    const pos: Pos = { p, off, kind };
    this.positions.add(pos);
    return pos;
  }

  range(start: Pos, end: Pos): WordRange {
    return { start: this.pos(start.p, start.off, "start"), end: this.pos(end.p, end.off, "end") };
  }

  /**
   * The paragraph's extent, as positions that are not tracked: valid until
   * the next edit, which is all queries and immediate edits need (tracked
   * copies are made by doc.range when a Range object keeps them).
   */
  paragraphRange(p: WordParagraph): WordRange {
    return { start: { p, off: 0, kind: "start" }, end: { p, off: p.text.length, kind: "end" } };
  }

  index(p: WordParagraph): number {
    if (!this.indexCache) this.indexCache = new Map(this.paragraphs.map((q, i) => [q, i]));
    const i = this.indexCache.get(p);
    return i === undefined ? -1 : i;
  }

  compare(a: Pos, b: Pos): number {
    return this.index(a.p) - this.index(b.p) || a.off - b.off;
  }

  contains(outer: WordRange, inner: WordRange): boolean {
    return this.compare(outer.start, inner.start) <= 0 && this.compare(outer.end, inner.end) >= 0;
  }

  text(range: WordRange): string {
    const a = this.index(range.start.p);
    const b = this.index(range.end.p);
    if (a < 0 || b < 0) return "";
    if (a === b) return range.start.p.text.slice(range.start.off, range.end.off);
    const parts = [range.start.p.text.slice(range.start.off)];
    for (let i = a + 1; i < b; i++) parts.push(this.paragraphs[i].text);
    parts.push(range.end.p.text.slice(0, range.end.off));
    return parts.join("\r");
  }

  /** Word's Font.bold / Font.italic of a range: true, false, or null when mixed (spaces do not count). */
  format(range: WordRange, kind: "bold" | "italic"): boolean | null {
    let on = 0;
    let off = 0;
    for (const p of this.paragraphsIn(range)) {
      const from = p === range.start.p ? range.start.off : 0;
      const to = p === range.end.p ? range.end.off : p.text.length;
      for (let i = from; i < to; i++) {
        if (/\s/.test(p.text[i])) continue;
        if (p[kind].some(([s, e]) => i >= s && i < e)) on++;
        else off++;
      }
    }
    return on > 0 && off > 0 ? null : on > 0;
  }

  paragraphsIn(range: WordRange): WordParagraph[] {
    const a = this.index(range.start.p);
    const b = this.index(range.end.p);
    return a < 0 || b < 0 ? [] : this.paragraphs.slice(a, b + 1);
  }

  // --- edits ------------------------------------------------------------------

  insertText(at: Pos, text: string): WordRange {
    const p = at.p;
    const off = at.off;
    p.text = p.text.slice(0, off) + text + p.text.slice(off);
    for (const q of this.positions) {
      if (q.p === p && (q.off > off || (q.off === off && q.kind === "end" && q !== at)))
        q.off += text.length;
    }
    return { start: this.pos(p, off, "start"), end: this.pos(p, off + text.length, "end") };
  }

  deleteText(range: WordRange): void {
    const a = this.index(range.start.p);
    const b = this.index(range.end.p);
    const sp = range.start.p;
    const so = range.start.off;
    if (a === b) {
      const eo = range.end.off;
      sp.text = sp.text.slice(0, so) + sp.text.slice(eo);
      for (const q of this.positions) {
        if (q.p !== sp) continue;
        if (q.off >= eo) q.off -= eo - so;
        else if (q.off > so) q.off = so;
      }
      return;
    }
    const ep = range.end.p;
    const eo = range.end.off;
    const removed = new Set(this.paragraphs.slice(a + 1, b + 1));
    sp.text = sp.text.slice(0, so) + ep.text.slice(eo);
    for (const q of this.positions) {
      if (q.p === sp && q.off > so) q.off = so;
      else if (q.p === ep && q.off >= eo) {
        q.p = sp;
        q.off = so + (q.off - eo);
      } else if (removed.has(q.p)) {
        q.p = sp;
        q.off = so;
      }
    }
    this.paragraphs.splice(a + 1, b - a);
    this.indexCache = null;
  }

  /** Inserts a paragraph before or after `ref` (at the start or end of the document when null). */
  insertParagraph(
    ref: WordParagraph | null,
    where: "Before" | "After",
    text: string,
    like?: WordParagraph
  ): WordParagraph {
    const style = like?.style ?? "Normal";
    const p: WordParagraph = {
      uid: this.uid++,
      text,
      style,
      outlineLevel: like?.outlineLevel ?? defaultOutline(style),
      list: null,
      cell: like?.cell ? { ...like.cell } : null,
      bold: [],
      italic: [],
    };
    const i = ref
      ? this.index(ref) + (where === "After" ? 1 : 0)
      : where === "Before"
        ? 0
        : this.paragraphs.length;
    this.paragraphs.splice(i, 0, p);
    this.indexCache = null;
    return p;
  }

  removeParagraph(p: WordParagraph): void {
    const i = this.index(p);
    if (this.paragraphs.length === 1) {
      this.deleteText(this.paragraphRange(p));
      return;
    }
    const next = this.paragraphs[i + 1] ?? this.paragraphs[i - 1];
    const atEnd = !this.paragraphs[i + 1];
    this.paragraphs.splice(i, 1);
    this.indexCache = null;
    for (const q of this.positions) {
      if (q.p === p) {
        q.p = next;
        q.off = atEnd ? next.text.length : 0;
      }
    }
  }

  insertTable(
    ref: WordParagraph | null,
    where: "Before" | "After",
    rowCount: number,
    columnCount: number,
    values?: string[][]
  ): WordTable {
    const table: WordTable = { uid: this.uid++, nestingLevel: 1, rowCount, columnCount };
    let anchor = ref;
    let place = where;
    const created: WordParagraph[] = [];
    for (let r = 0; r < rowCount; r++) {
      for (let c = 0; c < columnCount; c++) {
        const p = this.insertParagraph(anchor, place, values?.[r]?.[c] ?? "");
        p.cell = { table, row: r, column: c };
        created.push(p);
        anchor = p;
        place = "After";
      }
    }
    // Word always keeps a paragraph after a table.
    const after = this.paragraphs[this.index(created[created.length - 1]) + 1];
    if (!after || after.cell) this.insertParagraph(created[created.length - 1], "After", "");
    this.tables.push(table);
    this.tables.sort((x, y) => this.index(this.firstCell(x)) - this.index(this.firstCell(y)));
    return table;
  }

  firstCell(table: WordTable): WordParagraph {
    return this.paragraphs.find((p) => p.cell?.table === table)!;
  }

  cellText(table: WordTable, row: number, column: number): string {
    return this.paragraphs
      .filter((p) => p.cell?.table === table && p.cell.row === row && p.cell.column === column)
      .map((p) => p.text)
      .join("\r");
  }

  addContentControl(range: WordRange): WordContentControl {
    const cc: WordContentControl = {
      id: this.uid++,
      start: this.pos(range.start.p, range.start.off, "start"),
      end: this.pos(range.end.p, range.end.off, "end"),
      tag: "",
      title: "",
      appearance: "BoundingBox",
      type: "RichText",
      color: "#000000",
      cannotDelete: false,
      cannotEdit: false,
    };
    this.contentControls.push(cc);
    return cc;
  }

  /** Content controls in document order. */
  orderedControls(): WordContentControl[] {
    return [...this.contentControls].sort(
      (a, b) => this.compare(a.start, b.start) || this.compare(b.end, a.end)
    );
  }

  /** The innermost content control around a range, if any. */
  innermostControl(range: WordRange): WordContentControl | null {
    let best: WordContentControl | null = null;
    for (const cc of this.contentControls) {
      if (!this.contains(cc, range)) continue;
      if (!best || this.contains(best, cc)) best = cc;
    }
    return best;
  }

  // --- test helpers -------------------------------------------------------------

  /** Texts of all paragraphs, for assertions. */
  texts(): string[] {
    return this.paragraphs.map((p) => p.text);
  }

  /** Tag and text of each content control in document order. */
  taggedTexts(): { tag: string; text: string }[] {
    return this.orderedControls().map((cc) => ({ tag: cc.tag, text: this.text(cc) }));
  }
}
