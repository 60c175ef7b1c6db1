/**
 * Classes of reading met on fresh published recommendations (round 5), for the argued,
 * prioritised, timebound, rootcause and targeted criteria, in English, French and Spanish.
 * The sentences are written for these tests.
 */
import { checkRecommendation, type CriterionKey } from "../../../src/core/smart";
import type { Language } from "../../../src/core/language";

type Case = [Language, string];

function result(language: Language, text: string, key: CriterionKey) {
  return checkRecommendation({ text }, { language }).criteria[key];
}

describe("an action said to be needed, in a sentence of its own, is asked for", () => {
  it.each<Case>([
    [
      "en",
      "The kitchen plans should be funded. Immediate action is also needed to stop the reuse of food trays.",
    ],
    [
      "en",
      "The escort contract should be renegotiated. Urgent steps are required to end the late arrivals at court.",
    ],
    [
      "fr",
      "Le plan de la cuisine doit être financé. Une action immédiate est également nécessaire pour cesser la réutilisation des plateaux.",
    ],
    [
      "es",
      "Debe financiarse el plan de la cocina. Es necesaria también una actuación inmediata para acabar con la reutilización de las bandejas.",
    ],
  ])("%s: %s", (language, text) => {
    // the second sentence asks: its immediacy governs the recommendation, and it is no finding
    expect(result(language, text, "timebound").verdict).toBe("met");
    expect(result(language, text, "prioritised").verdict).toBe("met");
    expect(result(language, text, "argued").verdict).not.toBe("met");
  });

  it.each<Case>([
    [
      "en",
      "The kitchen plans should be funded. Staff told us that immediate action was needed after the outbreak.",
    ],
    [
      "fr",
      "Le plan de la cuisine doit être financé. Le personnel a indiqué qu'une action immédiate avait été nécessaire après l'épidémie.",
    ],
    [
      "es",
      "Debe financiarse el plan de la cocina. El personal indicó que había sido necesaria una actuación inmediata tras el brote.",
    ],
  ])("a need told as a past finding is still a finding — %s: %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("met");
    expect(result(language, text, "timebound").verdict).not.toBe("met");
  });

  it("'require to be', as Scottish reports write it, asks", () => {
    const text =
      "The arrangements for the night shift require to be revised. The wing has held twice its capacity for a year.";
    expect(result("en", text, "argued").verdict).toBe("met");
    expect(result("en", text, "specific").verdict).toBe("met");
  });
});

