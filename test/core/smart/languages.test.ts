/**
 * Each criterion in English, French and Spanish, on sentences written for
 * these tests: the classes the checker must recognise (any named body or
 * post is an addressee, "the State party" is not; a rule for everyone
 * concerned is systemic) and the edge rules of CRITERIA.md.
 */
import type { Language } from "../../../src/core/language";
import {
  basisName,
  checkRecommendation,
  suggestionIn,
  type CriterionKey,
  type Verdict,
} from "../../../src/core/smart";

type Case = [Language, string];

function verdict(text: string, key: CriterionKey, context?: string): Verdict {
  return checkRecommendation({ text, context }).criteria[key].verdict;
}

/** Asserts the verdict of one criterion for every sentence, naming the sentence when it fails. */
function expectAll(cases: Case[], key: CriterionKey, expected: Verdict): void {
  const wrong = cases
    .map(([language, text]) => {
      const result = checkRecommendation({ text });
      if (result.language !== language) return `${text} — read as ${result.language}`;
      const got = result.criteria[key].verdict;
      return got === expected ? null : `${text} — ${key} ${got}`;
    })
    .filter((line) => line !== null);
  expect(wrong).toEqual([]);
}

describe("the language of each recommendation", () => {
  it("is read from its own words, whatever the reader's language", () => {
    expect(
      checkRecommendation({ text: "Le directeur devrait installer un bouton d'appel." }).language
    ).toBe("fr");
    expect(
      checkRecommendation({ text: "El director debería instalar un timbre en la celda." }).language
    ).toBe("es");
  });

  it("is the recommendation's, not the introduction's, when a report quotes another language", () => {
    const context = "During the visit the delegation was given the following recommendation:";
    const text = "Que la Dirección del centro instale un timbre de llamada en todas las celdas.";
    const result = checkRecommendation({ text, context });
    expect(result.language).toBe("es");
    expect(result.criteria.targeted.verdict).toBe("met");
  });

  it("falls back on the report's language for a recommendation too short to tell", () => {
    expect(checkRecommendation({ text: "Piscine." }, { fallbackLanguage: "fr" }).language).toBe(
      "fr"
    );
  });
});

describe("specific", () => {
  it("is met by a concrete action, including in the passive", () => {
    expectAll(
      [
        ["en", "The Governor should fit a lock on every shower door."],
        ["en", "Every use of restraint is to be recorded in a bound register."],
        ["fr", "Le directeur devrait faire poser un verrou sur chaque porte de douche."],
        ["fr", "Toute mise sous contention doit être consignée dans un registre paginé."],
        ["es", "El director debería colocar un cerrojo en cada puerta de las duchas."],
        ["es", "Toda sujeción mecánica debe anotarse en un libro de registro foliado."],
      ],
      "specific",
      "met"
    );
  });

  it("is not met by a vague aspiration, a bare sufficiency or 'should be addressed'", () => {
    expectAll(
      [
        ["en", "The Ministry should consider ways of easing tension on the wings."],
        ["en", "Staffing levels at the centre should be sufficient."],
        ["en", "The shortage of interpreters should be addressed."],
        ["en", "The temperature in the cells should be kept at a suitable level."],
        ["fr", "Le ministère devrait envisager de réduire les tensions."],
        ["fr", "Les effectifs du centre doivent être suffisants."],
        ["fr", "Les conditions d'hygiène devraient être améliorées."],
        ["es", "El ministerio debería considerar la reducción de las tensiones."],
        ["es", "Garantizar que la plantilla del centro sea suficiente."],
        ["es", "Mantener las salas de espera en un estado adecuado de limpieza."],
      ],
      "specific",
      "not_met"
    );
  });
});

