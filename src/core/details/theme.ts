/**
 * A theme proposed from a recommendation's words, among the Theme list's
 * own values only: each theme's words (lexicon, per language) are counted,
 * and the theme is proposed when one clearly leads. It is a guess, shown as
 * one in the preview.
 */
import type { Language } from "../language";
import { VOCABULARIES } from "../schema/vocabularies";
import type { DetailsLexicon } from "./lexicon";
import { WORD_END, WORD_START, foldKeep, foldSource } from "./text";

const cache = new Map<DetailsLexicon, { key: string; words: RegExp[] }[]>();

function compiled(lex: DetailsLexicon): { key: string; words: RegExp[] }[] {
  let hit = cache.get(lex);
  if (!hit) {
    hit = lex.themes.map((theme) => ({
      key: theme.key,
      words: theme.words.map(
        (w) => new RegExp(`${WORD_START}(?:${foldSource(w)})${WORD_END}`, "u")
      ),
    }));
    cache.set(lex, hit);
  }
  return hit;
}

/** The Theme list value a recommendation's words point to, or null when none clearly leads. */
export function proposeTheme(text: string, lex: DetailsLexicon): string | null {
  const folded = foldKeep(text);
  const scores = compiled(lex)
    .map((theme) => ({ key: theme.key, score: theme.words.filter((w) => w.test(folded)).length }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  if (!best || best.score === 0 || (second && second.score >= best.score)) return null;
  return best.key;
}

/** A Theme list value as written in a language ("health" -> "Soins de santé"). */
export function themeLabel(key: string, language: Language): string {
  return VOCABULARIES.theme.values.find((v) => v.key === key)?.labels[language] ?? key;
}
