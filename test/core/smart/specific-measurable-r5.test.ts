/**
 * Classes of reading that decide `specific` and `measurable` on inspectorate recommendation lists
 * and ombudsman suggestions, in English, French and Spanish (round 5). The sentences are written
 * for these tests.
 */
import { checkRecommendation, type CriterionKey } from "../../../src/core/smart";
import type { Language } from "../../../src/core/language";

type Case = [Language, string];

function verdict(language: Language, text: string, key: CriterionKey) {
  return checkRecommendation({ text }, { language }).criteria[key];
}

describe("measurable: a review named first and asked for in the passive is open-ended", () => {
  it.each<Case>([
    [
      "en",
      "8.2 A thorough assessment of arrangements for dental care should be carried out (paragraph 4.7).",
    ],
    ["en", "A review of the visiting arrangements in the remand hall should be undertaken."],
    ["es", "Un análisis de los recursos de atención dental del módulo debe llevarse a cabo."],
    ["es", "Que se realice un estudio de las necesidades de formación del personal del módulo."],
    ["fr", "Une analyse du dispositif de soins dentaires de l’unité devrait être menée."],
    ["fr", "Qu’il soit procédé à une étude du dispositif de soins dentaires de l’unité."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "specific").verdict).toBe("met");
    const measurable = verdict(language, text, "measurable");
    expect(measurable.verdict).toBe("not_met");
    expect(measurable.basis).toBe("open");
  });

  it.each<Case>([
    // a deliverable or a deadline closes it; a survey is a deliverable
    ["en", "A review of the visiting arrangements should be undertaken by 31 March 2027."],
    ["en", "A survey of the visiting arrangements in the remand hall should be undertaken."],
    ["es", "Un análisis de los recursos de atención dental debe llevarse a cabo cada seis meses."],
    ["fr", "Une analyse du dispositif de soins dentaires devrait être menée chaque année."],
  ])("a yardstick still closes it — %s: %s", (language, text) => {
    expect(verdict(language, text, "measurable").verdict).toBe("met");
  });
});

describe("measurable: a comparative with nothing to compare to ('closer scrutiny')", () => {
  it.each<Case>([
    ["en", "There should be closer scrutiny of the use of segregation in the remand hall."],
    ["en", "Managers should carry out stricter checks on the handling of prisoners' property."],
    ["es", "Debe haber una supervisión más estrecha del uso del aislamiento en el módulo."],
    ["fr", "Il doit y avoir un contrôle plus étroit du recours à l’isolement dans le quartier."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "measurable").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "Prisoners should be located in a hall closer to the visits room."],
    ["en", "The use of segregation should be recorded in a register kept by the unit manager."],
  ])("a comparative tied to a point, or a deliverable, still counts — %s: %s", (language, text) => {
    expect(verdict(language, text, "measurable").verdict).toBe("met");
  });
});

describe("measurable: a bare quality at the end of a coordinated ask, before its cross-reference", () => {
  it.each<Case>([
    [
      "en",
      "The kitchen layout should be reviewed to create more space for food storage and ensure that the servery is fit for purpose (paragraph 6.3).",
    ],
    ["en", "Ensure that the laundry is adequate (paragraph 2.4)."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "measurable").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "Ensure that the laundry has two working washing machines (paragraph 2.4)."],
    ["en", "Ensure that each cell is fitted with a working call bell (paragraph 2.4)."],
  ])("a yardstick or an on/off state still counts — %s: %s", (language, text) => {
    expect(verdict(language, text, "measurable").verdict).toBe("met");
  });
});

