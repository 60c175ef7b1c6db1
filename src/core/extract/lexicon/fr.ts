import type { FinderLexicon } from "./types";

/** French: the chapter and addressee headings of reports written in French. */
export const fr: Pick<
  FinderLexicon,
  "chapterHeadings" | "mixedChapterHeadings" | "addresseeHeadings"
> = {
  chapterHeadings: [
    "(?:r[ée]sum[ée]|liste|r[ée]capitulatif|tableau) des (?:principales )?recommandations",
    "(?:principales |nouvelles )?recommandations?(?: (?:urgentes|principales|du mnp|adress[ée]es (?:au|à|aux) .*|(?:au|à la|à l'|aux) .*))?",
  ],
  mixedChapterHeadings: [
    "conclusions? et recommandations?",
    "observations et recommandations?",
    "suivi des recommandations(?: pr[ée]c[ée]dentes)?",
  ],
  addresseeHeadings: ["(?:recommandations? )?(?:adress[ée]es? )?(?:au|à la|à l'|aux|à) (.{3,90}?)"],
};
