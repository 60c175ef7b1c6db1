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

/** Whether a UTF-16 code unit is white space as a regular expression's \s means it (line ends apart). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Lines a text takes in a column `width` characters wide, wrapping at spaces
 * as Excel does: paragraphs end at line breaks (\r\n, \r or \n), words are
 * runs of anything but white space. One pass over the characters, no
 * strings made: a list of thousands of rows asks it of every text.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARACTERS_PER_WIDTH) - 1);
  let lines = 0;
  // The paragraph's lines so far, the length of its last line, and of the word being read.
  let count = 1;
  let line = 0;
  let word = 0;
  const endWord = () => {
    if (word === 0) return;
    // A word longer than the line is broken across lines.
    if (word > perLine) {
      if (line > 0) count++;
      count += Math.ceil(word / perLine) - 1;
      line = word % perLine || perLine;
    } else {
      const needed = line === 0 ? word : line + 1 + word;
      if (needed > perLine) {
        count++;
        line = word;
      } else line = needed;
    }
    word = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      endWord();
      lines += count;
      count = 1;
      line = 0;
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    } else if (isSpace(code)) endWord();
    else word++;
  }
  endWord();
  lines += count;
  return Math.max(1, lines);
}

/** Height in points of a row whose wrapped cells hold these texts, at these column widths. */
export function rowHeight(cells: readonly { text: string; width: number }[]): number {
  let lines = 1;
  for (let c = 0; c < cells.length; c++)
    if (cells[c].text) lines = Math.max(lines, wrappedLines(cells[c].text, cells[c].width));
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
