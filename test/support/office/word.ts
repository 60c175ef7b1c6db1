/**
 * Strict fake of the Word JavaScript API (a subset). Shapes follow
 * @types/office-js; behaviour follows Office.js (see core.ts). Members of
 * WordApi 1.3 / 1.4 fail at sync with ApiNotFound when the configured
 * requirement sets lack them, as on an older Word.
 *
 * Simplifications, documented: insertParagraph copies the style (and table
 * cell) of the paragraph it is inserted from but not its list membership;
 * text with line breaks cannot be inserted; search is literal (no
 * wildcards).
 */
import {
  FakeCollection,
  FakeErrorCodes,
  FakeObject,
  FakeOfficeError,
  FakeRequestContext,
  HostState,
  NavDefs,
  PropertyDef,
  defineProperties,
  invalidArgument,
  itemNotFound,
  notImplemented,
} from "./core";
import { FakeCustomXmlPartCollection } from "./customXml";
import {
  DocumentModel,
  WordComment,
  WordContentControl,
  WordParagraph,
  WordRange,
  WordTable,
  WordTrackedChange,
  builtInStyle,
  styleFromBuiltIn,
} from "./wordModel";

type Req = [string, string];
const API_1_3: Req = ["WordApi", "1.3"];
const API_1_4: Req = ["WordApi", "1.4"];
const API_1_6: Req = ["WordApi", "1.6"];

function docOf(ctx: FakeRequestContext): DocumentModel {
  return (ctx as FakeWordContext).documentModel;
}

function checkText(text: unknown): string {
  if (typeof text !== "string") throw invalidArgument("text must be a string");
  if (/[\r\n]/.test(text))
    throw notImplemented("Word fake", "inserting text with line breaks (use insertParagraph)");
  return text;
}

function gate<T>(obj: FakeObject<T>, requires: Req, member: string): void {
  obj._require(requires, member);
}

// ---------------------------------------------------------------------------
// Shared members of objects that stand for a stretch of text

abstract class TextObject<T> extends FakeObject<T> {
  /** The stretch of text the object covers. */
  abstract _range(t: T): WordRange;

  _doc(): DocumentModel {
    return docOf(this._ctx);
  }

  _newRange(
    call: string,
    args: unknown[],
    make: (t: T, doc: DocumentModel) => WordRange | null,
    nullable = false
  ): FakeRange {
    return new FakeRange(this._ctx, () => make(this._t(), this._doc()), nullable, {
      id: this._id,
      call,
      args,
    });
  }

  getRange(rangeLocation: string = "Whole"): FakeRange {
    return this._newRange("getRange", [rangeLocation], (t, doc) => {
      const r = this._range(t);
      switch (rangeLocation) {
        case "Whole":
        case "Content":
          return doc.range(r.start, r.end);
        case "Start":
          return doc.range(r.start, r.start);
        case "End":
          return doc.range(r.end, r.end);
        default:
          throw notImplemented(`${this._typeName()}.getRange`, rangeLocation);
      }
    });
  }

  get font(): FakeFont {
    return this._nav(
      "font",
      () =>
        new FakeFont(this._ctx, () => this._range(this._t()), false, { id: this._id, nav: "font" })
    );
  }

  get paragraphs(): FakeParagraphCollection {
    return this._nav(
      "paragraphs",
      () =>
        new FakeParagraphCollection(
          this._ctx,
          () => {
            const doc = this._doc();
            return { list: () => doc.paragraphsIn(this._range(this._t())) };
          },
          false,
          { id: this._id, nav: "paragraphs" }
        )
    );
  }

  get contentControls(): FakeContentControlCollection {
    return this._nav(
      "contentControls",
      () =>
        new FakeContentControlCollection(
          this._ctx,
          () => {
            const doc = this._doc();
            return {
              list: () =>
                doc.orderedControls().filter((cc) => doc.contains(this._range(this._t()), cc)),
            };
          },
          false,
          { id: this._id, nav: "contentControls" }
        )
    );
  }

  get parentContentControlOrNullObject(): FakeContentControl {
    return this._nav(
      "parentContentControlOrNullObject",
      () =>
        new FakeContentControl(
          this._ctx,
          () => {
            gate(this, API_1_3, "parentContentControlOrNullObject");
            return this._doc().innermostControl(this._range(this._t()));
          },
          true,
          { id: this._id, nav: "parentContentControlOrNullObject" }
        )
    );
  }

