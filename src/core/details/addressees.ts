/**
 * Several addressees of one recommendation, kept apart: "the Ministry of the
 * Interior and the Ministry of Health" -> "Ministry of the Interior",
 * "Ministry of Health". The tracker's "Addressed to" cell holds them joined
 * by "; ", as Groups are, each one a value of the addressee list. A name
 * that holds a conjunction ("NHS Ayrshire and Arran", "Department of Health
 * and Social Care") stays whole: a part is an addressee of its own only when
 * it holds an authority's noun or is an acronym ("SPS", "NHS").
 */
import { DETAILS_LEXICONS } from "./lexicon";
import { WORD_END, WORD_START, any, capitalise, foldKeep, tidy, withoutArticle } from "./text";

const ALL = Object.values(DETAILS_LEXICONS);
const AUTHORITY = new RegExp(
  `${WORD_START}${any(ALL.flatMap((lex) => lex.authorityNouns))}${WORD_END}`,
  "u"
);
const AND = new RegExp(
  `\\s*,\\s*(?:${ALL.map((lex) => lex.and).join("|")}\\s+)?|\\s+(?:${ALL.map((lex) => lex.and).join("|")})\\s+`,
  "giu"
);

/** The separator between addressees in the tracker's "Addressed to" cell. */
export const ADDRESSEE_SEPARATOR = "; ";

function standsAlone(part: string): boolean {
  return AUTHORITY.test(foldKeep(part)) || /(?:^|\s)\p{Lu}{2,}(?:\s|$)/u.test(part);
}

/**
 * "Director, Eastfield Prison": a post named by one word, then a comma,
 * is that post of what follows, not a second addressee.
 */
function postOf(before: string, join: string): boolean {
  return /^\s*,\s*$/.test(join) && withoutArticle(tidy(before)).split(/\s+/).length === 1;
}

/** The addressees named in `text`, each tidied ("the director" -> "Director"), in order, without repeats. */
export function splitAddressees(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/\s*[;\n]\s*/)) {
    const parts: { text: string; join: string }[] = [];
    let last = 0;
    for (const m of piece.matchAll(AND)) {
      parts.push({ text: piece.slice(last, m.index), join: m[0] });
      last = (m.index ?? 0) + m[0].length;
    }
    parts.push({ text: piece.slice(last), join: "" });
    // Glue back every part that cannot stand alone to the one before it.
    const merged: string[] = [];
    let pendingJoin = "";
    for (const part of parts) {
      const before = merged[merged.length - 1];
      if (
        merged.length > 0 &&
        (!(standsAlone(part.text) && standsAlone(before)) || postOf(before, pendingJoin))
      )
        merged[merged.length - 1] += pendingJoin + part.text;
      else merged.push(part.text);
      pendingJoin = part.join;
    }
    for (const name of merged) {
      const clean = capitalise(withoutArticle(tidy(name)));
      if (clean.length > 1 && !out.some((o) => foldKeep(o) === foldKeep(clean))) out.push(clean);
    }
  }
  return out;
}
