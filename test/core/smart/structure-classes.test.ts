/**
 * Structural classes the checker decides from the shape of the sentence
 * rather than from sample phrases, in English, French and Spanish. The
 * sentences are written for these tests.
 */
import { checkRecommendation, type CriterionKey } from "../../../src/core/smart";
import type { Language } from "../../../src/core/language";
import { compileLexicon } from "../../../src/core/smart/compile";
import { LEXICONS } from "../../../src/core/smart/lexicon";
import { Doc } from "../../../src/core/smart/text";

type Case = [Language, string];

function result(language: Language, text: string, key: CriterionKey) {
  return checkRecommendation({ text }, { language }).criteria[key];
}

describe("specific: measures that say which are an ask, measures alone are not", () => {
  it.each<Case>([
    [
      "en",
      "The Director should take the necessary measures to fit a smoke detector in each dormitory.",
    ],
    [
      "en",
      "Appropriate steps should be taken to ensure that every child sees a teacher on weekdays.",
    ],
    ["en", "The Health Board should take the necessary steps so that each ward has a night nurse."],
    [
      "fr",
      "Prendre les mesures nécessaires pour que chaque mineur puisse voir un enseignant en semaine.",
    ],
    [
      "fr",
      "Des mesures doivent être prises afin que chaque dortoir dispose d'un détecteur de fumée.",
    ],
    [
      "es",
      "Adoptar las medidas necesarias para que cada dormitorio disponga de un detector de humo.",
    ],
    [
      "es",
      "Que se adopten las medidas oportunas para que los menores reciban clases todos los días.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The Director should take the necessary measures."],
    ["en", "Appropriate steps should be taken to prevent violence between children."],
    ["fr", "Prendre les mesures nécessaires pour prévenir la violence entre mineurs."],
    ["es", "Adoptar las medidas oportunas para prevenir la violencia entre los menores."],
    ["es", "Que se adopten las medidas necesarias."],
  ])("stays vague when they name only a goal or nothing (%s): %s", (language, text) => {
    const criterion = result(language, text, "specific");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("vague");
  });
});

describe("specific: a quality in a purpose clause qualifies the purpose, not the ask", () => {
  it.each<Case>([
    [
      "en",
      "Amend the Immigration Act to set a time limit on detention, so that detention is used only as a last resort.",
    ],
    ["fr", "Modifier le règlement intérieur afin que les parloirs soient adéquats."],
    ["es", "Modificar el reglamento interno para que las salas de visita sean adecuadas."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Detention should be used only as a last resort."],
    ["fr", "Les parloirs doivent être adéquats."],
    ["es", "Las salas de visita deben ser adecuadas."],
  ])("the quality as the whole ask stays vague (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("not_met");
  });
});

