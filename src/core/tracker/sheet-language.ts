/**
 * The one decision of which language a sheet is in: a tracker without its
 * metadata part (the Excel pane, Graph, the .xlsx reader) and a hand-made
 * sheet being adopted (`rectrack adopt`, the pane's Set up) alike. The signs,
 * strongest first, each asked only when the ones before it leave a tie:
 *
 *   1. headers that are the tracker's own headers in a language;
 *   2. words of the headers that only one language's header and list
 *      vocabulary holds ("Lieu", "Fecha", "Status");
 *   3. the headers read as text, lone letters left out (detectLanguage:
 *      "Date du rapport");
 *   4. the cells' texts read as text (detectLanguage on the recommendations);
 *
 * and then the fallback the caller states. A tie at the end keeps the
 * fallback when it is among the leaders, else the first leader.
 */
import { languageIfClear, LANGUAGES, type Language } from "../language";
import { TRACKER_COLUMNS } from "../schema/columns";
import { foldText, VOCABULARIES } from "../schema/vocabularies";
import type { LegacyMapping } from "./legacy";
import type { CellInput } from "./types";

/** Folded words of at least three letters ("date", "reponse", "estado"). */
function wordsOf(text: string): string[] {
  return foldText(text)
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 3);
}

let distinctive: Record<Language, ReadonlySet<string>> | null = null;

/** The words of each language's headers and list labels that no other language's hold. */
function distinctiveWords(): Record<Language, ReadonlySet<string>> {
  if (distinctive) return distinctive;
  const all = Object.fromEntries(
    LANGUAGES.map((language) => [language, new Set<string>()])
  ) as Record<Language, Set<string>>;
  const add = (labels: Record<Language, string>) => {
    for (const language of LANGUAGES)
      for (const word of wordsOf(labels[language])) all[language].add(word);
  };
  for (const column of TRACKER_COLUMNS) add(column.headers);
  for (const vocabulary of Object.values(VOCABULARIES)) {
    add(vocabulary.header);
    for (const value of vocabulary.values) add(value.labels);
  }
  const out = {} as Record<Language, ReadonlySet<string>>;
  for (const language of LANGUAGES) {
    const others = LANGUAGES.filter((other) => other !== language);
    out[language] = new Set(
      [...all[language]].filter((word) => others.every((other) => !all[other].has(word)))
    );
  }
  return (distinctive = out);
}

/** The languages with the highest score, or every language when none scores. */
function leaders(score: Record<Language, number>, among: readonly Language[]): Language[] {
  const best = Math.max(...among.map((language) => score[language]));
  return best > 0 ? among.filter((language) => score[language] === best) : [...among];
}

/**
 * The language of a sheet from its headers and, when they leave it open, a
 * sample of its cells' texts (the recommendations, the authorities); the
 * `fallback` when nothing tells.
 */
export function languageOfSheet(
  headers: readonly string[],
  cellTexts: readonly string[] = [],
  fallback: Language = "en"
): Language {
  const folded = headers.map((header) => foldText(header)).filter((header) => header !== "");
  const exact = { en: 0, fr: 0, es: 0 };
  const own = new Set<string>();
  for (const language of LANGUAGES) {
    for (const column of TRACKER_COLUMNS) {
      const header = foldText(column.headers[language]);
      if (folded.includes(header)) {
        exact[language]++;
        own.add(header);
      }
    }
  }
  let open = leaders(exact, LANGUAGES);
  if (open.length === 1) return open[0];

  const words = { en: 0, fr: 0, es: 0 };
  const vocabulary = distinctiveWords();
  for (const header of folded) {
    if (own.has(header)) continue;
    for (const word of wordsOf(header))
      for (const language of open) if (vocabulary[language].has(word)) words[language]++;
  }
  open = leaders(words, open);
  if (open.length === 1) return open[0];

  // A header's lone letters ("N°", "A") are labels, not words of a language.
  const headerText = headers.join("\n").replace(/(?<!\p{L})\p{L}(?!\p{L})/gu, " ");
  for (const text of [headerText, cellTexts.join("\n")]) {
    const read = languageIfClear(text);
    if (read !== null && open.includes(read)) return read;
  }
  return open.includes(fallback) ? fallback : open[0];
}

/** How many rows under a hand-made sheet's header are read for their texts. */
const SAMPLE_ROWS = 50;

/**
 * The language of a hand-made sheet being adopted (`rectrack adopt`, the
 * Excel pane's Set up): its headers, then the texts of the rows under them.
 */
export function languageOfLegacySheet(
  rows: readonly CellInput[][],
  mapping: LegacyMapping,
  fallback: Language = "en"
): Language {
  const texts = rows
    .slice(mapping.headerRow + 1, mapping.headerRow + 1 + SAMPLE_ROWS)
    .flatMap((row) => row.filter((cell): cell is string => typeof cell === "string"));
  return languageOfSheet(
    mapping.columns.map((column) => column.header),
    texts,
    fallback
  );
}
