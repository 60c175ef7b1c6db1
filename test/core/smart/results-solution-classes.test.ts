/**
 * Classes of outcome (results) and of means (solution) read from the shape
 * of the sentence, in English, French and Spanish. The sentences are
 * written for these tests.
 */
import { checkRecommendation, type CriterionKey } from "../../../src/core/smart";
import type { Language } from "../../../src/core/language";

type Case = [Language, string];

function result(language: Language, text: string, key: CriterionKey) {
  return checkRecommendation({ text }, { language }).criteria[key];
}

describe("results: what is done for or to persons, as what must be ensured, is a practice for them", () => {
  it.each<Case>([
    [
      "en",
      "Ensure that the legal counselling of detainees takes place in a room set aside for it.",
    ],
    [
      "en",
      "The Director should ensure that the allocation of remand prisoners follows a written rule.",
    ],
    [
      "fr",
      "Veiller à ce que l'assistance juridique des personnes retenues ait lieu dans une pièce dédiée.",
    ],
    [
      "es",
      "Garantizar que la asistencia letrada de las personas detenidas se preste en una sala reservada.",
    ],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "results");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("outcome");
  });

  it.each<Case>([
    ["en", "Ensure that the windows of the detainees' cells are repaired."],
    ["es", "Garantizar que las ventanas de las celdas de los detenidos se reparen."],
  ])("a physical item of theirs is not (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("results: a practice named by what it must no longer do or risk is the change asked for", () => {
  it.each<Case>([
    ["en", "Disruptive conduct should be handled on the wing without resorting to transfers."],
    [
      "en",
      "Allocate cells by legal status, avoiding the placement of remand and sentenced men together.",
    ],
    ["fr", "Organiser les fouilles des cellules sans porter atteinte à l'intimité des occupants."],
    [
      "fr",
      "Répartir les cellules selon le statut, en évitant le mélange des prévenus et des condamnés.",
    ],
    ["es", "Organizar los registros de las celdas sin comprometer la intimidad de sus ocupantes."],
    [
      "es",
      "Distribuir las celdas según la situación procesal, evitando la mezcla de preventivos y penados.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Repair the heating in the visits hall, avoiding delays."],
    ["es", "Reparar la calefacción de la sala de visitas evitando retrasos."],
  ])("avoiding a delay is no change for anyone (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("results: a right of persons secured, in any form of the verb, is an outcome for them", () => {
  it.each<Case>([
    ["en", "The right to privacy of patients should be respected during ward rounds."],
    [
      "fr",
      "Prendre les mesures nécessaires pour que soit garanti le droit à l'intimité des patients lors des soins.",
    ],
    [
      "es",
      "Adoptar las medidas necesarias para que se garantice el derecho a la intimidad del paciente en la consulta.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });
});

describe("results: persons told or protected are the recipients of the ask, not the object of a step", () => {
  it.each<Case>([
    ["en", "Patients should be made aware of the complaints procedure on admission."],
    ["fr", "Les patients doivent être sensibilisés à la procédure de plainte dès leur admission."],
    ["es", "Los internos deben ser protegidos frente a cualquier represalia tras una queja."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });
});

describe("results: a change named with the way to it states the outcome", () => {
  it.each<Case>([
    [
      "en",
      "Improve the stability of the night shift by: (a) recruiting two officers; (b) ending agency cover.",
    ],
    ["en", "Reduce the backlog of parole reports through a dedicated clerical post."],
    ["fr", "Renforcer la stabilité des équipes de nuit en recrutant deux agents titulaires."],
    [
      "es",
      "Reforzar la estabilidad de los turnos de noche mediante la contratación de dos agentes.",
    ],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "results");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("outcome");
  });

  it.each<Case>([
    ["en", "Improve the stability of the night shift."],
    ["es", "Reforzar la estabilidad de los turnos de noche."],
  ])("the change alone names no way to it (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("results and solution: a purpose that only specifies the item acted on is neither", () => {
  it.each<Case>([
    ["en", "Extend the CCTV system in the custody suite so that it covers the exercise yard."],
    ["fr", "Étendre la vidéosurveillance du commissariat de sorte qu'elle couvre la cour."],
    ["es", "Ampliar el sistema de videovigilancia de la comisaría de manera que cubra el patio."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
    expect(result(language, text, "solution").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "Install a clock in each seclusion room so that patients can keep track of time."],
    [
      "fr",
      "Installer une horloge dans chaque chambre d'isolement de sorte que les patients gardent la notion du temps.",
    ],
    [
      "es",
      "Instalar un reloj en cada sala de aislamiento de manera que los pacientes puedan orientarse.",
    ],
  ])("with persons as its subject it is an outcome (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });
});

describe("results and solution: conformity with a text is not a change for persons, nor a goal the ask serves", () => {
  it.each<Case>([
    [
      "en",
      "The Ministry should revise the Penal Code to ensure that it conforms to the Convention.",
    ],
    ["fr", "Le Ministère devrait réviser le Code pénal afin qu'il soit conforme à la Convention."],
    [
      "es",
      "El Ministerio debería revisar el Código Penal para que sea conforme con la Convención.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
    expect(result(language, text, "solution").verdict).toBe("not_met");
  });

  it.each<Case>([
    [
      "en",
      "The Ministry should revise the Penal Code to ensure that confessions obtained under duress are excluded.",
    ],
    [
      "es",
      "El Ministerio debería revisar el Código Penal para que las personas detenidas puedan ver a un abogado.",
    ],
  ])("a purpose that changes a practice still counts (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });
});

describe("solution: two actions offered for the same end, each with its own object, are options", () => {
  it.each<Case>([
    ["en", "Refurbish the laundry or build a new laundry with room for the whole population."],
    [
      "fr",
      "Rénover la buanderie ou construire une nouvelle buanderie adaptée à toute la population.",
    ],
    ["es", "Reformar la lavandería o construir una nueva lavandería adecuada a toda la población."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "solution");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("option");
  });

  it.each<Case>([
    ["en", "Refurbish the laundry."],
    ["es", "Reformar la lavandería."],
  ])("one action alone is no option (%s): %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("not_met");
  });
});

describe("solution: the parts named of a change asked for are how it is made", () => {
  it.each<Case>([
    ["en", "Induction for new arrivals should be improved and include a tour of the workshops."],
    ["fr", "L'accueil des arrivants doit être amélioré et inclure une visite des ateliers."],
    ["es", "La acogida de los recién llegados debe mejorarse e incluir una visita a los talleres."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "solution");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("means");
  });
});