  search(
    searchText: string,
    searchOptions?: { matchCase?: boolean; matchWholeWord?: boolean; matchWildcards?: boolean }
  ): FakeRangeCollection {
    if (searchOptions?.matchWildcards) throw notImplemented("Word search", "matchWildcards");
    return new FakeRangeCollection(
      this._ctx,
      () => {
        if (typeof searchText !== "string" || searchText.length === 0 || searchText.length > 255) {
          throw new FakeOfficeError(
            FakeErrorCodes.searchStringInvalidOrTooLong,
            "The search string is invalid or longer than 255 characters."
          );
        }
        const doc = this._doc();
        const scope = this._range(this._t());
        const found: WordRange[] = [];
        const needle = searchOptions?.matchCase ? searchText : searchText.toLowerCase();
        for (const p of doc.paragraphsIn(scope)) {
          const from = p === scope.start.p ? scope.start.off : 0;
          const to = p === scope.end.p ? scope.end.off : p.text.length;
          const hay = searchOptions?.matchCase ? p.text : p.text.toLowerCase();
          for (
            let i = hay.indexOf(needle, from);
            i >= 0 && i + needle.length <= to;
            i = hay.indexOf(needle, i + 1)
          ) {
            if (searchOptions?.matchWholeWord) {
              const before = p.text[i - 1] ?? " ";
              const after = p.text[i + needle.length] ?? " ";
              if (/\w/.test(before) || /\w/.test(after)) continue;
            }
            found.push(doc.range(doc.pos(p, i, "start"), doc.pos(p, i + needle.length, "end")));
          }
        }
        return { list: () => found };
      },
      false,
      { id: this._id, call: "search", args: [searchText, searchOptions] }
    );
  }

  insertContentControl(contentControlType: string = "RichText"): FakeContentControl {
    if (contentControlType !== "RichText")
      throw notImplemented("Word insertContentControl", contentControlType);
    let created: WordContentControl | null = null;
    this._op({ call: "insertContentControl", args: [contentControlType] }, (t) => {
      const doc = this._doc();
      const r = this._range(t);
      for (const cc of doc.contentControls) {
        const disjoint = doc.compare(cc.end, r.start) <= 0 || doc.compare(r.end, cc.start) <= 0;
        if (!disjoint && !doc.contains(cc, r) && !doc.contains(r, cc)) {
          throw invalidArgument("A content control cannot partly overlap another content control.");
        }
      }
      created = doc.addContentControl(r);
    });
    return new FakeContentControl(this._ctx, () => created, false, { addResult: true });
  }

  insertText(text: string, insertLocation: string): FakeRange {
    checkText(text);
    let created: WordRange | null = null;
    this._op({ call: "insertText", args: [text, insertLocation] }, (t) => {
      const doc = this._doc();
      const r = this._range(t);
      switch (insertLocation) {
        case "Replace":
          doc.deleteText(r);
          created = doc.insertText(r.start, text);
          r.end.p = created.end.p;
          r.end.off = created.end.off;
          break;
        case "Start":
          created = doc.insertText(r.start, text);
          break;
        case "End":
          created = doc.insertText(r.end, text);
          break;
        case "Before": {
          created = doc.insertText(r.start, text);
          r.start.off += text.length;
          break;
        }
        case "After": {
          const end = { ...r.end };
          created = doc.insertText(r.end, text);
          r.end.off = end.off;
          break;
        }
        default:
          throw invalidArgument(`insertLocation ${insertLocation}`);
      }
    });
    return new FakeRange(this._ctx, () => created, false, { addResult: true });
  }

  insertParagraph(paragraphText: string, insertLocation: string): FakeParagraph {
    checkText(paragraphText);
    let created: WordParagraph | null = null;
    this._op({ call: "insertParagraph", args: [paragraphText, insertLocation] }, (t) => {
      const doc = this._doc();
      const r = this._range(t);
      if (insertLocation === "Before")
        created = doc.insertParagraph(r.start.p, "Before", paragraphText, r.start.p);
      else if (insertLocation === "After")
        created = doc.insertParagraph(r.end.p, "After", paragraphText, r.end.p);
      else throw invalidArgument(`insertLocation ${insertLocation} (Before or After)`);
    });
    return new FakeParagraph(this._ctx, () => created, false, { addResult: true });
  }

  select(selectionMode?: string): void {
    void selectionMode;
    this._op({ call: "select" }, (t) => {
      const doc = this._doc();
      const r = this._range(t);
      doc.selection = doc.range(r.start, r.end);
    });
  }

  insertComment(commentText: string): FakeComment {
    let created: WordComment | null = null;
    this._op(
      { call: "insertComment", args: [commentText] },
      (t) => {
        if (typeof commentText !== "string" || commentText === "")
          throw invalidArgument("comment text");
        const doc = this._doc();
        const r = this._range(t);
        const comment: WordComment = {
          ...doc.range(r.start, r.end),
          id: `comment-${doc.comments.length + 1}`,
          content: commentText,
          authorName: doc.properties.author || "Test User",
          resolved: false,
        };
        doc.comments.push(comment);
        created = comment;
      },
      API_1_4
    );
    return new FakeComment(this._ctx, () => created, false, { addResult: true });
  }

  getComments(): FakeCommentCollection {
    return new FakeCommentCollection(
      this._ctx,
      () => {
        gate(this, API_1_4, "getComments");
        const doc = this._doc();
        const scope = this._range(this._t());
        return {
          list: () =>
            doc.comments.filter(
              (c) => doc.compare(c.end, scope.start) >= 0 && doc.compare(scope.end, c.start) >= 0
            ),
        };
      },
      false,
      { id: this._id, call: "getComments" }
    );
  }
}

