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
    ["en", "R4: Ensure CCU is staffed by a nurse at night."],
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

describe("a sum in rand is not an item label", () => {
  it("en: 'R2 million' stays part of the sentence", () => {
    const text = "R2 million should be allocated to refurbish the cells of every police station.";
    expect(evidenceOf("en", text, "specific").join(" ")).toContain("R2 million");
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

describe("timebound and prioritised: urgency of the measures asked for governs carrying them out", () => {
  it.each<Case>([
    [
      "en",
      "The Ministry of Justice should take the following urgent measures: close the basement cells.",
    ],
    [
      "fr",
      "Le Contrôleur demande aux autorités de prendre les mesures urgentes suivantes : fermer les cellules du sous-sol.",
    ],
    [
      "es",
      "Se solicita a la Dirección adoptar las siguientes medidas urgentes: clausurar las celdas del sótano.",
    ],
    ["es", "Resulta de suma urgencia que se clausuren las celdas del sótano."],
    ["fr", "Il est urgent de fermer les cellules du sous-sol."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "timebound").verdict).toBe("met");
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });

  it.each<Case>([
    ["fr", "Garantir aux patients l'accès à des soins urgents la nuit."],
    ["es", "Garantizar a los internos la atención médica urgente durante la noche."],
  ])("urgency of a service provided each time is no deadline (%s): %s", (language, text) => {
    expect(result(language, text, "timebound").verdict).not.toBe("met");
  });
});

describe("timebound: the next report to the body that asks is a deadline", () => {
  it.each<Case>([
    [
      "en",
      "The State party should inform the Committee in its next periodic report of the number of complaints of ill-treatment received.",
    ],
    [
      "fr",
      "L'État partie devrait indiquer dans son prochain rapport périodique le nombre de plaintes pour mauvais traitements reçues.",
    ],
    [
      "es",
      "El Estado parte debería indicar en su próximo informe periódico el número de denuncias por malos tratos recibidas.",
    ],
  ])("%s: %s", (language, text) => {
    const timebound = result(language, text, "timebound");
    expect(timebound.verdict).toBe("met");
    expect(evidenceOf(language, text, "timebound").join(" ")).toMatch(/next|prochain|próximo/);
  });
});

describe("prioritised: a risk the way of doing it must avoid, in every language", () => {
  it.each<Case>([
    [
      "en",
      "Provide enough officers to staff the night shift without recourse to excessive overtime.",
    ],
    ["en", "Reorganise meal times in a way that does not reduce time in the open air."],
    [
      "fr",
      "Affecter des surveillants à l'équipe de nuit sans recourir à des heures supplémentaires excessives.",
    ],
    ["fr", "Réorganiser les horaires des repas de manière à ne pas réduire le temps de promenade."],
    [
      "es",
      "Limitar el uso de grilletes durante los traslados, de modo que no se comprometa la seguridad de las personas ante posibles accidentes.",
    ],
    [
      "es",
      "Instalar cámaras en los pasillos sin comprometer la intimidad de las entrevistas con abogados.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });
});

describe("prioritised: a step asked for in the short term is a priority, not a deadline", () => {
  it.each<Case>([
    ["en", "The Director should close the basement cells in the very short term."],
    ["fr", "La direction doit fermer les cellules du sous-sol à très court terme."],
    ["es", "La Dirección debe clausurar las celdas del sótano a muy corto plazo."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("met");
    expect(result(language, text, "timebound").verdict).toBe("not_met");
  });
});

describe("argued: the body that makes the recommendation is not a standard cited", () => {
  it.each<Case>([
    ["en", "The CPT once again calls upon the authorities to install a call bell in every cell."],
    [
      "fr",
      "Le CPT, une nouvelle fois, invite les autorités à installer un bouton d'appel dans chaque cellule.",
    ],
    ["es", "El SPT, una vez más, recomienda a las autoridades instalar un timbre en cada celda."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("not_met");
  });
});

describe("argued and rootcause: a law the ask changes is its object, not its basis", () => {
  it.each<Case>([
    ["en", "Amend the Prisons Act 1952 to set a maximum of 22 hours a day in a cell."],
    [
      "fr",
      "Modifier l'article 12 du code pénitentiaire pour fixer à 22 heures par jour la durée maximale en cellule.",
    ],
    [
      "es",
      "Modificar el artículo 12 de la Ley Orgánica General Penitenciaria para fijar en 22 horas diarias el máximo en celda.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("not_met");
    expect(result(language, text, "rootcause").verdict).toBe("met");
  });

  it.each<Case>([
    [
      "en",
      "In line with article 3 of the Convention, amend the Prisons Act to set a maximum of 22 hours a day in a cell.",
    ],
    [
      "fr",
      "Conformément à l'article 3 de la Convention, modifier le code pénitentiaire pour fixer à 22 heures la durée maximale en cellule.",
    ],
    [
      "es",
      "Conforme al artículo 3 de la Convención, modificar la Ley General Penitenciaria para fijar en 22 horas el máximo en celda.",
    ],
  ])("a standard cited beside it still argues (%s): %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("met");
    expect(evidenceOf(language, text, "argued").join(" ")).not.toMatch(
      /Prisons Act|code pénitentiaire|Ley General/
    );
  });
});

describe("targeted: a State called by its name, or 'the country', is the State", () => {
  it.each<Case>([
    ["en", "The Subcommittee encourages Ireland to publish the report on its visit."],
    ["en", "The Committee recommends that Luxembourg amend article 3 of the Immigration Act."],
    [
      "en",
      "The Committee urges the country to adopt the bill on the national preventive mechanism.",
    ],
    ["fr", "Le Sous-Comité encourage le Niger à rendre public le rapport de sa visite."],
    ["fr", "Il est recommandé au Luxembourg de modifier l'article 3 de la loi sur l'immigration."],
    ["fr", "Le Comité demande au pays d'accélérer l'adoption de la loi sur le mécanisme national."],
    ["es", "El Subcomité alienta al Paraguay a publicar el informe de su visita."],
    ["es", "Se recomienda a Chile que modifique el artículo 3 de la Ley de Migraciones."],
    ["es", "El Comité pide al país que acelere la aprobación de la ley del mecanismo nacional."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "targeted").verdict).toBe("not_met");
  });

  it.each<Case>([
    [
      "en",
      "The Committee recommends that the Ministry of Justice of Luxembourg amend the Immigration Act.",
    ],
    [
      "fr",
      "Le Sous-Comité encourage le gouvernement du Niger à rendre public le rapport de sa visite.",
    ],
    [
      "es",
      "Se recomienda al Ministerio del Interior de Chile que modifique el reglamento de las comisarías.",
    ],
  ])("a body of the State named is still an addressee (%s): %s", (language, text) => {
    expect(result(language, text, "targeted").verdict).toBe("met");
  });
});

describe("targeted: the author's hope introduces what it hopes for, not an addressee", () => {
  it.each<Case>([
    [
      "fr",
      "Le Comité espère que le prochain rapport que l'État doit présenter sera établi selon ses directives.",
    ],
    [
      "es",
      "El Comité espera que el próximo informe que el Estado debe presentar se ajuste a sus directrices.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "targeted").verdict).not.toBe("met");
  });
});

describe("targeted: the institution the report is about, when it acts, is its addressee", () => {
  it.each<Case>([
    ["en", "The prison should provide a full working day for every man held."],
    ["fr", "L'établissement doit proposer une activité rémunérée à chaque personne détenue."],
    ["es", "El centro debe ofrecer una actividad remunerada a cada persona interna."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "targeted").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Every prison should provide a full working day for every man held."],
    ["en", "The prison should be cleaned every day."],
    ["fr", "Chaque établissement doit proposer une activité rémunérée à chaque personne détenue."],
    ["fr", "L'établissement doit disposer d'un médecin chaque jour."],
    ["es", "Cada centro debe ofrecer una actividad remunerada a cada persona interna."],
    ["es", "El centro debe contar con un médico todos los días."],
  ])("not when it is any of them, or only a place (%s): %s", (language, text) => {
    expect(result(language, text, "targeted").verdict).not.toBe("met");
  });
});

describe("rootcause: publishing the visit's own report, or fitting out one space, is done once", () => {
  it.each<Case>([
    ["en", "The Subcommittee recommends that the State party make the present report public."],
    ["en", "Provide a private space for meetings with lawyers in the custody suite."],
    ["fr", "Le Sous-Comité encourage l'État partie à rendre public le présent rapport."],
    ["fr", "Aménager un espace confidentiel pour les entretiens avec les avocats au commissariat."],
    ["es", "El Subcomité alienta al Estado parte a hacer público el presente informe."],
    ["es", "Habilitar un espacio reservado para las entrevistas con abogados en la comisaría."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "rootcause").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "Publish an annual report on the use of restraint in all police stations."],
    ["fr", "Publier un rapport annuel sur le recours à la contention dans tous les commissariats."],
    ["es", "Publicar un informe anual sobre el uso de la contención en todas las comisarías."],
  ])("a report on a practice everywhere is not (%s): %s", (language, text) => {
    expect(result(language, text, "rootcause").verdict).toBe("met");
  });
});

describe("argued: the body named as the author of the recommendation is not a standard it cites", () => {
  it.each<Case>([
    ["en", "The CPT encourages the authorities to install a call bell in every cell."],
    [
      "fr",
      "Le Comité européen pour la prévention de la torture (CPT) invite les autorités à mettre fin à l'isolement des mineurs.",
    ],
    ["fr", "Le CPT appelle les autorités à installer un bouton d'appel dans chaque cellule."],
    ["es", "El CPT exhorta a las autoridades a instalar un timbre en cada celda."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("not_met");
  });

  it.each<Case>([
    [
      "en",
      "In line with Rule 45 of the Nelson Mandela Rules, the CPT encourages the authorities to end the isolation of children.",
    ],
    [
      "fr",
      "Conformément à la règle 45 des Règles Nelson Mandela, le CPT invite les autorités à mettre fin à l'isolement des mineurs.",
    ],
    [
      "es",
      "De conformidad con la regla 45 de las Reglas Nelson Mandela, el CPT exhorta a las autoridades a poner fin al aislamiento de los menores.",
    ],
  ])("a standard cited before it still argues (%s): %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("met");
  });
});

describe("achievable: guaranteeing that no harm others may cause ever happens is absolute", () => {
  it.each<Case>([
    [
      "en",
      "The authorities should ensure that there are no reprisals against detainees who spoke to the delegation.",
    ],
    [
      "en",
      "The Ministry should ensure that complainants, witnesses and their relatives are protected from any act of intimidation.",
    ],
    [
      "fr",
      "Les autorités doivent veiller à ce qu'il n'y ait aucune représaille contre les détenus qui ont parlé à la délégation.",
    ],
    [
      "fr",
      "Le ministère doit veiller à ce que les plaignants, les témoins et leurs proches soient protégés contre tout acte d'intimidation.",
    ],
    [
      "es",
      "Las autoridades deben garantizar que no haya represalias contra los detenidos que hablaron con la delegación.",
    ],
    [
      "es",
      "El Ministerio debe garantizar que los denunciantes, los testigos y sus familiares estén protegidos contra todo acto de intimidación.",
    ],
    [
      "en",
      "The State party should ensure that no one is subjected to ill-treatment in police custody.",
    ],
    [
      "fr",
      "L'État partie doit veiller à ce que personne ne soit soumis à des mauvais traitements en garde à vue.",
    ],
    [
      "es",
      "El Estado debe garantizar que ninguna persona sea sometida a malos tratos bajo custodia policial.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "achievable").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "The Director should ensure that there are no more than two detainees in each cell."],
    [
      "en",
      "The Director should ensure that no detainee is held in the cells for more than 24 hours.",
    ],
    ["fr", "Le directeur doit veiller à ce qu'il n'y ait pas plus de deux détenus par cellule."],
    ["es", "El Director debe garantizar que no haya más de dos detenidos por celda."],
  ])("a bound is not absolute (%s): %s", (language, text) => {
    expect(result(language, text, "achievable").verdict).toBe("met");
  });
});

describe("prioritised: speed asked for as such is a priority signal", () => {
  it.each<Case>([
    [
      "en",
      "The Ministry of Justice should expedite the adoption of the bill on the preventive mechanism.",
    ],
    [
      "fr",
      "Le ministère de la Justice doit accélérer l'adoption de la loi sur le mécanisme de prévention.",
    ],
    [
      "es",
      "El Ministerio de Justicia debe acelerar la aprobación de la ley del mecanismo de prevención.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });
});

describe("targeted: a recommendation or letter addressed to someone names them; a supervisor or a judge is a post", () => {
  it.each<Case>([
    [
      "en",
      "In a letter sent to the Chief Constable, the NPM asked for a written policy on spit hoods.",
    ],
    [
      "fr",
      "Dans un courrier adressé à la directrice interrégionale, le Contrôleur a relevé l'absence de registre.",
    ],
    [
      "es",
      "En una nota enviada a la Secretaría de Estado, el Mecanismo pidió un registro de todos los traslados.",
    ],
    ["en", "Every new arrival should be seen within a week by their offender supervisor."],
    ["en", "The sentencing judge should review every remand in custody after 30 days."],
    ["fr", "Le juge des libertés doit contrôler chaque mesure d'isolement au-delà de 48 heures."],
    ["es", "El juez de vigilancia penitenciaria debe visitar el centro cada mes."],
    ["fr", "Chaque arrivant doit être reçu dans la semaine par son superviseur de probation."],
    [
      "es",
      "Cada persona que ingresa debe ser atendida en la semana por su supervisor de tratamiento.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "targeted").verdict).toBe("met");
  });
});

describe("rootcause: a national body's one-off step is not systemic; funds, legislative measures and training are levers", () => {
  it.each<Case>([
    ["en", "The Government should publish the present report."],
    ["fr", "Le Gouvernement devrait publier le présent rapport."],
    ["es", "El Gobierno debería publicar el presente informe."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "rootcause").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "The Government should allocate funds to the construction of a new prison."],
    ["fr", "Le Gouvernement doit allouer des fonds à la construction d'une nouvelle prison."],
    ["es", "El Gobierno debe asignar fondos a la construcción de una nueva prisión."],
    ["fr", "Le ministère doit prendre les mesures législatives nécessaires."],
    ["es", "Capacitar al personal de custodia en técnicas de desescalada."],
  ])("a lever is named (%s): %s", (language, text) => {
    expect(result(language, text, "rootcause").verdict).toBe("met");
  });
});

describe("targeted: the operative part of a decision, as an infinitive or imperative frame, names its addressee", () => {
  it.each<Case>([
    ["en", "Recommend that the Chief Constable issue written guidance on the use of spit hoods."],
    ["en", "Request the Health Board to appoint a lead nurse for the custody suites."],
    [
      "fr",
      "Recommander au directeur de l'établissement d'afficher le règlement intérieur dans chaque aile.",
    ],
    [
      "es",
      "RECOMENDAR al Director Nacional del Servicio Penitenciario que instale un timbre en cada celda.",
    ],
    [
      "es",
      "2. Solicitar a la Dirección General de Instituciones Penitenciarias que publique el reglamento.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "targeted").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Give detainees a form to request the court to review their placement."],
    ["fr", "Remettre aux détenus un formulaire pour demander au juge de revoir leur placement."],
    [
      "es",
      "Facilitar a los internos un formulario para solicitar al juez que revise su clasificación.",
    ],
  ])("not inside the ask, where the persons ask someone (%s): %s", (language, text) => {
    expect(result(language, text, "targeted").verdict).not.toBe("met");
  });
});

describe("timebound: the end of a period, a part of a year or a bound on the time given is a deadline", () => {
  it.each<Case>([
    [
      "en",
      "The Governor should install call bells in all cells within a period not exceeding three months.",
    ],
    ["en", "The Governor should install call bells in all cells within a period of three months."],
    [
      "fr",
      "La direction doit installer des boutons d'appel dans toutes les cellules dans un délai n'excédant pas trois mois.",
    ],
    [
      "fr",
      "La direction doit installer des boutons d'appel dans toutes les cellules au cours du premier semestre 2027.",
    ],
    [
      "fr",
      "La direction doit installer des boutons d'appel dans toutes les cellules avant la fin du premier trimestre 2027.",
    ],
    ["es", "La Dirección debe instalar timbres en todas las celdas antes de fin de año."],
    [
      "es",
      "La Dirección debe instalar timbres en todas las celdas antes de finalizar el presente año.",
    ],
    [
      "es",
      "La Dirección debe instalar timbres en todas las celdas durante el primer semestre de 2027.",
    ],
    ["es", "La Dirección debe instalar timbres en todas las celdas en el transcurso de 2027."],
    [
      "es",
      "La Dirección debe instalar timbres en todas las celdas en un plazo no superior a tres meses.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "timebound").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Detainees should see a doctor within a period of 24 hours of admission."],
    [
      "fr",
      "Chaque arrivant doit être examiné par un médecin dans un délai n'excédant pas 24 heures après son arrivée.",
    ],
    [
      "es",
      "Cada persona detenida debe ser examinada por un médico en un plazo no superior a 24 horas tras su ingreso.",
    ],
  ])("not a limit each step must meet (%s): %s", (language, text) => {
    expect(result(language, text, "timebound").verdict).toBe("not_met");
  });
});

describe("prioritised: priority, care not to cause a harm, and interim measures while works go on", () => {
  it.each<Case>([
    ["en", "As a matter of priority, the Governor should install call bells in every cell."],
    [
      "en",
      "The Governor should install call bells in every cell, taking care not to reduce the daylight.",
    ],
    [
      "en",
      "While the renovation is carried out, the Governor should provide heaters in every cell.",
    ],
    [
      "fr",
      "La direction doit installer des boutons d'appel, en veillant à ne pas réduire la lumière naturelle.",
    ],
    [
      "fr",
      "Pendant la durée des travaux, la direction doit fournir des radiateurs dans chaque cellule.",
    ],
    [
      "es",
      "La Dirección debe instalar timbres en todas las celdas, cuidando de no reducir la luz natural.",
    ],
    ["es", "Mientras se realizan las obras, la Dirección debe proporcionar estufas en cada celda."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Record every round in the custody register while detainees remain in the cells."],
    ["fr", "Consigner chaque ronde dans le registre pendant que les personnes restent en cellule."],
    [
      "es",
      "Garantizar la anotación de las rondas mientras permanecen en las dependencias policiales.",
    ],
  ])("a time during which a routine step happens is no priority (%s): %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("not_met");
  });
});

describe("prioritised: a risk named as a noun is one to watch; a case described by the verb 'risquer de' is not", () => {
  it.each<Case>([
    ["en", "Assess the risk of suicide of every new arrival."],
    ["fr", "Évaluer le risque de suicide de chaque arrivant."],
    ["es", "Evaluar el riesgo de suicidio de cada persona que ingresa."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });

  it("fr: the verb after its subject describes a case", () => {
    const text =
      "Le directeur doit signaler au juge, chaque semaine, toute personne qui risque d'être transférée.";
    expect(result("fr", text, "prioritised").verdict).toBe("not_met");
  });
});

describe("argued: an existing requirement named by its subject is a basis", () => {
  it.each<Case>([
    [
      "en",
      "Night staff should ensure that the required 30-minute observations of at-risk prisoners are recorded.",
    ],
    ["en", "Cells should be checked in line with the intervals set by the custody inspector."],
    [
      "fr",
      "Consigner chaque ronde, conformément aux intervalles fixés par le chef d'établissement.",
    ],
    [
      "es",
      "Anotar cada ronda en el libro registro conforme a los tiempos establecidos por el jefe de la dependencia.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("met");
  });
});

describe("argued: an existing law named by its subject is a basis; the law the ask adopts or amends is not", () => {
  it.each<Case>([
    [
      "en",
      "The Ministry should expedite the implementation of the law establishing the national preventive mechanism.",
    ],
    [
      "fr",
      "Le ministère doit accélérer l'application de la loi créant le mécanisme national de prévention.",
    ],
    [
      "es",
      "El Ministerio debe acelerar la aplicación de la ley que crea el mecanismo nacional de prevención.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Amend the law on the national preventive mechanism to give it its own budget."],
    [
      "fr",
      "Modifier la loi relative au mécanisme national de prévention pour lui donner un budget propre.",
    ],
    [
      "es",
      "Modificar la ley sobre el mecanismo nacional de prevención para dotarlo de un presupuesto propio.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("not_met");
  });
});

describe("timebound and prioritised: urgency as a kind of care, case or call is neither a deadline nor a priority", () => {
  it.each<Case>([
    ["en", "Ensure that detainees have access to urgent medical care at night."],
    ["fr", "Garantir aux personnes détenues l'accès à des soins urgents la nuit."],
    ["fr", "Installer un bouton d'appel d'urgence dans chaque cellule."],
    ["es", "Garantizar a los internos la atención médica urgente durante la noche."],
    ["es", "Instalar un timbre para llamadas de urgencia en cada celda."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "timebound").verdict).toBe("not_met");
    expect(result(language, text, "prioritised").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "Urgent action should be taken to repair the heating in every cell."],
    ["fr", "Prendre des mesures d'urgence pour réparer le chauffage dans chaque cellule."],
    ["es", "Es urgente reparar la calefacción de todas las celdas."],
  ])("urgency of the ask still is (%s): %s", (language, text) => {
    expect(result(language, text, "timebound").verdict).toBe("met");
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });
});

describe("prioritised: waiting for a step is an interim measure; waiting for trial or removal is a legal status", () => {
  it.each<Case>([
    ["en", "Pending installation of call bells, night staff should check each cell every hour."],
    [
      "fr",
      "Dans l'attente de l'installation des boutons d'appel, le personnel de nuit doit contrôler chaque cellule toutes les heures.",
    ],
    [
      "es",
      "En espera de la instalación de timbres, el personal de noche debe revisar cada celda cada hora.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Persons held pending deportation should not be placed in police cells."],
    [
      "fr",
      "Les personnes dans l'attente de leur éloignement ne doivent pas être placées en cellule de police.",
    ],
    ["es", "Las personas en espera de deportación no deben ser alojadas en calabozos policiales."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("not_met");
  });
});

describe("targeted: a call on someone names them", () => {
  it.each<Case>([
    [
      "en",
      "The NPM calls for the Ministry of Health to appoint a psychiatrist for every remand centre.",
    ],
    [
      "fr",
      "Le MNP appelle le ministère de la Santé à nommer un psychiatre dans chaque maison d'arrêt.",
    ],
    [
      "es",
      "El Mecanismo hace un llamado al Ministerio de Salud para que designe un psiquiatra en cada centro.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "targeted").verdict).toBe("met");
  });

  it("en: a call for an end to a practice names no one", () => {
    expect(
      result("en", "The NPM calls for an end to the use of spit hoods.", "targeted").verdict
    ).not.toBe("met");
  });
});

describe("targeted: an institution called by its name, with no article, is the addressee", () => {
  it.each<Case>([
    ["en", "Ormsby Prison should provide a laundry on every landing."],
    ["en", "Recommendation 9: Ormsby Prison should provide a laundry on every landing."],
    ["en", "Westcombe Hospital must review its seclusion policy by June."],
    ["en", "Tarnley Police should install cameras in every custody cell."],
    ["en", "The Tarnley Police Service should install cameras in every custody cell."],
    ["fr", "Centre pénitentiaire de Lormont doit installer une laverie dans chaque aile."],
    ["fr", "Le centre pénitentiaire de Lormont doit installer une laverie dans chaque aile."],
    ["es", "Centro Penitenciario de Teruel debe instalar una lavandería en cada módulo."],
    ["es", "El Centro Penitenciario de Teruel debe instalar una lavandería en cada módulo."],
  ])("%s: %s", (language, text) => {
    const targeted = result(language, text, "targeted");
    expect(targeted.verdict).toBe("met");
    expect(evidenceOf(language, text, "targeted").join(" ")).toMatch(
      /Ormsby|Westcombe|Tarnley|Lormont|Teruel/
    );
  });

  it.each<Case>([
    // a heading that names the place, before the ask, is not its subject
    ["fr", "Centre pénitentiaire de Lormont : afficher le règlement intérieur dans chaque aile."],
    ["es", "Centro Penitenciario de Teruel: publicar el reglamento interno en cada módulo."],
    // places in general, not one called by its name
    ["en", "Local prisons should provide a laundry on every landing."],
  ])("%s: %s names no one", (language, text) => {
    expect(result(language, text, "targeted").verdict).not.toBe("met");
  });
});

describe("targeted: a bare subjunctive after a recommending frame or a label has its subject as addressee", () => {
  it.each<[string, string]>([
    ["The Inspectorate recommends: The Minister appoint an independent monitor.", "The Minister"],
    ["The CCS appoint a deputy director for women's custody.", "The CCS"],
    [
      "Recommendation 2: The State Government and the Department of Justice prioritise and fund a new remand centre.",
      "The State Government and the Department of Justice",
    ],
    ["Recommendation 4: The Department review meal portions at Ormsby Prison.", "The Department"],
    [
      "The Inspectorate recommends: The Custodial Service of Wessex (CSW) secure and commit funding for night nurses.",
      "The Custodial Service of Wessex",
    ],
    ["That the Department review meal portions at Ormsby Prison.", "the Department"],
    ["The CCS overhaul procedures for complaints by prisoners.", "The CCS"],
    [
      "The Prison Service prioritise repairs to the showers on the east wing.",
      "The Prison Service",
    ],
  ])("en: %s", (text, subject) => {
    const targeted = result("en", text, "targeted");
    expect(targeted.verdict).toBe("met");
    expect(evidenceOf("en", text, "targeted")[0]).toContain(subject);
    expect(result("en", text, "specific").verdict).toBe("met");
  });

  it.each<Case>([
    // no one in particular
    ["en", "Recommendation 2: The State party review its legislation on remand."],
    ["en", "The Inspectorate recommends: the authorities review the legislation on remand."],
    // statements, not asks: a verb with -s, a noun after a possessive, a finite verb after a noun
    ["en", "The Director of Ormsby Prison appoints a new deputy every year."],
    ["en", "The Board's report notes an increase in self-harm."],
    ["en", "The CPT review found that cells were dirty."],
  ])("%s: %s names no one", (language, text) => {
    expect(result(language, text, "targeted").verdict).not.toBe("met");
  });

  // French and Spanish say the subjunctive after "que", which is read as a frame
  it.each<Case>([
    ["fr", "Que la direction du centre pénitentiaire de Lormont revoie le règlement intérieur."],
    ["es", "Que el Centro Penitenciario de Teruel publique el reglamento interno en cada módulo."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "targeted").verdict).toBe("met");
  });
});

describe("prioritised: a safeguard the way of doing it must keep is a risk to watch", () => {
  it.each<Case>([
    [
      "en",
      "Keep a central list of everyone held in the custody suites, while applying appropriate data protection and confidentiality measures.",
    ],
    [
      "en",
      "Westmoor Prison should offer family days to fathers on the remand wing, following an individual risk assessment.",
    ],
    ["en", "Provide detainees with hand sanitiser, with the appropriate safety measures."],
    [
      "fr",
      "Tenir un registre central de toutes les personnes retenues, en appliquant les mesures de protection des données requises.",
    ],
    [
      "fr",
      "Mettre du gel hydroalcoolique à la disposition des personnes détenues, avec les mesures de sécurité appropriées.",
    ],
    [
      "es",
      "Facilitar a los internos del módulo 3 mascarillas de tela, con las medidas de seguridad oportunas.",
    ],
    [
      "es",
      "Extender el trabajo a distancia del personal administrativo, adoptando las medidas de protección de datos necesarias.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });

  it.each<Case>([
    // the safeguard is the ask itself, not a way of doing another ask
    ["en", "The Governor should review the security measures of the visits hall."],
    ["fr", "Le directeur devrait revoir les mesures de sécurité du parloir."],
    ["es", "El director debería revisar las medidas de seguridad de la sala de visitas."],
    // a risk assessment done at a routine step is its subject, not a precondition of the ask
    ["en", "All risk assessments at reception should be carried out in a private room."],
  ])("a safeguard that is what is asked is no priority (%s): %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("not_met");
  });
});

describe("prioritised: a part of the ask singled out for particular attention", () => {
  it.each<Case>([
    [
      "en",
      "The Service should overhaul its grievance procedures, with particular attention to complaints of bullying.",
    ],
    [
      "en",
      "Staff should review the menus with the kitchen, with a specific focus on prisoners who follow a medical diet.",
    ],
    [
      "fr",
      "Faire valider les menus par l'unité sanitaire, avec une attention toute particulière pour les personnes soumises à un régime.",
    ],
    [
      "fr",
      "Réviser la procédure des requêtes en mettant l'accent sur les plaintes de harcèlement.",
    ],
    ["es", "Revisar el procedimiento de quejas, con especial atención a las denuncias de acoso."],
    [
      "es",
      "Revisar los menús con el servicio médico, poniendo el énfasis en las personas con dieta prescrita.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });

  it.each<Case>([
    [
      "en",
      "Management should ensure a greater focus on what detainees understand of their rights.",
    ],
    ["es", "Revisar el procedimiento de quejas y responder a cada queja por escrito."],
    // attention paid as the whole ask singles no part of it out
    ["en", "The Governor should pay particular attention to cleanliness in the kitchens."],
    ["fr", "Le directeur devrait porter une attention particulière à la propreté des cuisines."],
    ["es", "El director debería prestar especial atención a la limpieza de las cocinas."],
  ])("a general focus or none is no priority (%s): %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("not_met");
  });

  it("names the words that single the part out", () => {
    const text =
      "Revisar el procedimiento de quejas, con especial atención a las denuncias de acoso.";
    expect(evidenceOf("es", text, "prioritised").join(" ")).toMatch(/especial atención/);
  });
});

describe("argued: a state the visit found, named by the judgement on it", () => {
  it.each<Case>([
    ["en", "The poor sanitary conditions in B Wing should be remedied within three months."],
    [
      "en",
      "A cut in the present levels of severe overcrowding should be planned for the whole estate.",
    ],
    ["en", "The unacceptable state of the exercise yards should be remedied."],
    [
      "en",
      "The Service should revise the contract for health care in the light of the deficiencies identified in the audit.",
    ],
    ["fr", "Rénover les cellules du quartier B. Leur état est inacceptable."],
    ["fr", "Le mauvais état des sanitaires du quartier des mineurs devrait être réparé."],
    [
      "fr",
      "Revoir le marché de restauration au vu des carences relevées dans les cuisines de l'établissement.",
    ],
    ["es", "Reformar los aseos del módulo 2, cuyo mal estado impide su uso."],
    [
      "es",
      "Revisar el contrato de limpieza a la vista de las graves carencias detectadas en las celdas.",
    ],
    ["es", "Reparar las duchas del módulo 3, que se encuentran en un estado inaceptable."],
  ])("%s: %s", (language, text) => {
    const argued = result(language, text, "argued");
    expect(argued.verdict).toBe("met");
    expect(argued.basis).toBe("finding");
  });

  it.each<Case>([
    // a problem named with no judgement on a state found
    ["en", "Appropriate measures should be taken to address overcrowding."],
    ["en", "Poor behaviour by prisoners should be managed without transfers out."],
    ["fr", "Prendre des mesures pour lutter contre la surpopulation."],
    ["es", "Adoptar medidas para abordar el problema del hacinamiento."],
  ])("a problem with no judgement on what was found argues nothing (%s): %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("not_met");
  });

  it("es: the judgement argues the ask without being a goal the ask is the way to", () => {
    const text = "Reparar las duchas del módulo 3, que se encuentran en un estado inaceptable.";
    expect(evidenceOf("es", text, "argued").join(" ")).toMatch(/inaceptable/);
  });
});

describe("argued: a person's health or a kind of conduct is no finding on the place", () => {
  it.each<Case>([
    ["en", "Staff should challenge unacceptable behaviour on the wings."],
    ["fr", "Le personnel devrait reprendre les comportements inacceptables."],
    ["es", "El personal debería corregir las conductas inaceptables."],
    ["en", "Prisoners in a poor state of health should be seen by a doctor on arrival."],
    [
      "fr",
      "Les personnes en mauvais état de santé devraient être vues par un médecin à l'arrivée.",
    ],
    ["es", "Las personas en mal estado de salud deberían ser vistas por un médico al ingresar."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("not_met");
  });
});

describe("targeted: a heading that names the addressee of the numbered items under it", () => {
  it.each<[Language, string, string]>([
    [
      "en",
      "For the Area Director 3.2 Night sanitation should be provided in every hall (paragraph 4.1).",
      "the Area Director",
    ],
    [
      "en",
      "For Westmoor HQ/Governor 7.4 A second nurse should be on duty at night (paragraph 6.2).",
      "Westmoor HQ/Governor",
    ],
    [
      "fr",
      "À l'attention du directeur interrégional 2.1 Les douches du quartier B devraient être rénovées.",
      "directeur",
    ],
    [
      "es",
      "A la Dirección General de Ejecución Penal 4.2 Deberían repararse las duchas del módulo 3.",
      "Dirección",
    ],
  ])("%s: %s", (language, text, addressee) => {
    const targeted = result(language, text, "targeted");
    expect(targeted.verdict).toBe("met");
    expect(evidenceOf(language, text, "targeted").join(" ")).toContain(addressee);
  });

  it.each<[Language, string, string]>([
    [
      "en",
      "For the Governor of Westmoor Prison",
      "5.1 Night sanitation should be provided in every hall.",
    ],
    [
      "fr",
      "À l'attention de la direction de la maison d'arrêt",
      "1. Les douches devraient être rénovées.",
    ],
    [
      "es",
      "Para la Secretaría General de Instituciones Penitenciarias",
      "1. Deberían repararse las duchas del módulo 3.",
    ],
  ])("the heading on its own line before the item (%s): %s", (language, context, text) => {
    const targeted = checkRecommendation({ text, context }, { language }).criteria.targeted;
    expect(targeted.verdict).toBe("met");
  });

  it.each<[Language, string, string]>([
    ["en", "Addressee: Ministry of Justice", "Install a call bell in every cell."],
    ["en", "Responsible authority: Head of the station", "Provide every detainee with a mattress."],
    [
      "fr",
      "Responsable : Direction de l'administration pénitentiaire",
      "Installer un bouton d'appel dans chaque cellule.",
    ],
    [
      "es",
      "Responsable: Secretaría General de Instituciones Penitenciarias",
      "Instalar un timbre en cada celda.",
    ],
  ])(
    "the addressee cell of a table row, read as a labelled line (%s): %s",
    (language, context, text) => {
      const targeted = checkRecommendation({ text, context }, { language }).criteria.targeted;
      expect(targeted.verdict).toBe("met");
      expect(targeted.contextEvidence.map(([s, e]) => context.slice(s, e)).join(" ")).not.toMatch(
        /Addressee|Responsable?|authority:/
      );
    }
  );

  it.each<[Language, string, string]>([
    ["en", "Addressee: the authorities", "Install a call bell in every cell."],
    ["fr", "Responsable : les autorités", "Installer un bouton d'appel dans chaque cellule."],
    ["es", "Responsable: las autoridades competentes", "Instalar un timbre en cada celda."],
  ])(
    "a labelled line naming only 'the authorities' names no addressee (%s): %s",
    (language, context, text) => {
      const targeted = checkRecommendation({ text, context }, { language }).criteria.targeted;
      expect(targeted.verdict).toBe("not_met");
    }
  );

  it.each<Case>([
    ["en", "For prisoners on remand 2.1 Visits should be offered every day."],
    ["en", "14.1 A reduction in overcrowding should be achieved on a strategic basis."],
    ["fr", "Aux personnes détenues 2.1 Les douches devraient être rénovées."],
    ["es", "Para los internos del módulo 3 4.1 Deberían repararse las duchas."],
  ])(
    "a heading that names no one, or none at all, names no addressee (%s): %s",
    (language, text) => {
      expect(result(language, text, "targeted").verdict).not.toBe("met");
    }
  );
});

describe("prioritised: the ask made a priority, in English as in French and Spanish", () => {
  it.each<Case>([
    ["en", "Ending the use of unfurnished cells should be a priority."],
    ["en", "The SPS should make the refurbishment of B Hall a priority."],
    ["en", "The refurbishment of B Hall should be made a key priority for the estate."],
    ["fr", "La rénovation des douches devrait être une priorité."],
    ["es", "La reforma de los aseos del módulo 3 debería ser una prioridad."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Prisoners in a priority group should be offered the vaccine."],
    ["en", "The Governor should make the kitchen a clean place."],
  ])("a kind of group, or no priority, is not one (%s): %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("not_met");
  });
});

describe("argued: an instrument named by its title is a standard, unless the ask changes it", () => {
  it.each<Case>([
    ["en", "The Department should review catering against the 2015 National Dietary Guidelines."],
    ["en", "The Prison Rules require daylight in every cell; cells in B Hall should have windows."],
    ["fr", "Revoir les menus au regard des Recommandations nationales de nutrition de 2015."],
    ["es", "Revisar los menús a la luz de las Directrices Nacionales de Alimentación de 2015."],
  ])("%s: %s", (language, text) => {
    const argued = result(language, text, "argued");
    expect(argued.verdict).toBe("met");
    expect(argued.basis).toBe("standard");
  });

  it.each<Case>([
    ["en", "The SPS should amend the Prison Rules to allow two hours of exercise a day."],
    ["en", "New Guidelines on the use of restraint should be written."],
    ["fr", "Revoir les menus au regard des besoins des personnes détenues."],
    ["es", "Revisar los menús a la luz de las necesidades de los internos."],
  ])("no title, or the title the ask changes, is no standard (%s): %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("not_met");
  });
});

describe("timebound: a period of the reporting or budget cycle, the current one or the next", () => {
  it.each<Case>([
    ["en", "The State party should, during the upcoming review period, track data on complaints."],
    [
      "en",
      "The SPS should complete the refurbishment of B Hall within the current financial year.",
    ],
    ["en", "The SPS should complete the refurbishment of B Hall before the next inspection."],
    ["fr", "Achever la rénovation du quartier B au cours de l'exercice budgétaire 2027."],
    ["fr", "Achever la rénovation du quartier B avant la prochaine inspection."],
    ["es", "Completar la reforma del módulo 3 en el presente ejercicio presupuestario."],
    ["es", "Recopilar datos sobre las quejas durante el próximo período de examen."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "timebound").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Staff training should be covered in the next review of the policy."],
    ["fr", "La formation du personnel devrait figurer dans la prochaine révision de la politique."],
    ["es", "La formación del personal debería incluirse en la próxima revisión del protocolo."],
  ])("a next step named with no period is no timeframe (%s): %s", (language, text) => {
    expect(result(language, text, "timebound").verdict).toBe("not_met");
  });
});

describe("argued: Spanish cites a rule by the verb that prescribes it, as French and English do", () => {
  it.each<Case>([
    ["es", "Registrar cada contención, según establece el Protocolo de contenciones del centro."],
    ["es", "Registrar cada contención, tal como exige el Reglamento Penitenciario."],
    ["es", "Registrar cada contención, tal y como recoge el protocolo del centro."],
    ["fr", "Consigner chaque contention, comme l'exige le Code de la santé publique."],
    ["en", "Every use of restraint should be recorded, as the Prison Rules require."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("met");
  });

  it("es: a person who decides is no rule", () => {
    const text = "Registrar cada contención según establezca la dirección del centro.";
    expect(result("es", text, "argued").verdict).toBe("not_met");
  });
});

describe("a 'by' that opens a date is a deadline, not the agent of a passive", () => {
  it.each<[string, string]>([
    ["A new visits policy should be written and published by March 2027.", "by March 2027"],
    ["The policy should be published by 31 December.", "by 31 December"],
    ["Staff should be trained by June.", "by June"],
    ["The register should be introduced before the end of March.", "before the end of March"],
  ])("en: %s", (text, deadline) => {
    expect(result("en", text, "targeted").verdict).toBe("not_met");
    expect(result("en", text, "timebound").verdict).toBe("met");
    expect(evidenceOf("en", text, "timebound")).toEqual([deadline]);
  });

  it("en: an agent before the date is still the addressee", () => {
    const text = "The policy should be reviewed by the Governor by March 2027.";
    expect(evidenceOf("en", text, "targeted")).toEqual(["the Governor"]);
    expect(evidenceOf("en", text, "timebound")).toEqual(["by March 2027"]);
  });

  it.each<[Language, string, string]>([
    ["fr", "Le règlement devrait être publié par la direction d’ici mars 2027.", "la direction"],
    [
      "es",
      "La política debería ser publicada por la Dirección antes de marzo de 2027.",
      "la Dirección",
    ],
  ])("%s: the agent is still read beside a date: %s", (language, text, agent) => {
    expect(evidenceOf(language, text, "targeted")).toEqual([agent]);
    expect(result(language, text, "timebound").verdict).toBe("met");
  });
});
