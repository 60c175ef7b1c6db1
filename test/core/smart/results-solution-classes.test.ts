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

describe("results: remedying a named problem is an outcome of a concrete ask, not of a vague one", () => {
  it.each<Case>([
    [
      "en",
      "The Governor should hold monthly meetings with the court service to resolve this problem.",
    ],
    [
      "fr",
      "Le directeur devrait organiser une réunion mensuelle avec le greffe pour résoudre ce problème.",
    ],
    [
      "es",
      "El director debería celebrar reuniones mensuales con el juzgado para resolver este problema.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Appropriate measures should be taken to remedy the problem."],
    ["fr", "Des mesures appropriées devraient être prises pour remédier au problème."],
    ["es", "Deberían adoptarse medidas adecuadas para subsanar el problema."],
  ])("(%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("results: what a resource or a piece of work is needed for is its purpose", () => {
  it.each<Case>([
    ["en", "Supply the cleaning products necessary to disinfect the showers every day."],
    ["fr", "Fournir les produits nécessaires pour désinfecter les douches chaque jour."],
    [
      "es",
      "Dotar al módulo del mobiliario necesario para crear un espacio adecuado de visita familiar.",
    ],
  ])("%s: %s", (language, text) => {
    const criterion = result(language, text, "results");
    expect(criterion.verdict).toBe("met");
    expect(criterion.basis).toBe("purpose");
  });

  it.each<Case>([
    ["en", "The Ministry should allocate funds sufficient to build a new remand centre."],
    [
      "fr",
      "Le ministère devrait allouer des crédits suffisants pour construire un nouveau centre.",
    ],
    ["es", "El Ministerio debería asignar fondos suficientes para construir un nuevo centro."],
  ])("money enough for an activity names no outcome (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("results: persons protected by a rule for everyone, or a harm that must not occur", () => {
  it.each<Case>([
    [
      "en",
      "Amend section 9 of the Aliens Act so that no one may be returned to a country where they risk torture.",
    ],
    [
      "en",
      "The Ministry should ensure that there are no reprisals against those who spoke to the visiting team.",
    ],
    [
      "fr",
      "Modifier l'article 9 de la loi sur les étrangers de sorte que nul ne puisse être renvoyé vers un pays où il risque la torture.",
    ],
    [
      "fr",
      "Le ministère devrait veiller à ce qu'il n'y ait aucune représaille contre les personnes entendues.",
    ],
    [
      "es",
      "Modificar el artículo 9 de la Ley de Extranjería para que nadie pueda ser devuelto a un país donde corra riesgo de tortura.",
    ],
    [
      "es",
      "El Ministerio debería garantizar que no haya represalias contra las personas entrevistadas.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });
});

describe("results: ending a practice, whatever the verb, is the change asked for", () => {
  it.each<Case>([
    ["en", "The hospital should abandon the practice of tying agitated patients to their beds."],
    [
      "fr",
      "L'hôpital devrait abandonner la pratique consistant à attacher les patients agités à leur lit.",
    ],
    ["es", "El hospital debería abandonar la práctica de atar a los pacientes agitados a la cama."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });
});

describe("results: « à ce que » after any verb of asking introduces what must come about (fr)", () => {
  it.each<Case>([
    [
      "fr",
      "Le Comité a exhorté le ministère à ce que les victimes reçoivent une réparation intégrale.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });
});

describe("results: « de modo de » and an infinitive is a purpose (es)", () => {
  it.each<Case>([
    [
      "es",
      "Habilitar las plazas de alojamiento necesarias de modo de dar fin a la sobreocupación del pabellón.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });
});

describe("solution: the document a body issued its recommendation through is no means of the change", () => {
  it.each<Case>([
    [
      "en",
      "Through its recommendation of 3 May, the NPM asked the Director to repaint the visits room.",
    ],
    [
      "fr",
      "Au moyen de sa recommandation du 3 mai, le MNP a demandé au directeur de repeindre le parloir.",
    ],
    [
      "es",
      "A través de la Recomendación 12/20 se sugirió al Director repintar la sala de visitas.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["fr", "Contrôler l'approvisionnement au moyen de rapports mensuels sur l'état des stocks."],
    ["es", "Controlar el suministro a través de informes mensuales sobre las existencias."],
  ])("a report made to check the change still is (%s): %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("met");
  });
});

describe("results: a purpose in the clause that introduces a list belongs to the introduction", () => {
  it.each<Case>([
    [
      "en",
      "The Director should take the steps needed to comply with the following: Repaint the visits room.",
    ],
    [
      "es",
      "Se sugirió al Director que adopte las medidas necesarias para cumplir las siguientes cuestiones: Repintar la sala de visitas.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("solution: a manner clause says how the ask itself is done, not a goal it is the way to", () => {
  it.each<Case>([
    [
      "en",
      "Limit the use of handcuffs during escorts to cases of real risk, in such a way that it does not endanger anyone.",
    ],
    [
      "fr",
      "Limiter le menottage pendant les transferts aux cas de risque réel, de manière à ne pas compromettre la sécurité.",
    ],
    [
      "es",
      "Limitar el uso de las esposas durante los traslados a los casos de riesgo real, de modo que no se comprometa su seguridad.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("not_met");
  });

  it.each<Case>([
    [
      "es",
      "Instalar un reloj en cada sala de aislamiento, de modo que los pacientes puedan orientarse en el tiempo.",
    ],
    [
      "fr",
      "Installer une horloge dans chaque chambre d'isolement, de sorte que les patients puissent se repérer dans le temps.",
    ],
  ])("with persons as its subject it states a goal the ask serves (%s): %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("met");
  });
});

describe("results: a purpose whose object is persons, or what is provided for them, names an outcome for them", () => {
  it.each<Case>([
    [
      "en",
      "Record in the custody log every round made by officers to check on the condition of detainees.",
    ],
    ["en", "The prison should organise a full working day for all the men held."],
    [
      "fr",
      "Consigner dans le registre chaque ronde effectuée par les agents pour vérifier l'état des personnes détenues.",
    ],
    [
      "es",
      "Anotar en el libro de custodia cada ronda realizada por los agentes para comprobar el estado de los detenidos.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The quality of care planning for prisoners at risk should be reviewed."],
    ["en", "Record in the custody log every round made by officers."],
  ])("a noun's complement or no purpose at all is not (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("results and solution: the name of a body is no purpose", () => {
  it.each<Case>([
    [
      "en",
      "The European Committee for the Prevention of Torture asked the Director to repaint the visits room.",
    ],
    [
      "fr",
      "Le Comité européen pour la prévention de la torture a demandé au directeur de repeindre le parloir.",
    ],
    [
      "es",
      "El Subcomité para la Prevención de la Tortura pidió al Director repintar la sala de visitas.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
    expect(result(language, text, "solution").verdict).toBe("not_met");
  });

  it.each<Case>([["fr", "Réaménager le parloir pour la préservation de l'intimité des familles."]])(
    "a noun of action after « pour » still states a purpose (%s): %s",
    (language, text) => {
      expect(result(language, text, "results").verdict).toBe("met");
    }
  );
});

describe("solution: 'including by' a person names an agent, not a means", () => {
  it.each<Case>([
    [
      "en",
      "Detained persons should be examined by a doctor, including by a doctor of their choice on request.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("not_met");
  });

  it.each<Case>([
    [
      "en",
      "Reduce waiting times for medical appointments, including by recruiting a second nurse.",
    ],
  ])("'including by' and a gerund still says how (%s): %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("met");
  });
});

describe("results: remand and sentenced persons are persons deprived of liberty, and separating them is for them", () => {
  it.each<Case>([
    ["en", "Separate remand prisoners from sentenced prisoners on every wing."],
    ["fr", "Séparer les prévenus des condamnés dans tous les quartiers."],
    ["es", "Separar a los preventivos de los penados en todos los módulos."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });
});

describe("solution: a concrete ask beside a general one is the way to it only when both speak of the same thing", () => {
  it.each<Case>([
    [
      "en",
      "Keep the showers in a proper state of cleanliness and ensure that each shower is cleaned after every use.",
    ],
    [
      "fr",
      "Améliorer la propreté des douches et veiller à ce que chaque douche soit nettoyée après chaque usage.",
    ],
    [
      "es",
      "Mantener las duchas en un adecuado estado de limpieza y garantizar que cada ducha se limpia tras cada uso.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("met");
  });

  it.each<Case>([
    [
      "en",
      "The prison should provide a full working day for everyone held, and punctuality at the workshops should be good.",
    ],
    [
      "es",
      "El centro debería ofrecer una jornada completa de trabajo a todos los internos, y la puntualidad en los talleres debería ser buena.",
    ],
  ])("on different things they are two asks (%s): %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("not_met");
  });
});

describe("results: a practice done to persons (a medical consultation, an interview, an escort) as the subject or what must be ensured", () => {
  it.each<Case>([
    ["en", "Medical consultations should take place out of the hearing of escorting officers."],
    ["en", "Ensure that medical consultations take place out of the hearing of police officers."],
    [
      "fr",
      "Les consultations médicales doivent se dérouler hors de la présence des agents d'escorte.",
    ],
    [
      "fr",
      "Veiller à ce que les consultations médicales se déroulent hors de la présence des agents.",
    ],
    ["es", "Las consultas médicas deben realizarse fuera de la escucha de los agentes."],
    ["es", "Garantizar que las consultas médicas se realicen sin la presencia de agentes."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
  });
});

describe("results and solution: the longer ways of stating a purpose are purposes too", () => {
  it.each<Case>([
    ["en", "Fit a call bell in every cell for the purpose of allowing detainees to call for help."],
    ["en", "Fit a call bell in every cell with the objective of letting detainees call for help."],
    [
      "fr",
      "Installer un bouton d'appel dans chaque cellule aux fins de permettre aux personnes détenues d'appeler à l'aide.",
    ],
    [
      "es",
      "Dotar cada celda de un timbre a los efectos de garantizar que las personas detenidas puedan pedir ayuda.",
    ],
    [
      "es",
      "Instalar un timbre en cada celda con miras a que las personas detenidas puedan pedir ayuda.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("met");
    expect(result(language, text, "solution").verdict).toBe("met");
  });
});

describe("results and solution: a finding beside a concrete ask counts only when the ask answers what was found", () => {
  // the finding speaks of what the ask acts on: removing what was found is the change
  it.each<Case>([
    [
      "en",
      "The visitors saw that twelve showers on the east landing had no hot water for a month. The Governor should repair the showers on the east landing by the end of May.",
    ],
    [
      "fr",
      "Les contrôleurs ont vu que douze douches de l'aile est étaient privées d'eau chaude depuis un mois. Le directeur devrait réparer les douches de l'aile est avant la fin du mois de mai.",
    ],
    [
      "es",
      "El equipo comprobó que doce duchas del ala este llevaban un mes sin agua caliente en todo el edificio. El director debería reparar las duchas del ala este antes de finales de mayo.",
    ],
  ])("answered (%s): %s", (language, text) => {
    expect(result(language, text, "results")).toMatchObject({ verdict: "met", basis: "finding" });
    expect(result(language, text, "solution").verdict).toBe("met");
  });

  // the finding is the reason for the ask, not the change it brings about
  it.each<Case>([
    [
      "en",
      "The chair of the commission said that the general atmosphere of the establishment had deteriorated over the winter months. The Governor should close the two upper landings of the north wing by the end of May.",
    ],
    [
      "fr",
      "Le président de la commission a déclaré que l'ambiance générale de l'établissement s'était dégradée pendant l'hiver dernier. Le directeur devrait fermer les deux étages supérieurs de l'aile nord avant la fin du mois de mai.",
    ],
    [
      "es",
      "La presidenta de la comisión declaró que el ambiente general del establecimiento se había deteriorado durante el último invierno. El director debería cerrar los dos pisos superiores del ala norte antes de finales de mayo.",
    ],
    // a body or service named in both is the setting of the finding, not what it is about
    [
      "en",
      "The visitors heard from the police that the night shift had been calm during the summer months. The Chief Constable should give every police officer a written guide on body cameras by May.",
    ],
    [
      "fr",
      "Les contrôleurs ont appris de la police que les nuits avaient été calmes pendant les mois d'été. Le directeur départemental devrait remettre à chaque agent de police un guide écrit sur les caméras piétons avant mai.",
    ],
    [
      "es",
      "El equipo supo por la policía que las noches habían sido tranquilas durante los meses de verano. El comisario debería entregar a cada agente de policía una guía escrita sobre las cámaras corporales antes de mayo.",
    ],
  ])("on something else (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
    expect(result(language, text, "solution").verdict).toBe("not_met");
  });
});

describe("results: any state or practice of persons that must be secured is an outcome for them, not only the usual ones", () => {
  it.each<Case>([
    [
      "en",
      "The Governor should guarantee the accessibility of disabled prisoners to the visits hall.",
    ],
    [
      "fr",
      "Le directeur devrait garantir l'accessibilité des personnes détenues en fauteuil à la salle de visite.",
    ],
    [
      "es",
      "Que las rampas del edificio garanticen la accesibilidad de las personas internas en silla de ruedas.",
    ],
    // a parenthesis between the verb and what it secures
    [
      "es",
      "Garantizar —siempre que la ocupación lo permita— la estancia de las personas detenidas en celdas individuales.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "results")).toMatchObject({ verdict: "met", basis: "outcome" });
  });

  it.each<Case>([
    ["en", "The Governor should ensure the files of prisoners are stored in a locked cabinet."],
    [
      "fr",
      "Le directeur devrait garantir les dossiers des personnes détenues dans une armoire fermée.",
    ],
    [
      "es",
      "El director debería garantizar los expedientes de las personas internas en un armario cerrado.",
    ],
    ["es", "Garantizar las celdas de las personas detenidas con luz natural."],
  ])("a record or a physical item of theirs is not (%s): %s", (language, text) => {
    expect(result(language, text, "results").verdict).toBe("not_met");
  });
});

describe("solution: an example or instrument that describes the practice to stop or ban says which practice, not how to change it", () => {
  it.each<Case>([
    [
      "en",
      "The Governor should prohibit the use of improvised tools such as broom handles during searches.",
    ],
    [
      "en",
      "The Governor should stop the practice of restraining agitated patients by means of leather straps.",
    ],
    [
      "fr",
      "Le directeur devrait interdire l'utilisation d'objets improvisés tels que des manches à balai lors des fouilles.",
    ],
    [
      "fr",
      "Abandonner la pratique consistant à immobiliser les patients agités au moyen de sangles en cuir.",
    ],
    [
      "es",
      "El director debería prohibir el uso de objetos improvisados tales como palos de escoba durante los registros.",
    ],
    [
      "es",
      "Abandonar la práctica de inmovilizar a los pacientes agitados mediante correas de cuero.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "solution").verdict).toBe("not_met");
  });

  it.each<Case>([
    [
      "en",
      "The Governor should end the use of strip searches by introducing body scanners in reception.",
    ],
    ["fr", "Mettre fin aux fouilles à nu en installant des portiques de détection à l'entrée."],
    [
      "es",
      "Poner fin a los registros con desnudo integral instalando escáneres corporales en el ingreso.",
    ],
  ])("the way to stop it still is (%s): %s", (language, text) => {
    expect(result(language, text, "solution")).toMatchObject({ verdict: "met", basis: "means" });
  });
});
