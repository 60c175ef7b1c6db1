/**
 * The layouts and voices of real reports (SPT, CPT, treaty bodies,
 * inspectorates, ombudsmen, NPMs in English, French and Spanish), written
 * here with text of our own: every class of miss the finder once had, in
 * each language, and the look-alikes it must leave out.
 */
import { findRecommendations } from "../../../src/core/extract";
import type { FoundRecommendation } from "../../../src/core/extract/types";
import { readDocx } from "../../../src/files/docx";
import {
  Block,
  DocxSpec,
  buildDocx,
  bullets,
  heading,
  numbered,
  para,
  table,
} from "../../support/docx";

async function find(
  blocks: Block[],
  extra: Omit<DocxSpec, "blocks"> = {},
  candidates = false
): Promise<FoundRecommendation[]> {
  const report = await readDocx(await buildDocx({ blocks, ...extra }));
  return findRecommendations(report.paragraphs, { candidates });
}

const texts = (recs: FoundRecommendation[]) => recs.map((r) => r.text);
const taken = (recs: FoundRecommendation[]) => texts(recs.filter((r) => !r.candidate));

describe("numbered lists under preliminary observations or conclusions, with no 'recommends'", () => {
  it.each([
    [
      "en",
      "Preliminary observations",
      [
        "The police station commander should ensure that every detained person is informed of their rights in writing.",
        "Cells without natural light must no longer be used for overnight detention.",
      ],
    ],
    [
      "fr",
      "Observations préliminaires",
      [
        "Le commandant du poste devrait veiller à ce que chaque personne gardée à vue soit informée de ses droits par écrit.",
        "Les cellules sans lumière naturelle ne doivent plus être utilisées la nuit.",
      ],
    ],
    [
      "es",
      "Conclusiones",
      [
        "La jefatura de la comisaría debe garantizar que toda persona detenida reciba por escrito la información sobre sus derechos.",
        "Los calabozos sin luz natural no deberían utilizarse para pernoctar.",
      ],
    ],
  ])("%s: every item of the list", async (_lang, title, items) => {
    const recs = await find([
      heading(1, title),
      para("Les observations qui suivent ont été présentées oralement à la fin de la visite."),
      ...numbered("obs", items),
    ]);
    expect(texts(recs)).toEqual(items);
    expect(recs.map((r) => r.ref)).toEqual(["1", "2"]);
    expect(recs[0].reasons).toEqual(expect.arrayContaining(["modal", "conclusionSection"]));
  });
});

describe("'X should' sentences in findings of a report that never says 'recommends'", () => {
  it.each([
    [
      "en",
      "Health care",
      "The nurse visited the wing twice a week. The prison management should arrange a daily nursing round on every wing. Several prisoners were satisfied with the dentist.",
      "The prison management should arrange a daily nursing round on every wing.",
    ],
    [
      "fr",
      "Soins",
      "L'infirmière passe deux fois par semaine dans l'aile. La direction de l'établissement devrait organiser une tournée infirmière quotidienne dans chaque aile. Plusieurs détenus se sont dits satisfaits du dentiste.",
      "La direction de l'établissement devrait organiser une tournée infirmière quotidienne dans chaque aile.",
    ],
    [
      "es",
      "Atención sanitaria",
      "La enfermera acude al módulo dos veces por semana. La dirección del centro debería organizar una ronda de enfermería diaria en cada módulo. Varios internos se mostraron satisfechos con el dentista.",
      "La dirección del centro debería organizar una ronda de enfermería diaria en cada módulo.",
    ],
  ])("%s", async (_lang, title, paragraph, expected) => {
    const recs = await find([heading(1, title), para(paragraph)]);
    expect(texts(recs)).toEqual([expected]);
    expect(recs[0].context).not.toBe("");
    expect(recs[0].addressee).toBeDefined();
  });
});