describe("measurable", () => {
  it("is met by a number, a frequency or a deliverable", () => {
    expectAll(
      [
        ["en", "The Director should give each resident two clean towels a week."],
        [
          "fr",
          "Le directeur devrait remettre deux serviettes propres par semaine à chaque résident.",
        ],
        ["es", "El director debería entregar dos toallas limpias por semana a cada residente."],
      ],
      "measurable",
      "met"
    );
  });

  it("is not met by a yardstick nobody can check, or by a bare review", () => {
    expectAll(
      [
        ["en", "The Governor should provide adequate bedding to new arrivals."],
        ["en", "The visiting arrangements at the centre should be reviewed."],
        ["fr", "Le directeur devrait fournir une literie adéquate aux arrivants."],
        ["fr", "Il est recommandé que les modalités de visite soient réexaminées."],
        ["es", "El director debería proporcionar ropa de cama adecuada a los recién llegados."],
        ["es", "Que se revisen las condiciones de las visitas familiares."],
      ],
      "measurable",
      "not_met"
    );
  });

  it("counts 'sufficient' when it is tied to what it must allow", () => {
    expect(
      verdict(
        "The Governor should give remand prisoners enough time to telephone their lawyer before court.",
        "measurable"
      )
    ).toBe("met");
  });
});

describe("achievable", () => {
  it("is not met by an outcome no one can guarantee", () => {
    expectAll(
      [
        ["en", "The Directorate must ensure that no resident is ever harmed by another."],
        ["fr", "La direction doit garantir qu'aucun résident ne soit jamais blessé."],
        ["es", "La dirección debe garantizar que ningún residente resulte nunca herido."],
      ],
      "achievable",
      "not_met"
    );
  });

  it("is not met when a director is asked to change a law, and met when the ministry is", () => {
    const text =
      "The Director of Elmford Prison should amend the Penal Code to cap remand at a year.";
    const result = checkRecommendation({ text }).criteria.achievable;
    expect(result.verdict).toBe("not_met");
    expect(result.basis).toBe("competence");
    expect(
      verdict(
        text.replace("The Director of Elmford Prison", "The Ministry of Justice"),
        "achievable"
      )
    ).toBe("met");
  });
});

describe("results", () => {
  it("is met by the change for persons deprived of liberty", () => {
    expectAll(
      [
        [
          "en",
          "The Director should fit intercoms in the cells so that patients can reach a nurse at night.",
        ],
        [
          "fr",
          "Le directeur devrait installer des interphones afin que les patients puissent joindre un infirmier la nuit.",
        ],
        [
          "es",
          "El director debería instalar interfonos para que los pacientes puedan avisar a la enfermería por la noche.",
        ],
      ],
      "results",
      "met"
    );
  });

  it("is not met by an activity alone", () => {
    expectAll(
      [
        ["en", "The Director should organise a meeting of the heads of unit."],
        ["fr", "Le directeur devrait organiser une réunion des chefs de service."],
        ["es", "El director debería organizar una reunión de los jefes de servicio."],
      ],
      "results",
      "not_met"
    );
  });
});