describe("targeted: the agent of a passive inside a relative clause does not act on the ask", () => {
  it.each<Case>([
    [
      "en",
      "Action should be taken to resolve the damp which was being caused by the Westfield Estates Board's faulty gutters.",
    ],
    [
      "en",
      "Measures should be taken to end the delays which are caused by the Northshire Transport Service at weekends.",
    ],
    [
      "fr",
      "Des mesures doivent être prises pour mettre fin aux retards qui sont provoqués par le Service régional des transports.",
    ],
    [
      "es",
      "Adoptar medidas para acabar con los retrasos, los cuales son provocados por la Dirección Regional de Transportes.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "targeted").verdict).not.toBe("met");
  });

  it.each<Case>([
    ["en", "The repairs to the gutters should be carried out by the Westfield Estates Board."],
    ["fr", "Les réparations doivent être effectuées par la Direction régionale des services."],
    ["es", "Las reparaciones deben ser realizadas por la Dirección Regional de Transportes."],
  ])("the agent of the ask itself still names who acts — %s: %s", (language, text) => {
    expect(result(language, text, "targeted").verdict).toBe("met");
  });
});

describe("argued: a scale the visit found, named by the judgement on it, is a finding", () => {
  it.each<Case>([
    ["en", "The causes of so many detainees missing their medication should be examined."],
    ["en", "A plan should be drawn up for a burgeoning remand population."],
    ["en", "The reasons for the high number of transfers to hospital should be examined."],
    ["fr", "Les causes de tant de détenus privés de leur traitement doivent être examinées."],
    ["fr", "Un plan doit être établi pour faire face au nombre élevé de transferts à l'hôpital."],
    ["es", "Analizar las causas de que tantos internos no reciban su medicación."],
    ["es", "Elaborar un plan para el elevado número de traslados al hospital."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The unit should offer as many places as the demand requires."],
    ["en", "A plan should be drawn up for the remand population."],
    ["fr", "Un plan doit être établi pour les transferts à l'hôpital."],
    ["es", "Ofrecer tantas plazas como requiera la demanda."],
    ["es", "Elaborar un plan para los traslados al hospital."],
  ])(
    "a quantity asked for or named without judgement argues nothing — %s: %s",
    (language, text) => {
      expect(result(language, text, "argued").verdict).not.toBe("met");
    }
  );
});

describe("argued: the cause the visit found, told in a relative clause in the past, is a finding", () => {
  it.each<Case>([
    [
      "en",
      "The Governor should resolve the damp conditions which were being caused by the broken gutters.",
    ],
    [
      "en",
      "The Governor should end the waiting which prevented visitors from seeing their relatives.",
    ],
    ["fr", "Le directeur doit remédier à l'humidité qui était causée par les gouttières cassées."],
    ["es", "Subsanar las humedades que eran causadas por los canalones rotos del módulo."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The Governor should repair the gutters which are on the roof of the hall."],
    ["fr", "Le directeur doit réparer les gouttières qui sont sur le toit."],
    ["es", "Reparar los canalones que están en el tejado del módulo."],
  ])("a relative clause that only locates the item argues nothing — %s: %s", (language, text) => {
    expect(result(language, text, "argued").verdict).not.toBe("met");
  });
});

describe("targeted: a body that carries out the ask with the addressee is named as acting", () => {
  it.each<Case>([
    ["en", "in cooperation with the Regional Health Board revise the rules on seclusion"],
    ["en", "The rules on seclusion should be revised jointly with the Northshire Health Board."],
    ["fr", "réviser les règles d'isolement en collaboration avec l'Agence régionale de santé"],
    ["es", "revisar las normas de aislamiento en colaboración con la Consejería de Sanidad"],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "targeted").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Children should not be held together with adults."],
    ["en", "The rules on seclusion should be revised in cooperation with the authorities."],
    ["fr", "Les règles d'isolement doivent être révisées en collaboration avec les autorités."],
    ["es", "Las normas de aislamiento deben revisarse en colaboración con las autoridades."],
  ])("persons or a generic body with the addressee name no one — %s: %s", (language, text) => {
    expect(result(language, text, "targeted").verdict).not.toBe("met");
  });
});

describe("timebound: immediacy after a decision taken in each case is a routine limit", () => {
  it.each<Case>([
    [
      "en",
      "A doctor should be called in immediate connection with the decision to place a child in seclusion.",
    ],
    ["en", "A doctor should be called immediately after the decision to restrain a patient."],
    [
      "fr",
      "Un médecin doit être appelé en lien immédiat avec la décision de placer un enfant à l'isolement.",
    ],
    ["es", "Debe avisarse a un médico inmediatamente después de la decisión de aislar a un menor."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "timebound").verdict).not.toBe("met");
    expect(result(language, text, "prioritised").verdict).not.toBe("met");
  });

  it.each<Case>([
    ["en", "The seclusion room should be closed immediately."],
    ["fr", "La salle d'isolement doit être fermée immédiatement."],
    ["es", "Debe cerrarse inmediatamente la sala de aislamiento."],
  ])("immediacy of the ask itself is a deadline — %s: %s", (language, text) => {
    expect(result(language, text, "timebound").verdict).toBe("met");
  });
});

describe("rootcause: control as supervision of a service or of medicines is a lever", () => {
  it.each<Case>([
    ["en", "The weaknesses in professional control over the dispensary require to be resolved."],
    ["en", "The gaps in the control of medicines should be addressed."],
    ["fr", "Les faiblesses du contrôle professionnel de la pharmacie doivent être corrigées."],
    ["es", "Deben corregirse las deficiencias en el control de los medicamentos."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "rootcause").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The temperature control in cell 4 should be repaired."],
    ["fr", "Le contrôle de la température de la cellule 4 doit être réparé."],
    ["es", "Reparar el control de temperatura de la celda 4."],
  ])("control of a room's climate is a fix — %s: %s", (language, text) => {
    expect(result(language, text, "rootcause").verdict).not.toBe("met");
  });
});

describe("prioritised: a risk the ask aims to reduce is its goal, not a risk to watch", () => {
  it.each<Case>([
    [
      "en",
      "Staff should be present in the cells area at all times in order to reduce the risk of self-harm.",
    ],
    ["en", "Officers should stay with detainees at all times to minimise risks."],
    [
      "fr",
      "Des agents doivent être présents en permanence dans la zone des cellules pour réduire le risque d'automutilation.",
    ],
    [
      "es",
      "Garantizar la presencia constante de agentes en los calabozos para evitar riesgos a los detenidos.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).not.toBe("met");
  });

  it.each<Case>([
    ["en", "Night checks should be introduced, taking into account the risk of waking prisoners."],
    [
      "fr",
      "Des rondes de nuit doivent être instaurées en tenant compte des risques pour le sommeil des détenus.",
    ],
    [
      "es",
      "Implantar rondas nocturnas, teniendo en cuenta los riesgos para el descanso de los internos.",
    ],
  ])("a risk of the measure itself to watch is a priority signal — %s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });
});

describe("argued: an existing law named by its subject, under which the ask is made", () => {
  it.each<Case>([
    [
      "en",
      "ensure that all staff know the rules on restraint pursuant to the youth justice legislation",
    ],
    ["en", "Seclusion should be recorded in line with the mental health act."],
    [
      "fr",
      "veiller à ce que le personnel connaisse les règles de contention conformément à la législation relative à la justice des mineurs",
    ],
    [
      "es",
      "garantizar que el personal conozca las normas de contención conforme a la legislación sobre responsabilidad penal de los menores",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "argued").verdict).toBe("met");
  });

  it.each<Case>([
    [
      "en",
      "ensure that all staff know the rules on restraint pursuant to the relevant legislation",
    ],
    ["en", "Seclusion should be recorded in line with the law."],
    [
      "fr",
      "veiller à ce que le personnel connaisse les règles de contention conformément à la législation en vigueur",
    ],
    [
      "es",
      "garantizar que el personal conozca las normas de contención conforme a la normativa aplicable",
    ],
  ])("a law in general names none — %s: %s", (language, text) => {
    expect(result(language, text, "argued").verdict).not.toBe("met");
  });
});

describe("prioritised: the words of a text quoted as the basis set no priority of the ask", () => {
  it.each<Case>([
    [
      "en",
      "Provide each unit with a consent form, recalling the words of the Subcommittee: “restraint is applied only when a risk assessment shows it is needed”.",
    ],
    [
      "fr",
      "Doter chaque unité d'un formulaire de consentement, en rappelant le Sous-comité : « l'admission est volontaire uniquement lorsque la personne a donné son consentement ».",
    ],
    [
      "es",
      "Dotar a cada unidad de un formulario de consentimiento, recordando al Subcomité: «el ingreso es voluntario únicamente cuando la persona ha dado su consentimiento».",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).not.toBe("met");
  });

  it.each<Case>([
    ["en", "Handcuffs should be used only when a risk assessment makes it necessary."],
    ["es", "Mantener las esposas únicamente cuando el análisis de riesgo lo haga imprescindible."],
  ])("the ask's own words still do — %s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });
});

describe("rootcause: a document that lays down a rule or records consent is a procedure", () => {
  it.each<Case>([
    [
      "en",
      "The Health Board should provide each unit with a document setting out the patient's informed consent to admission.",
    ],
    [
      "fr",
      "Doter les unités de santé mentale d'un document prévoyant le consentement éclairé de la personne.",
    ],
    [
      "es",
      "Que se dote a los centros socio sanitarios de un documento que contemple el consentimiento informado de la persona.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "rootcause").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The Governor should provide new blankets in cell 4."],
    ["fr", "Doter la cellule 4 de couvertures neuves."],
    ["es", "Dotar la celda 4 de mantas nuevas."],
  ])("supplying an item is still a fix — %s: %s", (language, text) => {
    expect(result(language, text, "rootcause").verdict).not.toBe("met");
  });
});

describe("rootcause: an ask only to consider a concrete step is judged by the step", () => {
  it.each<Case>([
    ["en", "Consideration should be given to moving young remand prisoners to a separate hall."],
    [
      "fr",
      "L'administration devrait envisager de transférer les jeunes prévenus dans un quartier distinct.",
    ],
    [
      "es",
      "La administración debería considerar el traslado de los jóvenes preventivos a un módulo separado.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "specific").verdict).not.toBe("met");
    expect(result(language, text, "rootcause").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The administration may consider installing fans in the cells on the top floor."],
    [
      "fr",
      "L'administration pourrait envisager d'installer des ventilateurs dans les cellules du dernier étage.",
    ],
    [
      "es",
      "La administración podría considerar la instalación de ventiladores en las celdas de la última planta.",
    ],
  ])("considering a physical fix is still a fix — %s: %s", (language, text) => {
    expect(result(language, text, "rootcause").verdict).not.toBe("met");
  });
});

describe("prioritised: a harm the way of doing it must not cause is a risk to watch", () => {
  it.each<Case>([
    ["en", "Handcuffs should be applied only to the extent needed, without inflicting pain."],
    ["fr", "Les menottes doivent être limitées au strict nécessaire, sans infliger de douleur."],
    ["es", "Limitar el uso de grilletes al mínimo necesario, sin infligir dolor a los menores."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Handcuffs should be applied only to the extent needed."],
    ["fr", "Les menottes doivent être limitées au strict nécessaire."],
    ["es", "Limitar el uso de grilletes al mínimo necesario."],
  ])("a limit alone flags no risk — %s: %s", (language, text) => {
    expect(result(language, text, "prioritised").verdict).not.toBe("met");
  });
});
