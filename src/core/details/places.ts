/**
 * Places: the type of a place from its name, the places a sentence names,
 * and a place as a report's label gives it, without its address.
 */
import type { Language } from "../language";
import { VOCABULARIES } from "../schema/vocabularies";
import { DETAILS_LEXICONS, lexiconsFor, type DetailsLexicon } from "./lexicon";
import { WORD_END, WORD_START, any, capitalise, foldKeep, tidy, withoutArticle } from "./text";

const ALL = Object.values(DETAILS_LEXICONS);

/** Type of place patterns of every language, merged by list value in the English order. */
const PLACE_TYPES: { key: string; re: RegExp }[] = DETAILS_LEXICONS.en.placeTypes.map(
  ({ key }) => ({
    key,
    re: new RegExp(
      `${WORD_START}${any(ALL.flatMap((lex) => lex.placeTypes.find((t) => t.key === key)?.patterns ?? []))}${WORD_END}`,
      "u"
    ),
  })
);

/** The Type of place list value a place's name says ("HMP Kilmarnock" -> "prison"), or null. */
export function placeTypeOf(name: string): string | null {
  const folded = foldKeep(name);
  return PLACE_TYPES.find((t) => t.re.test(folded))?.key ?? null;
}

/** The Type of place list value as written in a language ("prison" -> "Centro penitenciario"). */
export function placeTypeLabel(key: string, language: Language): string {
  return VOCABULARIES.placeType.values.find((v) => v.key === key)?.labels[language] ?? key;
}

const NOUNS = new RegExp(
  `${WORD_START}${any(ALL.flatMap((lex) => lex.placeNouns))}${WORD_END}`,
  "u"
);
const NOUNS_ALL = new RegExp(NOUNS.source, "gu");

/** Whether a name holds a noun of an institution ("Prison", "Centre", "Comisaría"). */
export function hasPlaceNoun(name: string): boolean {
  return NOUNS.test(foldKeep(name));
}

/** Whether a name starts with a plural place noun ("Police Stations in X"): several places, not one. */
export function namesSeveral(name: string, language: Language): boolean {
  const lead = new RegExp(
    `^(?:[\\p{L}'-]+\\s+){0,2}?${any(lexiconsFor(language).flatMap((l) => l.pluralPlaceNouns))}${WORD_END}`,
    "u"
  );
  return lead.test(foldKeep(withoutArticle(name)));
}

/** Street words: the comma segment that holds one (or a number) starts a place's address. */
const ADDRESS =
  /(?:^|\s)(?:\d+[a-z]?|road|street|st\.|avenue|ave\.|lane|way|drive|square|boulevard|rue|chemin|route|allee|calle|avenida|avda\.|plaza|paseo|carretera|camino|c\/|strasse|straße|gate|vej|box)(?:\s|,|$)/i;

/**
 * A place as a label gives it: "Northfield Prison, 4 Quarry Road, Northfield"
 * -> "Northfield Prison". Comma segments are kept until the first that holds
 * a street word or a number; "Department of Psychiatry, Karsten Hospital" stays whole.
 */