describe("specific: measures taken only to resolve a problem name no action", () => {
  it.each<Case>([
    ["en", "Action should be taken to resolve the problem of damp in the cells of C Hall."],
    ["en", "Steps should be taken to solve the difficulties with the heating system."],
    ["es", "Adoptar las medidas necesarias para resolver el problema de humedad en las celdas."],
    [
      "es",
      "Que se adopten las medidas oportunas para solucionar las deficiencias de la calefacción.",
    ],
    [
      "fr",
      "Prendre les mesures nécessaires pour résoudre le problème d’humidité dans les cellules.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "specific").verdict).toBe("not_met");
    expect(verdict(language, text, "measurable").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "Action should be taken to install a dehumidifier in every cell of C Hall."],
    ["es", "Adoptar las medidas necesarias para instalar un deshumidificador en cada celda."],
    [
      "fr",
      "Prendre les mesures nécessaires pour installer un déshumidificateur dans chaque cellule.",
    ],
  ])("measures that name the act still count — %s: %s", (language, text) => {
    expect(verdict(language, text, "specific").verdict).toBe("met");
  });

  it("a problem named by what it is bounds the ask", () => {
    const text = "Action should be taken to resolve the problem of damp in the cells of C Hall.";
    expect(verdict("en", text, "achievable").verdict).toBe("met");
  });
});

describe("specific: new life for what exists, or an outcome to reach, names no action", () => {
  it.each<Case>([
    ["en", "There should be a thorough re-invigoration of the regime in the remand hall."],
    ["en", "The education programme in the young offenders' hall should be revitalised."],
    ["en", "A reduction in the number of prisoners held two to a cell must be achieved."],
    ["es", "Revitalizar el programa educativo del módulo de jóvenes."],
    ["es", "Debe lograrse una reducción del número de internos que comparten celda."],
    ["fr", "Le programme éducatif du quartier des mineurs devrait être redynamisé."],
    [
      "fr",
      "Une réduction du nombre de personnes détenues partageant une cellule doit être atteinte.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "specific").verdict).toBe("not_met");
  });

  it.each<Case>([
    [
      "en",
      "A reduction in the number of prisoners held two to a cell must be achieved by opening the new hall.",
    ],
    ["en", "The number of prisoners held two to a cell should be reduced to ten."],
    [
      "es",
      "Debe lograrse una reducción del número de internos por celda mediante la apertura del nuevo módulo.",
    ],
    [
      "fr",
      "Ouvrir le nouveau quartier afin de réduire le nombre de personnes détenues par cellule.",
    ],
  ])("a means or a number still makes it an action — %s: %s", (language, text) => {
    expect(verdict(language, text, "specific").verdict).toBe("met");
  });
});

describe("rootcause: a strategy named by its adjective is a lever", () => {
  it.each<Case>([
    ["en", "A reduction in overcrowding should be achieved on a strategic basis."],
    ["es", "Abordar el hacinamiento del centro de forma estratégica."],
    ["fr", "Traiter la surpopulation de l’établissement de manière stratégique."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "rootcause").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "A reduction in overcrowding should be achieved."],
    ["es", "Abordar el hacinamiento del centro."],
  ])("without it, no lever — %s: %s", (language, text) => {
    expect(verdict(language, text, "rootcause").verdict).toBe("not_met");
  });
});

describe("specific: an act named as a noun that 'should be addressed' is asked for", () => {
  it.each<Case>([
    [
      "en",
      "9.3 The introduction of a peer mentoring scheme for new arrivals should be addressed (paragraph 4.2).",
    ],
    [
      "en",
      "The provision of lockable cupboards in shared cells should be addressed as a matter of urgency.",
    ],
    ["es", "La implantación de un programa de acogida para los nuevos ingresos debe abordarse."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "specific").verdict).toBe("met");
  });

  it.each<Case>([
    [
      "en",
      "9.3 Delays in the introduction of a peer mentoring scheme should be addressed (paragraph 4.2).",
    ],
    ["en", "Noise levels in the recreation room should be addressed (paragraph 4.2)."],
    ["es", "La falta de actividades en el módulo de jóvenes debe abordarse."],
  ])("a problem to address is still vague — %s: %s", (language, text) => {
    expect(verdict(language, text, "specific").verdict).toBe("not_met");
  });
});

describe("measurable: 'readily available / accessible' is a state an observer sees", () => {
  it.each<Case>([
    ["en", "Leaflets explaining the complaints process should be readily available."],
    ["en", "Information on how to apply for home leave should be easily accessible to prisoners."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "measurable").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Complaints from prisoners should be answered readily by hall managers."],
    ["en", "Requests for a change of work party should be granted readily."],
  ])("'readily' as a manner is still soft — %s: %s", (language, text) => {
    expect(verdict(language, text, "measurable").verdict).toBe("not_met");
  });
});