describe("the recommending sentence after a context clause, and the body's own view", () => {
  it.each([
    [
      "Given the above, the Committee recommends that the State party limit pretrial detention to six months.",
      "In the view of the delegation, the director should allow detainees to telephone their families every week.",
    ],
    [
      "Compte tenu de ce qui précède, le Comité recommande à l'État partie de limiter la détention provisoire à six mois.",
      "De l'avis de la délégation, la direction devrait permettre aux détenus de téléphoner à leur famille chaque semaine.",
    ],
    [
      "A la vista de lo anterior, el Comité recomienda al Estado parte que limite la prisión preventiva a seis meses.",
      "A juicio de la delegación, la dirección debería permitir que los internos llamen a sus familias cada semana.",
    ],
  ])("%s", async (recommends, view) => {
    const recs = await find([
      heading(1, "Findings"),
      para(`Pretrial detention lasted up to three years. ${recommends}`),
      para(`Contacts were rare. ${view}`),
    ]);
    expect(texts(recs)).toEqual([recommends, view]);
    expect(recs[1].reasons).toContain("opinion");
  });
});

describe("bodies other than 'the NPM'", () => {
  it.each([
    "The Subcommittee recommends that the mechanism publish its annual report.",
    "The SPT recommends that the State party allocate a separate budget to the mechanism.",
    "The CPT recommends that the authorities put an end to the use of metal cages.",
    "The Committee urges the State party to investigate every death in custody.",
    "The delegation recommends that cells be fitted with call bells.",
    "The visiting team recommends that the kitchen be renovated.",
    "The Inspectorate recommends that the governor review the use of segregation.",
    "The Ombudsman recommends that the institution record every use of force.",
    "The CPT calls upon the authorities to close the basement cells.",
    "Le Contrôleur général recommande que les cellules soient rénovées.",
    "Le CGLPL recommande que chaque patient reçoive le règlement intérieur.",
    "Le Sous-Comité recommande à l'État partie de garantir l'accès à un avocat.",
    "La Commission recommande aux autorités cantonales de renoncer aux fouilles à nu systématiques.",
    "El Mecanismo recomienda que se instalen cámaras en las salas de interrogatorio.",
    "La Defensoría recomienda a la Dirección General que amplíe el horario de visitas.",
    "El Subcomité recomienda al Estado parte que asigne un presupuesto propio al mecanismo.",
    "El MNP insta a la Administración a reparar la calefacción.",
  ])("%s", async (sentence) => {
    const recs = await find([heading(1, "Findings"), para(sentence)]);
    expect(texts(recs)).toEqual([sentence]);
    expect(recs[0].reasons[0]).toBe("recommends");
  });
});

describe("a body that calls itself by its acronym and by a generic noun", () => {
  it.each([
    [
      "en",
      [
        "The CPT recommends that the authorities remind police officers that ill-treatment is illegal.",
        "The CPT calls upon the authorities to keep every police cell clean.",
        "The CPT recommends that detained persons be informed of their rights in writing.",
      ],
      "The Committee recommends that steps be taken to reduce overcrowding at the remand prison.",
    ],
    [
      "fr",
      [
        "Le SPT recommande à l'État partie de garantir l'accès à un avocat dès l'arrestation.",
        "Le SPT recommande que chaque cellule dispose d'un éclairage naturel.",
        "Le SPT recommande que les registres de garde à vue soient tenus à jour.",
      ],
      "Le Sous-Comité recommande que les mineurs soient séparés des adultes.",
    ],
    [
      "es",
      [
        "El MNP recomienda que se instalen timbres de llamada en todas las celdas.",
        "El MNP recomienda a la Dirección que amplíe el horario de visitas.",
        "El MNP recomienda que se registre cada uso de medios de contención.",
      ],
      "El Mecanismo recomienda que se revise el protocolo de aislamiento.",
    ],
  ])("%s: the generic name is the report's own voice too", async (_lang, mostly, generic) => {
    const recs = await find([
      heading(1, "Findings"),
      ...mostly.map((text, i) => para(`${i + 10}. ${text}`)),
      para(`13. ${generic}`),
    ]);
    expect(taken(recs)).toEqual([...mostly, generic]);
  });

  it("still leaves a body cited by its own name in a report where the NPM recommends", async () => {
    const cited =
      "In its concluding observations, the Committee against Torture recommends that the State party abolish the use of restraint beds.";
    const recs = await find([
      heading(1, "Findings"),
      para("The NPM recommends that the director install call bells in every cell."),
      para("The NPM recommends that the kitchen be renovated within six months."),
      para("The NPM recommends that every new arrival see a doctor on the first day."),
      para(cited),
    ]);
    expect(taken(recs)).not.toContain(cited);
  });
});

