import { compileLexicon } from "../../../src/core/smart/compile";
import { LEXICONS } from "../../../src/core/smart";
import { Doc, tokenize } from "../../../src/core/smart/text";

/**
 * The rules read the words of many spans of one recommendation; Doc.tokens takes them from the
 * words of the whole input read once, and must give what reading the span alone gives.
 */
const TEXTS = [
  "Qu'il soit rappelé jusqu'ici à l'administration d'État que le quartier doit être rénové.",
  "The part-time U.N.-led team's review: staff should record 3.5 hours per day in the log.",
  "La Dirección General debe, en el plazo de 3 meses, dotar a los calabozos de luz natural.",
  "Mr. O'Neill's unit—cell 4b—needs repair; l'équipe doit réparer la fenêtre.",
];

describe("Doc.tokens", () => {
  it("gives the words of every span exactly as tokenize reads that span", () => {
    for (const text of TEXTS) {
      const doc = new Doc(compileLexicon(LEXICONS.fr), "", text);
      for (let from = 0; from <= doc.full.length; from++)
        for (let to = from; to <= doc.full.length; to++)
          expect(doc.tokens(from, to)).toEqual(tokenize(doc.full, from, to));
    }
  });

  it("reads spans of the context and of the recommendation alike", () => {
    const doc = new Doc(
      compileLexicon(LEXICONS.en),
      "The NPM found that l'unité was dirty.",
      TEXTS[1]
    );
    for (let from = 0; from <= doc.full.length; from += 3)
      for (let to = from; to <= doc.full.length; to += 2)
        expect(doc.tokens(from, to)).toEqual(tokenize(doc.full, from, to));
  });

  it("spells an elided article cut off at its apostrophe as everywhere else", () => {
    const doc = new Doc(compileLexicon(LEXICONS.fr), "", "Réparer l’aile B.");
    const end = doc.full.indexOf("aile");
    expect(doc.tokens(0, end).map((t) => t.lower)).toEqual(["reparer", "l'"]);
    expect(doc.tokens(0, doc.full.length).map((t) => t.lower)).toEqual([
      "reparer",
      "l'",
      "aile",
      "b",
    ]);
  });
});
