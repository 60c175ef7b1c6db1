import type { FinderLexicon } from "./types";

/** Spanish: the chapter and addressee headings of reports written in Spanish. */
export const es: Pick<
  FinderLexicon,
  "chapterHeadings" | "mixedChapterHeadings" | "addresseeHeadings"
> = {
  chapterHeadings: [
    "(?:resumen|lista|cuadro|tabla) de (?:las )?(?:principales )?recomendaciones",
    "(?:principales )?recomendaci[oó]n(?:es)?(?: (?:urgentes|principales|del mnp|dirigidas (?:al|a la|a los|a las|a) .*|(?:al|a la|a los|a las) .*))?",
  ],
  mixedChapterHeadings: [
    "conclusiones y recomendaciones",
    "observaciones y recomendaciones",
    "seguimiento de (?:las )?recomendaciones(?: anteriores)?",
  ],
  addresseeHeadings: ["(?:recomendaciones )?(?:dirigidas )?(?:al|a la|a los|a las) (.{3,90}?)"],
};