describe("specific: a state named only by how well it is reached is a bare quality", () => {
  it.each<Case>([
    ["en", "Staff should make sure the holding rooms are adequately heated."],
    ["en", "The showers should be properly ventilated."],
    ["fr", "Les chambres d'isolement doivent être suffisamment chauffées."],
    ["fr", "Veiller à ce que les salles d'attente soient correctement aérées."],
    ["es", "Las salas de espera deben estar suficientemente iluminadas."],
    ["es", "Garantizar que los calabozos estén adecuadamente ventilados."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "specific");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("vague");
    expect(result(language, text, "measurable").verdict).toBe("not_met");
  });

  it.each<Case>([
    [
      "en",
      "Staff should be adequately trained in the use of restraint by an accredited instructor.",
    ],
    ["fr", "Les cellules doivent être correctement équipées d'un bouton d'appel."],
    ["es", "Los calabozos deben estar debidamente señalizados con carteles en varios idiomas."],
  ])("the adverb only colours an ask that goes on to say what (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});

describe("specific: a quality to be kept, or more of what exists, is vague", () => {
  it.each<Case>([
    ["en", "The holding rooms should be kept at a comfortable temperature."],
    ["en", "Links between the unit and local schools should be developed further."],
    ["fr", "Maintenir les salles d'attente à une température convenable."],
    ["fr", "Les liens avec les associations locales doivent être davantage développés."],
    ["es", "Mantener las salas de espera a una temperatura adecuada."],
    ["es", "Los vínculos con las asociaciones locales deben desarrollarse más."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "specific");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("vague");
  });

  it.each<Case>([
    ["en", "The unit should develop a written plan for contact with local schools."],
    ["fr", "Maintenir les salles d'attente à une température d'au moins 19 degrés."],
    ["es", "Elaborar un plan escrito de colaboración con las asociaciones locales."],
  ])("a deliverable or a figure stays specific (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});

describe("results: ensuring a state of persons, whatever determiners or nouns stand before them", () => {
  it.each<Case>([
    ["en", "Ensure that all the women held in the unit have access to a female doctor."],
    [
      "fr",
      "Veiller à ce que toutes les personnes retenues puissent consulter un avocat dès leur arrivée.",
    ],
    [
      "fr",
      "S'assurer que tous les mineurs bénéficient d'un entretien avec un éducateur chaque semaine.",
    ],
    ["es", "Garantizar que todos los menores internados puedan llamar a sus familias cada semana."],
    ["en", "Ensure that adult foreign nationals are told in writing of the date of their removal."],
    [
      "fr",
      "Veiller à ce que les ressortissants étrangers soient informés par écrit de la date de leur départ.",
    ],
    [
      "es",
      "Que se garantice que los ciudadanos extranjeros sean informados por escrito de la fecha de su salida.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });
});

describe("specific: a sufficiency as what must exist or be had is a bare sufficiency", () => {
  it.each<Case>([
    ["en", "There should be a sufficient number of nurses on duty at weekends."],
    ["en", "The admissions unit should have adequate staffing."],
    ["fr", "Il doit y avoir un nombre suffisant d'infirmiers le week-end."],
    ["fr", "Le service d'admission doit disposer d'un personnel suffisant."],
    ["es", "Debe haber un número adecuado de enfermeros los fines de semana."],
    ["es", "La unidad de admisión debe contar con personal suficiente."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "specific");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("vague");
  });

  it.each<Case>([
    ["en", "Patients should have enough time to see their lawyer before the hearing."],
    ["en", "There should be at least two nurses on duty at weekends."],
    ["fr", "Il doit y avoir au moins deux infirmiers de garde le week-end."],
    ["es", "Dotar la unidad de admisión de suficientes sillas ignífugas."],
    ["es", "Debe haber más de dos enfermeros de guardia los fines de semana."],
  ])("a yardstick, a figure or a provision verb stays specific (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});

describe("solution: measures named inside the ask are a way to its end", () => {
  it.each<Case>([
    [
      "en",
      "Continue to run prevention programmes on bullying, including measures to record every incident.",
    ],
    [
      "fr",
      "Poursuivre les programmes de prévention du harcèlement, notamment des mesures d'enregistrement de chaque incident.",
    ],
    [
      "es",
      "Mantener los programas de prevención del acoso, incluidas medidas para registrar cada incidente.",
    ],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "solution");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("means");
  });

  it.each<Case>([
    ["en", "Extend the camera coverage to every corridor, including the stairs to the cells."],
    [
      "es",
      "Ampliar la cobertura de las cámaras a todos los pasillos, incluida la escalera a los calabozos.",
    ],
  ])("a place listed as part of the scope is not a means (%s): %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("not_met");
  });
});

describe("results: a record about persons is not a state of persons", () => {
  it.each<Case>([
    ["en", "Ensure that the register of detainees is filled in completely."],
    ["fr", "Veiller à ce que le registre des personnes retenues soit rempli intégralement."],
    ["es", "Garantizar que el registro de detenidos se cumplimente en su totalidad."],
  ])("a record about persons is not a state of persons (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("results and solution: the content of an instruction is what it must bring about", () => {
  it.each<Case>([
    ["en", "Instruct all escort officers to carry a first-aid kit in the van."],
    ["en", "Issue instructions requiring escort officers to carry a first-aid kit in the van."],
    ["fr", "Donner instruction à tous les agents d'escorte d'emporter une trousse de secours."],
    ["es", "Dar instrucciones a los agentes de escolta de llevar un botiquín en el vehículo."],
    ["es", "Dar instrucciones para que los agentes de escolta lleven un botiquín en el vehículo."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
    expect(result(language, text, "solution").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Transfer the two remand prisoners to the new wing."],
    ["es", "Trasladar a los dos internos preventivos al nuevo módulo."],
  ])("a plain destination is not a content (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("results: access or contact secured is an entitlement of the persons, even implied", () => {
  it.each<Case>([
    [
      "en",
      "The Chief Constable should guarantee access to a lawyer from the first hour in custody.",
    ],
    ["en", "The Director should facilitate contact with families by telephone."],
    ["fr", "Le directeur doit garantir l'accès à un médecin dès l'arrivée."],
    ["fr", "Faciliter le contact avec les familles par visioconférence."],
    ["es", "Garantizar el acceso a un abogado desde el primer momento de la detención."],
    ["es", "Facilitar el contacto con las familias mediante videollamadas."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "results");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("outcome");
  });

  it.each<Case>([
    ["en", "The Director should repair the access road to the prison."],
    ["fr", "Le directeur doit réparer la route d'accès à la prison."],
    ["es", "Reparar la carretera de acceso al centro penitenciario."],
  ])("a thing named by access is not (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("results: persons who receive something are its beneficiaries", () => {
  it.each<Case>([
    ["en", "The police should provide detainees with a leaflet on their rights."],
    ["en", "The Governor should issue all new arrivals with a phone card."],
    ["fr", "Fournir aux personnes gardées à vue une notice sur leurs droits."],
    ["es", "Proporcionar a los detenidos un folleto sobre sus derechos."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The Ministry should provide the prison with a new boiler."],
    ["fr", "Fournir à l'établissement une nouvelle chaudière."],
    ["es", "Proporcionar al centro una nueva caldera."],
  ])("a place that receives something is not (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("measurable: a named deliverable made, in either voice, is checkable", () => {
  it.each<Case>([
    ["en", "A protocol on the use of restraint should be drawn up."],
    [
      "en",
      "An audit of the kitchen should be undertaken, accompanied by more regular inspections.",
    ],
    ["en", "The Governor should produce a timetable of activities."],
    ["en", "The Health Board should set up a system of regular screening on arrival."],
    ["fr", "Mettre en place un système de signalement régulier des incidents."],
    ["fr", "Un protocole relatif à la contention doit être élaboré."],
    ["fr", "Le directeur doit rédiger une notice sur les fouilles."],
    ["es", "El protocolo de contenciones debe ser actualizado."],
    ["es", "Que se elabore un protocolo de contenciones."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "measurable");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("measure");
  });

  it.each<Case>([
    ["en", "The Director should review the disciplinary procedure."],
    ["fr", "Le directeur de l'établissement doit revoir les programmes."],
    [
      "es",
      "Se recomienda al Director de la Prisión de Eastfield que revise el procedimiento disciplinario.",
    ],
  ])("a review of one is not (%s): %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("not_met");
  });
});

describe("specific: a vague verb is vague in every form, passive and participle included", () => {
  it.each<Case>([
    ["en", "Links between the health centre and the addictions team should be strengthened."],
    ["en", "Cooperation with the probation service should be intensified."],
    [
      "en",
      "The Governor should explore ways of involving prisoners in decisions about the regime.",
    ],
    ["fr", "La coordination avec l'unité sanitaire doit être renforcée."],
    ["fr", "Les liens avec les familles doivent être consolidés."],
    ["es", "La coordinación con el servicio médico debe ser reforzada."],
    ["es", "Que las actividades deportivas sean potenciadas."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "specific");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("vague");
  });

  it.each<Case>([
    [
      "en",
      "The Governor should install a call bell in every cell by strengthening the maintenance budget.",
    ],
    ["fr", "Installer un interphone dans chaque cellule."],
    ["es", "Instalar un interfono en cada celda."],
  ])(
    "a means that strengthens, or no such verb, keeps a concrete ask specific (%s): %s",
    (language, text) => {
      expect(result(language, text, "specific").verdict).toBe("met");
    }
  );
});

describe("measurable: watching or reviewing with no end point is open, in every form", () => {
  it.each<Case>([
    ["en", "The use of the quiet room should be monitored by senior managers."],
    ["en", "The use of the quiet room should be kept under review."],
    ["fr", "La direction doit assurer un suivi de l'utilisation de la salle d'apaisement."],
    ["es", "El uso de la sala de aislamiento debe ser supervisado por la dirección."],
    ["es", "El protocolo de ingresos debe ser revisado."],
    ["es", "Que la dirección haga un seguimiento del uso de la sala de aislamiento."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "measurable");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("open");
  });

  it.each<Case>([
    [
      "fr",
      "La direction doit adopter une stratégie de prévention du suicide et désigner un référent qui en assure le suivi.",
    ],
    [
      "es",
      "La dirección debe adoptar una estrategia de prevención del suicidio y nombrar a un coordinador que supervise su aplicación.",
    ],
    ["en", "A monitoring system for the use of force should be set up."],
  ])("a deliverable beside it is checkable (%s): %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("met");
  });
});

describe("measurable: a change of degree with no number or end state cannot be checked", () => {
  it.each<Case>([
    ["en", "Access to the gym should be increased."],
    ["en", "The Governor should expand opportunities for family contact."],
    ["en", "The waiting time for dental treatment should be reduced."],
    ["fr", "Augmenter le temps passé hors cellule."],
    ["fr", "Les activités proposées aux patients doivent être développées."],
    ["es", "Ampliar el horario de visitas de familiares."],
    ["es", "Que se reduzca el tiempo de permanencia en los calabozos."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "measurable");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("soft");
  });

  it.each<Case>([
    ["en", "Parliament should increase the budget of the probation service."],
    ["en", "The Directorate should develop guidance on the use of force."],
    ["fr", "Développer les protocoles de prise en charge des arrivants."],
    ["es", "Desarrollar los protocolos de acogida de los internos."],
    ["en", "The Ministry should expedite the adoption of the bill on pre-trial detention."],
    ["en", "The Governor should extend the CCTV system to all exercise yards."],
    ["en", "Time out of cell should be increased to at least ten hours a day."],
    ["fr", "Augmenter le budget consacré aux soins psychiatriques."],
    ["fr", "Étendre la vidéosurveillance à toutes les cours de promenade."],
    ["es", "Aumentar el presupuesto destinado a la atención sanitaria."],
    ["es", "Ampliar la videovigilancia a todas las zonas de custodia."],
    ["es", "Agilizar la aprobación del reglamento de régimen interior."],
  ])("a budget, an event, an end state or a number is checkable (%s): %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("met");
  });
});

describe("results and solution: what a concrete action gives, after a complete clause, is its purpose", () => {
  it.each<Case>([
    ["en", "The visits room should be refurbished to provide a quieter setting for children."],
    [
      "en",
      "The Director should open the library in the evenings to give prisoners who work a chance to use it.",
    ],
    ["fr", "Aménager la salle des familles pour offrir un cadre plus calme aux enfants."],
    ["es", "Acondicionar la sala de visitas para ofrecer un espacio más tranquilo a los niños."],
  ])("%s: %s", (language, text) => {
    const results = result(language, text, "results");
    expect(results.verdict).toBe("met");
    expect(results.basis).toBe("purpose");
    expect(result(language, text, "solution").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The health centre should be able to provide night-time cover."],
    ["en", "Steps should be taken to provide detainees with a varied regime of activities."],
    ["fr", "L'unité sanitaire doit avoir la capacité de fournir une présence la nuit."],
    ["es", "La enfermería debe tener la capacidad de ofrecer atención nocturna."],
  ])("an infinitive a word governs is not (%s): %s", (language, text) => {
    expect(result(language, text, "results").basis).not.toBe("purpose");
  });
});

describe("specific: heed or awareness as the whole ask is an attitude, not an act", () => {
  it.each<Case>([
    ["en", "Staff should take into account the needs of older prisoners."],
    ["en", "Officers should exercise greater care when escorting pregnant women."],
    ["en", "Management should place more emphasis on resettlement."],
    ["en", "Custody staff should be alert to the risks of positional asphyxia."],
    ["fr", "Tenir compte des besoins des personnes âgées."],
    ["fr", "Redoubler de vigilance lors des extractions médicales."],
    ["fr", "Le personnel doit être attentif à la situation des mineurs."],
    ["es", "Tener en cuenta las necesidades de las personas mayores."],
    ["es", "Hacer hincapié en la reinserción de los internos."],
    ["es", "Velar por el bienestar de los internos del módulo de aislamiento."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "specific");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("vague");
  });

  it.each<Case>([
    [
      "en",
      "The Governor should install a ramp at the entrance, taking into account the needs of wheelchair users.",
    ],
    [
      "fr",
      "Installer une rampe à l'entrée, en tenant compte des besoins des personnes en fauteuil.",
    ],
    [
      "es",
      "Instalar una rampa en la entrada, teniendo en cuenta las necesidades de las personas en silla de ruedas.",
    ],
  ])("beside a concrete act it qualifies the act (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});

describe("measurable: a quality with no yardstick, as a state or a manner, cannot be checked", () => {
  it.each<Case>([
    ["en", "Holding rooms should be safe and clean."],
    ["en", "Use of force should be proportionate."],
    ["en", "Staff should answer cell call bells without undue delay."],
    ["en", "Complaints should be answered in a timely manner."],
    ["fr", "Les chambres d'isolement doivent être propres et sûres."],
    ["fr", "L'usage de la force doit rester proportionné."],
    ["es", "Que las celdas estén limpias y sean seguras."],
    ["es", "Que el uso de la fuerza sea proporcionado."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "Clean bedding should be issued to every detainee on arrival."],
    ["fr", "Remettre des draps propres à chaque personne à son arrivée."],
    ["es", "Entregar ropa de cama limpia a cada detenido a su llegada."],
  ])("a clean item handed to each is checkable (%s): %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("met");
  });
});

describe("prioritised: a risk to watch or an order of steps, in every language", () => {
  it.each<Case>([
    ["en", "Cameras should be installed in the corridors without intruding on prisoners' privacy."],
    ["en", "The kitchen should be repaired before any other building work."],
    ["fr", "Installer des caméras dans les couloirs sans nuire à l'intimité des personnes."],
    ["fr", "Réparer la cuisine avant toute autre rénovation."],
    ["es", "Instalar cámaras en los pasillos sin menoscabo de la intimidad de los internos."],
    ["es", "Reparar la cocina antes que cualquier otra obra."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Cameras should be installed in the corridors."],
    ["fr", "Installer des caméras dans les couloirs."],
    ["es", "Instalar cámaras en los pasillos."],
  ])("a flat request is not (%s): %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("not_met");
  });
});

describe("rootcause: an ask about one identified person treats that case", () => {
  it.each<Case>([
    ["en", "Mr K. should be transferred to a psychiatric hospital."],
    ["en", "The Governor should ensure that the detainee concerned is seen by a psychiatrist."],
    ["fr", "Veiller à ce que la personne concernée soit examinée par un psychiatre."],
    ["fr", "Transférer M. K. vers un établissement de santé."],
    ["es", "Trasladar al interno en cuestión a un centro hospitalario."],
    ["es", "Que el Sr. K. sea trasladado a un hospital psiquiátrico."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "rootcause");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("oneOff");
  });

  it.each<Case>([
    ["en", "Every detainee should be seen by a doctor within 24 hours of arrival."],
    ["en", "Staff should be trained in the lessons of the case of Mr K."],
    ["fr", "Toute personne détenue doit être examinée par un médecin dans les 24 heures."],
    [
      "es",
      "Todo interno debe ser examinado por un médico en las 24 horas siguientes a su ingreso.",
    ],
  ])("a rule for everyone, or a lever, is not (%s): %s", (language, text) => {
    expect(result(language, text, "rootcause").verdict).toBe("met");
  });
});

describe("rootcause: taking away or fitting a window covering is a fix of one item", () => {
  it.each<Case>([
    ["en", "The Governor should take down the shutters in the segregation unit."],
    ["en", "Blinds should be put up in the visits hall."],
    ["fr", "Le directeur devrait enlever les volets qui occultent la cour de promenade."],
    ["fr", "Poser des rideaux dans la salle d'attente."],
    ["es", "Que se quiten las contraventanas del módulo de aislamiento."],
    ["es", "Colocar cortinas en la sala de espera."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "rootcause");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("oneOff");
  });

  it.each<Case>([
    ["en", "Shutters should be taken down from cell windows in all prisons."],
    ["en", "Blind prisoners should be given help to read their mail."],
    [
      "fr",
      "Une procédure de retrait des volets devrait être adoptée pour tous les établissements.",
    ],
    ["es", "Adoptar un protocolo para retirar las persianas en todos los centros."],
  ])(
    "unless it is extended to a system, or the word is not the item (%s): %s",
    (language, text) => {
      expect(result(language, text, "rootcause").verdict).toBe("met");
    }
  );
});

describe("measurable: examining or assessing persons is a concrete act, not an open review", () => {
  it.each<Case>([
    ["en", "Detainees should be medically examined on arrival."],
    ["en", "The nurse should assess detainees before they are placed in a cell."],
    ["fr", "Les personnes gardées à vue doivent être examinées par un médecin."],
    ["es", "Que los detenidos sean examinados por un médico."],
    ["es", "Examinar a los internos a su llegada."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The situation of detainees in the annex should be reviewed."],
    ["fr", "La situation des personnes détenues à l'annexe doit être réexaminée."],
    ["es", "La situación de los internos del anexo debe ser revisada."],
  ])("reviewing a situation of persons stays open (%s): %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("not_met");
  });
});

describe('specific: a bare sufficiency behind "ensure that" is still a bare sufficiency', () => {
  it.each<Case>([
    [
      "en",
      "Ensure that the national preventive mechanism has sufficient human and financial resources.",
    ],
    [
      "fr",
      "Veiller à ce que le mécanisme national de prévention dispose de ressources suffisantes.",
    ],
    ["es", "Garantizar que el mecanismo nacional de prevención disponga de recursos suficientes."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "Ensure that each wing has enough staff to unlock all prisoners for meals."],
    ["en", "Ensure that the national preventive mechanism has its own budget line."],
  ])("tied to what it must allow, or a deliverable, it is an ask (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});

describe("specific: a sufficiency said of a deliverable qualifies an ask; said of conditions or means it is the whole ask", () => {
  it.each<Case>([
    [
      "en",
      "The Chief Constable should ensure that custody staff receive appropriate training in first aid.",
    ],
    ["en", "The Governor should ensure the adequate storage of visitors' belongings."],
    ["fr", "Le directeur devrait garantir un système adapté d'alarme dans les cellules."],
    [
      "fr",
      "Veiller à ce que les surveillants reçoivent une formation adaptée aux premiers secours.",
    ],
    ["es", "Que se garantice el adecuado almacenaje de las pertenencias de los visitantes."],
    ["es", "Garantizar un sistema adecuado de avisos en las celdas."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The Governor should ensure adequate heating in the visits hall."],
    ["en", "Ensure that the health centre receives sufficient funding."],
    ["fr", "Garantir un éclairage suffisant dans la salle d'attente."],
    ["fr", "Assurer des conditions d'hygiène satisfaisantes dans les douches."],
    ["es", "Garantizar una iluminación y ventilación adecuadas en la sala de espera."],
    ["es", "Garantizar un adecuado estado de limpieza de las duchas."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("not_met");
  });
});

describe("results: an act done for the benefit or in the interest of persons names them as its beneficiaries", () => {
  it.each<Case>([
    ["en", "The Governor should open the gym on Sundays in the interests of prisoners."],
    ["fr", "Ouvrir la salle de sport le dimanche au bénéfice des personnes détenues."],
    ["es", "Abrir el gimnasio los domingos en beneficio de los internos."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The Governor should open the gym on Sundays."],
    ["fr", "Ouvrir la salle de sport le dimanche."],
    ["es", "Abrir el gimnasio los domingos."],
  ])("without them it names no outcome (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("solution: what replaces a practice, named after it, is a way to the change", () => {
  it.each<Case>([
    [
      "en",
      "Handcuffs should not be applied during medical consultations; instead, an officer should wait outside the door.",
    ],
    [
      "fr",
      "Ne pas menotter les patients pendant les consultations ; à la place, un agent attend devant la porte.",
    ],
    [
      "es",
      "No esposar a los pacientes durante las consultas; en su lugar, un agente esperará fuera.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Handcuffs should not be applied during medical consultations."],
    ["fr", "Ne pas menotter les patients pendant les consultations."],
    ["es", "No esposar a los pacientes durante las consultas."],
  ])("stopping it alone names no way (%s): %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("not_met");
  });
});

describe("results: an explicit purpose connector states the purpose of the ask, even after a subordinate clause", () => {
  it.each<Case>([
    [
      "en",
      "Officers should stay on the landing when cells are unlocked in order to prevent bullying.",
    ],
    [
      "fr",
      "Le personnel doit rester dans la coursive lorsque les cellules sont ouvertes afin de prévenir les violences.",
    ],
    [
      "es",
      "Extremar la vigilancia cuando se abran las celdas con el objeto de prevenir las agresiones.",
    ],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "results");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("purpose");
  });
});

describe("results: a purpose verb carrying its object pronoun still states a purpose", () => {
  it.each<Case>([
    ["en", "Amend the rules on the quiet room to limit it to one hour a day."],
    ["fr", "Modifier le règlement de la salle de calme pour la limiter à une heure par jour."],
    ["es", "Modificar el reglamento de la sala de calma para limitarla a una hora al día."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "results");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("purpose");
  });
});

describe("results: shortening or lengthening the time persons spend somewhere is an outcome for them", () => {
  it.each<Case>([
    ["en", "The Regional Police should shorten the time spent in holding rooms at the courthouse."],
    [
      "fr",
      "La police régionale devrait raccourcir le temps passé par les prévenus au dépôt du tribunal.",
    ],
    ["fr", "Le directeur devrait augmenter le temps hors cellule des mineurs."],
    [
      "es",
      "La Policía Regional debería acortar el tiempo que los detenidos pasan en los calabozos del juzgado.",
    ],
    ["es", "Ampliar el tiempo fuera de la celda de los menores."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The Regional Police should repaint the holding rooms at the courthouse."],
    ["fr", "La police régionale devrait repeindre les geôles du tribunal."],
    ["es", "La Policía Regional debería pintar los calabozos del juzgado."],
  ])("a fix to the place alone names no outcome (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("solution: two ways offered for the same fix are options", () => {
  it.each<Case>([
    [
      "en",
      "The hospital should offer interpreting, either from a staff interpreter or over a video link.",
    ],
    [
      "fr",
      "L'hôpital devrait proposer l'interprétariat, soit par un interprète salarié, soit par liaison vidéo.",
    ],
    [
      "es",
      "El hospital debería ofrecer interpretación, ya sea con un intérprete en plantilla o por videoconferencia.",
    ],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "solution");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("option");
  });

  it.each<Case>([
    ["en", "The hospital should offer interpreting to every patient who needs it."],
    ["fr", "L'hôpital devrait proposer l'interprétariat à chaque patient qui en a besoin."],
    ["es", "El hospital debería ofrecer interpretación a cada paciente que la necesite."],
  ])("one way alone offers no option (%s): %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("not_met");
  });
});

describe("solution: an example after a comma, like 'such as', says how", () => {
  it.each<Case>([
    ["en", "The court service should use alternatives to remand in custody, such as bail hostels."],
    [
      "fr",
      "Le service judiciaire devrait recourir à des alternatives à la détention provisoire, comme le contrôle judiciaire.",
    ],
    [
      "es",
      "El servicio judicial debería recurrir a alternativas a la prisión provisional, como la comparecencia periódica.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("met");
  });

  it.each<Case>([
    [
      "es",
      "El servicio judicial debería recurrir a la prisión provisional solo de forma excepcional, así como la detención en comisaría.",
    ],
  ])("'así como' adds to the list, it gives no example (%s): %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("not_met");
  });
});

describe("specific and measurable: an orientation verb as the ask ('encourage', 'facilitate') names no act", () => {
  it.each<Case>([
    ["en", "The Governor should encourage prisoners to join the gardening group."],
    ["en", "Facilitate contact between children and their parents."],
    [
      "fr",
      "Le directeur devrait encourager les personnes détenues à rejoindre l'atelier de jardinage.",
    ],
    ["fr", "Faciliter les contacts entre les enfants et leurs parents."],
    [
      "es",
      "El director debería fomentar la participación de los internos en el taller de jardinería.",
    ],
    ["es", "Facilitar el contacto entre los menores y sus padres."],
  ])("%s: %s", (language, text) => {
    const checked = checkRecommendation({ text }, { language }).criteria;
    expect(checked.specific.verdict).toBe("not_met");
    expect(checked.measurable.verdict).toBe("not_met");
  });

  it.each<Case>([
    [
      "en",
      "The Governor should open the gardening group to every prisoner on the wing, to encourage activity.",
    ],
    [
      "en",
      "The Inspectorate encourages the Governor to open the gardening group to every prisoner on the wing.",
    ],
    [
      "fr",
      "Le directeur devrait ouvrir l'atelier de jardinage à toutes les personnes détenues, pour encourager l'activité.",
    ],
    [
      "fr",
      "Le MNP encourage le directeur à ouvrir l'atelier de jardinage à toutes les personnes détenues.",
    ],
    [
      "es",
      "El director debería abrir el taller de jardinería a todos los internos, para fomentar la actividad.",
    ],
    ["es", "El MNP alienta al director a abrir el taller de jardinería a todos los internos."],
  ])(
    "as a purpose or as the recommending verb it leaves the ask concrete (%s): %s",
    (language, text) => {
      expect(result(language, text, "specific").verdict).toBe("met");
    }
  );
});

describe("measurable: a comparative with nothing to compare to gives no yardstick", () => {
  it.each<Case>([
    ["en", "The Governor should offer longer visits to families who travel from abroad."],
    [
      "fr",
      "Le directeur devrait proposer des parloirs plus longs aux familles qui viennent de l'étranger.",
    ],
    [
      "es",
      "El director debería ofrecer visitas más largas a las familias que vienen del extranjero.",
    ],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "measurable");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("soft");
  });

  it.each<Case>([
    [
      "en",
      "The Governor should offer visits longer than two hours to families who travel from abroad.",
    ],
    ["en", "The Governor should no longer cut visits short for families who travel from abroad."],
  ])("against a yardstick, or as 'no longer', it stays checkable (%s): %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("met");
  });
});

describe("measurable: watching a practice with no end point is an open-ended review", () => {
  it.each<Case>([
    ["en", "The Director should monitor the use of handcuffs during escorts."],
    ["fr", "Le directeur devrait surveiller le recours aux menottes pendant les extractions."],
    ["es", "El director debería supervisar el uso de esposas durante los traslados."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "measurable");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("open");
  });
});

describe("specific and measurable: a state to secure, with no act that secures it, is an aspiration", () => {
  it.each<Case>([
    [
      "en",
      "The Regional Director should guarantee the personal safety of everyone held in the annex.",
    ],
    ["en", "The Board should ensure the effective functioning of the visitors' committee."],
    ["en", "The Director should ensure that the dietary needs of patients are met."],
    [
      "en",
      "The Chief Constable should ensure that custody suites are in line with international standards.",
    ],
    [
      "fr",
      "Le directeur régional devrait garantir la sécurité personnelle de toutes les personnes retenues dans l'annexe.",
    ],
    ["fr", "Le conseil devrait assurer le bon fonctionnement du comité des visiteurs."],
    [
      "fr",
      "Le directeur devrait veiller à ce que les besoins alimentaires des patients soient satisfaits.",
    ],
    [
      "fr",
      "Le commissaire devrait veiller à ce que les locaux de garde à vue soient conformes aux normes internationales.",
    ],
    [
      "es",
      "El director regional debería garantizar la seguridad personal de todas las personas retenidas en el anexo.",
    ],
    ["es", "La Junta debería asegurar el buen funcionamiento del comité de visitantes."],
    [
      "es",
      "El director debería garantizar que se atiendan las necesidades alimentarias de los pacientes.",
    ],
    [
      "es",
      "El comisario debería garantizar que los calabozos se ajusten a los estándares internacionales.",
    ],
  ])("%s: %s", (language, text) => {
    const checked = checkRecommendation({ text }, { language }).criteria;
    expect(checked.specific.verdict).toBe("not_met");
    expect(checked.measurable.verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "The Regional Director should post a second officer in the annex at night."],
    ["fr", "Le directeur régional devrait affecter un second agent à l'annexe la nuit."],
    ["es", "El director regional debería destinar un segundo agente al anexo por la noche."],
    ["en", "Install a fence to ensure the safety of everyone on the exercise yard."],
    ["fr", "Installer une clôture pour garantir la sécurité de toutes les personnes dans la cour."],
    ["es", "Instalar una valla para garantizar la seguridad de todas las personas en el patio."],
  ])(
    "an act that secures it, or the state as its purpose, stays specific (%s): %s",
    (language, text) => {
      expect(result(language, text, "specific").verdict).toBe("met");
    }
  );
});

describe("results: a state of persons secured is an outcome for them, whatever adjective follows the noun", () => {
  it.each<Case>([
    [
      "en",
      "The Regional Director should guarantee the physical integrity of patients during transfers.",
    ],
    [
      "fr",
      "Le directeur régional devrait garantir l'intégrité physique des patients pendant les transferts.",
    ],
    [
      "es",
      "El director regional debería garantizar la integridad física de los pacientes durante los traslados.",
    ],
    [
      "fr",
      "Le directeur devrait veiller à ce que les besoins alimentaires des patients soient satisfaits.",
    ],
    [
      "es",
      "El director debería garantizar que se atiendan las necesidades alimentarias de los pacientes.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });
});

describe("results and solution: an infinitive set off by a comma is the purpose of the clause before it", () => {
  it.each<Case>([
    [
      "en",
      "The Governor should fit a call bell in every dormitory, to let children call staff at night.",
    ],
    [
      "fr",
      "Le directeur devrait poser un bouton d'appel dans chaque dortoir, pour appeler le personnel la nuit.",
    ],
    [
      "es",
      "El director debería colocar un timbre en cada dormitorio, para llamar al personal por la noche.",
    ],
  ])("%s: %s", (language, text) => {
    const checked = checkRecommendation({ text }, { language }).criteria;
    expect(checked.results.verdict).toBe("met");
    expect(checked.results.basis).toBe("purpose");
    expect(checked.solution.verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The Governor should fit a call bell in every dormitory, to which staff respond."],
    ["fr", "Le directeur devrait équiper la cour d'un auvent pour s'abriter du soleil."],
    ["es", "El director debería dotar el patio de un toldo para resguardarse del sol."],
  ])(
    "an infinitive that says what an object is for, or a relative, is no purpose (%s): %s",
    (language, text) => {
      expect(result(language, text, "results").verdict).toBe("not_met");
    }
  );
});

describe("solution: a concrete step only to be considered, with no goal, gives no way to a change", () => {
  it.each<Case>([
    ["en", "The Governor should consider moving the visits hall to the ground floor."],
    ["en", "Consideration should be given to opening the library at weekends."],
    ["fr", "Le directeur devrait envisager de déplacer le parloir au rez-de-chaussée."],
    ["fr", "Le directeur devrait envisager l'ouverture de la bibliothèque le week-end."],
    ["es", "El director debería considerar el traslado de la sala de visitas a la planta baja."],
    ["es", "Valorar la posibilidad de abrir la biblioteca los fines de semana."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "solution");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("considered");
    expect(criterion.evidence.length).toBeGreaterThan(0);
    // the reason quotes the step and is written in the reader's language
    expect(criterion.suggestion).toMatch(/consider/);
  });

  it.each<Case>([
    [
      "en",
      "The Governor should consider moving the visits hall to the ground floor or to the annex.",
    ],
    ["fr", "Le directeur devrait envisager des alternatives au parloir actuel."],
    ["es", "El director debería considerar alternativas a la sala de visitas actual."],
    ["en", "The Governor should move the visits hall to the ground floor."],
  ])(
    "an option offered, a thing considered, or a plain ask is settled by the text (%s): %s",
    (language, text) => {
      expect(result(language, text, "solution").verdict).not.toBe("needs_review");
    }
  );

  it.each<Case>([
    [
      "en",
      "The Governor should consider moving the visits hall to the ground floor so that visitors with disabilities can reach it.",
    ],
    [
      "fr",
      "Le directeur devrait envisager de déplacer le parloir au rez-de-chaussée afin que les visiteurs handicapés puissent y accéder.",
    ],
    [
      "es",
      "El director debería considerar el traslado de la sala de visitas a la planta baja para que las visitas con discapacidad puedan acceder.",
    ],
  ])(
    "offered for a stated goal, the step is an option for reaching it (%s): %s",
    (language, text) => {
      expect(result(language, text, "solution")).toMatchObject({ verdict: "met", basis: "option" });
    }
  );

  it("gives its reason in the reader's language", () => {
    const text =
      "El director debería considerar el traslado de la sala de visitas a la planta baja.";
    const fr = checkRecommendation({ text }, { language: "es", readerLanguage: "fr" });
    expect(fr.criteria.solution.suggestion).toMatch(
      /^Le texte demande seulement d’envisager « considerar el traslado/
    );
    const es = checkRecommendation({ text }, { language: "es", readerLanguage: "es" });
    expect(es.criteria.solution.suggestion).toMatch(
      /^El texto solo pide considerar «considerar el traslado/
    );
  });
});

describe("specific: a quality of what a thing is or has, with no yardstick, is a bare quality", () => {
  it.each<Case>([
    ["en", "Ensure that the dormitories in the annex are of a suitable size."],
    ["fr", "Veiller à ce que les dortoirs de l'annexe soient d'une taille convenable."],
    ["es", "Garantizar que los dormitorios del anexo tengan un tamaño adecuado."],
  ])("%s: %s", (language, text) => {
    const checked = checkRecommendation({ text }, { language }).criteria;
    expect(checked.specific.verdict).toBe("not_met");
    expect(checked.measurable.verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "Ensure that the dormitories in the annex are of a suitable size for four children."],
    [
      "fr",
      "Veiller à ce que les dortoirs de l'annexe soient d'une taille suffisante pour quatre mineurs.",
    ],
    [
      "es",
      "Garantizar que los dormitorios del anexo tengan un tamaño adecuado para cuatro menores.",
    ],
  ])("tied to what it must allow, it is a yardstick (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});

describe("results and solution: measures asked for so that persons reach a state name their outcome, not a way to it", () => {
  it.each<Case>([
    [
      "en",
      "The Regional Directorate should take measures so that every patient is told how to complain.",
    ],
    [
      "fr",
      "La direction régionale devrait prendre des mesures afin que chaque patient sache comment se plaindre.",
    ],
    [
      "fr",
      "La direction régionale devrait prendre des mesures pour que les patients sachent comment se plaindre.",
    ],
    [
      "es",
      "La Dirección Regional debería adoptar medidas para que los pacientes sepan cómo presentar una queja.",
    ],
  ])("%s: %s", (language, text) => {
    const checked = checkRecommendation({ text }, { language }).criteria;
    expect(checked.results.verdict).toBe("met");
    expect(checked.solution.verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "The Regional Directorate is requested to provide a copy of the complaints procedure."],
    [
      "en",
      "The Regional Directorate is recommended to give a copy of the complaints procedure to the NPM.",
    ],
  ])(
    "the verb asked for after 'is requested to' is the ask, not its purpose (%s): %s",
    (language, text) => {
      expect(result(language, text, "results").basis).not.toBe("purpose");
    }
  );
});

describe("specific: bringing something into line with a named provision is a concrete ask", () => {
  it.each<Case>([
    [
      "en",
      "The Ministry should revise the Police Act to bring the rules on custody into line with article 9 of the Covenant.",
    ],
    ["en", "Bring the remand regime into line with the Nelson Mandela Rules."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });

  it.each<Case>([["en", "Bring the remand regime into line with international standards."]])(
    "into line with standards in general stays vague (%s): %s",
    (language, text) => {
      expect(result(language, text, "specific").verdict).toBe("not_met");
    }
  );
});

describe("measurable: 'up to date' is a state, not an amount", () => {
  it("a review kept up to date stays an open review", () => {
    const criterion = result(
      "en",
      "The Chief Constable should review the custody manual, ensuring that it is up to date.",
      "measurable"
    );
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("open");
  });

  it("'up to' an amount is a measure", () => {
    const criterion = result(
      "en",
      "The Chief Constable should review the custody manual so that detainees wait up to two hours for a lawyer.",
      "measurable"
    );
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("measure");
  });
});

describe("measurable: a word of a body's name is not an act asked of it", () => {
  it.each<Case>([
    [
      "en",
      "Police Scotland and the Investigations and Review Commissioner should work together to ensure that custody data is published.",
    ],
    ["en", "The Custody Review Board should publish the data on deaths in custody."],
    [
      "fr",
      "La police et la Commission de Suivi et Contrôle devraient collaborer pour que les données sur les décès en garde à vue soient publiées.",
    ],
    [
      "es",
      "La Comisión de Revisión debería publicar los datos sobre fallecimientos bajo custodia.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The Custody Review Board should review the rules on searches."],
    ["en", "The Custody Board should review the procedure on searches."],
  ])("a review asked of the body stays open (%s): %s", (language, text) => {
    const criterion = result(language, text, "measurable");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("open");
  });
});

describe("specific: more of a state of mind is not a concrete ask", () => {
  it.each<Case>([
    ["en", "Patients should be given a clearer understanding of their rights on admission."],
    [
      "en",
      "The Governor should ensure that staff gain a deeper knowledge of the complaints system.",
    ],
    ["fr", "Les patients devraient recevoir une meilleure compréhension de leurs droits."],
    ["fr", "Le directeur devrait garantir une vigilance accrue lors des fouilles."],
    ["es", "Que se dé a los pacientes una mejor comprensión de sus derechos."],
    ["es", "El director debería asegurar una mayor atención a los contactos familiares."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "specific");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("vague");
  });

  it.each<Case>([
    ["en", "Patients should be given a leaflet on their rights on admission."],
    ["fr", "Les patients devraient recevoir une brochure sur leurs droits."],
    ["es", "Que se entregue a los pacientes un folleto sobre sus derechos."],
  ])("a thing given is (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});

describe("measurable: a superlative names a degree reached, not a change of degree", () => {
  it.each<Case>([
    [
      "fr",
      "Publier une circulaire signée au plus haut niveau de l'administration pénitentiaire rappelant l'interdiction des fouilles à nu systématiques.",
    ],
    ["fr", "Affecter les cellules du rez-de-chaussée aux personnes les plus âgées."],
    [
      "es",
      "Publicar una circular firmada al más alto nivel de la Administración penitenciaria que recuerde la prohibición de los desnudos integrales sistemáticos.",
    ],
    ["es", "Reservar las celdas de la planta baja a las personas de la más avanzada edad."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("met");
  });

  it.each<Case>([
    ["fr", "Les fouilles devraient être plus respectueuses de la dignité des personnes."],
    ["fr", "Transférer les patients le plus rapidement possible."],
    ["es", "Que los cacheos sean más respetuosos con la dignidad de las personas."],
  ])(
    "a comparative, or 'as … as possible', is still a change of degree (%s): %s",
    (language, text) => {
      expect(result(language, text, "measurable").verdict).toBe("not_met");
    }
  );
});

describe("argued: the scale of a harm, or work left undone, is named as found", () => {
  it.each<Case>([
    [
      "en",
      "A strategy to reduce violence should be put in place, based on an analysis of the causes of high levels of self-harm.",
    ],
    ["en", "The backlog of parole assessments should be cleared."],
    [
      "fr",
      "Une stratégie de réduction de la violence devrait être adoptée, fondée sur une analyse des causes des taux élevés d'automutilations.",
    ],
    ["fr", "Résorber l'arriéré des évaluations de libération conditionnelle."],
    [
      "es",
      "Adoptar una estrategia contra la violencia basada en un análisis de las causas de los altos niveles de autolesiones.",
    ],
    ["es", "Eliminar el retraso acumulado en las evaluaciones de libertad condicional."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The Governor should maintain high levels of cleanliness in the kitchens."],
    ["fr", "Le directeur devrait maintenir un niveau élevé de propreté dans les cuisines."],
    ["es", "El director debería mantener altos niveles de limpieza en las cocinas."],
  ])("a high level asked for is no finding (%s): %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("not_met");
  });
});

describe("timebound: numbers inside a cross-reference are paragraphs, not a date", () => {
  it.each<Case>([
    ["en", "The regime of the women's hall should be reviewed (paragraphs 8.10-11)."],
    ["fr", "Le régime du quartier des femmes devrait être réexaminé (paragraphes 8.10-11)."],
    ["es", "Que se revise el régimen del módulo de mujeres (párrafos 8.10-11)."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "timebound").verdict).toBe("not_met");
  });

  it("a date outside a cross-reference is a deadline", () => {
    const criterion = result(
      "en",
      "The regime of the women's hall should be reviewed by 8.10.2027 (paragraph 8.10).",
      "timebound"
    );
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("deadline");
  });
});

describe("prioritised: a step for as long as something is missing is an interim measure", () => {
  it.each<Case>([
    [
      "en",
      "While there is no CCTV in the custody suite, officers should check detainees every 30 minutes.",
    ],
    [
      "fr",
      "Tant que la vidéosurveillance n'est pas installée, les agents devraient contrôler les personnes gardées à vue toutes les 30 minutes.",
    ],
    [
      "es",
      "Mientras no se cuente con videovigilancia, los agentes deben vigilar a los detenidos cada 30 minutos.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Officers should check detainees every 30 minutes."],
    ["fr", "Les agents devraient contrôler les personnes gardées à vue toutes les 30 minutes."],
    ["es", "Los agentes deben vigilar a los detenidos cada 30 minutos."],
  ])("a flat request is not (%s): %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("not_met");
  });
});

describe("argued: a section of a document named by its title is a standard cited", () => {
  it.each<Case>([
    [
      "en",
      "Injury reports should contain the minimum contents listed in section 5.4 of the study Injury Reports in Custody.",
    ],
    [
      "fr",
      "Les certificats médicaux devraient contenir les mentions minimales énumérées au point 5.4 de l'étude Les certificats médicaux en détention.",
    ],
    [
      "es",
      "Los partes de lesiones deben recoger los contenidos mínimos del apartado 5.4 del estudio Los partes de lesiones de las personas privadas de libertad.",
    ],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "argued");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("standard");
  });

  it.each<Case>([
    ["en", "Injury reports should contain the minimum contents (paragraph 5.4)."],
    ["fr", "Les certificats médicaux devraient contenir les mentions minimales (point 5.4)."],
    ["es", "Los partes de lesiones deben recoger los contenidos mínimos (apartado 5.4)."],
  ])("a bare cross-reference is not (%s): %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("not_met");
  });
});

describe("argued: a duty to be complied with is an existing rule named by its subject", () => {
  it.each<Case>([
    [
      "en",
      "Instructions should be given so that escort officers comply with the duty to wear their number.",
    ],
    [
      "fr",
      "Donner des instructions pour que les agents d'escorte respectent l'obligation de porter leur matricule.",
    ],
    [
      "es",
      "Impartir instrucciones para que los agentes de conducción cumplan con el deber de portar su número de identificación.",
    ],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "argued");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("standard");
  });

  it.each<Case>([
    [
      "en",
      "Training should cover the obligation of courts to exclude statements made under torture.",
    ],
    [
      "es",
      "La formación debe abordar la obligación de los tribunales de excluir las confesiones obtenidas bajo tortura.",
    ],
  ])(
    "a duty named as a subject of training is not the reason for the ask (%s): %s",
    (language, text) => {
      expect(result(language, text, "argued").verdict).toBe("not_met");
    }
  );
});

describe("results: what victims are to obtain (redress, access to justice) is an outcome for persons", () => {
  it.each<Case>([
    ["en", "The Ministry should ensure that victims of ill-treatment obtain fair compensation."],
    [
      "en",
      "The Ministry should guarantee effective access to justice for victims of ill-treatment.",
    ],
    [
      "fr",
      "Le ministère devrait garantir un accès effectif à la justice et à des mesures de réparation.",
    ],
    [
      "fr",
      "Le ministère devrait veiller à ce que les victimes obtiennent une juste indemnisation.",
    ],
    [
      "es",
      "El Ministerio debe asegurar el acceso efectivo a la justicia de las víctimas de malos tratos.",
    ],
    ["es", "El Ministerio debe garantizar que las víctimas obtengan una reparación adecuada."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The Ministry should publish the number of compensation claims each year."],
    ["fr", "Le ministère devrait publier chaque année le nombre de demandes d'indemnisation."],
    ["es", "El Ministerio debe publicar cada año el número de solicitudes de indemnización."],
  ])("a count of claims is not (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("measurable: deliverables set up are checkable in the plural too", () => {
  it.each<Case>([
    [
      "en",
      "The Ministry should establish effective complaints mechanisms that are accessible to children in detention.",
    ],
    ["en", "The Governor should put in place effective protocols on the use of restraint."],
    [
      "fr",
      "Le ministère devrait mettre en place des mécanismes de plainte efficaces accessibles aux mineurs détenus.",
    ],
    [
      "es",
      "El Ministerio debe establecer mecanismos de queja eficaces accesibles a los menores privados de libertad.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("met");
  });

  it("a quality alone, with no deliverable, stays unchecked", () => {
    expect(
      result("en", "The Ministry should make complaints more effective for children.", "measurable")
        .verdict
    ).toBe("not_met");
  });
});

describe("a relative clause saying what the thing asked for must ensure states the end, the thing is the way", () => {
  it.each<Case>([
    [
      "en",
      "The Governor should install a heating system that ensures an adequate temperature in the cells.",
    ],
    [
      "fr",
      "Le directeur devrait installer un système de chauffage qui garantisse une température adéquate dans les cellules.",
    ],
    [
      "es",
      "Que se instale un sistema de climatización que garantice una temperatura adecuada en las celdas.",
    ],
  ])("%s: %s", (language, text) => {
    const criteria = checkRecommendation({ text }, { language }).criteria;
    expect(criteria.specific.verdict).toBe("met");
    expect(criteria.results.verdict).toBe("met");
    expect(criteria.solution.verdict).toBe("met");
  });

  it.each<Case>([
    [
      "en",
      "The Governor should install a system that allows cell doors to be opened from the control room.",
    ],
    [
      "fr",
      "Le directeur devrait installer un système qui permette d'ouvrir les portes des cellules depuis le poste de contrôle.",
    ],
    [
      "es",
      "Que se instale un sistema que permita la apertura de las puertas de las celdas desde la sala de control.",
    ],
  ])("what it allows is only what it is for (%s): %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("not_met");
  });
});

describe("timebound: the number of the item is not a date", () => {
  it.each<Case>([
    [
      "en",
      "15.1.10 Consideration should be given to testing prisoners more often (paragraph 5.17).",
    ],
    ["fr", "15.1.10 Les fouilles devraient être consignées dans un registre."],
    ["es", "15.1.10 Que se anoten los cacheos en un libro de registro."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "timebound").verdict).toBe("not_met");
  });

  it("a date in the text is still a deadline", () => {
    const criterion = result(
      "en",
      "15.1.10 Searches should be recorded in a register by 15.1.2027.",
      "timebound"
    );
    expect(criterion.verdict).toBe("met");
  });
});

describe("specific and solution: investigating the possibility of a step only considers it", () => {
  it.each<Case>([
    ["en", "The Governor should investigate the possibility of relocating the visitor reception."],
    ["en", "The Governor should look into the feasibility of relocating the visitor reception."],
    ["fr", "Le directeur devrait étudier la possibilité de déplacer l'accueil des familles."],
    ["es", "Que el director estudie la posibilidad de trasladar la recepción de visitas."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "specific");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("vague");
  });

  it("offered for a stated goal, the step considered is an option for reaching it", () => {
    const criterion = result(
      "en",
      "The Governor should investigate the possibility of relocating the visitor reception to enable one officer to staff both gates.",
      "solution"
    );
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("option");
  });
});

describe("argued: an existing rule that must be kept is named by its subject", () => {
  it.each<Case>([
    [
      "en",
      "Police Scotland should ensure that policy relating to single officer custody centres is adhered to.",
    ],
    [
      "fr",
      "Veiller à ce que le protocole relatif aux transferts des personnes détenues soit strictement respecté.",
    ],
    ["es", "Que se cumpla estrictamente el protocolo de traslados de las personas detenidas."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "argued");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("standard");
  });

  it.each<Case>([
    ["en", "Police Scotland should adopt a policy on single officer custody centres."],
    ["fr", "Adopter un protocole relatif aux transferts des personnes détenues."],
    ["es", "Aprobar un protocolo de traslados de las personas detenidas."],
  ])("a rule to be made is not yet one (%s): %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("not_met");
  });
});

describe("prioritised: a legal status named 'provisional' is no interim measure", () => {
  it.each<Case>([
    [
      "fr",
      "Les personnes en détention provisoire devraient être séparées des personnes condamnées.",
    ],
    ["es", "Que los internos en prisión provisional estén separados de los penados."],
    ["es", "Elaborar un registro de las medidas de aislamiento provisional aplicadas."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("not_met");
  });

  it.each<Case>([
    [
      "fr",
      "Installer provisoirement les personnes détenues dans l'aile B pendant la rénovation de l'aile A.",
    ],
    ["es", "Habilitar una sala provisional de visitas mientras duren las obras."],
    ["en", "An interim visits room should be opened while the hall is renovated."],
  ])("an interim step still is one (%s): %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });
});

describe("results: no one subjected to a harm or a measure is an outcome for persons", () => {
  it.each<Case>([
    ["en", "The authorities should ensure that no one is held in a secret place of detention."],
    ["en", "Nobody should ever be placed in a dormitory without a bed."],
    ["fr", "Veiller à ce que nul ne soit détenu dans un lieu secret."],
    ["fr", "Veiller à ce que personne ne soit placé à l'isolement plus de quinze jours."],
    ["es", "Garantizar que nadie sea recluido en lugares de detención secretos."],
    [
      "es",
      "Velar por que ninguna persona esté detenida en dependencias policiales más de 72 horas.",
    ],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "results");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("outcome");
  });

  it.each<Case>([
    ["en", "There is no one in charge of the register; the Governor should appoint a registrar."],
    [
      "fr",
      "Personne n'a été désigné pour tenir le registre ; désigner un responsable du registre.",
    ],
    ["es", "Nadie lleva el libro de registro; designar a un responsable del libro."],
  ])("a finding that no one does something is not (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("operative: a list item may open with 'to' or 'de' before its verb", () => {
  it.each<Case>([
    [
      "en",
      "(a) To put an end to incommunicado detention and ensure that no one is held in a secret place. The State party should investigate the existence of such places.",
    ],
    [
      "fr",
      "De mettre fin à la pratique de la mise au secret et de veiller à ce que nul ne soit détenu dans un lieu secret. L’État partie devrait enquêter sur l’existence de ces lieux.",
    ],
  ])("what the item asks is read as asked (%s): %s", (language, text) => {
    const criterion = result(language, text, "results");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("outcome");
  });

  it.each<[Language, string, boolean[]]>([
    [
      "fr",
      "D'autre part, les cellules sont sales. Nettoyer les cellules chaque semaine.",
      [false, true],
    ],
    [
      "fr",
      "De nombreuses cellules sont sales. Nettoyer les cellules chaque semaine.",
      [false, true],
    ],
    [
      "fr",
      "Les cellules sont sales. D'installer une ventilation dans chaque cellule.",
      [false, true],
    ],
    ["en", "Cells are dirty. (b) To clean the cells every week.", [false, true]],
    [
      "en",
      "Cells are dirty. To date, no cleaning rota exists. Clean the cells weekly.",
      [false, false, true],
    ],
  ])("which sentences ask (%s): %s", (language, text, operative) => {
    const doc = new Doc(compileLexicon(LEXICONS[language]), "", text);
    expect(doc.sentences.map((s) => s.operative)).toEqual(operative);
  });
});

describe("results: what persons are to be made able to do is an outcome for them", () => {
  it.each<Case>([
    ["en", "Make it possible for patients to switch the light in their room on and off."],
    [
      "es",
      "Habilitar la posibilidad de que los pacientes ingresados enciendan la luz de su habitación.",
    ],
    ["es", "Hacer posible que los internos llamen a sus familias cada semana."],
    ["fr", "Permettre que les personnes détenues téléphonent à leur famille chaque semaine."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "results");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("outcome");
  });

  it.each<Case>([
    ["en", "Make it possible for staff to open the cell doors remotely."],
    ["es", "Permitir que el personal abra las puertas de las celdas a distancia."],
    ["fr", "Permettre que le personnel ouvre les portes des cellules à distance."],
  ])("what staff are made able to do is not (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("specific: more to be done, with nothing said of what, is vague", () => {
  it.each<Case>([
    ["en", "More requires to be done to tackle the levels of violence in the prison."],
    ["en", "More needs to be done to support prisoners with mental health needs."],
    ["en", "Further work is required to reduce the waiting times for healthcare."],
    ["fr", "Il faut faire davantage pour réduire la violence entre personnes détenues."],
    ["fr", "Davantage doit être fait pour réduire la violence entre personnes détenues."],
    ["es", "Se debe hacer más para reducir la violencia entre internos."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "specific");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("vague");
  });

  it.each<Case>([
    ["en", "More staff need to be deployed in the hall at night."],
    ["en", "No more than two prisoners should share a cell."],
    ["fr", "Faire plus de promenades chaque jour."],
    ["es", "Contratar a más personal sanitario para el turno de noche."],
  ])("more of a named thing is concrete (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});

describe("rootcause: storage, drying facilities, screens and hand gel are items a one-off fix provides", () => {
  it.each<Case>([
    ["en", "Steps should be taken to provide adequate drying facilities for prisoners' clothing."],
    ["en", "The Governor should provide more storage space in the reception area."],
    ["es", "Que se garantice el adecuado almacenaje de los cascos y escudos policiales."],
    ["es", "Facilitar gel hidroalcohólico a los internos en la sala de visitas."],
    ["fr", "Installer des séchoirs dans le quartier B."],
    ["fr", "Fournir du gel hydroalcoolique dans le parloir."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "rootcause");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("oneOff");
  });

  it.each<Case>([
    ["en", "All establishments should provide drying facilities for prisoners' clothing."],
    ["es", "Que todos los centros dispongan de almacenaje para las pertenencias de los internos."],
    [
      "fr",
      "Tous les établissements devraient disposer de séchoirs pour le linge des personnes détenues.",
    ],
  ])("in every establishment they are a rule for all (%s): %s", (language, text) => {
    expect(result(language, text, "rootcause").verdict).toBe("met");
  });
});

describe("prioritised: places left out of surveillance to protect privacy are a risk the ask minds", () => {
  it.each<Case>([
    [
      "en",
      "CCTV coverage should be extended to all areas where detainees are held, except the toilets and the rooms used for interviews with lawyers.",
    ],
    [
      "es",
      "Ampliar la cobertura de videovigilancia a todas las zonas en las que puedan permanecer personas detenidas, con excepción de los aseos y las salas para entrevistas con los abogados.",
    ],
    [
      "fr",
      "Étendre la vidéosurveillance à toutes les zones où se trouvent des personnes retenues, à l'exception des toilettes et des locaux d'entretien avec les avocats.",
    ],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "prioritised");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("priority");
  });

  it.each<Case>([
    ["en", "Showers should be available every day except Sundays."],
    [
      "es",
      "Permitir a los pacientes usar su teléfono móvil, salvo que una restricción esté justificada.",
    ],
    ["fr", "Ouvrir les cellules chaque jour, sauf le dimanche."],
  ])("another exception is no risk named (%s): %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("not_met");
  });
});

describe("results: a purpose that only yields information or assurance names no change for persons", () => {
  it.each<Case>([
    [
      "en",
      "Police Scotland and the Scottish Government should work together to ensure that data about deaths in police custody is published regularly.",
    ],
    [
      "en",
      "There should be a review of the way in which drug testing information is presented in order to improve its effectiveness.",
    ],
    [
      "fr",
      "Le ministère devrait réviser le registre des décès afin de garantir que les données sur les décès en détention soient publiées chaque année.",
    ],
    [
      "es",
      "La Dirección General debe revisar el registro de fallecimientos para garantizar que los datos sobre muertes bajo custodia sean publicados cada año.",
    ],
  ])("%s: %s", (language, text) => {
    const results = result(language, text, "results");
    expect(results.verdict).toBe("not_met");
    // the action is still the way to that purpose
    expect(result(language, text, "solution").verdict).toBe("met");
  });

  it.each<Case>([
    [
      "en",
      "Install a call bell in every cell to ensure that detainees can call for help at night.",
    ],
    [
      "fr",
      "Installer un bouton d'appel dans chaque cellule afin que les personnes détenues puissent appeler la nuit.",
    ],
    [
      "es",
      "Instalar un timbre en cada celda para garantizar que los internos puedan pedir ayuda por la noche.",
    ],
  ])("a purpose for persons still is one (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });
});

describe("prioritised and measurable: regard to risk, and a minimum with no figure", () => {
  it.each<Case>([
    [
      "en",
      "With due regard to risk, the Department should implement measures to improve women's access to the better accommodation areas.",
    ],
    [
      "fr",
      "En tenant compte des risques, permettre aux personnes détenues de garder leur téléphone.",
    ],
    ["es", "Teniendo en cuenta los riesgos, permitir a los internos conservar su teléfono móvil."],
  ])("regard to risk is a risk minded (%s): %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });

  it("regard to needs is no risk", () => {
    expect(
      result("en", "Staff should have regard to the needs of older prisoners.", "prioritised")
        .verdict
    ).toBe("not_met");
  });

  it.each<[string, boolean]>([
    [
      "The State party should reduce the use of preventive detention to an absolute minimum.",
      false,
    ],
    ["Restraint should be kept to the minimum necessary.", false],
    ["Visits should last a minimum of one hour.", true],
    ["No cell should hold more than the maximum two persons it was built for.", true],
  ])("'minimum' as a figure or as none: %s", (text, measured) => {
    const measurable = result("en", text, "measurable");
    expect(
      measurable.evidence.some(([s, e]) => /^(?:a )?(?:minimum|maximum)/i.test(text.slice(s, e)))
    ).toBe(measured);
  });
});

describe("argued: conformity with principles or a policy named by its subject cites a standard", () => {
  it.each<Case>([
    [
      "en",
      "Police Scotland should review compliance with policy relating to the delay of release and ensure that staff adhere to this.",
    ],
    [
      "en",
      "The State party should ensure that the use of tasers is strictly compliant with the principles of necessity and proportionality.",
    ],
    [
      "fr",
      "Veiller à ce que l'usage des pistolets à impulsion électrique soit strictement conforme aux principes de nécessité et de proportionnalité.",
    ],
    ["fr", "Vérifier le respect de la politique relative à la levée d'écrou."],
    [
      "es",
      "Garantizar que el uso de las pistolas eléctricas se ajuste estrictamente a los principios de necesidad y proporcionalidad.",
    ],
    ["es", "Revisar el cumplimiento de la política relativa a las excarcelaciones."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "argued");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("standard");
  });

  it.each<Case>([
    ["en", "Ensure compliance with policy."],
    ["fr", "Veiller au respect de la dignité des personnes détenues."],
    [
      "es",
      "Dictar instrucciones para que todo el personal porte su número de placa y vigilar el cumplimiento de dicha obligación.",
    ],
  ])("no rule named, or the ask's own, is none (%s): %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("not_met");
  });
});

describe("results: a practice limited or ended, asked in the Spanish subjunctive", () => {
  it.each<Case>([
    ["es", "Que se limite el uso de las esposas durante la conducción de las personas detenidas."],
    ["es", "Que se reduzca el uso del aislamiento en el módulo de ingresos."],
    ["es", "Que se reduzca el hacinamiento en el módulo 3."],
    ["es", "Limitar el uso de las esposas durante la conducción de las personas detenidas."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "results");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("outcome");
  });

  it("a thing limited that is no practice is not", () => {
    expect(
      result("es", "Que se limite el presupuesto de obras del centro.", "results").verdict
    ).toBe("not_met");
  });
});

describe("results: knowing how many persons passed through is information, not a change for them", () => {
  it.each<Case>([
    [
      "es",
      "Que se dote de un libro de registro a los edificios judiciales, para poder conocer el número de las personas privadas de libertad que han pasado por sus calabozos.",
    ],
    [
      "fr",
      "Tenir un registre dans chaque tribunal afin de connaître le nombre des personnes passées en cellule.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
    expect(result(language, text, "solution").verdict).toBe("met");
  });

  it.each<Case>([
    ["es", "Realizar rondas cada hora para comprobar el estado de las personas detenidas."],
    ["fr", "Effectuer des rondes chaque heure pour vérifier l'état des personnes détenues."],
  ])("checking on persons still is an outcome for them (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });
});

describe("solution: 'entre otros', 'entre autres' closing the list of what is asked give no example of how", () => {
  it.each<Case>([
    [
      "es",
      "Que el libro de custodia recoja la hora de llegada del abogado y los contactos con familiares o intérpretes, entre otros.",
    ],
    [
      "fr",
      "Le registre devrait mentionner l'heure d'arrivée de l'avocat et les contacts avec les proches ou les interprètes, entre autres.",
    ],
  ])("closing the list (%s): %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("not_met");
  });

  it.each<string>([
    "Reducir el hacinamiento mediante, entre otras medidas, la apertura del módulo 4.",
    "Adoptar medidas para reducir la espera, entre otras, la contratación de dos médicos.",
  ])("introducing examples of measures: %s", (text) => {
    expect(result("es", text, "solution").verdict).toBe("met");
  });
});

describe("specific: measures put in place for a goal, whatever the verb, are vague until named", () => {
  it.each<Case>([
    ["en", "The Department should implement measures to reduce violence in the women's units."],
    ["en", "The Governor should put in place measures to improve access to education."],
    ["fr", "Mettre en œuvre des mesures pour réduire la violence entre personnes détenues."],
    ["es", "Implementar medidas para reducir la violencia entre internos."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "specific");
    expect(criterion.verdict).toBe("not_met");
    expect(criterion.basis).toBe("vague");
  });

  it.each<Case>([
    ["en", "The Department should implement the measures set out in its 2024 action plan."],
    ["fr", "Mettre en œuvre les mesures prévues par le plan d'action de 2024."],
    ["es", "Implementar las medidas previstas en el plan de acción de 2024."],
    ["en", "The Department should implement measures to install call bells in all cells."],
  ])("measures already named, or named by their act, are concrete (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});

describe("measurable: a ratio of persons to places is a figure", () => {
  it.each<Case>([
    ["es", "Garantizar una ocupación de una persona detenida por celda."],
    ["fr", "Garantir l'encellulement d'une personne par cellule."],
    ["en", "Ensure that there is one detainee per cell."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "measurable");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("measure");
  });
});

describe("measurable: 'any form of', 'ningún tipo de', 'toute forme de' count nothing", () => {
  it.each<Case>([
    [
      "en",
      "The law should be applied without discrimination of any kind and protect detainees from any form of intimidation.",
    ],
    ["es", "La legislación debe aplicarse sin ningún tipo de discriminación."],
    ["fr", "La loi doit être appliquée sans aucune forme de discrimination."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "measurable");
    expect(criterion.basis).not.toBe("measure");
  });
});

describe("targeted (ES): the agent of a reflexive passive names who must act", () => {
  it.each<string>([
    "Que por esa Consejería se dicten las instrucciones necesarias para que se cumplimente el libro de registro.",
    "Que por la Secretaría General de Instituciones Penitenciarias se revise el protocolo de traslados.",
    "Que se dicten instrucciones por esa Consejería para que se cumplimente el libro de registro.",
  ])("%s", (text) => {
    const criterion = result("es", text, "targeted");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("addressee");
  });

  it.each<string>([
    "Que por la noche se revisen las celdas cada hora.",
    "Que se revisen las celdas por la noche.",
    "Que por los funcionarios se cumplimente el libro de registro.",
  ])("a time or a class of staff is no addressee: %s", (text) => {
    expect(result("es", text, "targeted").verdict).toBe("not_met");
  });
});

describe("tenth batch classes: interim with a subject, 'sur-le-champ', risks weighed, 'desde', arrangements, 'being interviewed'", () => {
  it("an interim step while something has not ended, its subject named (es)", () => {
    expect(
      result(
        "es",
        "Garantizar que, mientras la pandemia no haya terminado, se guarde la distancia de seguridad en las salas de espera.",
        "prioritised"
      ).verdict
    ).toBe("met");
  });

  it("'sur-le-champ' is immediacy (fr)", () => {
    const text =
      "Des travaux de nettoyage doivent être entrepris sur-le-champ dans les chambres de sûreté.";
    expect(result("fr", text, "timebound").verdict).toBe("met");
    expect(result("fr", text, "prioritised").verdict).toBe("met");
  });

  it.each<Case>([
    [
      "en",
      "Police Scotland should review the potential risks and benefits of using local officers to cover custody shifts.",
    ],
    [
      "fr",
      "Évaluer les risques et les bénéfices du recours à des policiers locaux pour la garde des cellules.",
    ],
    [
      "es",
      "Evaluar los riesgos y beneficios del uso de agentes locales para la custodia de los calabozos.",
    ],
  ])("the risks of a step weighed as such are a risk minded (%s): %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });

  it("'Que desde la Secretaría General … se den indicaciones' names who must act (es)", () => {
    const criterion = result(
      "es",
      "Que desde la Secretaría General de Instituciones Penitenciarias se den indicaciones a los centros penitenciarios.",
      "targeted"
    );
    expect(criterion.verdict).toBe("met");
  });

  it.each<[string, string]>([
    [
      "Police Scotland should make arrangements to improve the observation room at Motherwell.",
      "not_met",
    ],
    ["The Governor should make arrangements to transfer the prisoner to hospital.", "met"],
  ])("arrangements made for a goal, unnamed, are vague: %s", (text, verdict) => {
    expect(result("en", text, "specific").verdict).toBe(verdict);
  });

  it("prisoners 'being interviewed' is no finding of the visit", () => {
    expect(
      result(
        "en",
        "Offer prisoners being interviewed or attending appointments the opportunity to use an accredited interpreting service.",
        "argued"
      ).verdict
    ).toBe("not_met");
  });
});

describe("results: a practice named as such, needs of persons met, detained parents", () => {
  it.each<Case>([
    ["fr", "La pratique du retrait du soutien-gorge et des lunettes doit être abandonnée."],
    ["es", "La práctica de retirar el sujetador y las gafas debe ser abandonada."],
    ["en", "The practice of removing bras and glasses should be discontinued."],
    [
      "en",
      "Implement a strategy that addresses the cultural needs of both local and remote Aboriginal prisoners.",
    ],
    [
      "fr",
      "Mettre en place une stratégie répondant aux besoins culturels des détenus autochtones.",
    ],
    [
      "es",
      "Implementar una estrategia que atienda las necesidades culturales de los internos indígenas.",
    ],
    ["en", "Provide regular opportunities for fathers to have visits with their children."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "results");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("outcome");
  });

  it.each<Case>([
    ["en", "Address the needs of the service in the next budget."],
    ["fr", "Répondre aux besoins du service dans le prochain budget."],
  ])("the needs of a service are not (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("solution: working with another body for a goal, and options 'including the use of', are ways", () => {
  it.each<Case>([
    [
      "en",
      "Forces should collaborate with the NHS to introduce clinical staff into their custody facilities.",
    ],
    [
      "en",
      "Police Scotland should continue to engage with the health boards to ensure that healthcare is provided to the custody centre.",
    ],
    [
      "en",
      "Police Scotland should support people who are drunk and incapable, including the use of designated places of safety.",
    ],
    [
      "fr",
      "Collaborer avec l'ARS pour introduire du personnel soignant dans les locaux de garde à vue.",
    ],
    ["fr", "Proposer des solutions de dégrisement, y compris le recours à des lieux sûrs."],
    [
      "es",
      "Colaborar con la Consejería de Sanidad para introducir personal sanitario en los calabozos.",
    ],
    ["es", "Ofrecer alternativas a la detención, incluido el uso de lugares seguros."],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "solution");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("means");
  });

  it.each<Case>([
    ["en", "Staff should engage with prisoners."],
    ["fr", "Le personnel doit collaborer avec les services de santé."],
  ])("working with someone, for nothing stated, is not (%s): %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("not_met");
  });
});

describe("argued: principles of law named by their content, named codes, and a practice judged a wrong", () => {
  it.each<Case>([
    ["en", "In the best interests of the child, place all children at the front of the aircraft."],
    ["fr", "Dans l'intérêt supérieur de l'enfant, placer les mineurs à l'avant de l'avion."],
    [
      "es",
      "Garantizar que, en atención al interés superior del menor, se ubique a todos los menores en la parte delantera del avión.",
    ],
    ["fr", "Respecter les procédures prévues dans le Code de protection de l'enfance."],
    ["fr", "Faire évoluer les termes du marché par application du principe de mutabilité."],
  ])("a standard cited (%s): %s", (language, text) => {
    const criterion = result(language, text, "argued");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("standard");
  });

  it.each<Case>([
    ["en", "This practice should end: it amounts to degrading treatment."],
    [
      "fr",
      "Cette pratique doit être abandonnée : elle constitue une atteinte à la dignité de la personne.",
    ],
    [
      "es",
      "Esta práctica debe abandonarse: constituye un atentado contra la dignidad de la persona.",
    ],
  ])("a practice judged a wrong (%s): %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("met");
  });

  it.each<Case>([
    ["fr", "Adopter un code de conduite pour le personnel."],
    ["en", "Place all children at the front of the aircraft."],
  ])("no standard named (%s): %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("not_met");
  });
});
