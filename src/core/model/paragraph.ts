import { detectLanguage, isOtherLanguage, type Language } from "../language";
import type { ReportParagraph } from "./report";

/**
 * The language a report is written in, read from its own words (whatever
 * Office's language is); `fallback` when they are too few to tell.
 */
export function reportLanguage(
  paragraphs: readonly ReportParagraph[],
  fallback: Language = "en"
): Language {
  return detectLanguage(paragraphs.map((p) => p.text).join("\n"), fallback);
}

/**
 * Decisions every report reader makes the same way when it turns a host's
 * paragraph into a ReportParagraph: which paragraphs are headings, what
 * counts as plain text, and how tables are numbered. The Word adapter and
 * the .docx reader both call these, so a report reads the same in Word and
 * on the command line.
 */

/**
 * "Heading 1".."Heading 9" in the languages of the pane (Word reports the
 * style name in the user's language; the built-in name is language-neutral).
 */
const LOCAL_HEADING =
  /^(heading|titre|título|titulo|überschrift|kop|rubrik|intestazione)\s*([1-9])$/i;
const BUILT_IN_HEADING = /^Heading([1-9])$/;

export interface HeadingSource {
  /** Style name as shown to the user ("Heading 2", "Titre 2"). */
  style: string;
  /** Language-neutral built-in style name ("Heading2"), when the host gives one. */
  builtInStyle?: string | null;
  /** Paragraph outline level: 1-9 for outline levels, 10 (or anything else) for body text. */
  outlineLevel?: number | null;
}

/** Heading level 1-9, or null for a paragraph that is not a heading. */
export function headingLevelOf(source: HeadingSource): number | null {
  const builtIn = source.builtInStyle ? BUILT_IN_HEADING.exec(source.builtInStyle) : null;
  if (builtIn) return Number(builtIn[1]);
  const local = LOCAL_HEADING.exec(source.style.trim());
  if (local) return Number(local[2]);
  const level = source.outlineLevel;
  if (typeof level === "number" && Number.isInteger(level) && level >= 1 && level <= 9)
    return level;
  return null;
}

/**
 * Plain text as ReportParagraph wants it: Word's manual line break (vertical
 * tab) and stray carriage returns become "\n", tabs stay, and the other
 * control characters Word leaves in text (cell and field marks, soft
 * hyphens shown as \u001f) are removed.
 */
export function plainParagraphText(raw: string): string {
  return raw
    .replace(/\r\n?|\u000b/g, "\n")
    .replace(/[\u0000-\u0008\u000c\u000e-\u001f\u007f]/g, "")
    .replace(/\n+$/, "");
}

/**
 * Numbers tables in reading order from each paragraph's table nesting level
 * (0 outside tables). Word never puts two tables next to each other without
 * a paragraph between them, so a table starts wherever the nesting level
 * rises; a nested table gets its own number and the outer table keeps its
 * number when the nested one ends.
 */
export class TableNumbering {
  private next = 0;
  private readonly open: number[] = [];

  /** Table number of the innermost table around a paragraph at this nesting level; null outside tables. */
  tableAt(nestingLevel: number): number | null {
    if (nestingLevel <= 0) {
      this.open.length = 0;
      return null;
    }
    while (this.open.length > nestingLevel) this.open.pop();
    while (this.open.length < nestingLevel) this.open.push(this.next++);
    return this.open[nestingLevel - 1];
  }
}

/**
 * A report written in a language the finder does not read (it reads
 * English, French and Spanish): finding nothing in it says nothing about
 * its recommendations, and the user must be told why.
 */
export function reportInOtherLanguage(paragraphs: readonly ReportParagraph[]): boolean {
  let text = "";
  for (const p of paragraphs) {
    if (p.part !== "body") continue;
    text += `${p.text}\n`;
    if (text.length > 4000) break;
  }
  return isOtherLanguage(text);
}
