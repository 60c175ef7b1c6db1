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

describe("specific: a finding stated beside the ask is not an ask", () => {
  // a clause with no verb that asks, leading in to the framed ask of the same sentence
  it.each<Case>([
    [
      "en",
      "Few allegations of ill-treatment by police officers were heard; the Committee recommended that the authorities remain vigilant in this area.",
    ],
    [
      "fr",
      "Peu d'allégations de mauvais traitements ont été entendues ; le Comité a recommandé aux autorités de continuer à faire preuve de vigilance.",
    ],
    [
      "es",
      "Se recibieron pocas denuncias de malos tratos; el Mecanismo recomendó a las autoridades tener en cuenta esta cuestión.",
    ],
  ])("lead-in clause — %s: %s", (language, text) => {
    expect(verdict(language, text, "specific").verdict).toBe("not_met");
    expect(verdict(language, text, "measurable").verdict).toBe("not_met");
  });

  // the ask is an infinitive after a colon and an item number, or an impersonal frame; the
  // sentence beside it states what was found
  it.each<Case>([
    [
      "fr",
      "Les contrôleurs formulent les observations suivantes : 5- Poursuivre les efforts d'entretien. Les murs de plusieurs cellules sont couverts de moisissures.",
    ],
    [
      "es",
      "El equipo formula las siguientes sugerencias: 5- Continuar los esfuerzos de mantenimiento. Las paredes de varias celdas están cubiertas de moho.",
    ],
    [
      "fr",
      "Il serait souhaitable de tenir compte de l'état des bâtiments. Les locaux sont vétustes et mal entretenus depuis leur ouverture.",
    ],
    [
      "es",
      "Sería deseable tener en cuenta el estado de los edificios. Los locales están muy deteriorados desde su apertura.",
    ],
    [
      "en",
      "It would be desirable that the state of the buildings be taken into account. The premises have been poorly maintained since they opened.",
    ],
  ])("finding sentence — %s: %s", (language, text) => {
    const checked = checkRecommendation({ text }, { language }).criteria;
    expect(checked.specific.verdict).toBe("not_met");
    expect(checked.specific.basis).toBe("vague");
    expect(checked.argued.verdict).toBe("met");
    expect(checked.argued.basis).toBe("finding");
  });

  it.each<Case>([
    [
      "en",
      "Staff reported frequent delays; the Committee recommended that the Director install a call bell in every cell.",
    ],
    [
      "fr",
      "Les contrôleurs formulent les observations suivantes : 2- Équiper chaque cellule d'un bouton d'appel. Les cellules en sont dépourvues.",
    ],
  ])("the concrete ask still counts — %s: %s", (language, text) => {
    expect(verdict(language, text, "specific").verdict).toBe("met");
  });

  it("words after a colon with no item number stay a finding", () => {
    const text =
      "El equipo observó lo siguiente: lugar de custodia sin ventilación ni luz natural. Es necesario mejorar las condiciones.";
    expect(verdict("es", text, "specific").basis).toBe("vague");
    expect(verdict("es", text, "argued").basis).toBe("finding");
  });
});

describe("rootcause: staff in the number a task needs, or assigned to it, is a staffing lever", () => {
  it.each<Case>([
    ["en", "The Governor should ensure sufficient nursing staff are available at night."],
    ["en", "There should be enough officers supervising during the movement of prisoners."],
    ["fr", "La direction doit veiller à ce qu'il y ait suffisamment de surveillants la nuit."],
    [
      "fr",
      "Il convient de tenir compte de cette situation dans l'affectation des personnels de surveillance.",
    ],
    ["es", "El centro debe contar con suficientes funcionarios para vigilar los patios."],
    ["es", "La dirección debe destinar más agentes a la vigilancia nocturna del módulo."],
  ])("%s: %s", (language, text) => {
    const rootcause = verdict(language, text, "rootcause");
    expect(rootcause.verdict).toBe("met");
    expect(rootcause.basis).toBe("lever");
  });

  it.each<Case>([
    ["en", "Sufficient blankets should be provided in cell 4."],
    ["es", "Dotar la celda 3 de suficientes mantas."],
  ])("sufficient things are not staff — %s: %s", (language, text) => {
    expect(verdict(language, text, "rootcause").basis).not.toBe("lever");
  });
});

