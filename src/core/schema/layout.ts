/**
 * How text sits in cells, for files the add-in writes: Excel keeps the row
 * height a file gives it and does not fit rows to wrapped text when it opens
 * one, so a row holding a long recommendation shows a single line unless the
 * file says how tall it is. The estimate errs on the tall side: a row a line
 * too tall is harmless, a row too short hides words.
 */

/** Points per line of the default font (Calibri or Carlito 11), and Excel's default row height. */
export const LINE_POINTS = 15;
export const DEFAULT_ROW_POINTS = 15;
/** The tallest row Excel allows. */
export const MAX_ROW_POINTS = 409;
/**
 * Characters of running text per character of column width: a column's width
 * counts digits, and text averages a little narrower; cell padding takes some.
 */
const CHARACTERS_PER_WIDTH = 1.05;

/** Lines a text takes in a column `width` characters wide, wrapping at spaces as Excel does. */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARACTERS_PER_WIDTH) - 1);
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      // A word longer than the line is broken across lines.
      if (word.length > perLine) {
        if (line > 0) count++;
        count += Math.ceil(word.length / perLine) - 1;
        line = word.length % perLine || perLine;
        continue;
      }
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed > perLine) {
        count++;
        line = word.length;
      } else line = needed;
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** Height in points of a row whose wrapped cells hold these texts, at these column widths. */
export function rowHeight(cells: readonly { text: string; width: number }[]): number {
  let lines = 1;
  for (const cell of cells)
    if (cell.text) lines = Math.max(lines, wrappedLines(cell.text, cell.width));
  return Math.min(MAX_ROW_POINTS, lines === 1 ? DEFAULT_ROW_POINTS : lines * LINE_POINTS + 3);
}

/**
 * How many columns to freeze so the recommendation's text stays in view
 * beside the header: every column up to the text, unless they are too wide
 * together to leave room for the rest (a table whose text column sits far to
 * the right): then none, and only the header row is frozen.
 */
export function frozenColumns(widthsUpToText: readonly number[], maxWidth = 80): number {
  const total = widthsUpToText.reduce((sum, width) => sum + width, 0);
  return total <= maxWidth ? widthsUpToText.length : 0;
}