const TEXT_NAVS: NavDefs = {
  font: true,
  paragraphs: true,
  contentControls: true,
  parentContentControlOrNullObject: true,
};

// ---------------------------------------------------------------------------
// Font (bold and italic only: what the report reader needs)

export class FakeFont extends FakeObject<WordRange> {
  _typeName(): string {
    return "Word.Font";
  }
  _props(): Record<string, PropertyDef<WordRange>> {
    return {
      bold: { get: (t) => docOf(this._ctx).format(t, "bold") },
      italic: { get: (t) => docOf(this._ctx).format(t, "italic") },
    };
  }
}
defineProperties(FakeFont, { bold: "r", italic: "r" });

// ---------------------------------------------------------------------------
// Range

export class FakeRange extends TextObject<WordRange> {
  _typeName(): string {
    return "Word.Range";
  }
  _range(t: WordRange): WordRange {
    return t;
  }
  _props(): Record<string, PropertyDef<WordRange>> {
    const doc = (): DocumentModel => this._doc();
    return {
      text: { get: (t) => doc().text(t) },
      isEmpty: { get: (t) => doc().compare(t.start, t.end) === 0, requires: API_1_3 },
      style: {
        get: (t) => {
          const styles = new Set(
            doc()
              .paragraphsIn(t)
              .map((p) => p.style)
          );
          return styles.size === 1 ? [...styles][0] : "";
        },
      },
    };
  }
  override _navs(): NavDefs {
    return TEXT_NAVS;
  }
  expandTo(range: FakeRange): FakeRange {
    return this._newRange("expandTo", [{ id: range._id }], (t, doc) => {
      gate(this, API_1_3, "expandTo");
      const o = range._t();
      const start = doc.compare(t.start, o.start) <= 0 ? t.start : o.start;
      const end = doc.compare(t.end, o.end) >= 0 ? t.end : o.end;
      return doc.range(start, end);
    });
  }
  delete(): void {
    this._op({ call: "delete" }, (t) => this._doc().deleteText(t));
  }
}
defineProperties(FakeRange, { text: "r", isEmpty: "r", style: "r" });

interface ListScope<I> {
  list: () => I[];
}

export class FakeRangeCollection extends FakeCollection<
  ListScope<WordRange>,
  WordRange,
  FakeRange
> {
  _typeName(): string {
    return "Word.RangeCollection";
  }
  _list(t: ListScope<WordRange>): WordRange[] {
    return t.list();
  }
  _makeItem(target: WordRange): FakeRange {
    return new FakeRange(this._ctx, () => target, false, null);
  }
  _itemPrototype() {
    return { props: { text: 1, isEmpty: 1, style: 1 }, navs: TEXT_NAVS, typeName: "Word.Range" };
  }
  getFirst(): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        const first = this._t().list()[0];
        if (!first) throw itemNotFound("no range found");
        return first;
      },
      false,
      { id: this._id, call: "getFirst" }
    );
  }
  getFirstOrNullObject(): FakeRange {
    return new FakeRange(this._ctx, () => this._t().list()[0] ?? null, true, {
      id: this._id,
      call: "getFirstOrNullObject",
    });
  }
}

// ---------------------------------------------------------------------------
// Paragraphs, lists and tables