describe("recommendations of several sentences keep their sentences", () => {
  it.each([
    [
      "The CPT recommends that the basement cells be taken out of service.",
      "Pending that, they should be used for no longer than four hours.",
    ],
    [
      "The NPM recommends that a register of restraint be kept on every ward.",
      "Meanwhile, each use should be recorded in the patient's file.",
    ],
    [
      "The Subcommittee recommends that a central register of complaints be set up.",
      "This register should show the date, the subject and the outcome of each complaint.",
    ],
    [
      "Le CGLPL recommande que les cellules du sous-sol soient fermées.",
      "Dans l'attente, leur utilisation devrait être limitée à quatre heures.",
    ],
    [
      "El MNP recomienda que se cree un registro de quejas.",
      "Dicho registro debería recoger la fecha, el asunto y la respuesta de cada queja.",
    ],
    [
      "El Mecanismo recomienda que se retiren las literas de los calabozos.",
      "Mientras tanto, se deberá garantizar que cada persona disponga de colchón.",
    ],
  ])("%s + %s", async (first, second) => {
    const recs = await find([
      heading(1, "Findings"),
      para(`The cells were damp. ${first} ${second} The yard was clean.`),
    ]);
    expect(texts(recs)).toEqual([`${first} ${second}`]);
  });

  it("keeps a second recommending sentence of the body as a recommendation of its own", async () => {
    const recs = await find([
      heading(1, "Recommendations to the mechanism"),
      para(
        "21. The Subcommittee recommends that the mechanism adopt a visit plan. To that end, the Subcommittee recommends, for instance, setting priorities by type of place."
      ),
      para("22. The Subcommittee noted that the mechanism has few staff."),
      heading(1, "Other matters"),
      para("23. The Subcommittee considers that the mechanism needs more doctors."),
    ]);
    expect(texts(recs)).toEqual([
      "The Subcommittee recommends that the mechanism adopt a visit plan.",
      "To that end, the Subcommittee recommends, for instance, setting priorities by type of place.",
    ]);
    expect(recs[0].ref).toBe("21");
  });
});

describe("a table cell holding several bulleted recommendations", () => {
  it.each([
    ["Place visited", "Recommendations"],
    ["Lieu visité", "Recommandations"],
    ["Lugar visitado", "Recomendaciones"],
  ])("%s | %s", async (placeHeader, recHeader) => {
    const recs = await find([
      table([
        [placeHeader, recHeader],
        [
          "Westbrook Remand Centre, closed unit",
          [
            ...bullets("bullets-cell", [
              "that management ensure that interpreters are used in medical consultations",
              "that management give inmates the possibility to work",
            ]),
          ],
        ],
      ]),
    ]);
    expect(texts(recs)).toEqual([
      "that management ensure that interpreters are used in medical consultations",
      "that management give inmates the possibility to work",
    ]);
    expect(recs[0].reasons).toContain("tableColumn");
  });
});