describe("specific: a way of working to adopt names no act", () => {
  it.each<Case>([
    [
      "en",
      "A more consistent approach to the use of cellular confinement should be adopted in the hall.",
    ],
    ["en", "Managers should adopt a more supportive attitude towards prisoners on protection."],
    ["es", "Adoptar un enfoque más coordinado en la atención a los internos con discapacidad."],
    ["fr", "Adopter une approche plus cohérente du recours à l’isolement dans le quartier."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "specific").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "A written policy on the use of cellular confinement should be adopted in the hall."],
    ["es", "Adoptar un protocolo escrito sobre la atención a los internos con discapacidad."],
    ["fr", "Adopter une note de service sur le recours à l’isolement dans le quartier."],
  ])("a document to adopt is still an act — %s: %s", (language, text) => {
    expect(verdict(language, text, "specific").verdict).toBe("met");
  });
});

describe("structure: a modal inside a reason clause of an imperative ask is not the ask's", () => {
  it.each<Case>([
    [
      "es",
      "Retirar el gancho metálico de la pared de la celda 3, ya que puede ser utilizado por los detenidos para intentar autolesionarse.",
    ],
    [
      "es",
      "Sustituir la reja del patio, pues puede ser utilizada por los internos para intentar escalar el muro.",
    ],
    [
      "fr",
      "Retirer le crochet métallique du mur de la cellule 3, car il peut être utilisé par les personnes retenues pour tenter de se blesser.",
    ],
  ])("%s: %s", (language, text) => {
    const specific = verdict(language, text, "specific");
    expect(specific.verdict).toBe("met");
    expect(specific.basis).toBe("action");
  });

  it.each<Case>([
    // a reason clause does not make a vague ask concrete
    [
      "es",
      "Intentar mejorar las condiciones del patio, ya que pueden ser peligrosas para los internos.",
    ],
    ["fr", "Améliorer les conditions de la cour, car elles peuvent être dangereuses."],
  ])("a vague ask stays vague — %s: %s", (language, text) => {
    expect(verdict(language, text, "specific").verdict).toBe("not_met");
  });
});

describe("measurable: the frequency word in a dated report's name is no frequency", () => {
  it.each<Case>([
    [
      "es",
      "Retirar el gancho metálico de la celda 3, conforme al criterio del parágrafo 40 del Informe Anual 2016.",
    ],
    [
      "en",
      "Remove the metal hook from the cell wall, in line with paragraph 40 of the Annual Report 2016.",
    ],
    [
      "fr",
      "Retirer le crochet métallique du mur de la cellule, conformément au paragraphe 40 du rapport annuel 2016.",
    ],
  ])("%s: %s", (language, text) => {
    const rootcause = verdict(language, text, "rootcause");
    expect(rootcause.basis).not.toBe("lever");
    expect(verdict(language, text, "measurable").evidence.length).toBeGreaterThan(0);
    const measurable = verdict(language, text, "measurable");
    const quoted = measurable.evidence.map(([s, e]) => text.slice(s, e).toLowerCase());
    expect(quoted).not.toContain("anual");
    expect(quoted).not.toContain("annual");
    expect(quoted).not.toContain("annuel");
  });

  it.each<Case>([
    ["es", "Elaborar un informe anual sobre el uso de las sujeciones mecánicas en el centro."],
    ["en", "The Governor should publish an annual report on the use of restraints."],
    ["fr", "Publier un rapport annuel sur le recours aux moyens de contention."],
  ])("a report made each year is still measurable — %s: %s", (language, text) => {
    expect(verdict(language, text, "measurable").verdict).toBe("met");
  });
});

describe("rootcause: staff present at all times is a staffing arrangement", () => {
  it.each<Case>([
    [
      "en",
      "Ensure the constant presence of officers in the cell area whenever detainees are held.",
    ],
    [
      "es",
      "Garantizar la presencia permanente de agentes en la zona de calabozos cuando haya detenidos.",
    ],
    [
      "fr",
      "Garantir la présence permanente d’agents dans la zone des cellules lorsque des personnes y sont retenues.",
    ],
  ])("%s: %s", (language, text) => {
    const rootcause = verdict(language, text, "rootcause");
    expect(rootcause.verdict).toBe("met");
    expect(rootcause.basis).toBe("lever");
  });
});