export class FakeParagraph extends TextObject<WordParagraph> {
  _typeName(): string {
    return "Word.Paragraph";
  }
  /**
   * Word's Paragraph.getTextRanges (WordApi 1.3): the paragraph cut after
   * each punctuation mark given; with trimSpacing, spaces around each range
   * are left out.
   */
  getTextRanges(punctuationMarks: string[], trimSpacing = false): FakeRangeCollection {
    return new FakeRangeCollection(
      this._ctx,
      () => {
        gate(this, API_1_3, "getTextRanges");
        if (!Array.isArray(punctuationMarks) || punctuationMarks.some((m) => typeof m !== "string"))
          throw invalidArgument("punctuationMarks");
        const p = this._t();
        const doc = this._doc();
        const found: WordRange[] = [];
        let start = 0;
        const cut = (end: number) => {
          let s = start;
          let e = end;
          if (trimSpacing) {
            while (s < e && /\s/.test(p.text[s])) s++;
            while (e > s && /\s/.test(p.text[e - 1])) e--;
          }
          if (e > s) found.push(doc.range(doc.pos(p, s, "start"), doc.pos(p, e, "end")));
          start = end;
        };
        for (let i = 0; i < p.text.length; i++)
          if (punctuationMarks.includes(p.text[i])) cut(i + 1);
        cut(p.text.length);
        return { list: () => found };
      },
      false,
      { id: this._id, call: "getTextRanges", args: [punctuationMarks, trimSpacing] }
    );
  }
  _range(t: WordParagraph): WordRange {
    return this._doc().paragraphRange(t);
  }
  _props(): Record<string, PropertyDef<WordParagraph>> {
    return {
      text: { get: (t) => t.text },
      style: {
        get: (t) => t.style,
        set: (t, v) => {
          if (typeof v !== "string" || v === "") throw invalidArgument("style");
          t.style = v;
        },
      },
      styleBuiltIn: {
        get: (t) => builtInStyle(t.style),
        set: (t, v) => {
          const style = styleFromBuiltIn(String(v));
          if (!style) throw invalidArgument(`styleBuiltIn ${String(v)}`);
          t.style = style;
        },
        requires: API_1_3,
      },
      outlineLevel: {
        get: (t) => t.outlineLevel,
        set: (t, v) => {
          if (typeof v !== "number" || v < 1 || v > 10) throw invalidArgument("outlineLevel");
          t.outlineLevel = v;
        },
      },
      isListItem: { get: (t) => t.list !== null, requires: API_1_3 },
      tableNestingLevel: { get: (t) => t.cell?.table.nestingLevel ?? 0, requires: API_1_3 },
      isLastParagraph: {
        get: (t) => this._doc().paragraphs[this._doc().paragraphs.length - 1] === t,
        requires: API_1_3,
      },
    };
  }
  override _navs(): NavDefs {
    return {
      ...TEXT_NAVS,
      listItemOrNullObject: true,
      listItem: true,
      parentTableCellOrNullObject: true,
      parentTableCell: true,
      parentTableOrNullObject: true,
    };
  }
  get listItemOrNullObject(): FakeListItem {
    return this._nav(
      "listItemOrNullObject",
      () =>
        new FakeListItem(
          this._ctx,
          () => {
            gate(this, API_1_3, "listItemOrNullObject");
            const t = this._t();
            return t.list ? t : null;
          },
          true,
          { id: this._id, nav: "listItemOrNullObject" }
        )
    );
  }
  get listItem(): FakeListItem {
    return this._nav(
      "listItem",
      () =>
        new FakeListItem(
          this._ctx,
          () => {
            gate(this, API_1_3, "listItem");
            const t = this._t();
            if (!t.list) throw itemNotFound("the paragraph is not a list item");
            return t;
          },
          false,
          { id: this._id, nav: "listItem" }
        )
    );
  }
  get parentTableCellOrNullObject(): FakeTableCell {
    return this._nav(
      "parentTableCellOrNullObject",
      () =>
        new FakeTableCell(
          this._ctx,
          () => {
            gate(this, API_1_3, "parentTableCellOrNullObject");
            return this._t().cell;
          },
          true,
          { id: this._id, nav: "parentTableCellOrNullObject" }
        )
    );
  }
  get parentTableCell(): FakeTableCell {
    return this._nav(
      "parentTableCell",
      () =>
        new FakeTableCell(
          this._ctx,
          () => {
            gate(this, API_1_3, "parentTableCell");
            const cell = this._t().cell;
            if (!cell) throw itemNotFound("the paragraph is not in a table");
            return cell;
          },
          false,
          { id: this._id, nav: "parentTableCell" }
        )
    );
  }
  get parentTableOrNullObject(): FakeTable {
    return this._nav(
      "parentTableOrNullObject",
      () =>
        new FakeTable(
          this._ctx,
          () => {
            gate(this, API_1_3, "parentTableOrNullObject");
            return this._t().cell?.table ?? null;
          },
          true,
          { id: this._id, nav: "parentTableOrNullObject" }
        )
    );
  }
  insertTable(
    rowCount: number,
    columnCount: number,
    insertLocation: string,
    values?: string[][]
  ): FakeTable {
    let created: WordTable | null = null;
    this._op(
      { call: "insertTable", args: [rowCount, columnCount, insertLocation, values] },
      (t) => {
        gate(this, API_1_3, "insertTable");
        if (insertLocation !== "Before" && insertLocation !== "After")
          throw invalidArgument(`insertLocation ${insertLocation}`);
        created = insertTable(this._doc(), t, insertLocation, rowCount, columnCount, values);
      }
    );
    return new FakeTable(this._ctx, () => created, false, { addResult: true });
  }
  delete(): void {
    this._op({ call: "delete" }, (t) => this._doc().removeParagraph(t));
  }
  getNextOrNullObject(): FakeParagraph {
    return new FakeParagraph(
      this._ctx,
      () => {
        const doc = this._doc();
        return doc.paragraphs[doc.index(this._t()) + 1] ?? null;
      },
      true,
      { id: this._id, call: "getNextOrNullObject" }
    );
  }
  getPreviousOrNullObject(): FakeParagraph {
    return new FakeParagraph(
      this._ctx,
      () => {
        const doc = this._doc();
        return doc.paragraphs[doc.index(this._t()) - 1] ?? null;
      },
      true,
      { id: this._id, call: "getPreviousOrNullObject" }
    );
  }
}
defineProperties(FakeParagraph, {
  text: "r",
  style: "rw",
  styleBuiltIn: "rw",
  outlineLevel: "rw",
  isListItem: "r",
  tableNestingLevel: "r",
  isLastParagraph: "r",
});