describe("lists under a recommending stem", () => {
  it("en: 'The authorities should:' with lettered items", async () => {
    const recs = await find([
      heading(1, "Conditions of detention"),
      para("The Committee remains concerned about overcrowding. The State party should:"),
      para("(a) Reduce the prison population, in particular by using alternatives to detention;"),
      para("(b) Ensure that every prisoner has a bed;"),
      para("(c) Renovate the sanitary facilities of Block C."),
      para("The Committee welcomes the new law on probation."),
    ]);
    expect(texts(recs)).toEqual([
      "Reduce the prison population, in particular by using alternatives to detention;",
      "Ensure that every prisoner has a bed;",
      "Renovate the sanitary facilities of Block C.",
    ]);
    expect(recs.map((r) => r.ref)).toEqual(["a", "b", "c"]);
    expect(recs[0].reasons).toContain("stem");
  });

  it("fr: 'Le Gouvernement devrait :' with items a), b) opening with an infinitive", async () => {
    const recs = await find([
      heading(1, "Garde à vue"),
      para("12. Le Gouvernement devrait prendre les mesures nécessaires afin de :"),
      para("a) Veiller à ce que toute personne gardée à vue puisse voir un médecin ;"),
      para("b) Garantir l'accès à un avocat dès la première heure ;"),
      para("13. Le Comité salue l'adoption de la nouvelle loi."),
    ]);
    expect(texts(recs)).toEqual([
      "Veiller à ce que toute personne gardée à vue puisse voir un médecin ;",
      "Garantir l'accès à un avocat dès la première heure ;",
    ]);
  });

  it("es: 'Se recomienda a la Dirección:' with infinitive items and no numbering", async () => {
    const recs = await find([
      heading(1, "Módulo de aislamiento"),
      para("Se recomienda a la Dirección del centro:"),
      para("Adoptar un protocolo de uso de la sujeción mecánica."),
      para("Garantizar la presencia continua de personal sanitario durante la contención."),
      para("El módulo estaba limpio y bien iluminado."),
    ]);
    expect(texts(recs)).toEqual([
      "Adoptar un protocolo de uso de la sujeción mecánica.",
      "Garantizar la presencia continua de personal sanitario durante la contención.",
    ]);
    expect(recs[0].addressee).toBe("Dirección del centro");
  });

  it("en: 'The inspectors recommended:' with 'That the director ensure' items", async () => {
    const recs = await find([
      heading(1, "Chapter 9"),
      para("The inspectors recommended:"),
      para("That the director ensure that the visits hall opens at weekends."),
      para("That the director arrange for a second telephone on each landing."),
      para("The library was well used."),
    ]);
    expect(texts(recs)).toEqual([
      "That the director ensure that the visits hall opens at weekends.",
      "That the director arrange for a second telephone on each landing.",
    ]);
  });
});

describe("labelled resolutions", () => {
  it("es: RECOMENDACIÓN: and SUGERENCIA: with metadata lines after each", async () => {
    const recs = await find([
      heading(1, "Visita al calabozo de una comisaría"),
      para("RECOMENDACIÓN:"),
      para("Que se dote a todas las comisarías de un libro de registro de custodia."),
      para("Fecha: 12/03/2025"),
      para("Administración: Dirección General de la Policía"),
      para("Respuesta: Sin respuesta"),
      para("SUGERENCIA:"),
      para("Que se repare el sistema de ventilación de los calabozos."),
      para("Fecha: 12/03/2025"),
      para("Estado: En trámite"),
    ]);
    expect(texts(recs)).toEqual([
      "Que se dote a todas las comisarías de un libro de registro de custodia.",
      "Que se repare el sistema de ventilación de los calabozos.",
    ]);
    expect(recs[0].reasons).toContain("label");
  });

  it("es: RECOMENDACIÓN PRIMERA. and ordinals under RECOMENDACIONES", async () => {
    const recs = await find([
      para("Como consecuencia de la visita se adoptan las resoluciones siguientes."),
      heading(2, "RECOMENDACIONES"),
      para("RECOMENDACIÓN PRIMERA. Impartir instrucciones para que se registre cada contención."),
      para("SEGUNDA. Que se informe a los pacientes de sus derechos por escrito."),
    ]);
    expect(recs.map((r) => [r.ref, r.text])).toEqual([
      ["PRIMERA", "Impartir instrucciones para que se registre cada contención."],
      ["SEGUNDA", "Que se informe a los pacientes de sus derechos por escrito."],
    ]);
  });

  it("fr: 'Recommandation n° 3 :' and 'RECOMMANDATION 4' boxes, not 'BONNE PRATIQUE'", async () => {
    const recs = await find([
      heading(1, "Les conditions de vie"),
      para("Recommandation n° 3 : Les douches doivent être accessibles chaque jour."),
      para("RECOMMANDATION 4"),
      para("La direction doit afficher le règlement intérieur dans chaque unité."),
      para("BONNE PRATIQUE 2"),
      para("L'établissement remet à chaque arrivant un livret traduit en huit langues."),
      para("Bonne pratique : le personnel doit se présenter à chaque patient."),
    ]);
    expect(recs.map((r) => [r.ref, r.text])).toEqual([
      ["3", "Les douches doivent être accessibles chaque jour."],
      ["4", "La direction doit afficher le règlement intérieur dans chaque unité."],
    ]);
  });
});