describe("measurable: a review beside a concrete ask of its own is checked by that ask", () => {
  it.each<Case>([
    [
      "en",
      "The Department should review the menu against the national dietary guidelines, and offer a choice of meals to remand prisoners.",
    ],
    [
      "en",
      "Review the lighting in the yard with a view to replacing the broken lamps, and ensure the yard is lit at night.",
    ],
    [
      "fr",
      "Le ministère devrait réexaminer les menus au regard des recommandations nutritionnelles, et devrait proposer un choix de repas aux prévenus.",
    ],
    [
      "es",
      "Revisar los menús conforme a las pautas dietéticas nacionales y ofrecer a las personas preventivas la posibilidad de elegir entre varios platos.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "measurable").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The Department should review the menu."],
    ["fr", "Le ministère devrait réexaminer les menus."],
    ["es", "Revisar los menús del centro."],
  ])("a review alone stays open — %s: %s", (language, text) => {
    const measurable = verdict(language, text, "measurable");
    expect(measurable.verdict).toBe("not_met");
    expect(measurable.basis).toBe("open");
  });
});

describe("rootcause: the whole of a service, a body or a territory, however it is named, is a systemic scope", () => {
  it.each<Case>([
    ["en", "Better communication about prisoners at risk should be achieved across the NPS."],
    ["en", "Awareness of mental health should be improved throughout the Northshire Health Board."],
    ["fr", "La communication doit être améliorée pour l'ensemble des services de police."],
    [
      "es",
      "Mejorar la comunicación sobre las personas vulnerables en el conjunto de la Ertzaintza.",
    ],
    ["es", "Mejorar la comunicación sobre las personas vulnerables en toda la red de comisarías."],
  ])("%s: %s", (language, text) => {
    const rootcause = verdict(language, text, "rootcause");
    expect(rootcause.verdict).toBe("met");
    expect(rootcause.basis).toBe("lever");
  });

  it.each<Case>([
    ["en", "Better lighting should be available throughout the night."],
    ["en", "Better lighting should be available throughout their stay."],
    ["es", "Mejorar la iluminación en todo momento."],
  ])("a stretch of time is no scope — %s: %s", (language, text) => {
    expect(verdict(language, text, "rootcause").verdict).toBe("not_met");
  });
});

describe("specific: a recommending verb straight before the infinitive it asks for frames the ask in French, as in English and Spanish", () => {
  it.each<Case>([
    [
      "fr",
      "Par ailleurs, le Comité recommande de redoubler d'efforts pour réduire la surpopulation carcérale.",
    ],
    [
      "fr",
      "Enfin, le Comité a également recommandé de prendre en compte la situation des femmes détenues.",
    ],
    ["en", "In addition, the Committee recommends redoubling efforts to reduce overcrowding."],
    ["es", "Asimismo, el Comité recomienda redoblar los esfuerzos para reducir el hacinamiento."],
  ])("the vague ask after an introductory phrase — %s: %s", (language, text) => {
    const specific = verdict(language, text, "specific");
    expect(specific.verdict).toBe("not_met");
    expect(specific.basis).toBe("vague");
    expect(verdict(language, text, "targeted").verdict).toBe("not_met");
  });

  it("a concrete ask so framed stays specific", () => {
    const text =
      "Par ailleurs, le Comité recommande d'installer un bouton d'appel dans chaque cellule.";
    expect(verdict("fr", text, "specific").verdict).toBe("met");
  });
});

describe("measurable: the day of a date is not a quantity", () => {
  it.each<Case>([
    ["en", "Review the allowance set by the Order of 6 March 2000 in the light of current costs."],
    ["en", "Review the allowance fixed on 1st of June 2001 in the light of current costs."],
    ["fr", "Revoir le montant fixé par la circulaire du 12 mars au regard des coûts actuels."],
    [
      "es",
      "Revisar la cuantía fijada en la Orden de 6 de marzo de 2000 a la vista de los costes actuales.",
    ],
  ])("%s: %s", (language, text) => {
    const measurable = verdict(language, text, "measurable");
    expect(measurable.verdict).toBe("not_met");
    expect(measurable.basis).toBe("open");
  });

  it.each<Case>([
    ["en", "No more than 2 may share a cell designed for one."],
    ["es", "Revisar la cuantía cada 6 meses."],
    ["fr", "Les menus doivent être revus tous les 6 mois."],
  ])("a number still counts — %s: %s", (language, text) => {
    expect(verdict(language, text, "measurable").verdict).toBe("met");
  });
});
