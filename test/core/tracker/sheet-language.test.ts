import { columnHeader } from "../../../src/core/schema/columns";
import { proposeMapping } from "../../../src/core/tracker/legacy";
import { languageOfLegacySheet, languageOfSheet } from "../../../src/core/tracker/sheet-language";

describe("languageOfSheet", () => {
  it("reads a tracker's own headers in each language", () => {
    for (const language of ["en", "fr", "es"] as const) {
      const headers = (["id", "text", "place", "status", "response"] as const).map((key) =>
        columnHeader(key, language)
      );
      expect(languageOfSheet(headers, [], "en")).toBe(language);
      expect(languageOfSheet(headers, [], "fr")).toBe(language);
    }
  });

  it("reads hand-made headers by the words of each language's headers and lists", () => {
    expect(languageOfSheet(["N°", "Date du rapport", "Réponse des autorités", "État"])).toBe("fr");
    expect(languageOfSheet(["Núm.", "Fecha", "Recomendación", "Estado del seguimiento"])).toBe(
      "es"
    );
    expect(languageOfSheet(["No.", "Date", "Recommendation", "Status"], [], "fr")).toBe("en");
    expect(languageOfSheet(["Réf.", "Établissement visité", "Mesure prise"])).toBe("fr");
    expect(languageOfSheet(["Ref.", "Lugar visitado", "Medida adoptada", "Plazo"])).toBe("es");
  });

  it("takes the language most mixed headers are in, and the cells' when they split evenly", () => {
    expect(languageOfSheet(["Ref", "Recommendation", "Lieu", "Réponse", "Statut"], [], "en")).toBe(
      "fr"
    );
    const even = ["Recommendation", "Lieu"];
    expect(
      languageOfSheet(even, ["Le directeur devrait réparer le chauffage de l'aile C."], "en")
    ).toBe("fr");
    expect(languageOfSheet(even, ["The director should repair the heating in wing C."], "fr")).toBe(
      "en"
    );
  });

  it("reads the cells' texts when the headers hold no language's words, else takes the fallback", () => {
    const headers = ["A", "B", "C", "#"];
    expect(
      languageOfSheet(headers, [
        "La dirección debería reparar la calefacción del módulo C antes del invierno.",
        "Ministerio del Interior",
      ])
    ).toBe("es");
    expect(
      languageOfSheet(headers, ["Les autorités doivent publier la procédure de plainte."], "es")
    ).toBe("fr");
    expect(languageOfSheet(headers, ["12", "Eastgate", "KM"], "es")).toBe("es");
    expect(languageOfSheet([], [], "fr")).toBe("fr");
    expect(languageOfSheet(headers)).toBe("en");
  });
});

describe("languageOfLegacySheet", () => {
  it("reads the headers a mapping found, then the rows under them", () => {
    const rows = [
      ["Suivi 2024"],
      ["N°", "A", "B"],
      ["1", "Le directeur devrait réparer le chauffage de l'aile C avant l'hiver.", "KM"],
      ["2", "Le ministère doit publier la procédure de plainte dans chaque unité.", "JB"],
    ];
    const mapping = proposeMapping(rows, 1);
    expect(languageOfLegacySheet(rows, mapping, "en")).toBe("fr");
    expect(languageOfLegacySheet(rows.slice(0, 2), mapping, "es")).toBe("es");
  });
});
