import { blankQuotes, detectLanguage, splitSentences } from "../../../src/core/language";

const sentences = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe("splitSentences", () => {
  it("keeps references and abbreviations inside a sentence, in each language", () => {
    expect(
      sentences(
        "The NPM recommends that the Director act (para. 12). Meanwhile, staff should check."
      )
    ).toEqual([
      "The NPM recommends that the Director act (para. 12).",
      "Meanwhile, staff should check.",
    ]);
    expect(
      sentences("Le CGLPL recommande (art. 5) d’agir. Dans l’attente, le directeur doit agir.")
    ).toEqual(["Le CGLPL recommande (art. 5) d’agir.", "Dans l’attente, le directeur doit agir."]);
    expect(sentences("Según el Sr. López (párr. 4), debe actuar. ¿Por qué? Porque sí.")).toEqual([
      "Según el Sr. López (párr. 4), debe actuar.",
      "¿Por qué?",
      "Porque sí.",
    ]);
  });

  it("does not split numbers, omissions or a lower-case continuation", () => {
    expect(sentences("See paragraphs 4.12 and 3.5, e.g. the first. […] Then more.")).toEqual([
      "See paragraphs 4.12 and 3.5, e.g. the first.",
      "[…] Then more.",
    ]);
    expect(sentences("El Mecanismo recomienda [...] que se adopte la medida.")).toHaveLength(1);
  });

  it("ends a sentence at a line break and gives spans of the original text", () => {
    const text = "  First line\nSecond. No. 5 stays; No. Really.";
    const spans = splitSentences(text);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual([
      "First line",
      "Second.",
      "No. 5 stays; No.",
      "Really.",
    ]);
  });

  it("works on a range of the text", () => {
    const text = "Context here. The text. More.";
    expect(splitSentences(text, 14, 23).map(([s, e]) => text.slice(s, e))).toEqual(["The text."]);
  });
});

describe("blankQuotes", () => {
  it("blanks quoted passages in English, French and Spanish marks, keeping positions", () => {
    const text =
      'The Act says "cells must be heated" and the CGLPL wrote « les cellules doivent être chauffées » while ‘quoted’ stays apart from the NPM’s own words.';
    const blanked = blankQuotes(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).not.toMatch(/heated|chauffées|quoted/);
    expect(blanked).toContain("NPM’s own words");
    expect(blanked.indexOf("while")).toBe(text.indexOf("while"));
  });

  it("returns a text without quotation marks as it is", () => {
    const text = "The director should repair the heating.";
    expect(blankQuotes(text)).toBe(text);
  });
});

describe("detectLanguage", () => {
  it("tells English, French and Spanish apart", () => {
    expect(detectLanguage("The Ministry should install call bells in all cells.")).toBe("en");
    expect(
      detectLanguage("Le ministère devrait installer des sonnettes dans toutes les cellules.")
    ).toBe("fr");
    expect(detectLanguage("Que se dote a todos los centros de un libro de quejas.")).toBe("es");
    expect(
      detectLanguage("s’assurer que la durée maximale de la garde à vue n’excède pas 48 heures")
    ).toBe("fr");
  });

  it("falls back when the text says too little", () => {
    expect(detectLanguage("HMP 12", "fr")).toBe("fr");
    expect(detectLanguage("", "es")).toBe("es");
  });
});
