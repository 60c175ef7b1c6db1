/**
 * Classes of reading that decide `specific`, `measurable` and `rootcause` on published
 * recommendations from several bodies, in English, French and Spanish. The sentences are
 * written for these tests.
 */
import { checkRecommendation, type CriterionKey } from "../../../src/core/smart";
import type { Language } from "../../../src/core/language";

type Case = [Language, string];

function verdict(language: Language, text: string, key: CriterionKey) {
  return checkRecommendation({ text }, { language }).criteria[key];
}

describe("measurable: the number of a paragraph or list item is not a quantity", () => {
  it.each<Case>([
    ["en", "7.2 Prisoners should have adequate access to the library."],
    [
      "en",
      "For the Area Manager/Governor 7.2 Prisoners should have adequate access to the library (paragraph 3.4).",
    ],
    [
      "fr",
      "Les contrôleurs formulent les observations suivantes : 3- Les personnes détenues doivent avoir un accès suffisant à la bibliothèque.",
    ],
    ["fr", "12.4 Les personnes détenues doivent avoir un accès suffisant à la bibliothèque."],
    [
      "es",
      "Se formulan las siguientes sugerencias: 4- Que las personas internas tengan un acceso suficiente a la biblioteca.",
    ],
    ["es", "5.2 Las personas internas deben tener un acceso suficiente a la biblioteca."],
    [
      "es",
      "Para ello se formulan: 2 – Que las personas internas tengan un acceso suficiente a la biblioteca.",
    ],
  ])("%s: %s", (language, text) => {
    const measurable = verdict(language, text, "measurable");
    expect(measurable.verdict).toBe("not_met");
    expect(measurable.basis).toBe("soft");
  });

  it.each<Case>([
    ["en", "Each cell should measure at least 7.5 m2 of floor space."],
    ["en", "The prison should recruit 2.5 FTE nurses for the health centre."],
    ["en", "Prisoners should be offered 1.5 hours of exercise in the open air."],
    ["fr", "Les personnes détenues doivent bénéficier de 1.5 heure de promenade."],
    ["es", "Las personas internas deben disponer de 1.5 horas de patio."],
  ])("a quantity still counts — %s: %s", (language, text) => {
    const measurable = verdict(language, text, "measurable");
    expect(measurable.verdict).toBe("met");
    expect(measurable.basis).toBe("measure");
  });
});