describe("timebound and prioritised", () => {
  it("a deadline makes a recommendation time-bound, wherever it stands", () => {
    expectAll(
      [
        ["en", "Within four months, the Governor should open a second visiting room."],
        ["fr", "Dans un délai de quatre mois, le directeur devrait ouvrir un second parloir."],
        [
          "es",
          "En un plazo de cuatro meses, el director debería abrir una segunda sala de visitas.",
        ],
        [
          "es",
          "El director debería abrir una segunda sala de visitas antes del 30 de junio de 2027.",
        ],
      ],
      "timebound",
      "met"
    );
  });

  it("immediacy governing the ask makes it time-bound and prioritised", () => {
    const cases: Case[] = [
      ["en", "The Governor should immediately stop using the unheated cell."],
      ["fr", "Le directeur devrait cesser sans délai d'utiliser la cellule non chauffée."],
      ["es", "El director debería dejar de utilizar de inmediato la celda sin calefacción."],
    ];
    expectAll(cases, "timebound", "met");
    expectAll(cases, "prioritised", "met");
  });

  it("a time limit a routine step must meet each time is measurable, not a deadline", () => {
    const cases: Case[] = [
      ["en", "Every new arrival should be seen by a doctor within 24 hours of admission."],
      ["en", "Detained persons should be informed immediately of their rights."],
      [
        "fr",
        "Toute personne placée en garde à vue doit être examinée par un médecin dans les 24 heures suivant son arrivée.",
      ],
      [
        "es",
        "Toda persona detenida debe ser reconocida por un médico en un plazo de 24 horas desde su ingreso.",
      ],
    ];
    expectAll(cases, "timebound", "not_met");
    expectAll(cases, "prioritised", "not_met");
    expectAll(cases, "measurable", "met");
    const basis = checkRecommendation({ text: cases[0][1] }).criteria.timebound.basis;
    expect(basis).toBe("routineTime");
  });

  it("immediacy inside a purpose clause does not govern the ask", () => {
    const text =
      "Night officers should carry cell keys so that they can open any cell immediately in an emergency.";
    expect(verdict(text, "timebound")).toBe("not_met");
    expect(verdict(text, "prioritised")).toBe("not_met");
  });

  it("'urges' is a priority signal, not a timeframe", () => {
    const cases: Case[] = [
      ["en", "The Committee urges the Ministry of Health to fund two posts of psychiatrist."],
      [
        "fr",
        "Le Comité demande instamment au ministère de la Santé de financer deux postes de psychiatre.",
      ],
      ["es", "El Comité insta al Ministerio de Sanidad a financiar dos plazas de psiquiatra."],
    ];
    expectAll(cases, "prioritised", "met");
    expectAll(cases, "timebound", "not_met");
  });

  it("open-ended time is not a deadline", () => {
    expectAll(
      [
        ["en", "The Ministry should build a new remand centre in due course."],
        ["fr", "Le ministère devrait construire un nouveau centre en temps utile."],
        ["es", "El ministerio debería construir un nuevo centro a su debido tiempo."],
      ],
      "timebound",
      "not_met"
    );
  });

  it("a flat request has no priority", () => {
    expectAll(
      [
        ["en", "The Governor should provide blankets in the reception area."],
        ["fr", "Le directeur devrait fournir des couvertures au greffe."],
        ["es", "El director debería proporcionar mantas en la zona de ingreso."],
      ],
      "prioritised",
      "not_met"
    );
  });
});

describe("solution", () => {
  it("is met by a means distinct from the end, or a concrete option", () => {
    expectAll(
      [
        [
          "en",
          "The Director should shorten waiting times for the dentist by hiring a second dentist.",
        ],
        ["en", "The Governor should replace the wire fence of the yard with a wall."],
        [
          "fr",
          "Le directeur devrait réduire l'attente pour le dentiste en recrutant un second dentiste.",
        ],
        ["fr", "Le directeur devrait remplacer le grillage de la cour par un mur."],
        [
          "es",
          "El director debería reducir la espera para el dentista mediante la contratación de un segundo dentista.",
        ],
        ["es", "Sustituir la valla metálica del patio por un muro."],
      ],
      "solution",
      "met"
    );
  });

  it("is met by a concrete ask given beside a general one, as the way to it", () => {
    expectAll(
      [
        ["en", "Keep the cells clean and ensure that each cell is cleaned after every stay."],
        [
          "fr",
          "Maintenir les cellules propres et veiller à ce que chaque cellule soit nettoyée après chaque séjour.",
        ],
        [
          "es",
          "Mantener las celdas limpias y garantizar que cada celda se limpie tras cada estancia.",
        ],
      ],
      "solution",
      "met"
    );
  });

  it("is not met by the end state alone", () => {
    expectAll(
      [
        ["en", "The Director should install a second shower block."],
        ["fr", "Le directeur devrait installer un second bloc de douches."],
        ["es", "El director debería instalar un segundo bloque de duchas."],
      ],
      "solution",
      "not_met"
    );
  });
});