describe("numbered minimum standards, and a page quoting one", () => {
  it.each([
    [
      "fr",
      "Les personnes retenues doivent pouvoir téléphoner chaque jour. Les appels doivent avoir lieu hors de la présence du personnel. Le coût doit rester modique.",
    ],
    [
      "es",
      "Las personas internas deben poder telefonear cada día. Las llamadas deben realizarse sin presencia del personal. El coste debe ser reducido.",
    ],
    [
      "en",
      "Detained persons must be able to telephone every day. Calls must take place out of the hearing of staff. Their cost must remain low.",
    ],
  ])(
    "%s: a numbered paragraph saying, sentence after sentence, what must be done, quoted at the top of a page",
    async (_lang, standard) => {
      const recs = await find([
        para(`« 42. ${standard} » Read all the minimum standards on the website of the mechanism`),
        para("See also: the annual report"),
      ]);
      expect(recs.map((r) => [r.ref, r.text])).toEqual([["42", standard]]);
      expect(recs[0].reasons).toContain("normative");
    }
  );

  it("leaves a quoted provision or an earlier recommendation quoted inside a sentence", async () => {
    const recs = await find([
      para(
        "« Article 9. Les personnes détenues doivent pouvoir téléphoner chaque jour. Les appels doivent avoir lieu hors de la présence du personnel. »"
      ),
      para(
        "En 2019, le CGLPL avait recommandé : « 12. Les personnes détenues doivent pouvoir téléphoner chaque jour. Les appels doivent être confidentiels. »"
      ),
    ]);
    expect(recs).toEqual([]);
  });
});

describe("boxes: one-column tables framing a recommendation or good practice", () => {
  it("reads a framed label and its text, a framed bulleted list, and leaves framed good practice", async () => {
    const recs = await find([
      heading(1, "Santé"),
      para("L'unité sanitaire est ouverte en semaine."),
      table([
        [
          [
            para("RECOMMANDATION 5"),
            para("La direction doit assurer une permanence médicale le week-end."),
          ],
        ],
      ]),
      para("Les consultations de psychiatrie ont lieu deux fois par mois."),
      table([
        [
          [
            para("BONNE PRATIQUE 2"),
            para("Le personnel doit se présenter à chaque patient, ce qui est fait."),
          ],
        ],
      ]),
      heading(1, "Security"),
      table([
        [
          [
            para("Recommendations"),
            ...bullets("bullet-box", [
              "The prison should record every strip search in a register.",
              "Staff should receive training in de-escalation.",
            ]),
          ],
        ],
      ]),
      para("Officers said that staff should work fewer night shifts."),
      // The box's "Recommendations" line heads the box only, not the findings after it.
      para("The old wing was damp. Cells should be repainted."),
    ]);
    expect(recs.map((r) => [r.ref, r.text])).toEqual([
      ["5", "La direction doit assurer une permanence médicale le week-end."],
      [undefined, "The prison should record every strip search in a register."],
      [undefined, "Staff should receive training in de-escalation."],
    ]);
  });
});