function insertTable(
  doc: DocumentModel,
  ref: WordParagraph | null,
  where: "Before" | "After",
  rowCount: number,
  columnCount: number,
  values?: string[][]
): WordTable {
  if (
    !Number.isInteger(rowCount) ||
    !Number.isInteger(columnCount) ||
    rowCount < 1 ||
    columnCount < 1 ||
    columnCount > 63
  ) {
    throw invalidArgument("table size");
  }
  if (values && (values.length !== rowCount || values.some((r) => r.length !== columnCount))) {
    throw invalidArgument("values must match the table size");
  }
  return doc.insertTable(ref, where, rowCount, columnCount, values);
}

const PARAGRAPH_PROTO = {
  props: {
    text: 1,
    style: 1,
    styleBuiltIn: 1,
    outlineLevel: 1,
    isListItem: 1,
    tableNestingLevel: 1,
    isLastParagraph: 1,
  },
  navs: {
    ...TEXT_NAVS,
    listItemOrNullObject: true,
    listItem: true,
    parentTableCellOrNullObject: true,
    parentTableCell: true,
    parentTableOrNullObject: true,
  } as NavDefs,
  typeName: "Word.Paragraph",
};

export class FakeParagraphCollection extends FakeCollection<
  ListScope<WordParagraph>,
  WordParagraph,
  FakeParagraph
> {
  _typeName(): string {
    return "Word.ParagraphCollection";
  }
  _list(t: ListScope<WordParagraph>): WordParagraph[] {
    return t.list();
  }
  _makeItem(target: WordParagraph): FakeParagraph {
    return new FakeParagraph(this._ctx, () => target, false, null);
  }
  _itemPrototype() {
    return PARAGRAPH_PROTO;
  }
  getFirst(): FakeParagraph {
    return new FakeParagraph(
      this._ctx,
      () => {
        const p = this._t().list()[0];
        if (!p) throw itemNotFound("no paragraph");
        return p;
      },
      false,
      { id: this._id, call: "getFirst" }
    );
  }
  getLast(): FakeParagraph {
    return new FakeParagraph(
      this._ctx,
      () => {
        const list = this._t().list();
        if (!list.length) throw itemNotFound("no paragraph");
        return list[list.length - 1];
      },
      false,
      { id: this._id, call: "getLast" }
    );
  }
  getFirstOrNullObject(): FakeParagraph {
    return new FakeParagraph(this._ctx, () => this._t().list()[0] ?? null, true, {
      id: this._id,
      call: "getFirstOrNullObject",
    });
  }
}

export class FakeListItem extends FakeObject<WordParagraph> {
  _typeName(): string {
    return "Word.ListItem";
  }
  _props(): Record<string, PropertyDef<WordParagraph>> {
    return {
      listString: { get: (t) => t.list!.label },
      level: {
        get: (t) => t.list!.level,
        set: (t, v) => {
          if (typeof v !== "number" || v < 0 || v > 8) throw invalidArgument("level");
          t.list!.level = v;
        },
      },
      siblingIndex: {
        get: (t) => {
          const doc = docOf(this._ctx);
          let n = 0;
          for (let i = doc.index(t) - 1; i >= 0 && doc.paragraphs[i].list; i--)
            if (doc.paragraphs[i].list!.level === t.list!.level) n++;
          return n;
        },
      },
    };
  }
}
defineProperties(FakeListItem, { listString: "r", level: "rw", siblingIndex: "r" });

type CellRef = NonNullable<WordParagraph["cell"]>;

export class FakeTableCell extends FakeObject<CellRef> {
  _typeName(): string {
    return "Word.TableCell";
  }
  _props(): Record<string, PropertyDef<CellRef>> {
    return {
      rowIndex: { get: (t) => t.row },
      cellIndex: { get: (t) => t.column },
      value: { get: (t) => docOf(this._ctx).cellText(t.table, t.row, t.column) },
      columnWidth: {
        get: (t) => t.table.columnWidths?.[t.column] ?? 0,
        set: (t, v) => {
          if (typeof v !== "number" || !Number.isFinite(v) || v <= 0)
            throw invalidArgument("columnWidth");
          const widths = t.table.columnWidths ?? new Array<number>(t.table.columnCount).fill(0);
          widths[t.column] = v;
          t.table.columnWidths = widths;
        },
        requires: API_1_3,
      },
    };
  }
  override _navs(): NavDefs {
    return { parentTable: true };
  }
  get parentTable(): FakeTable {
    return this._nav(
      "parentTable",
      () =>
        new FakeTable(this._ctx, () => this._t().table, false, { id: this._id, nav: "parentTable" })
    );
  }
}
defineProperties(FakeTableCell, { rowIndex: "r", cellIndex: "r", value: "r", columnWidth: "rw" });

