import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import type { FinderLexicon } from "./types";

export type { FinderLexicon } from "./types";

/**
 * The lexicon the finder uses: English sentences and cues, with the
 * chapter and addressee headings of every language a report may be
 * written in (a French report's "Recommandations" chapter is found even
 * though its sentences are read with the English cues).
 */
export const finderLexicon: FinderLexicon = {
  ...en,
  chapterHeadings: [...en.chapterHeadings, ...fr.chapterHeadings, ...es.chapterHeadings],
  mixedChapterHeadings: [
    ...en.mixedChapterHeadings,
    ...fr.mixedChapterHeadings,
    ...es.mixedChapterHeadings,
  ],
  addresseeHeadings: [...en.addresseeHeadings, ...fr.addresseeHeadings, ...es.addresseeHeadings],
};
