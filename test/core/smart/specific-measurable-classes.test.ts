/**
 * Classes of sentence that decide `specific` and `measurable` on published
 * recommendations, in English, French and Spanish. The sentences are written
 * for these tests.
 */
import { checkRecommendation, type CriterionKey } from "../../../src/core/smart";
import type { Language } from "../../../src/core/language";

type Case = [Language, string];

function result(language: Language, text: string, key: CriterionKey) {
  return checkRecommendation({ text }, { language }).criteria[key];
}

describe("specific and measurable: freedom from a harm as the whole ask names no act", () => {
  it.each<Case>([
    [
      "en",
      "The Ministry should ensure that inmates who spoke to the visiting team, their relatives and lawyers are protected from any act of retaliation.",
    ],
    [
      "en",
      "The Board urges the authorities to ensure that there are no reprisals after the visit.",
    ],
    ["en", "Complainants should be protected against intimidation by other residents."],
    [
      "fr",
      "Le ministère devrait veiller à ce qu'il n'y ait aucune représaille contre les personnes entendues.",
    ],
    ["fr", "Les plaignants doivent être protégés contre toute forme d'intimidation."],
    [
      "es",
      "Garantizar que los internos entrevistados, sus familias y sus abogados estén protegidos frente a cualquier represalia.",
    ],
    ["es", "Que los internos que presenten una queja no sufran represalias."],
  ])("%s: %s", (language, text) => {
    const checked = checkRecommendation({ text }, { language }).criteria;
    expect(checked.specific.verdict).toBe("not_met");
    expect(checked.specific.basis).toBe("vague");
    expect(checked.measurable.verdict).toBe("not_met");
  });

  it.each<Case>([
    [
      "en",
      "The Governor should install a confidential complaints box on each wing, out of sight of the cameras.",
    ],
    ["en", "Record every allegation of reprisals in a register kept by the Director."],
    [
      "fr",
      "Le directeur devrait installer une boîte aux lettres confidentielle dans chaque aile de la prison.",
    ],
    ["fr", "Consigner chaque allégation de représailles dans un registre tenu par le directeur."],
    [
      "es",
      "El director debería instalar un buzón de quejas confidencial en cada módulo del centro.",
    ],
    ["es", "Registrar toda denuncia de represalias en un libro custodiado por el director."],
  ])("an act against a harm stays concrete (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});
