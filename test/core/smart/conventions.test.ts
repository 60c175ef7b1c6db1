/**
 * Conventions the checker follows where CRITERIA.md leaves room, taken from
 * how the annotators settled real published recommendations (the development
 * half of the real set), in English, French and Spanish. The sentences are
 * written for these tests.
 */
import { checkRecommendation, type CriterionKey } from "../../../src/core/smart";
import type { Language } from "../../../src/core/language";

type Case = [Language, string];

function result(language: Language, text: string, key: CriterionKey) {
  return checkRecommendation({ text }, { language }).criteria[key];
}

describe("rootcause: a concrete ask on a practice counts; not met needs clear evidence", () => {
  it.each<Case>([
    ["en", "The library at Westmoor Prison should open on Saturday mornings."],
    ["en", "There should be a two-week induction period for all new officers."],
    ["fr", "La bibliothèque doit ouvrir le samedi matin."],
    ["fr", "Les procédures de fouille doivent être actualisées."],
    ["es", "Abrir la biblioteca los sábados por la mañana."],
    ["es", "Actualizar el protocolo de cacheos de la comisaría."],
  ])("is met by a concrete ask on a practice or document (%s): %s", (language, text) => {
    expect(result(language, text, "rootcause").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The broken window in the visits room should be repaired."],
    ["en", "Blankets and pillows should be supplied to the holding cells."],
    ["fr", "La fenêtre cassée de la salle des visites doit être réparée."],
    ["fr", "Doter les cellules de garde à vue de couvertures propres."],
    ["es", "Reparar la ventana rota de la sala de visitas."],
    ["es", "Dotar los calabozos de mantas limpias."],
  ])("is not met by a one-off fix of a physical item (%s): %s", (language, text) => {
    const criterion = result(language, text, "rootcause");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("oneOff");
    expect(criterion.evidence.length).toBeGreaterThan(0);
    expect(criterion.suggestion).toContain(criterion.phrase ?? "-");
  });

  it.each<Case>([
    ["en", "Conditions for remand prisoners should be improved."],
    ["fr", "Améliorer les conditions de détention des prévenus."],
    ["es", "Mejorar las condiciones de los calabozos."],
  ])("is not met by a vague aspiration with no lever (%s): %s", (language, text) => {
    expect(result(language, text, "rootcause").verdict).toBe("not_met");
  });

  it("is met when a physical fix comes with a lever that keeps it from recurring", () => {
    const text =
      "New mattresses should be installed in the reception cells, and a written schedule should set out when they are replaced.";
    expect(result("en", text, "rootcause").verdict).toBe("met");
  });

  it("reads a parenthetical cross-reference as detail of the ask, not as an ask of its own", () => {
    const text =
      "The toilets in the segregation unit should be repainted (see paragraphs 3.2 and 3.4).";
    expect(result("en", text, "rootcause").basis).toBe("oneOff");
  });

  it("advises in the reader's language and quotes the recommendation's words", () => {
    const text = "Reparar la ventana rota de la sala de visitas.";
    const fr = checkRecommendation({ text }, { language: "es", readerLanguage: "fr" }).criteria
      .rootcause.suggestion;
    expect(fr).toMatch(/répare une chose/);
    expect(fr).toMatch(/«/);
  });
});

describe("specific: vague only on clear evidence", () => {
  it.each<Case>([
    ["en", "Interpreters should be called, as far as possible, for every medical consultation."],
    ["en", "Staff should record every use of force properly in the register."],
    ["es", "Impartir formación en derechos humanos a todos los agentes de la comisaría."],
  ])("words that colour a concrete ask do not make it vague (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The property register should be kept properly."],
    ["en", "Solitary confinement should be used only as a last resort."],
    ["fr", "Le registre doit être correctement tenu."],
    ["es", "Que el libro de registro se lleve correctamente."],
  ])("a manner is the whole ask after a verb that keeps or uses (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "The Director should ensure adequate ventilation in the holding cells."],
    ["fr", "Garantir une aération suffisante des cellules."],
    ["es", "Garantizar una ventilación adecuada en los calabozos."],
  ])("'ensure adequate X' is a bare sufficiency (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("not_met");
  });

  it.each<Case>([
    [
      "en",
      "The Director should ensure adequate ventilation in the holding cells, as laid down in Rule 18 of the Nelson Mandela Rules.",
    ],
    [
      "es",
      "Garantizar una ventilación adecuada en los calabozos, conforme a lo dispuesto en el artículo 12 del Reglamento de la comisaría.",
    ],
  ])("a sufficiency tied to a named standard has its yardstick (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
    expect(result(language, text, "measurable").verdict).toBe("met");
  });

  it("reads two asks joined by a comma apart", () => {
    const text =
      "The Governor should provide a full working day for every prisoner in the education wing, attendance should be good and a work ethic promoted.";
    expect(result("en", text, "specific").verdict).toBe("met");
    expect(result("en", text, "measurable").verdict).toBe("met");
  });
});