export class FakeTable extends FakeObject<WordTable> {
  _typeName(): string {
    return "Word.Table";
  }
  _props(): Record<string, PropertyDef<WordTable>> {
    return {
      rowCount: { get: (t) => t.rowCount },
      nestingLevel: { get: (t) => t.nestingLevel },
      headerRowCount: {
        get: (t) => t.headerRowCount ?? 0,
        set: (t, v) => {
          if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > t.rowCount)
            throw invalidArgument("headerRowCount");
          t.headerRowCount = v;
        },
        requires: API_1_3,
      },
      values: {
        get: (t) =>
          Array.from({ length: t.rowCount }, (_, r) =>
            Array.from({ length: t.columnCount }, (_, c) => docOf(this._ctx).cellText(t, r, c))
          ),
      },
    };
  }
  /** Table.getCell (WordApi 1.3): the cell at a row and column; ItemNotFound outside the table. */
  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    return new FakeTableCell(
      this._ctx,
      () => {
        gate(this, API_1_3, "getCell");
        const table = this._t();
        if (
          !Number.isInteger(rowIndex) ||
          !Number.isInteger(cellIndex) ||
          rowIndex < 0 ||
          cellIndex < 0 ||
          rowIndex >= table.rowCount ||
          cellIndex >= table.columnCount
        )
          throw itemNotFound(`cell ${rowIndex},${cellIndex}`);
        return { table, row: rowIndex, column: cellIndex };
      },
      false,
      { id: this._id, call: "getCell", args: [rowIndex, cellIndex] }
    );
  }
}
defineProperties(FakeTable, {
  rowCount: "r",
  nestingLevel: "r",
  headerRowCount: "rw",
  values: "r",
});

export class FakeTableCollection extends FakeCollection<DocumentModel, WordTable, FakeTable> {
  _typeName(): string {
    return "Word.TableCollection";
  }
  _list(t: DocumentModel): WordTable[] {
    return [...t.tables];
  }
  _makeItem(target: WordTable): FakeTable {
    return new FakeTable(this._ctx, () => target, false, null);
  }
  _itemPrototype() {
    return {
      props: { rowCount: 1, nestingLevel: 1, headerRowCount: 1, values: 1 },
      navs: {},
      typeName: "Word.Table",
    };
  }
}

// ---------------------------------------------------------------------------
// Content controls and comments

export class FakeContentControl extends TextObject<WordContentControl> {
  _typeName(): string {
    return "Word.ContentControl";
  }
  _range(t: WordContentControl): WordRange {
    if (!this._doc().contentControls.includes(t))
      throw itemNotFound("the content control was deleted");
    return t;
  }
  _props(): Record<string, PropertyDef<WordContentControl>> {
    const str = (name: "tag" | "title" | "color"): PropertyDef<WordContentControl> => ({
      get: (t) => t[name],
      set: (t, v) => {
        if (typeof v !== "string") throw invalidArgument(name);
        if (name === "tag" && v.length > 64) throw invalidArgument("tag longer than 64 characters");
        t[name] = v;
      },
    });
    const flag = (name: "cannotDelete" | "cannotEdit"): PropertyDef<WordContentControl> => ({
      get: (t) => t[name],
      set: (t, v) => void (t[name] = Boolean(v)),
    });
    return {
      id: { get: (t) => t.id },
      tag: str("tag"),
      title: str("title"),
      color: str("color"),
      appearance: {
        get: (t) => t.appearance,
        set: (t, v) => {
          if (v !== "BoundingBox" && v !== "Tags" && v !== "Hidden")
            throw invalidArgument(`appearance ${String(v)}`);
          t.appearance = v;
        },
      },
      type: { get: (t) => t.type },
      text: { get: (t) => this._doc().text(this._range(t)) },
      cannotDelete: flag("cannotDelete"),
      cannotEdit: flag("cannotEdit"),
    };
  }
  override _navs(): NavDefs {
    return TEXT_NAVS;
  }
  delete(keepContent: boolean): void {
    if (typeof keepContent !== "boolean") throw invalidArgument("keepContent");
    this._op({ call: "delete", args: [keepContent] }, (t) => {
      const doc = this._doc();
      const r = this._range(t);
      if (t.cannotDelete)
        throw new FakeOfficeError(
          FakeErrorCodes.generalException,
          "The content control cannot be deleted."
        );
      doc.contentControls.splice(doc.contentControls.indexOf(t), 1);
      if (!keepContent) doc.deleteText(r);
    });
  }
}
defineProperties(FakeContentControl, {
  id: "r",
  tag: "rw",
  title: "rw",
  color: "rw",
  appearance: "rw",
  type: "r",
  text: "r",
  cannotDelete: "rw",
  cannotEdit: "rw",
});

const CC_PROTO = {
  props: {
    id: 1,
    tag: 1,
    title: 1,
    color: 1,
    appearance: 1,
    type: 1,
    text: 1,
    cannotDelete: 1,
    cannotEdit: 1,
  },
  navs: TEXT_NAVS,
  typeName: "Word.ContentControl",
};

export class FakeContentControlCollection extends FakeCollection<
  ListScope<WordContentControl>,
  WordContentControl,
  FakeContentControl
