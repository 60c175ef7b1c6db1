/**
 * Which of our languages a passage is written in, from its function words
 * and letters. Reports are read in their own language whatever Office's
 * is, and a recommendation may quote another language.
 */
import type { Language } from "./types";

/** Function words frequent in one language and rare in the other two. */
const MARKERS: Record<Language, ReadonlySet<string>> = {
  en: new Set(
    "the of and to in is are be should must that for with on by this which from at it as an or not have has all its their into any were was will would been".split(
      " "
    )
  ),
  fr: new Set(
    "le les des du et est sont une dans pour que qui au aux sur avec pas ou ses leur leurs doit doivent devrait devraient être ce cette ces il elle ne à afin d l qu n s chaque tous toutes selon dès sous aussi très".split(
      " "
    )
  ),
  es: new Set(
    "el los las del y es son una para que por con al se su sus debe deben debería deberían ser este esta estos estas o no como lo cada todos todas según desde hasta sobre también así".split(
      " "
    )
  ),
};

/** Words frequent in French and Spanish but not in English ("la", "de"): they weigh for both, so the other signs decide between them. */
const ROMANCE: ReadonlySet<string> = new Set(["la", "de", "en", "a", "un"]);

/** Word endings typical of one language: Spanish "-ción", "-dad", plural "-os"; French "-eaux", "-ées"; English "-ing". */
const ENDINGS: Record<Language, { readonly min: number; readonly ends: readonly string[] }> = {
  en: { min: 6, ends: ["ing", "ness", "ship"] },
  fr: { min: 4, ends: ["eaux", "eux", "ées", "ée", "ment", "ière", "ières", "té", "tés"] },
  es: {
    min: 4,
    ends: ["ción", "ciones", "dad", "dades", "os", "as", "ar", "ir", "ncia", "ncias", "ía", "ías"],
  },
};

function hasEnding(word: string, lang: Language): boolean {
  const { min, ends } = ENDINGS[lang];
  if (word.length < min) return false;
  for (const end of ends) if (word.endsWith(end)) return true;
  return false;
}

/** What one word says of each language, and whether it is a function word of one of them. */
interface WordWeight {
  readonly en: number;
  readonly fr: number;
  readonly es: number;
  readonly marker: boolean;
}

function weighWord(w: string): WordWeight {
  const weight = { en: 0, fr: 0, es: 0, marker: false };
  for (const lang of ["en", "fr", "es"] as const) {
    if (MARKERS[lang].has(w)) {
      weight[lang]++;
      weight.marker = true;
    } else if (hasEnding(w, lang)) weight[lang] += 0.25;
  }
  if (ROMANCE.has(w) && !MARKERS.en.has(w)) {
    weight.fr += 0.5;
    weight.es += 0.5;
    weight.marker = true;
  }
  return weight;
}

/**
 * Words already weighed: every recommendation of a batch is detected, and their words repeat.
 * Bounded, so that a huge document cannot make it grow without end.
 */
const weighed = new Map<string, WordWeight>();
const MAX_WEIGHED = 20_000;

function weightOf(w: string): WordWeight {
  let weight = weighed.get(w);
  if (!weight) {
    weight = weighWord(w);
    if (weighed.size >= MAX_WEIGHED) weighed.clear();
    weighed.set(w, weight);
  }
  return weight;
}

/** Letters that occur in one language only. */
const LETTERS: Record<Language, RegExp> = {
  en: /(?!)/g,
  fr: /[èêëàâîïôûùçœæ]/gi,
  es: /[ñáíóú¿¡]/gi,
};

/** One language leads by far: reading on would not change the answer. */
function decided(score: Record<Language, number>): boolean {
  const { en, fr, es } = score;
  const best = Math.max(en, fr, es);
  const second = en + fr + es - best - Math.min(en, fr, es);
  return best >= 8 && best >= 3 * second;
}

/**
 * The language of `text`, or `fallback` when the text gives too little to
 * tell (a few words, numbers, names). Words shared by two languages ("la",
 * "de", "que" in French and Spanish) are weighed by the words around them.
 */
export function detectLanguage(text: string, fallback: Language = "en"): Language {
  return scoreLanguages(text, true).best ?? fallback;
}

/** detectLanguage without a fallback: null when the text gives too little to tell, for a caller that tries another sign next. */
export function languageIfClear(text: string): Language | null {
  return scoreLanguages(text, true).best;
}

/**
 * Whether a passage long enough to tell is written in none of our
 * languages: in English, French or Spanish text about a third of the words
 * are function words of the language; in German or Dutch few are ours.
 */
export function isOtherLanguage(text: string): boolean {
  const { words, markers } = scoreLanguages(text, false);
  return words >= 40 && markers / words < 0.12;
}

function scoreLanguages(
  text: string,
  stopWhenDecided: boolean
): { best: Language | null; words: number; markers: number } {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  const lower = sample.toLowerCase();
  const score: Record<Language, number> = { en: 0, fr: 0, es: 0 };
  const word = /\p{L}+/gu;
  let words = 0;
  let markers = 0;
  let match: RegExpExecArray | null;
  while ((match = word.exec(lower)) !== null) {
    const weight = weightOf(match[0]);
    words++;
    score.en += weight.en;
    score.fr += weight.fr;
    score.es += weight.es;
    if (weight.marker) markers++;
    if (stopWhenDecided && decided(score)) break; // a long text is told by its first sentences
  }
  for (const lang of ["fr", "es"] as const) {
    const letters = sample.match(LETTERS[lang]);
    if (letters) score[lang] += letters.length * 0.5;
  }
  // "é" is frequent in French and rare in Spanish ("también"): a weak sign of French.
  const acute = sample.match(/é/gi);
  if (acute) score.fr += acute.length * 0.25;
  // "l'", "d'", "qu'" elisions are French.
  const elisions = sample.match(/\b[ldjnmsc]['’]|\bqu['’]/gi);
  if (elisions) score.fr += elisions.length;
  const ranked = (Object.keys(score) as Language[]).sort((a, b) => score[b] - score[a]);
  const [best, second] = ranked;
  const sure = score[best] >= 1.5 && score[best] >= score[second] * 1.2;
  return { best: sure ? best : null, words, markers };
}
