import { TableNumbering, headingLevelOf, plainParagraphText } from "../../core/model/paragraph";
import type { Emphasis, ReportParagraph } from "../../core/model/report";

/**
 * Reads the open document into ReportParagraph[], the form the finder and
 * the checker work on, in 2 syncs whatever the document's length: one for
 * every paragraph's text, style and bold/italic, one for the list labels,
 * table cells and content-control tags of the paragraphs that have them and
 * for the sentence-sized pieces of paragraphs that are partly bold (many
 * bodies print the recommendation sentence of a paragraph in bold). Where
 * Word can tell (WordApi 1.6), the first sync also says whether the
 * document has tracked changes.
 */

export interface ReadReport {
  paragraphs: ReportParagraph[];
  /**
   * False on Word without WordApi 1.3 (Word 2013): list labels, table cells
   * and tags cannot be read there, so numbered recommendations may be missed
   * and the pane says so.
   */
  complete: boolean;
  /**
   * Whether the document holds tracked changes (Word reads paragraphs as if
   * they were accepted); null where Word cannot tell (before WordApi 1.6).
   */
  trackedChanges: boolean | null;
}

/** Properties loaded for every paragraph in the first sync. */
const PARAGRAPH_FIELDS =
  "items/text,items/style,items/styleBuiltIn,items/outlineLevel,items/isListItem,items/tableNestingLevel,items/font/bold,items/font/italic";
const BASIC_FIELDS = "items/text,items/style,items/outlineLevel,items/font/bold,items/font/italic";
/** Where a partly bold paragraph is cut to see which of its sentences are bold. */
const SENTENCE_MARKS = [".", "!", "?", ";", ":"];

/** Share of visible characters, from Word's true / false / null (mixed) font values. */
function visible(text: string): number {
  return (text.match(/\S/g) ?? []).length;
}

/**
 * The paragraph's emphasis from its font (true, false, or null when mixed)
 * and, for a mixed paragraph, its pieces with their own font values. Word
 * gives no position for a piece: each is found in the text after the one
 * before.
 */
export function emphasisFrom(
  text: string,
  bold: boolean | null,
  italic: boolean | null,
  pieces: { text: string; bold: boolean | null; italic: boolean | null }[] | null
): Emphasis | undefined {
  const total = visible(text);
  if (total === 0) return undefined;
  if (bold !== null && italic !== null) {
    if (!bold && !italic) return undefined;
    return {
      bold: bold ? 1 : 0,
      italic: italic ? 1 : 0,
      boldRanges: bold ? [[0, text.length]] : [],
    };
  }
  let at = 0;
  let boldCount = bold ? total : 0;
  let italicCount = italic ? total : 0;
  const ranges: [number, number][] = bold ? [[0, text.length]] : [];
  for (const piece of pieces ?? []) {
    const t = plainParagraphText(piece.text).trim();
    if (t === "") continue;
    const start = text.indexOf(t, at);
    if (start < 0) continue;
    const end = start + t.length;
    at = end;
    if (bold === null && piece.bold) {
      boldCount += visible(t);
      const last = ranges[ranges.length - 1];
      if (last && /^\s*$/.test(text.slice(last[1], start))) last[1] = end;
      else ranges.push([start, end]);
    }
    if (italic === null && piece.italic) italicCount += visible(t);
  }
  if (boldCount === 0 && italicCount === 0) return undefined;
  return { bold: boldCount / total, italic: italicCount / total, boldRanges: ranges };
}

export async function readReport(): Promise<ReadReport> {
  if (!Office.context.requirements.isSetSupported("WordApi", "1.3")) return readBasic();
  const canTell = Office.context.requirements.isSetSupported("WordApi", "1.6");
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load(PARAGRAPH_FIELDS);
    const controls = context.document.contentControls.load("items/tag");
    // In the same sync as the paragraphs: only whether there are any.
    const changes = canTell ? context.document.body.getTrackedChanges().load("items/type") : null;
    await context.sync();

    const anyTag = controls.items.some((c) => c.tag !== "");
    const details = paragraphs.items.map((p) => ({
      list: p.isListItem ? p.listItemOrNullObject.load("listString,level") : null,
      cell:
        p.tableNestingLevel > 0 ? p.parentTableCellOrNullObject.load("rowIndex,cellIndex") : null,
      control: anyTag ? p.parentContentControlOrNullObject.load("tag") : null,
      pieces:
        (p.font.bold === null || p.font.italic === null) && p.text.trim() !== ""
          ? p
              .getTextRanges(SENTENCE_MARKS, false)
              .load("items/text,items/font/bold,items/font/italic")
          : null,
    }));
    if (details.some((d) => d.list || d.cell || d.control || d.pieces)) await context.sync();

    const tables = new TableNumbering();
    const result = paragraphs.items.map((p, index): ReportParagraph => {
      const { list, cell, control, pieces } = details[index];
      const table = tables.tableAt(p.tableNestingLevel);
      const listed = list !== null && !list.isNullObject;
      const paragraph: ReportParagraph = {
        index,
        text: plainParagraphText(p.text),
        style: p.style,
        headingLevel: headingLevelOf({
          style: p.style,
          builtInStyle: p.styleBuiltIn,
          outlineLevel: p.outlineLevel,
        }),
        listLabel: listed ? list.listString : null,
        listLevel: listed ? list.level : null,
        tableCell:
          table !== null && cell !== null && !cell.isNullObject
            ? { table, row: cell.rowIndex, column: cell.cellIndex }
            : null,
        part: "body",
      };
      if (control && !control.isNullObject && control.tag !== "")
        paragraph.contentControlTag = control.tag;
      const emphasis = emphasisFrom(
        paragraph.text,
        p.font.bold,
        p.font.italic,
        pieces
          ? pieces.items.map((r) => ({ text: r.text, bold: r.font.bold, italic: r.font.italic }))
          : null
      );
      if (emphasis) paragraph.emphasis = emphasis;
      return paragraph;
    });
    return {
      paragraphs: result,
      complete: true,
      trackedChanges: changes ? changes.items.length > 0 : null,
    };
  });
}

/** Word 2013 (WordApi 1.1/1.2): text, style and outline level only, 1 sync. */
async function readBasic(): Promise<ReadReport> {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load(BASIC_FIELDS);
    await context.sync();
    const result = paragraphs.items.map((p, index): ReportParagraph => {
      const paragraph: ReportParagraph = {
        index,
        text: plainParagraphText(p.text),
        style: p.style,
        headingLevel: headingLevelOf({ style: p.style, outlineLevel: p.outlineLevel }),
        listLabel: null,
        listLevel: null,
        tableCell: null,
        part: "body",
      };
      // Word 2013 cannot cut a paragraph into pieces: a partly bold paragraph gives no bold range.
      const emphasis = emphasisFrom(paragraph.text, p.font.bold, p.font.italic, null);
      if (emphasis) paragraph.emphasis = emphasis;
      return paragraph;
    });
    return { paragraphs: result, complete: false, trackedChanges: null };
  });
}