describe("argued", () => {
  it("is met by a named standard or an existing rule named by its subject", () => {
    expectAll(
      [
        [
          "en",
          "In line with rule 58 of the Nelson Mandela Rules, visits should take place at least weekly.",
        ],
        ["en", "Officers should comply with their duty to wear their identification number."],
        [
          "fr",
          "Conformément à l'article 22 de la loi pénitentiaire, les visites devraient avoir lieu chaque semaine.",
        ],
        [
          "es",
          "De conformidad con el artículo 51 de la Ley Orgánica General Penitenciaria, las visitas deberían ser semanales.",
        ],
        [
          "es",
          "Dar instrucciones para que los agentes cumplan con su deber de portar su número de identificación.",
        ],
      ],
      "argued",
      "met"
    );
  });

  it("is met by a finding stated before the operative sentence", () => {
    const context =
      "La délégation a constaté que les cellules du quartier B n'étaient pas chauffées.";
    const result = checkRecommendation({
      text: "Le directeur devrait installer un chauffage dans toutes les cellules du quartier B.",
      context,
    }).criteria.argued;
    expect(result.verdict).toBe("met");
    expect(result.contextEvidence.length).toBeGreaterThan(0);
  });

  it("is not met by the name of the body that recommends", () => {
    expectAll(
      [
        ["en", "The CPT recommends that the Governor open the library on Sundays."],
        ["fr", "Le CPT recommande au directeur d'ouvrir la bibliothèque le dimanche."],
        ["es", "El SPT recomienda al director abrir la biblioteca los domingos."],
      ],
      "argued",
      "not_met"
    );
  });

  it("is not met by a bare cross-reference or by standards in general", () => {
    const cases: Case[] = [
      ["en", "The library should open on Saturdays (paragraph 4.12)."],
      ["en", "Conditions in the family room should comply with applicable standards."],
      ["fr", "La bibliothèque devrait ouvrir le samedi (voir paragraphe 4.12)."],
      ["es", "La biblioteca debería abrir los sábados (véase el párrafo 4.12)."],
      ["es", "Las celdas deben cumplir la normativa aplicable."],
    ];
    expectAll(cases, "argued", "not_met");
    expect(checkRecommendation({ text: cases[0][1] }).criteria.argued.basis).toBe("crossReference");
  });
});

describe("rootcause", () => {
  it("is met by a lever on the cause: procedure, training, staffing", () => {
    expectAll(
      [
        ["en", "The Director should adopt a written procedure on the use of restraint."],
        ["fr", "Le directeur devrait adopter une procédure écrite sur la contention."],
        ["es", "El director debería aprobar un protocolo escrito sobre la contención mecánica."],
      ],
      "rootcause",
      "met"
    );
  });

  it("is met by a rule or practice for everyone concerned", () => {
    expectAll(
      [
        [
          "en",
          "Every person admitted should receive a leaflet on the house rules in their language.",
        ],
        ["en", "Generic care plans should be replaced with plans written for each patient."],
        ["fr", "Toute personne admise doit recevoir un livret d'accueil dans sa langue."],
        ["es", "Toda persona que ingrese debe recibir un folleto informativo en su idioma."],
      ],
      "rootcause",
      "met"
    );
  });

  it("is not met by a one-off repair in one named place", () => {
    expectAll(
      [
        ["en", "The Director of Elmford Prison should repair the window of cell 14."],
        ["fr", "Le directeur de la prison d'Elmford devrait réparer la fenêtre de la cellule 14."],
        [
          "es",
          "El director del Centro Penitenciario de Elmford debería reparar la ventana de la celda 14.",
        ],
      ],
      "rootcause",
      "not_met"
    );
  });
});