describe("results: persons who are only the object of a step done to them", () => {
  it.each<Case>([
    ["en", "All prisoners arriving at Westmoor Prison should be located on the induction landing."],
    ["en", "All new arrivals should have a health screening carried out by the prison nurse."],
    [
      "fr",
      "Toutes les personnes arrivant à l'établissement doivent être placées dans le quartier des arrivants.",
    ],
    [
      "es",
      "Todos los internos que ingresen en el centro deben ser ubicados en el módulo de ingresos.",
    ],
  ])("is not an outcome for them (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });

  it.each<Case>([
    [
      "en",
      "Prisoners on the induction landing should be able to telephone their families on the first evening.",
    ],
    ["en", "Women should be searched only by female officers."],
    ["en", "Children should not be placed in the adult segregation unit."],
    ["fr", "Les personnes détenues doivent pouvoir téléphoner à leur famille dès le premier soir."],
    ["fr", "Les mineurs ne doivent pas être placés au quartier disciplinaire des adultes."],
    ["es", "Los internos deben poder llamar a sus familias la primera noche."],
    ["es", "Los menores no deben ser ubicados en el módulo de aislamiento de adultos."],
  ])("what they may do, or a restriction that protects them, is (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });

  it("a person reached by a verb of giving is a beneficiary, not persons in a relative clause", () => {
    const text =
      "Procurar que los agentes que custodien a los detenidos lleven el uniforme reglamentario.";
    expect(result("es", text, "results").verdict).toBe("not_met");
    expect(
      result("es", "Entregar a todos los detenidos una manta limpia y una toalla.", "results")
        .verdict
    ).toBe("met");
  });
});

describe("solution: an instrument given with its content is the way to the change", () => {
  it.each<Case>([
    [
      "en",
      "The Director should issue guidance stating that every use of restraint is recorded within the hour.",
    ],
    [
      "fr",
      "Adopter une note de service précisant que chaque fouille intégrale est consignée dans le registre.",
    ],
    [
      "es",
      "Dictar las órdenes oportunas que garanticen que las celdas colectivas se utilicen preferentemente para la pernocta.",
    ],
  ])("(%s): %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("met");
  });

  it("an instrument alone, without its content, is not", () => {
    expect(
      result("es", "Dictar instrucciones sobre el uso de los calabozos.", "solution").verdict
    ).toBe("not_met");
  });
});

describe("measurable", () => {
  it("'revoir' is an open-ended review, like 'réexaminer'", () => {
    expect(result("fr", "Revoir le système de permissions de sortie.", "measurable").basis).toBe(
      "open"
    );
  });

  it.each<Case>([
    ["en", "The Covid-19 leaflet for visitors should be reprinted."],
    ["en", "The health centre should follow the guidance in circular 4/2018."],
  ])("a digit inside a code or citation is not a measure (%s): %s", (language, text) => {
    expect(result(language, text, "measurable").basis).not.toBe("measure");
  });

  it("a number standing alone is", () => {
    expect(
      result("es", "Utilizar preferentemente las celdas de más de 7m2.", "measurable").verdict
    ).toBe("met");
  });
});
