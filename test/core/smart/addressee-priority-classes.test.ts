/**
 * Classes of reading met on published recommendations nobody tuned on, for the
 * targeted, prioritised, timebound, argued and rootcause criteria, in English,
 * French and Spanish. The sentences are written for these tests.
 */
import { checkRecommendation, type CriterionKey } from "../../../src/core/smart";
import type { Language } from "../../../src/core/language";

type Case = [Language, string];

function result(language: Language, text: string, key: CriterionKey) {
  return checkRecommendation({ text }, { language }).criteria[key];
}

function evidenceOf(language: Language, text: string, key: CriterionKey): string[] {
  return result(language, text, key).evidence.map(([s, e]) => text.slice(s, e));
}

describe("targeted: a label that numbers the item is not its addressee", () => {
  it.each<Case>([
    ["en", "Recommendation 4 Ensure CCU is staffed by a nurse at night."],
    ["en", "Recommendation 12: Record and publish ‘advice’ given by the Visiting Committee."],
    ["en", "Rec. 3 – Provide HDU patients with a written copy of their care plan."],
    ["fr", "Recommandation 3 Veiller à ce que l'UHSA dispose d'un infirmier la nuit."],
    ["fr", "Recommandation n° 8 : Afficher le règlement intérieur dans chaque aile."],
    ["es", "Recomendación 3 Garantizar que el CIE cuente con un intérprete de guardia."],
    ["es", "Recomendación Nº 9: Publicar el reglamento interno en cada módulo."],
  ])("%s: %s", (language, text) => {
    const targeted = result(language, text, "targeted");
    expect(targeted.verdict).not.toBe("met");
    // the ask after the label is still read as an ask
    expect(result(language, text, "specific").verdict).toBe("met");
  });

  it.each<Case>([
    [
      "en",
      "Recommendation 2 That Northshire Health Board appoint a lead nurse for the custody suites.",
    ],
    ["en", "Recommendation 5: The Governor should publish the regime timetable on every wing."],
    [
      "fr",
      "Recommandation 4 : Que la direction de l'établissement affiche le règlement intérieur dans chaque aile.",
    ],
    [
      "es",
      "Recomendación 7. Que la Dirección General de Instituciones Penitenciarias publique el reglamento interno en cada módulo.",
    ],
  ])("the addressee after the label is still named (%s): %s", (language, text) => {
    const targeted = result(language, text, "targeted");
    expect(targeted.verdict).toBe("met");
    for (const words of evidenceOf(language, text, "targeted"))
      expect(words).not.toMatch(/Recom|Recomm/);
  });
});

describe("targeted: a recommendation reported in the past names its addressee", () => {
  it.each<Case>([
    [
      "en",
      "In 2021 the Inspectorate recommended that the Governor install a call bell in every cell.",
    ],
    [
      "fr",
      "Lors de la visite précédente, la Commission recommandait à la direction de la santé de publier un protocole sur la contention.",
    ],
    [
      "fr",
      "La recommandation n° 14 adressée au directeur du centre portait sur l'installation d'un interphone dans chaque cellule.",
    ],
    [
      "es",
      "El Mecanismo recomendó al Jefe de la Comisaría Norte que instale un timbre en cada celda.",
    ],
    [
      "es",
      "En la misma resolución se le sugirió al Director del Complejo Penitenciario que publique el horario de visitas.",
    ],
    [
      "es",
      "La Recomendación Nº 412/19 dirigida al Director Nacional del Servicio Penitenciario pidió un registro único de visitas.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "targeted").verdict).toBe("met");
  });
});

describe("targeted: a body a frame addresses is asked to act, even when its name can also cite a source", () => {
  it.each<Case>([
    [
      "en",
      "The NPM recommends that the Constitutional Court publish its rulings on detention in plain language.",
    ],
    [
      "fr",
      "La Commission recommande au Conseil d'État de fermer le secteur des mineurs avant l'été.",
    ],
    [
      "es",
      "Se recomienda al Comité para la Prevención de la Tortura de la provincia que publique sus informes de visita.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "targeted").verdict).toBe("met");
  });
});