describe("specific: 'better' qualifying a thing a concrete verb provides", () => {
  it.each<Case>([
    [
      "en",
      "Better arrangements for storing prisoners' property should be put in place in reception.",
    ],
    ["en", "Management should install better lighting in the exercise yard."],
    ["es", "Instalar una mejor iluminación en el patio del módulo."],
    ["fr", "De meilleurs casiers pour les effets personnels devraient être installés à l’accueil."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "specific").verdict).toBe("met");
    // the comparative leaves the measure open
    expect(verdict(language, text, "measurable").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "Health care services in the prison need to be better organised."],
    ["en", "Staff should communicate better with prisoners on the landings."],
    ["es", "Organizar mejor el servicio de atención sanitaria del centro."],
  ])("'better' as the whole change stays vague — %s: %s", (language, text) => {
    expect(verdict(language, text, "specific").verdict).toBe("not_met");
  });
});

describe("measurable: a judicial act done 'debidamente' (duly) is done by the law", () => {
  it.each<Case>([
    [
      "es",
      "Garantizar que los agentes responsables de los malos tratos sean juzgados debidamente.",
    ],
    ["es", "Velar por que los autores de las agresiones sean debidamente sancionados."],
    ["en", "Ensure that the officers responsible for the ill-treatment are duly prosecuted."],
    ["fr", "Veiller à ce que les auteurs des violences soient dûment poursuivis."],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "measurable").verdict).toBe("met");
  });

  it.each<Case>([
    ["es", "Garantizar que los internos sean atendidos debidamente por el servicio médico."],
    ["es", "Informar debidamente a los internos de sus derechos."],
  ])("'debidamente' as a manner is still soft — %s: %s", (language, text) => {
    expect(verdict(language, text, "measurable").verdict).toBe("not_met");
  });
});

describe("specific: measures whose only stated end is a likeness to a model", () => {
  it.each<Case>([
    [
      "es",
      "Que se implementen las medidas precisas para que las unidades de custodia se asemejen a las plantas de hospitalización ordinarias.",
    ],
    [
      "en",
      "The necessary measures should be taken so that the secure units resemble ordinary hospital wards.",
    ],
    [
      "fr",
      "Prendre les mesures nécessaires pour que les chambres sécurisées se rapprochent des chambres d’hôpital ordinaires.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "specific").verdict).toBe("not_met");
  });

  it.each<Case>([
    [
      "es",
      "Que se implementen las medidas precisas para que los internos puedan llamar por teléfono desde la sala de espera.",
    ],
    [
      "en",
      "The necessary measures should be taken so that detainees can make a telephone call from the waiting room.",
    ],
    [
      "fr",
      "Prendre les mesures nécessaires pour que les personnes retenues puissent téléphoner depuis la salle d’attente.",
    ],
  ])("a state that says what the measures bring still counts — %s: %s", (language, text) => {
    expect(verdict(language, text, "specific").verdict).toBe("met");
  });
});

describe("measurable: everyone holding a state of mind no one can observe", () => {
  it.each<Case>([
    ["en", "Ensure that all officers have the necessary knowledge of the rules on restraint."],
    [
      "es",
      "Garantizar que todo el personal tenga los conocimientos necesarios sobre las normas de contención.",
    ],
    [
      "fr",
      "Veiller à ce que tout le personnel ait les connaissances nécessaires sur les règles de contention.",
    ],
  ])("%s: %s", (language, text) => {
    expect(verdict(language, text, "specific").verdict).toBe("met");
    expect(verdict(language, text, "measurable").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "Ensure that all officers receive training on the rules on restraint."],
    ["es", "Garantizar que todo el personal reciba formación sobre las normas de contención."],
    [
      "fr",
      "Veiller à ce que tout le personnel reçoive une formation sur les règles de contention.",
    ],
  ])("training given to everyone is still checkable — %s: %s", (language, text) => {
    expect(verdict(language, text, "measurable").verdict).toBe("met");
  });
});