export function placeName(text: string): string {
  const segments = text
    .trim()
    .replace(/^["'‘’“”«»]\s*|\s*["'‘’“”«»]$/g, "")
    .split(/\s*,\s*/);
  const kept: string[] = [];
  for (const segment of segments) {
    if (kept.length > 0 && ADDRESS.test(` ${foldKeep(segment)} `)) break;
    kept.push(segment);
  }
  return capitalise(tidy(withoutArticle(tidy(kept.join(", ")))));
}

/** A title in capitals reads better in the tracker as words: "HM PRISON, ABERDEEN" -> "HM Prison, Aberdeen". */
export function unshout(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 6 || letters !== letters.toUpperCase()) return text;
  return text.replace(/\p{L}+/gu, (word) =>
    word.length <= 3 ? word : word.charAt(0) + word.slice(1).toLowerCase()
  );
}

/** A place named in a sentence, with where it is. */
export interface PlaceMention {
  name: string;
  start: number;
  end: number;
}

const CONNECTORS = new Set([
  "of",
  "for",
  "and",
  "de",
  "del",
  "la",
  "le",
  "du",
  "des",
  "d'",
  "the",
  "y",
  "et",
  "los",
  "las",
  "el",
]);

/**
 * Places named in a sentence: a run of capitalised words holding a place
 * noun ("Riverside Police Station", "HMP Kilmarnock", "Centro de
 * Internamiento de Extranjeros de Valencia"), or a place noun followed by a
 * capitalised name ("la maison d'arrêt de Nîmes", "el centro penitenciario
 * de Soto del Real"). Generic mentions ("the prison") are not places.
 */
export function placesNamedIn(text: string): PlaceMention[] {
  const tokens = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[(),;:]/gu)].map((m) => ({
    word: m[0].replace(/[.]+$/, (dots) => (/^(?:St|Ste|Sta|Sr|Dr)\.$/.test(m[0]) ? dots : "")),
    start: m.index ?? 0,
  }));
  const capital = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
  const opens = (w: string) => /^\p{Lu}/u.test(w);
  const connector = (w: string) => CONNECTORS.has(foldKeep(w).replace(/’/g, "'"));
  const out: PlaceMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!opens(tokens[i].word)) {
      i++;
      continue;
    }
    let j = i;
    let lastCapital = i;
    while (
      j + 1 < tokens.length &&
      (capital(tokens[j + 1].word) || connector(tokens[j + 1].word))
    ) {
      j++;
      if (capital(tokens[j].word)) lastCapital = j;
    }
    const first = tokens[i];
    const last = tokens[lastCapital];
    const end = last.start + last.word.length;
    const name = withoutArticle(text.slice(first.start, end));
    if (lastCapital > i && hasPlaceNoun(name)) {
      out.push({ name, start: end - name.length, end });
    }
    i = j + 1;
  }
  // French and Spanish write the noun in lower case before the name: "la prison de Fresnes".
  const folded = foldKeep(text);
  for (const m of folded.matchAll(NOUNS_ALL)) {
    const start = m.index ?? 0;
    if (!/^\p{Ll}/u.test(text.charAt(start))) continue;
    const rest =
      /^(?:\s+[\p{Ll}'’-]+){0,3}?\s+(?:de la|de l'|de l’|del|de|du|d'|d’)\s*(?=\p{Lu})/u.exec(
        text.slice(start + m[0].length, start + m[0].length + 80)
      );
    if (!rest) continue;
    const after = nameEnd(text, start + m[0].length + rest[0].length);
    if (after === null || out.some((p) => start < p.end && after > p.start)) continue;
    out.push({ name: text.slice(start, after), start, end: after });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** End of the capitalised name that starts at `from` ("Soto del Real"), or null. */
function nameEnd(text: string, from: number): number | null {
  const m =
    /^[\p{Lu}][\p{L}\p{N}'’.-]*(?:\s+(?:(?:de|del|la|le|du|des|d'|y|et|los|las)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*)*/u.exec(
      text.slice(from)
    );
  return m ? from + m[0].replace(/[.]+$/, "").length : null;
}

/** Distinct words of a place name, for telling whether two names are the same place. */
function nameWords(name: string): Set<string> {
  const generic = new RegExp(`^${any(ALL.flatMap((lex) => lex.placeNouns))}$`, "u");
  return new Set(
    foldKeep(name)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !CONNECTORS.has(w) && !generic.test(w))
  );
}

/**
 * Whether two names are one place: the shorter's distinctive words are all in
 * the longer's ("Karsten Detention Centre" and "Karsten Detention Centre for
 * Foreigners"), with at least one word in common.
 */
export function samePlace(a: string, b: string): boolean {
  const [x, y] = [nameWords(a), nameWords(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return foldKeep(a).trim() === foldKeep(b).trim();
  return [...small].every((w) => large.has(w));
}

/** Whether the words just before position `at` end with one of `sources` (and an article). */
function preceded(text: string, at: number, sources: readonly string[], reach: number): boolean {
  const before = foldKeep(text.slice(Math.max(0, at - reach), at));
  return new RegExp(
    `${WORD_START}${any(sources)}\\s+(?:the\\s+|la\\s+|le\\s+|l'|el\\s+)?$`,
    "u"
  ).test(before);
}

/** Whether the words before a mention make it an example ("drawing on the experience of X"). */
export function namedAsExample(text: string, at: number, lex: DetailsLexicon): boolean {
  return preceded(text, at, lex.examplePlace, 60);
}

/** Whether the words before a mention locate the recommendation there ("at X", "en el X"). */
export function namedAsLocation(text: string, at: number, lex: DetailsLexicon): boolean {
  return preceded(text, at, [lex.placePrepositions], 20);
}
