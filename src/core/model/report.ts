/**
 * One paragraph of a report, as every reader produces it: the Word adapter
 * (src/office/word), the .docx reader (src/files/docx) and test builders.
 * The finder (src/core/extract) works only on these.
 */
export interface ReportParagraph {
  /** Position in reading order, 0-based, unique within the report. */
  index: number;
  /** Plain text, with tabs and line breaks as "\t" and "\n"; never null. */
  text: string;
  /** Style name as the user sees it ("Heading 2", "List Paragraph", "Normal"); "" when none. */
  style: string;
  /** 1-9 for headings (from the style or outline level), null otherwise. */
  headingLevel: number | null;
  /** The rendered list label ("1.", "a)", "•"), null when the paragraph is not in a list. */
  listLabel: string | null;
  /** Nesting level of the list item, 0-based; null when not in a list. */
  listLevel: number | null;
  /** Set when the paragraph is inside a table cell. */
  tableCell: TableCellRef | null;
  /** Where the paragraph lives; only "body" paragraphs hold recommendations. */
  part: ReportPart;
  /** Tag of the innermost content control around the paragraph ("opcat-rec:<id>"), if any. */
  contentControlTag?: string;
  /**
   * Bold and italic runs, when the reader can tell (many bodies print their
   * recommendations in bold). Absent when unknown.
   */
  emphasis?: Emphasis;
}

/** How much of a paragraph is in bold or italics, and where the bold runs are. */
export interface Emphasis {
  /** Share of the paragraph's visible characters in bold, 0 to 1. */
  bold: number;
  /** Share of the paragraph's visible characters in italics, 0 to 1. */
  italic: number;
  /** Bold stretches of `text`, as [start, end) positions, in order and not overlapping. */
  boldRanges: [number, number][];
}

export type ReportPart =
  "body" | "footnote" | "endnote" | "comment" | "header" | "footer" | "textbox";

export interface TableCellRef {
  /** 0-based table number in the report. */
  table: number;
  row: number;
  column: number;
}