> {
  _typeName(): string {
    return "Word.ContentControlCollection";
  }
  _list(t: ListScope<WordContentControl>): WordContentControl[] {
    return t.list();
  }
  _makeItem(target: WordContentControl): FakeContentControl {
    return new FakeContentControl(this._ctx, () => target, false, null);
  }
  _itemPrototype() {
    return CC_PROTO;
  }
  getByTag(tag: string): FakeContentControlCollection {
    return new FakeContentControlCollection(
      this._ctx,
      () => {
        const scope = this._t();
        return { list: () => scope.list().filter((cc) => cc.tag === tag) };
      },
      false,
      { id: this._id, call: "getByTag", args: [tag] }
    );
  }
  getById(id: number): FakeContentControl {
    return new FakeContentControl(
      this._ctx,
      () => {
        const cc = this._t()
          .list()
          .find((c) => c.id === id);
        if (!cc) throw itemNotFound(`content control ${id}`);
        return cc;
      },
      false,
      { id: this._id, call: "getById", args: [id] }
    );
  }
  getByIdOrNullObject(id: number): FakeContentControl {
    return new FakeContentControl(
      this._ctx,
      () =>
        this._t()
          .list()
          .find((c) => c.id === id) ?? null,
      true,
      {
        id: this._id,
        call: "getByIdOrNullObject",
        args: [id],
      }
    );
  }
  getFirst(): FakeContentControl {
    return new FakeContentControl(
      this._ctx,
      () => {
        const cc = this._t().list()[0];
        if (!cc) throw itemNotFound("no content control");
        return cc;
      },
      false,
      { id: this._id, call: "getFirst" }
    );
  }
  getFirstOrNullObject(): FakeContentControl {
    return new FakeContentControl(this._ctx, () => this._t().list()[0] ?? null, true, {
      id: this._id,
      call: "getFirstOrNullObject",
    });
  }
}

export class FakeComment extends FakeObject<WordComment> {
  _typeName(): string {
    return "Word.Comment";
  }
  _props(): Record<string, PropertyDef<WordComment>> {
    return {
      id: { get: (t) => t.id },
      content: { get: (t) => t.content, set: (t, v) => void (t.content = String(v)) },
      authorName: { get: (t) => t.authorName },
      resolved: { get: (t) => t.resolved, set: (t, v) => void (t.resolved = Boolean(v)) },
    };
  }
  getRange(): FakeRange {
    return new FakeRange(this._ctx, () => this._t(), false, { id: this._id, call: "getRange" });
  }
  delete(): void {
    this._op({ call: "delete" }, (t) => {
      const doc = docOf(this._ctx);
      doc.comments.splice(doc.comments.indexOf(t), 1);
    });
  }
}
defineProperties(FakeComment, { id: "r", content: "rw", authorName: "r", resolved: "rw" });

export class FakeCommentCollection extends FakeCollection<
  ListScope<WordComment>,
  WordComment,
  FakeComment
> {
  _typeName(): string {
    return "Word.CommentCollection";
  }
  _list(t: ListScope<WordComment>): WordComment[] {
    return t.list();
  }
  _makeItem(target: WordComment): FakeComment {
    return new FakeComment(this._ctx, () => target, false, null);
  }
  _itemPrototype() {
    return {
      props: { id: 1, content: 1, authorName: 1, resolved: 1 },
      navs: {},
      typeName: "Word.Comment",
    };
  }
}

// ---------------------------------------------------------------------------
// Tracked changes (WordApi 1.6)

export class FakeTrackedChange extends FakeObject<WordTrackedChange> {
  _typeName(): string {
    return "Word.TrackedChange";
  }
  _props(): Record<string, PropertyDef<WordTrackedChange>> {
    return {
      type: { get: (t) => t.type },
      text: { get: (t) => t.text },
      author: { get: (t) => t.author },
      date: { get: (t) => t.date },
    };
  }
}
defineProperties(FakeTrackedChange, { type: "r", text: "r", author: "r", date: "r" });

export class FakeTrackedChangeCollection extends FakeCollection<
  DocumentModel,
  WordTrackedChange,
  FakeTrackedChange
> {
  _typeName(): string {
    return "Word.TrackedChangeCollection";
  }
  _list(t: DocumentModel): WordTrackedChange[] {
    return [...t.trackedChanges];
  }
  _makeItem(target: WordTrackedChange): FakeTrackedChange {
    return new FakeTrackedChange(this._ctx, () => target, false, null);
  }
  _itemPrototype() {
    return {
      props: { type: 1, text: 1, author: 1, date: 1 },
      navs: {},
      typeName: "Word.TrackedChange",
    };
  }
}

// ---------------------------------------------------------------------------
// Body, document, properties