describe("bold recommendation sentences (the CPT's practice)", () => {
  it("takes a bold 'should' sentence that would otherwise only be possible", async () => {
    const bold = "Steps should be taken to provide all detainees with a mattress at night.";
    const plain = "The director should offer a shower every day.";
    const recs = await find(
      [
        heading(1, "Conditions"),
        para("The CPT recommends that cells be cleaned daily."),
        para("The CPT recommends that the ventilation be repaired."),
        para(["Mattresses were lacking. ", { bold }]),
        para(`Showers were rare. ${plain}`),
      ],
      {},
      true
    );
    expect(taken(recs)).toEqual([
      "The CPT recommends that cells be cleaned daily.",
      "The CPT recommends that the ventilation be repaired.",
      bold,
    ]);
    expect(recs.find((r) => r.text === bold)?.reasons).toContain("bold");
    expect(recs.find((r) => r.text === plain)?.candidate).toBe(true);
  });
});

describe("a report in the CPT's manner: numbered paragraphs, recommendations in bold", () => {
  it("takes the bold sentences, and leaves a plain 'should' and the requests for information", async () => {
    const recs = await find(
      [
        heading(1, "Police establishments"),
        para("12. The delegation visited six police stations and heard few complaints."),
        heading(2, "Ill-treatment"),
        para([
          "13. Several allegations of slaps were received. ",
          { bold: "The CPT recommends that a firm message be delivered to all police officers." },
        ]),
        para(
          "14. In the CPT's view, police officers should not carry truncheons in detention areas."
        ),
        para([
          "15. Doctors examined detainees in the presence of officers. ",
          { bold: "The CPT would like to receive the comments of the authorities on this matter." },
        ]),
        heading(2, "Conditions"),
        para([
          "16. The cells were dirty. ",
          { bold: "Steps should be taken to give every cell access to natural light." },
        ]),
      ],
      {},
      true
    );
    expect(taken(recs)).toEqual([
      "The CPT recommends that a firm message be delivered to all police officers.",
      "Steps should be taken to give every cell access to natural light.",
    ]);
    expect(recs.map((r) => r.ref)).toEqual(["13", "14", "16"]);
    expect(recs[1]).toMatchObject({ candidate: true, addressee: "police officers" });
  });
});

describe("candidates: nothing dropped silently", () => {
  it("returns texts just below the threshold flagged, only when asked, with their reasons", async () => {
    const blocks = [
      heading(1, "Findings"),
      para("The NPM recommends that the director repair the heating."),
      para("The NPM recommends that the kitchen be renovated."),
      para(
        "Cells were dirty. The director should have the cells cleaned more often. The yard was small."
      ),
    ];
    expect(texts(await find(blocks))).toEqual([
      "The NPM recommends that the director repair the heating.",
      "The NPM recommends that the kitchen be renovated.",
    ]);
    const all = await find(blocks, {}, true);
    const candidate = all.find((r) => r.candidate);
    expect(candidate).toMatchObject({
      text: "The director should have the cells cleaned more often.",
      candidate: true,
      reasons: ["modal", "addressee", "explicitElsewhere"],
    });
    expect(candidate!.score).toBeLessThan(all.find((r) => !r.candidate)!.score);
  });
});

