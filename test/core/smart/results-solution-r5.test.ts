/**
 * Classes of reading that decide `results` and `solution` on published recommendations, in
 * English, French and Spanish (round 5). The sentences are written for these tests.
 */
import { checkRecommendation, type CriterionKey } from "../../../src/core/smart";
import type { Language } from "../../../src/core/language";

type Case = [Language, string];

function verdict(language: Language, text: string, key: CriterionKey) {
  return checkRecommendation({ text }, { language }).criteria[key].verdict;
}

describe("a purpose after a clause that only says something exists is the ask's purpose", () => {
  it.each<Case>([
    [
      "en",
      "Keep an officer on the landing of the segregation unit when there are prisoners to prevent assaults going unnoticed.",
    ],
    [
      "fr",
      "Maintenir un agent dans le couloir du quartier disciplinaire lorsqu'il y a des personnes détenues pour éviter que les agressions passent inaperçues.",
    ],
    [
      "es",
      "Mantener un agente en el pasillo del módulo de aislamiento cuando hay internos para evitar que las agresiones pasen desapercibidas.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("met");
    expect(verdict(language, text, "solution")).toBe("met");
  });

  // a subordinate clause with an action of its own keeps the purpose that follows it
  it.each<Case>([
    ["en", "Keep an officer on the landing when prisoners are moved to prevent congestion."],
    [
      "fr",
      "Maintenir un agent dans le couloir lorsque les personnes détenues sont déplacées pour éviter les encombrements.",
    ],
    [
      "es",
      "Mantener un agente en el pasillo cuando se traslada a los internos para evitar aglomeraciones.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("not_met");
    expect(verdict(language, text, "solution")).toBe("not_met");
  });
});

describe("solution: an action named by its noun after 'by' says how, as a gerund does", () => {
  it.each<Case>([
    [
      "en",
      "Contact with families should be improved by an increase in the number of telephones on each landing.",
    ],
    [
      "fr",
      "Le contact avec les familles doit être amélioré par une augmentation du nombre de téléphones dans chaque coursive.",
    ],
    [
      "es",
      "Mejorar el contacto con las familias con un aumento del número de teléfonos en cada módulo.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "solution")).toBe("met");
  });

  // a body named after "by" is the agent, not a means
  it.each<Case>([
    ["en", "Telephones on each landing should be checked by the maintenance team."],
    ["fr", "Les téléphones de chaque coursive doivent être vérifiés par le service technique."],
    ["es", "Los teléfonos de cada módulo deben ser revisados por el servicio de mantenimiento."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "solution")).toBe("not_met");
  });
});

describe("results: a purpose connector may carry a qualifying adjective", () => {
  it.each<Case>([
    ["en", "Revise the visits timetable with the specific aim of lengthening visits at weekends."],
    [
      "fr",
      "Réviser les horaires des parloirs dans le seul but d'allonger les visites le week-end.",
    ],
    [
      "es",
      "Revisar el horario de visitas con el objetivo concreto de alargar las visitas de fin de semana.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("met");
  });

  it.each<Case>([
    ["en", "Revise the visits timetable at weekends."],
    ["fr", "Réviser les horaires des parloirs le week-end."],
    ["es", "Revisar el horario de visitas de fin de semana."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("not_met");
  });
});

describe("solution: a model to follow is a concrete option for how the change is made", () => {
  it.each<Case>([
    ["en", "Develop a visits booking system on the lines of the one used at Ashgrove prison."],
    ["en", "Develop a visits booking system modelled on the one used at Ashgrove prison."],
    [
      "fr",
      "Mettre en place un système de réservation des parloirs sur le modèle de celui du centre de Lille.",
    ],
    [
      "es",
      "Implantar un sistema de cita previa para las visitas a semejanza del que funciona en el centro de Teruel.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "solution")).toBe("met");
  });

  it.each<Case>([
    ["en", "Develop a visits booking system in the prison."],
    ["fr", "Mettre en place un système de réservation des parloirs dans le centre."],
    ["es", "Implantar un sistema de cita previa para las visitas en el centro."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "solution")).toBe("not_met");
  });
});

describe("results: accountability of the perpetrators is the outcome for the persons wronged", () => {
  it.each<Case>([
    [
      "en",
      "Investigate every complaint of assault by staff and ensure that those found responsible are brought to justice.",
    ],
    [
      "en",
      "Investigate every complaint of assault by staff and ensure that the perpetrators are promptly prosecuted.",
    ],
    [
      "fr",
      "Enquêter sur chaque plainte pour violences du personnel et veiller à ce que les auteurs soient poursuivis.",
    ],
    [
      "es",
      "Investigar cada denuncia de agresiones del personal y garantizar que los autores sean juzgados.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("met");
  });

  it.each<Case>([
    ["en", "Investigate every complaint of assault by staff."],
    ["fr", "Enquêter sur chaque plainte pour violences du personnel."],
    ["es", "Investigar cada denuncia de agresiones del personal."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("not_met");
  });
});

describe("results: persons named only as what a thing is about are not its beneficiaries", () => {
  it.each<Case>([
    [
      "en",
      "Set up a shared register of information relating to prisoners with a history of self-harm.",
    ],
    [
      "fr",
      "Créer un registre commun des informations relatives aux personnes détenues suivies pour des troubles psychiques.",
    ],
    [
      "es",
      "Facilitar un registro común de la información relativa a los internos con antecedentes psiquiátricos.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("not_met");
  });

  it.each<Case>([
    ["en", "Give written information on the complaints procedure to prisoners on arrival."],
    [
      "fr",
      "Remettre aux personnes détenues une information écrite sur la procédure de plainte dès leur arrivée.",
    ],
    [
      "es",
      "Facilitar a los internos información escrita sobre el procedimiento de queja a su llegada.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("met");
  });
});

describe("results: a change in a problem persons live with, named by its noun", () => {
  it.each<Case>([
    [
      "en",
      "A reduction in the current levels of overcrowding should be achieved in the remand hall.",
    ],
    ["fr", "Une réduction de la surpopulation doit être obtenue dans le quartier des prévenus."],
    [
      "es",
      "Debe lograrse una reducción de los niveles actuales de hacinamiento en el módulo de preventivos.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("met");
  });

  it.each<Case>([
    ["en", "A reduction in staff overtime should be achieved in the remand hall."],
    [
      "fr",
      "Une réduction des heures supplémentaires du personnel doit être obtenue dans le quartier des prévenus.",
    ],
    [
      "es",
      "Debe lograrse una reducción de las horas extraordinarias del personal en el módulo de preventivos.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("not_met");
  });
});

describe("solution: an impersonal 'it' before the clause it announces is not the thing acted on", () => {
  it.each<Case>([
    [
      "en",
      "Revise the segregation guidelines so that it is clear that a doctor must be called before any placement.",
    ],
    [
      "fr",
      "Réviser les consignes sur l'isolement de sorte qu'il soit clair que le médecin doit être appelé avant tout placement.",
    ],
    [
      "es",
      "Revisar las instrucciones sobre aislamiento de modo que quede claro que se debe avisar al médico antes de cada ingreso.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "solution")).toBe("met");
  });

  it.each<Case>([
    ["en", "Revise the segregation guidelines so that it covers every unit."],
    ["fr", "Réviser le règlement sur l'isolement de sorte qu'il couvre toutes les unités."],
    ["es", "Revisar las instrucciones sobre aislamiento de modo que cubran todas las unidades."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "solution")).toBe("not_met");
  });
});

describe("results: persons' access to a service, as what an instrument governs, is their outcome", () => {
  it.each<Case>([
    [
      "en",
      "Draw up a protocol that regulates the access of victims of sexual violence to medical care.",
    ],
    ["fr", "Élaborer un protocole qui organise l'accès des victimes aux soins psychologiques."],
    ["es", "Elaborar un protocolo que regule el acceso de las víctimas a la atención psicológica."],
    [
      "es",
      "Elaborar un protocolo que regule el acceso de las víctimas de violencia de género a la atención sanitaria.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("met");
  });

  it.each<Case>([
    ["en", "Draw up a protocol that regulates the access of contractors to the workshops."],
    ["fr", "Élaborer un protocole qui organise l'accès des entreprises extérieures aux ateliers."],
    ["es", "Elaborar un protocolo que regule el acceso de las empresas externas a los talleres."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("not_met");
  });
});

describe("results: the harm to persons a fix must prevent, stated as its reason", () => {
  it.each<Case>([
    ["en", "Replace the grille in cell 3, as it could be used by detainees to harm themselves."],
    ["en", "Remove the exposed pipe in the shower room, since it poses a risk of suicide."],
    [
      "fr",
      "Réparer la grille de la cellule 3, qui pourrait être utilisée par les détenus pour se blesser.",
    ],
    [
      "es",
      "Sustituir la rejilla de la celda 3, pues podría ser utilizada por los detenidos para autolesionarse.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("met");
  });

  it.each<Case>([
    ["en", "Replace the grille in cell 3, as it could be used by staff to store keys."],
    [
      "fr",
      "Réparer la grille de la cellule 3, qui pourrait être utilisée par le personnel pour ranger les clés.",
    ],
    [
      "es",
      "Sustituir la rejilla de la celda 3, pues podría ser utilizada por el personal para guardar las llaves.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("not_met");
  });
});

describe("results: what an instruction must secure, in a relative clause, is its purpose", () => {
  it.each<Case>([
    ["en", "Issue instructions that require officers to record every search in the register."],
    [
      "fr",
      "Diffuser des instructions qui imposent aux agents de consigner chaque fouille dans le registre.",
    ],
    [
      "es",
      "Dictar instrucciones que obliguen a los agentes a anotar cada cacheo en el libro registro.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("met");
  });

  it.each<Case>([
    ["en", "Issue instructions on the searching of cells."],
    ["fr", "Diffuser des instructions sur la fouille des cellules."],
    ["es", "Dictar instrucciones sobre el cacheo de las celdas."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("not_met");
  });
});

describe("results: a state judged by what it is for persons is an outcome for them", () => {
  it.each<Case>([
    [
      "en",
      "The temperature on the landings should be kept at a level which is comfortable for prisoners.",
    ],
    ["en", "The exercise yard should be made safe for elderly prisoners."],
    [
      "fr",
      "La température des coursives doit être maintenue à un niveau confortable pour les personnes détenues.",
    ],
    [
      "es",
      "La temperatura de los módulos debe mantenerse en un nivel confortable para los internos.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("met");
  });

  it.each<Case>([
    ["en", "The temperature on the landings should be kept at a constant level."],
    ["fr", "La température des coursives doit être maintenue à un niveau constant."],
    ["es", "La temperatura de los módulos debe mantenerse en un nivel constante."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("not_met");
  });
});

describe("solution: staff or supplies provided for a stated end are the means to it", () => {
  it.each<Case>([
    ["en", "Provide the centre with enough nurses to give adequate care to patients."],
    [
      "fr",
      "Doter le centre de suffisamment de personnel soignant pour donner des soins adaptés aux patients.",
    ],
    [
      "es",
      "Dotar al centro de suficiente personal sanitario para dar una atención adecuada a los pacientes.",
    ],
    [
      "es",
      "Dotar al centro del personal sanitario suficiente para dar una atención adecuada a los pacientes.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "solution")).toBe("met");
  });

  it.each<Case>([
    ["en", "Provide the centre with enough nurses."],
    ["fr", "Doter le centre de suffisamment de personnel soignant."],
    ["es", "Dotar al centro de suficiente personal sanitario."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "solution")).toBe("not_met");
  });
});

describe("solution: an instrument amended together with what it must state", () => {
  it.each<Case>([
    [
      "en",
      "Amend the Instruction on mechanical restraint and state expressly that doctors must send injury reports to the court.",
    ],
    [
      "fr",
      "Modifier la circulaire sur la contention et préciser expressément que les médecins doivent transmettre les certificats au parquet.",
    ],
    [
      "es",
      "Modificar la Instrucción sobre sujeciones mecánicas e indicar expresamente la obligación de los médicos de remitir los partes al juzgado.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "solution")).toBe("met");
  });

  // the instrument alone, with nothing said of what it must state, names no way to the change
  it.each<Case>([
    ["en", "Amend the Instruction on mechanical restraint."],
    ["fr", "Modifier la circulaire sur la contention."],
    ["es", "Modificar la Instrucción sobre sujeciones mecánicas."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "solution")).toBe("not_met");
  });
});

describe("results: a clause that only extends the thing acted on is no outcome", () => {
  it.each<Case>([
    ["en", "Extend the CCTV in the unit so that it covers the corridors and the yard."],
    [
      "fr",
      "Étendre la vidéosurveillance du quartier de sorte qu'elle couvre les couloirs et la cour.",
    ],
    [
      "es",
      "Ampliar la videovigilancia del módulo de manera que se haga extensible a los pasillos y al patio.",
    ],
    [
      "es",
      "Ampliar la videovigilancia del módulo de forma que se extienda a los pasillos y al patio.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("not_met");
  });

  it.each<Case>([
    [
      "es",
      "Ampliar la videovigilancia del módulo de manera que se proteja la integridad de los internos en los pasillos.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("met");
  });
});

describe("solution: a basis that only qualifies the effort says nothing of how", () => {
  it.each<Case>([
    ["en", "Overcrowding in the remand hall should be reduced on a strategic basis."],
    ["fr", "La surpopulation du quartier des prévenus doit être réduite de manière stratégique."],
    ["es", "El hacinamiento del módulo de preventivos debe reducirse de forma estratégica."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "solution")).toBe("not_met");
  });

  it.each<Case>([["en", "Offer work to remand prisoners on a voluntary basis."]])(
    "%s: %s",
    (language, text) => {
      expect(verdict(language, text, "solution")).toBe("met");
    }
  );
});

describe("results: the persons' return to society named as the aim is an outcome for them", () => {
  it.each<Case>([
    [
      "en",
      "Adapt the secure hospital wards to the standards of community mental health services, with a greater potential for reintegration.",
    ],
    [
      "fr",
      "Adapter les unités hospitalières sécurisées aux normes des services de santé mentale de droit commun, avec un potentiel de réinsertion accru.",
    ],
    [
      "es",
      "Adaptar las unidades hospitalarias penitenciarias a los estándares de los servicios de salud mental comunitarios, con un mayor potencial de reinserción.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("met");
  });

  it.each<Case>([
    ["en", "Adapt the secure hospital wards to the standards of community mental health services."],
    [
      "fr",
      "Adapter les unités hospitalières sécurisées aux normes des services de santé mentale de droit commun.",
    ],
    [
      "es",
      "Adaptar las unidades hospitalarias penitenciarias a los estándares de los servicios de salud mental comunitarios.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "results")).toBe("not_met");
  });
});

describe("solution: a discreet way to carry out an escort is a concrete option for how", () => {
  it.each<Case>([
    [
      "en",
      "Officers escorting children to hospital should wear plain clothes and use unmarked vehicles.",
    ],
    ["en", "Children should be escorted to hospital by officers in plain clothes."],
    [
      "fr",
      "Les mineurs doivent être conduits à l'hôpital par des agents en civil, dans des véhicules banalisés.",
    ],
    [
      "es",
      "Que los agentes que trasladen a los menores al hospital vistan de paisano y utilicen vehículos sin distintivos.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "solution")).toBe("met");
  });

  it.each<Case>([
    ["en", "Children should be escorted to hospital by two officers."],
    ["fr", "Les mineurs doivent être conduits à l'hôpital par deux agents."],
    ["es", "Que los menores sean trasladados al hospital por dos agentes."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "solution")).toBe("not_met");
  });
});