export class FakeBody extends TextObject<DocumentModel> {
  _typeName(): string {
    return "Word.Body";
  }
  _range(t: DocumentModel): WordRange {
    const first = t.paragraphs[0];
    const last = t.paragraphs[t.paragraphs.length - 1];
    return {
      start: { p: first, off: 0, kind: "start" },
      end: { p: last, off: last.text.length, kind: "end" },
    };
  }
  _props(): Record<string, PropertyDef<DocumentModel>> {
    return { text: { get: (t) => t.text(this._range(t)) } };
  }
  override _navs(): NavDefs {
    return { ...TEXT_NAVS, tables: true };
  }
  get tables(): FakeTableCollection {
    return this._nav(
      "tables",
      () =>
        new FakeTableCollection(this._ctx, () => this._t(), false, { id: this._id, nav: "tables" })
    );
  }
  override insertParagraph(paragraphText: string, insertLocation: string): FakeParagraph {
    checkText(paragraphText);
    let created: WordParagraph | null = null;
    this._op({ call: "insertParagraph", args: [paragraphText, insertLocation] }, (doc) => {
      if (insertLocation === "Start") created = doc.insertParagraph(null, "Before", paragraphText);
      else if (insertLocation === "End")
        created = doc.insertParagraph(null, "After", paragraphText);
      else throw invalidArgument(`insertLocation ${insertLocation} (Start or End)`);
    });
    return new FakeParagraph(this._ctx, () => created, false, { addResult: true });
  }
  insertTable(
    rowCount: number,
    columnCount: number,
    insertLocation: string,
    values?: string[][]
  ): FakeTable {
    let created: WordTable | null = null;
    this._op(
      { call: "insertTable", args: [rowCount, columnCount, insertLocation, values] },
      (doc) => {
        gate(this, API_1_3, "insertTable");
        if (insertLocation === "Start")
          created = insertTable(doc, doc.paragraphs[0], "Before", rowCount, columnCount, values);
        else if (insertLocation === "End")
          created = insertTable(
            doc,
            doc.paragraphs[doc.paragraphs.length - 1],
            "After",
            rowCount,
            columnCount,
            values
          );
        else throw invalidArgument(`insertLocation ${insertLocation} (Start or End)`);
      }
    );
    return new FakeTable(this._ctx, () => created, false, { addResult: true });
  }
  /** The tracked changes of the whole body (WordApi 1.6; the fake lists the document's). */
  getTrackedChanges(): FakeTrackedChangeCollection {
    return new FakeTrackedChangeCollection(
      this._ctx,
      () => {
        gate(this, API_1_6, "getTrackedChanges");
        return this._t();
      },
      false,
      { id: this._id, call: "getTrackedChanges" }
    );
  }
  clear(): void {
    this._op({ call: "clear" }, (doc) => {
      doc.contentControls.length = 0;
      doc.deleteText(this._range(doc));
    });
  }
}
defineProperties(FakeBody, { text: "r" });

export class FakeDocumentProperties extends FakeObject<DocumentModel> {
  _typeName(): string {
    return "Word.DocumentProperties";
  }
  _props(): Record<string, PropertyDef<DocumentModel>> {
    const prop = (
      name: "title" | "author" | "subject" | "keywords" | "comments"
    ): PropertyDef<DocumentModel> => ({
      get: (t) => t.properties[name],
      set: (t, v) => {
        if (typeof v !== "string") throw invalidArgument(name);
        t.properties[name] = v;
      },
    });
    return {
      title: prop("title"),
      author: prop("author"),
      subject: prop("subject"),
      keywords: prop("keywords"),
      comments: prop("comments"),
    };
  }
}
defineProperties(FakeDocumentProperties, {
  title: "rw",
  author: "rw",
  subject: "rw",
  keywords: "rw",
  comments: "rw",
});

export class FakeDocument extends FakeObject<DocumentModel> {
  _typeName(): string {
    return "Word.Document";
  }
  _props(): Record<string, PropertyDef<DocumentModel>> {
    return {};
  }
  override _navs(): NavDefs {
    return { body: true, contentControls: true, properties: true, customXmlParts: true };
  }
  get body(): FakeBody {
    return this._nav(
      "body",
      () => new FakeBody(this._ctx, () => this._t(), false, { nav: "body" })
    );
  }
  get contentControls(): FakeContentControlCollection {
    return this._nav(
      "contentControls",
      () =>
        new FakeContentControlCollection(
          this._ctx,
          () => {
            const doc = this._t();
            return { list: () => doc.orderedControls() };
          },
          false,
          { nav: "contentControls" }
        )
    );
  }
  get properties(): FakeDocumentProperties {
    return this._nav(
      "properties",
      () =>
        new FakeDocumentProperties(
          this._ctx,
          () => {
            gate(this, API_1_3, "properties");
            return this._t();
          },
          false,
          { nav: "properties" }
        )
    );
  }
  get customXmlParts(): FakeCustomXmlPartCollection {
    return this._nav(
      "customXmlParts",
      () =>
        new FakeCustomXmlPartCollection(
          this._ctx,
          () => ({ store: this._t().customXml, ns: null }),
          API_1_4
        )
    );
  }
  getSelection(): FakeRange {
    return new FakeRange(
      this._ctx,
      () => {
        const doc = this._t();
        if (doc.selection) return doc.range(doc.selection.start, doc.selection.end);
        const first = doc.paragraphs[0];
        return doc.range(doc.pos(first, 0, "start"), doc.pos(first, 0, "end"));
      },
      false,
      { call: "getSelection" }
    );
  }
}

export class FakeWordContext extends FakeRequestContext {
  readonly document: FakeDocument;
  constructor(
    host: HostState,
    readonly documentModel: DocumentModel
  ) {
    super(host);
    this.document = new FakeDocument(this, () => documentModel, false, "document");
  }
}
