import {
  blankQuotes,
  detectLanguage,
  isOtherLanguage,
  splitSentences,
} from "../../../src/core/language";

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

  it("tells a short list item from its endings and letters", () => {
    expect(detectLanguage("Dotar la celda de suficientes colchones y mantas ignífugas.")).toBe(
      "es"
    );
    expect(detectLanguage("Installer des lits et des matelas neufs dans les cellules.")).toBe("fr");
    expect(detectLanguage("Replace the broken mattresses in cell 4.")).toBe("en");
  });

  it("tells short imperative asks apart, with few function words", () => {
    const cases: Array<[string, string]> = [
      ["fr", "Améliorer la prise en charge des détenus."],
      ["fr", "Mettre en place un registre des contentions."],
      ["fr", "Former le personnel en santé mentale."],
      ["fr", "Garantir le respect de la dignité."],
      ["fr", "Installer des interphones en cellule."],
      ["fr", "Assurer la confidentialité des soins."],
      ["es", "Mejorar la atención sanitaria de los internos."],
      ["es", "Formar al personal en salud mental."],
      ["es", "Instalar un sistema de videovigilancia."],
      ["es", "Reducir el hacinamiento en el centro."],
      ["en", "Improve healthcare for detainees."],
      ["en", "Train staff in mental health."],
      ["en", "Provide blankets to police cells."],
      ["en", "Staff should wear name badges."],
    ];
    for (const [language, text] of cases)
      expect([text, detectLanguage(text, "en")]).toEqual([text, language]);
    // the fallback must not decide a French ask: the words do
    expect(detectLanguage("Installer des interphones en cellule.", "es")).toBe("fr");
    expect(detectLanguage("Instalar un sistema de videovigilancia.", "fr")).toBe("es");
  });

  it("reads an English report quoting Spanish as English", () => {
    expect(
      detectLanguage(
        "Several detainees told the team: “No tenemos agua caliente desde hace semanas.” The Director should repair the boiler within one month and record each repair in the maintenance log."
      )
    ).toBe("en");
  });

  it("falls back when the text says too little", () => {
    expect(detectLanguage("HMP 12", "fr")).toBe("fr");
    expect(detectLanguage("", "es")).toBe("es");
  });
});

describe("isOtherLanguage", () => {
  const german =
    "Die Nationale Stelle zur Verhütung von Folter empfiehlt, dass die Anstaltsleitung die Hafträume im Block C bis Ende des Jahres renoviert. Die Gefangenen sollten täglich mindestens eine Stunde im Freien verbringen können. Außerdem sollte jeder neu aufgenommene Gefangene innerhalb von vierundzwanzig Stunden ärztlich untersucht werden, und die Ergebnisse sollten dokumentiert werden.";
  const dutch =
    "Het Nationaal Preventiemechanisme beveelt aan dat de directie van de inrichting de cellen in vleugel C voor het einde van het jaar renoveert. Gedetineerden moeten dagelijks ten minste een uur buiten kunnen doorbrengen. Bovendien moet elke nieuw opgenomen gedetineerde binnen vierentwintig uur door een arts worden onderzocht en moeten de resultaten worden vastgelegd.";
  it("tells a report in another language", () => {
    expect(isOtherLanguage(german)).toBe(true);
    expect(isOtherLanguage(dutch)).toBe(true);
  });
  it("never says so of English, French or Spanish, or of a text too short to tell", () => {
    const english =
      "The NPM recommends that the director of the prison renovate the cells in wing C by the end of the year. Prisoners should be able to spend at least one hour outdoors every day. Every newly admitted prisoner should be examined by a doctor within twenty-four hours, and the results should be recorded in the medical file.";
    const french =
      "Le mécanisme national recommande que la direction de l'établissement rénove les cellules de l'aile C avant la fin de l'année. Les personnes détenues doivent pouvoir passer au moins une heure à l'air libre chaque jour. Toute personne nouvellement admise doit être examinée par un médecin dans les vingt-quatre heures, et les résultats doivent être consignés.";
    const spanish =
      "El Mecanismo recomienda que la dirección del centro renueve las celdas del módulo C antes de fin de año. Las personas internas deben poder pasar al menos una hora al aire libre cada día. Toda persona que ingrese debe ser examinada por un médico en las veinticuatro horas siguientes, y los resultados deben quedar registrados en su historia clínica.";
    for (const text of [english, french, spanish]) expect(isOtherLanguage(text)).toBe(false);
    expect(isOtherLanguage("Empfehlung: Zellen renovieren.")).toBe(false);
  });
});

describe("detectLanguage over many texts", () => {
  it("tells each text the same whatever was read before, even after more words than it keeps", () => {
    const texts = [
      "Le directeur doit veiller à ce que les cellules soient chauffées.",
      "La dirección del centro debe garantizar el acceso a la luz natural.",
      "The governor should ensure that every cell has a working call bell.",
      "que la policía",
      "Staff",
    ];
    const first = texts.map((text) => detectLanguage(text));
    expect(first.slice(0, 3)).toEqual(["fr", "es", "en"]);
    const letters = (n: number): string =>
      n < 26 ? String.fromCharCode(97 + n) : letters(Math.floor(n / 26) - 1) + letters(n % 26);
    // read in passages short enough to be read whole: the words weighed exceed what is kept
    const words = Array.from({ length: 25_000 }, (_, n) => `zq${letters(n)}`);
    for (let n = 0; n < words.length; n += 400) detectLanguage(words.slice(n, n + 400).join(" "));
    expect(texts.map((text) => detectLanguage(text))).toEqual(first);
    expect([...texts].reverse().map((text) => detectLanguage(text))).toEqual([...first].reverse());
  });
});
