import { TableNumbering, headingLevelOf, plainParagraphText } from "../../core/model/paragraph";
import type { ReportParagraph } from "../../core/model/report";

/**
 * Reads the open document into ReportParagraph[], the form the finder and
 * the checker work on, in 2 syncs whatever the document's length: one for
 * every paragraph's text and style, one for the list labels, table cells and
 * content-control tags of the paragraphs that have them.
 */

export interface ReadReport {
  paragraphs: ReportParagraph[];
  /**
   * False on Word without WordApi 1.3 (Word 2013): list labels, table cells
   * and tags cannot be read there, so numbered recommendations may be missed
   * and the pane says so.
   */
  complete: boolean;
}

/** Properties loaded for every paragraph in the first sync. */
const PARAGRAPH_FIELDS =
  "items/text,items/style,items/styleBuiltIn,items/outlineLevel,items/isListItem,items/tableNestingLevel";
const BASIC_FIELDS = "items/text,items/style,items/outlineLevel";

export async function readReport(): Promise<ReadReport> {
  if (!Office.context.requirements.isSetSupported("WordApi", "1.3")) return readBasic();
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load(PARAGRAPH_FIELDS);
    const controls = context.document.contentControls.load("items/tag");
    await context.sync();

    const anyTag = controls.items.some((c) => c.tag !== "");
    const details = paragraphs.items.map((p) => ({
      list: p.isListItem ? p.listItemOrNullObject.load("listString,level") : null,
      cell:
        p.tableNestingLevel > 0 ? p.parentTableCellOrNullObject.load("rowIndex,cellIndex") : null,
      control: anyTag ? p.parentContentControlOrNullObject.load("tag") : null,
    }));
    if (details.some((d) => d.list || d.cell || d.control)) await context.sync();

    const tables = new TableNumbering();
    const result = paragraphs.items.map((p, index): ReportParagraph => {
      const { list, cell, control } = details[index];
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
      return paragraph;
    });
    return { paragraphs: result, complete: true };
  });
}

/** Word 2013 (WordApi 1.1/1.2): text, style and outline level only, 1 sync. */
async function readBasic(): Promise<ReadReport> {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs.load(BASIC_FIELDS);
    await context.sync();
    const result = paragraphs.items.map((p, index): ReportParagraph => ({
      index,
      text: plainParagraphText(p.text),
      style: p.style,
      headingLevel: headingLevelOf({ style: p.style, outlineLevel: p.outlineLevel }),
      listLabel: null,
      listLevel: null,
      tableCell: null,
      part: "body",
    }));
    return { paragraphs: result, complete: false };
  });
}