describe("a report with a recommendations chapter", () => {
  it("takes the chapter's items; a 'should' among its findings is only possible, praise is not a recommendation", async () => {
    const recs = await find(
      [
        heading(1, "Findings"),
        para("The kitchen was clean. The governor should review the menu with a dietician."),
        para("The prison should be commended for its peer-support scheme."),
        para("Le personnel doit être félicité pour son accueil."),
        para("La direction doit faire face à un manque de personnel depuis deux ans."),
        para("Staff must often work double shifts because of vacancies."),
        para("La dirección debe a menudo recurrir a horas extraordinarias."),
        heading(1, "Recommendations"),
        ...numbered("recs", [
          "The governor should review the menu with a dietician before the end of the year.",
          "Provide a hot evening meal every day.",
        ]),
      ],
      {},
      true
    );
    expect(taken(recs)).toEqual([
      "The governor should review the menu with a dietician before the end of the year.",
      "Provide a hot evening meal every day.",
    ]);
    expect(recs.filter((r) => r.candidate).map((r) => r.text)).toEqual([
      "The governor should review the menu with a dietician.",
    ]);
  });
});

describe("each paragraph read in its own language", () => {
  it("reads a French paragraph of an English report with the French lexicon, and a Spanish report whatever Office's language", async () => {
    const recs = await find([
      heading(1, "Findings"),
      para("The visit took place in May. The delegation met the director and twelve detainees."),
      para(
        "Dans sa lettre, la délégation française conclut son propos. La direction devrait installer un interphone dans chaque cellule du quartier disciplinaire."
      ),
    ]);
    expect(recs.map((r) => [r.text, r.language])).toEqual([
      [
        "La direction devrait installer un interphone dans chaque cellule du quartier disciplinaire.",
        "fr",
      ],
    ]);
  });
});