describe("targeted", () => {
  it("is met by any named body or post, whatever its name", () => {
    expectAll(
      [
        ["en", "The Northshire Police Service should fit cameras in its custody suites."],
        ["en", "The Governor should open the gym at weekends."],
        ["en", "The Eastern Health Board should appoint a psychiatrist for the prison."],
        ["en", "Management of the establishment should publish the menu each week."],
        ["en", "The NPM recommends that the Ministry of Health fund a dental service."],
        ["en", "HQMS should issue an instruction on night checks."],
        ["fr", "Le directeur de l'établissement devrait ouvrir la salle de sport le week-end."],
        ["fr", "La direction de l'établissement devrait publier les menus chaque semaine."],
        ["fr", "Le CGLPL recommande au ministère de la Santé de financer un service dentaire."],
        ["es", "La Dirección del centro debería publicar los menús cada semana."],
        ["es", "El Director del centro debería abrir el gimnasio los fines de semana."],
        [
          "es",
          "Se recomienda a la Dirección General de Salud Pública que financie un servicio dental.",
        ],
        ["es", "La Guardia Civil de Villanueva debería instalar cámaras en los calabozos."],
      ],
      "targeted",
      "met"
    );
  });

  it("takes a body qualified by its complement or name, not a nationality of the authorities", () => {
    expect(
      verdict(
        "La direction interrégionale des services pénitentiaires de Nordville devrait recruter deux infirmiers.",
        "targeted"
      )
    ).toBe("met");
    expect(
      verdict(
        "The CPT recommends that the Ruritanian authorities take steps to ensure that every detained person can call a lawyer.",
        "targeted"
      )
    ).toBe("not_met");
  });

  it("names the addressee, not the body that recommends", () => {
    const text = "The NPM recommends that the Ministry of Health fund a dental service.";
    const [span] = checkRecommendation({ text }).criteria.targeted.evidence;
    expect(text.slice(span[0], span[1])).toBe("the Ministry of Health");
  });

  it("is not met by the State party, the authorities or the administration in general", () => {
    const cases: Case[] = [
      ["en", "The State party should fund a dental service in every prison."],
      ["en", "The relevant authorities should fund a dental service in every prison."],
      ["fr", "L'État partie devrait financer un service dentaire dans chaque prison."],
      ["fr", "Les autorités pénitentiaires devraient financer un service dentaire."],
      ["fr", "Il est recommandé à l'administration pénitentiaire de financer un service dentaire."],
      ["es", "El Estado parte debe financiar un servicio dental en cada prisión."],
      ["es", "La Administración debería financiar un servicio dental en cada prisión."],
      ["es", "Dotar a cada prisión de un servicio dental."],
    ];
    expectAll(cases, "targeted", "not_met");
    expect(checkRecommendation({ text: cases[0][1] }).criteria.targeted.basis).toBe("generic");
  });

  it("asks for review when the addressee is outside the text", () => {
    for (const text of [
      "It should install a call bell in every cell.",
      "Elle devrait installer un bouton d'appel dans chaque cellule.",
      "introduce a complaints register in every unit.",
    ]) {
      const result = checkRecommendation({ text }).criteria.targeted;
      expect(result.verdict).toBe("needs_review");
      expect(result.basis).toBe("addresseeElsewhere");
    }
  });
});

describe("advice and evidence labels", () => {
  const spanish = "Las autoridades deberían mejorar las condiciones de las celdas.";

  it("are worded in the reader's language with examples in the recommendation's", () => {
    const result = checkRecommendation({ text: spanish });
    const english = suggestionIn(result, "targeted", "en")!;
    expect(english).toMatch(/does not say who must act/);
    expect(english).toContain("“Las autoridades”");
    expect(english).toContain("El Ministerio del Interior debe");
    const french = suggestionIn(result, "targeted", "fr")!;
    expect(french).toMatch(/ne dit pas qui doit agir/);
    expect(french).toContain("El Ministerio del Interior debe");
    expect(basisName(result.criteria.targeted, "fr")).toBe("personne n’est nommé");
    expect(basisName(result.criteria.targeted, "es")).toBe("nadie nombrado");
  });

  it("are written by the checker in the reader's language it is given", () => {
    const result = checkRecommendation({ text: spanish }, { readerLanguage: "es" });
    expect(result.criteria.specific.suggestion).toMatch(/no dice qué hay que hacer/);
    expect(result.criteria.specific.suggestion).toContain("instalar un timbre");
  });

  it("give no label where nothing was found, and no advice where a criterion is met", () => {
    const result = checkRecommendation({ text: "The Governor should provide blankets." });
    expect(basisName(result.criteria.prioritised, "en")).toBeNull();
    expect(suggestionIn(result, "targeted", "en")).toBeNull();
    expect(basisName(result.criteria.targeted, "en")).toBe("addressee");
  });
});