describe("look-alikes in every language", () => {
  it.each([
    [
      "quoted law",
      [
        'Article 12 of the Act provides: "The director shall ensure that every prisoner can shower daily."',
        "L'article 12 de la loi dispose que le directeur doit garantir une douche quotidienne.",
        "El artículo 12 de la Ley establece que la dirección debe garantizar una ducha diaria.",
      ],
    ],
    [
      "what others recommended",
      [
        "In 2019 the CPT recommended that the cells be enlarged.",
        "Le CPT avait recommandé en 2015 que les cellules soient agrandies.",
        "En 2019 el Subcomité recomendó que se ampliaran las celdas.",
      ],
    ],
    [
      "requests for information or a reply",
      [
        "The CPT would like to receive the comments of the authorities on this matter.",
        "Le CPT souhaite recevoir des informations sur les mesures prises.",
        "El MNP solicita que se le informe de las medidas adoptadas en el plazo de un mes.",
        "The Committee requests the State party to provide, by 12 May 2027, information on follow-up to the Committee's recommendations.",
        "Le CGLPL demande à être tenu informé de l'avancement des travaux.",
        "Se solicita informar a este Mecanismo, en un plazo de 30 días, sobre las acciones emprendidas.",
      ],
    ],
    [
      "implemented past recommendations",
      [
        "The recommendation to install call bells has been implemented.",
        "La recommandation relative aux douches a été mise en œuvre.",
        "La recomendación sobre las duchas ha sido aceptada y cumplida.",
      ],
    ],
    [
      "the authorities' response",
      [
        "In its response, the Ministry states that the cells should be renovated in 2027.",
        "Dans sa réponse, le ministère indique que les cellules devraient être rénovées en 2027.",
        "En su respuesta, la Dirección General indica que las celdas deberán renovarse en 2027.",
      ],
    ],
    [
      "what staff or detainees said",
      [
        "The director said that staff should wear name badges.",
        "Le directeur a indiqué que le personnel devrait porter un badge.",
        "El director manifestó que el personal debería llevar una placa identificativa.",
      ],
    ],
  ])("%s", async (_what, sentences) => {
    const recs = await find(
      [
        heading(1, "Findings"),
        ...sentences.map((s) => para(s)),
        heading(1, "Recommendations"),
        ...sentences.map((s) => para(s)),
      ],
      {},
      true
    );
    expect(recs).toEqual([]);
  });

  it("takes impersonal prescriptions but not discourse, and leaves hearsay", async () => {
    const prescriptions = [
      "Il convient de remettre à chaque personne retenue une notification de ses droits.",
      "Es necesario que la Dirección habilite un patio cubierto.",
      "It is essential that every detainee receives a medical examination on arrival.",
    ];
    const recs = await find([
      heading(1, "Observations"),
      ...prescriptions.map((p) => para(`La cour était petite. ${p}`)),
      para("Il convient de noter que le personnel a été très coopératif."),
      para("Es preciso señalar que la visita se desarrolló sin incidentes."),
      para("It is necessary to note that the visit took place during the holidays."),
      para("We were told that prisoners should be allowed to keep their own clothes."),
      para("On nous a dit que les détenus devraient pouvoir téléphoner plus souvent."),
      para("Los internos manifestaron que deberían poder llamar más a menudo."),
      para(
        "Le règlement intérieur du centre prévoit que les retenus doivent rester en chambre la nuit."
      ),
      para(
        "La Ley Orgánica General Penitenciaria establece que los internos deben ser informados."
      ),
    ]);
    expect(texts(recs)).toEqual(prescriptions);
    expect(recs[0].reasons).toContain("impersonal");
  });

  it("skips a follow-up letter answering the authorities, in Spanish and English", async () => {
    const recs = await find([
      heading(1, "Visita al centro de internamiento"),
      para("RECOMENDACIÓN:"),
      para("Que se instale un sistema de llamada en cada celda."),
      para("Fecha: 02/02/2025"),
      heading(2, "Visita al centro de internamiento"),
      para("Se agradece el escrito de contestación remitido por la Dirección General."),
      heading(3, "Consideraciones"),
      para(
        "1. Del escrito se desprende la no aceptación de la RECOMENDACIÓN. Según se explica, no sería necesario instalar un sistema de llamada."
      ),
      para("2. Se considera que la Administración debería reconsiderar su posición."),
      heading(1, "Follow-up letter"),
      para("Thank you for your letter of 3 May."),
      para("The Ministry states that new mattresses should be bought next year."),
    ]);
    expect(texts(recs)).toEqual(["Que se instale un sistema de llamada en cada celda."]);
  });

  it("skips footnotes and notes in every language", async () => {
    const recs = await find(
      [
        heading(1, "Constats"),
        para(["Les cellules étaient froides.", { footnote: 1 }]),
        para(["Las celdas estaban frías.", { footnote: 2 }]),
        para("Note : le CGLPL recommande de lire le rapport de 2019."),
        para("Nota: el MNP recomienda consultar el informe de 2019."),
      ],
      {
        footnotes: [
          ["Le CGLPL recommande que le directeur consulte le rapport de 2019."],
          ["El MNP recomienda que la dirección consulte el informe de 2019."],
        ],
      },
      true
    );
    expect(recs).toEqual([]);
  });

  it("skips a covering letter asking for a reply", async () => {
    const recs = await find([
      para("Strasbourg, 12 March 2025"),
      para("Dear Ambassador,"),
      para(
        "I have the honour to enclose the report drawn up by the Committee after its visit. The report contains a number of recommendations, comments and requests for information."
      ),
      para(
        "The Committee requests the authorities to provide within three months a response giving a full account of action taken to implement its recommendations."
      ),
      para("Yours sincerely,"),
    ]);
    expect(recs).toEqual([]);
  });

  it("skips good practice and metadata lines, in French and Spanish", async () => {
    const recs = await find(
      [
        heading(1, "Bonnes pratiques"),
        para("Le personnel doit se présenter à chaque patient, ce qui est fait systématiquement."),
        heading(1, "Resolución"),
        para("Fecha: 10/01/2024"),
        para("Respuesta: Se acepta la recomendación y se deberá informar en un mes."),
        para("Queja número: 20241234"),
      ],
      {},
      true
    );
    expect(recs).toEqual([]);
  });
});
