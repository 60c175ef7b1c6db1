/**
 * Classes of sentence that decide `specific` and `measurable` on published
 * recommendations, in English, French and Spanish. The sentences are written
 * for these tests.
 */
import { checkRecommendation, type CriterionKey } from "../../../src/core/smart";
import type { Language } from "../../../src/core/language";

type Case = [Language, string];

function result(language: Language, text: string, key: CriterionKey) {
  return checkRecommendation({ text }, { language }).criteria[key];
}

describe("specific and measurable: freedom from a harm as the whole ask names no act", () => {
  it.each<Case>([
    [
      "en",
      "The Ministry should ensure that inmates who spoke to the visiting team, their relatives and lawyers are protected from any act of retaliation.",
    ],
    [
      "en",
      "The Board urges the authorities to ensure that there are no reprisals after the visit.",
    ],
    ["en", "Complainants should be protected against intimidation by other residents."],
    [
      "fr",
      "Le ministère devrait veiller à ce qu'il n'y ait aucune représaille contre les personnes entendues.",
    ],
    ["fr", "Les plaignants doivent être protégés contre toute forme d'intimidation."],
    [
      "es",
      "Garantizar que los internos entrevistados, sus familias y sus abogados estén protegidos frente a cualquier represalia.",
    ],
    ["es", "Que los internos que presenten una queja no sufran represalias."],
    [
      "en",
      "The Board reiterates its findings and stresses that those who give information to the Board should not be punished or otherwise penalised for having done so.",
    ],
    ["en", "No inmate should suffer reprisals for having spoken to the visiting team."],
    [
      "fr",
      "Les personnes qui ont parlé aux membres du mécanisme ne doivent pas être sanctionnées pour avoir coopéré avec lui.",
    ],
    [
      "es",
      "Las personas entrevistadas no deben ser sancionadas por haber colaborado con el Mecanismo.",
    ],
  ])("%s: %s", (language, text) => {
    const checked = checkRecommendation({ text }, { language }).criteria;
    expect(checked.specific.verdict).toBe("not_met");
    expect(checked.specific.basis).toBe("vague");
    expect(checked.measurable.verdict).toBe("not_met");
  });

  it.each<Case>([
    [
      "en",
      "The Governor should install a confidential complaints box on each wing, out of sight of the cameras.",
    ],
    ["en", "Record every allegation of reprisals in a register kept by the Director."],
    [
      "fr",
      "Le directeur devrait installer une boîte aux lettres confidentielle dans chaque aile de la prison.",
    ],
    ["fr", "Consigner chaque allégation de représailles dans un registre tenu par le directeur."],
    [
      "es",
      "El director debería instalar un buzón de quejas confidencial en cada módulo del centro.",
    ],
    ["es", "Registrar toda denuncia de represalias en un libro custodiado por el director."],
    ["en", "Prisoners should not be punished for self-harm."],
  ])("an act against a harm, or a rule of practice, stays concrete (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});

describe("measurable: the number of a list item or of a recommendation, or a year, is not a quantity", () => {
  it.each<Case>([
    ["en", "Recommendation 4 Publish the findings of the Coroner on the prison website."],
    ["en", "7. Publish the findings of the Coroner on the prison website."],
    [
      "en",
      "The Governor should act on the Coroner's findings: 1. publish them on the website; and 2. send them to the staff committee.",
    ],
    ["fr", "Recommandation 4 Publier les conclusions du médecin légiste sur le site de la prison."],
    ["fr", "7. Publier les conclusions du médecin légiste sur le site de la prison."],
    ["es", "Recomendación 4 Publicar las conclusiones del médico forense en la web del centro."],
    ["es", "7. Publicar las conclusiones del médico forense en la web del centro."],
    ["en", "Recommendation No. 12 Publish the 2019 findings of the Coroner on the prison website."],
    ["fr", "Recommandation n° 12 Publier les conclusions 2019 du médecin légiste sur le site."],
    ["es", "Recomendación N° 12 Publicar las conclusiones de 2019 del médico forense en la web."],
  ])("%s: %s", (language, text) => {
    const measurable = result(language, text, "measurable");
    expect(measurable.verdict).toBe("met");
    expect(measurable.basis).toBe("action");
  });

  it.each<Case>([
    ["en", "7. Each cell should hold at most 2 people, and the Governor should check this weekly."],
    ["en", "Recommendation 4 Visits should last 2 hours."],
    ["fr", "7. Les visites doivent durer 2 heures."],
    ["es", "Recomendación 4 Las visitas deben durar 2 horas."],
  ])("a number in the ask still counts (%s): %s", (language, text) => {
    const measurable = result(language, text, "measurable");
    expect(measurable.verdict).toBe("met");
    expect(measurable.basis).toBe("measure");
  });
});

describe("specific: a sufficiency of means named by a participle is a bare sufficiency", () => {
  it.each<Case>([
    [
      "en",
      "Ensure the prison health service is adequately resourced for every prison in the region.",
    ],
    ["en", "The mental health team should be sufficiently staffed at all times."],
    [
      "fr",
      "Veiller à ce que le service de santé soit suffisamment doté pour toutes les prisons de la région.",
    ],
    ["fr", "L'équipe de santé mentale doit être correctement équipée dans chaque établissement."],
    [
      "es",
      "Que el servicio de salud penitenciaria esté adecuadamente dotado para todas las prisiones de la región.",
    ],
    ["es", "El equipo de salud mental debe estar suficientemente financiado en todos los centros."],
  ])("%s: %s", (language, text) => {
    const checked = checkRecommendation({ text }, { language }).criteria;
    expect(checked.specific.verdict).toBe("not_met");
    expect(checked.measurable.verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "The clinic should be sufficiently staffed to open every evening until ten o'clock."],
    [
      "fr",
      "La clinique doit être suffisamment dotée en personnel pour ouvrir chaque soir jusqu'à 22 heures.",
    ],
    [
      "es",
      "La clínica debe estar suficientemente dotada de personal para abrir cada tarde hasta las 22 horas.",
    ],
    ["en", "Every cell should be properly equipped with a call bell that rings in the office."],
    ["fr", "Chaque cellule doit être correctement équipée d'un bouton d'appel relié au bureau."],
    ["es", "Cada celda debe estar debidamente equipada con un timbre conectado a la oficina."],
  ])(
    "tied to what it must allow, or naming what it is equipped with, it is an ask (%s): %s",
    (language, text) => {
      expect(result(language, text, "specific").verdict).toBe("met");
    }
  );
});

describe("specific: measures qualified by adjectives, then said which by a purpose, are an ask", () => {
  it.each<Case>([
    [
      "en",
      "The Government should take the necessary legislative measures to amend section 12 of the Prisons Act.",
    ],
    [
      "fr",
      "Prendre les mesures législatives nécessaires pour modifier l'article 12 de la loi pénitentiaire.",
    ],
    [
      "fr",
      "Le ministère devrait prendre des mesures administratives urgentes afin d'installer un détecteur de fumée dans chaque dortoir.",
    ],
    [
      "es",
      "Adoptar las medidas legislativas necesarias para modificar el artículo 12 de la ley penitenciaria.",
    ],
    [
      "es",
      "El ministerio debería tomar medidas administrativas urgentes para instalar un detector de humo en cada dormitorio.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });

  it.each<Case>([
    ["fr", "Prendre les mesures législatives nécessaires pour prévenir la violence."],
    ["es", "Adoptar las medidas legislativas necesarias para prevenir la violencia."],
  ])("measures for a goal alone stay vague (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("not_met");
  });
});

describe("measurable: setting up a named mechanism or system is a deliverable, whatever its qualities", () => {
  it.each<Case>([
    [
      "en",
      "The Government should establish an independent and effective system of inspection of all places of detention.",
    ],
    [
      "fr",
      "Le Gouvernement devrait instaurer un système indépendant et efficace d'inspection des lieux de détention.",
    ],
    [
      "fr",
      "Le ministère devrait créer un mécanisme de coordination efficace entre la police et les hôpitaux.",
    ],
    [
      "es",
      "Que se arbitren mecanismos de coordinación eficaces entre la policía y los hospitales de la región.",
    ],
    [
      "es",
      "El Gobierno debería instaurar un sistema independiente y eficaz de inspección de los lugares de detención.",
    ],
  ])("%s: %s", (language, text) => {
    const measurable = result(language, text, "measurable");
    expect(measurable.verdict).toBe("met");
    expect(measurable.basis).toBe("measure");
  });
});

describe("measurable: Spanish 'debido' and 'oportuno' beside a noun are formulae, not yardsticks", () => {
  it.each<Case>([
    ["es", "Impartir la debida formación al personal sanitario en materia de salud mental."],
    [
      "es",
      "Dictar las instrucciones oportunas para que el médico remita cada parte de lesiones al juzgado.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("met");
  });

  it.each<Case>([
    ["es", "Impartir una formación adecuada al personal sanitario."],
    ["es", "Los funcionarios deben estar debidamente formados."],
    ["en", "Provide proper training to health staff."],
    ["fr", "Dispenser une formation adéquate au personnel soignant."],
  ])("a quality with no yardstick still cannot be checked (%s): %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("not_met");
  });
});

describe("measurable: reviewing a document is open, whatever adjective follows its noun", () => {
  it.each<Case>([
    ["es", "La dirección debería revisar el reglamento interno del centro."],
    ["fr", "La direction devrait réexaminer le règlement intérieur de l'établissement."],
    ["en", "The Director should review the internal rules of the centre."],
  ])("%s: %s", (language, text) => {
    const measurable = result(language, text, "measurable");
    expect(measurable.verdict).toBe("not_met");
    expect(measurable.basis).toBe("open");
  });

  it.each<Case>([
    ["es", "Revisar a los internos en el momento de su ingreso en el centro."],
    ["es", "Los médicos deberían examinar a los internos a su llegada al centro."],
  ])("examining persons stays a concrete act (%s): %s", (language, text) => {
    expect(result(language, text, "measurable").basis).not.toBe("open");
  });
});

describe("specific: a verb of support whose object is a concrete act named by a noun asks for that act", () => {
  it.each<Case>([
    ["en", "The Ministry should promote the amendment of section 12 of the Prisons Act."],
    ["fr", "Promouvoir la modification de l'article 12 de la loi pénitentiaire."],
    ["es", "Promover la modificación del artículo 12 de la ley penitenciaria."],
    ["es", "Impulsar la aprobación de un reglamento de régimen interior del centro."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The Ministry should promote the rights of detainees."],
    ["en", "The Ministry should strengthen the implementation of the Prisons Act."],
    ["fr", "Promouvoir les droits des personnes détenues."],
    ["es", "Promover los derechos de las personas privadas de libertad."],
    ["es", "Impulsar la aplicación del protocolo de prevención de suicidios."],
  ])("more of something stays vague (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("not_met");
  });
});

describe("specific: Spanish 'facilitar' with a recipient gives something", () => {
  it.each<Case>([
    ["es", "Facilitar a las internas el acceso a un servicio de asesoría jurídica gratuita."],
    ["es", "Que se facilite una toalla y una muda limpia a cada persona detenida."],
  ])("%s: %s", (language, text) => {
    const checked = checkRecommendation({ text }, { language }).criteria;
    expect(checked.specific.verdict).toBe("met");
    expect(checked.measurable.verdict).toBe("met");
  });

  it.each<Case>([
    ["es", "Facilitar el contacto entre los menores y sus padres."],
    ["es", "Facilitar la reinserción social de los internos."],
  ])("with no recipient it is an orientation (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("not_met");
  });
});

describe("measurable: a sufficiency or a change of degree tied to the demand it must meet has a yardstick", () => {
  it.each<Case>([
    [
      "en",
      "Enlarge the laundry or build a new one with sufficient capacity to meet current and projected population demand.",
    ],
    [
      "fr",
      "Agrandir la buanderie ou en construire une nouvelle d'une capacité suffisante pour répondre à la demande actuelle et future.",
    ],
    [
      "es",
      "Ampliar la lavandería o construir una nueva con capacidad suficiente para satisfacer la demanda actual y futura.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Enlarge the laundry."],
    ["fr", "Agrandir la buanderie."],
    ["es", "Ampliar la lavandería."],
  ])("a change of degree alone stays unchecked (%s): %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("not_met");
  });
});

describe("specific: action to be taken for a goal alone names no act, in every language", () => {
  it.each<Case>([
    ["en", "Action should be taken to stop parcels being thrown over the perimeter fence."],
    [
      "fr",
      "Des actions doivent être entreprises pour empêcher les jets de colis par-dessus le mur.",
    ],
    ["fr", "Des mesures doivent être prises pour mettre fin aux jets de colis par-dessus le mur."],
    ["es", "Deben tomarse acciones para impedir el lanzamiento de paquetes por encima del muro."],
    ["es", "Que se adopten medidas para poner fin al lanzamiento de paquetes por encima del muro."],
  ])("%s: %s", (language, text) => {
    const specific = result(language, text, "specific");
    expect(specific.verdict).toBe("not_met");
    expect(specific.basis).toBe("vague");
  });

  it.each<Case>([
    ["en", "Action should be taken to fit a net above the exercise yard."],
    ["fr", "Des actions doivent être entreprises pour installer un filet au-dessus de la cour."],
    ["es", "Deben tomarse acciones para instalar una red sobre el patio."],
  ])("said which, it is an ask (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});

describe("specific: a quality 'for' a thing names no yardstick; 'for' a number or an act does", () => {
  it.each<Case>([
    ["en", "Ensure adequate space for the reception of visitors."],
    ["fr", "Garantir des espaces adéquats pour l'attente des visiteurs."],
    ["es", "Garantizar espacios adecuados para la espera de los visitantes."],
    [
      "es",
      "Verificar que los recursos humanos asignados sean adecuados para la gestión del ingreso de visitantes.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "Ensure adequate space for the number of visitors expected on Sundays."],
    ["fr", "Garantir des espaces adéquats pour le nombre de visiteurs attendus le dimanche."],
    ["es", "Garantizar espacios adecuados para el número de visitantes previstos los domingos."],
    ["es", "Que las salas de espera sean adecuadas para acoger a veinte visitantes sentados."],
  ])("tied to a number or an act it is an ask (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});

describe("measurable: a restriction to what is necessary, with no say of when, cannot be checked", () => {
  it.each<Case>([
    [
      "en",
      "Handcuffs should be used during transfers only in cases where it is strictly necessary.",
    ],
    [
      "fr",
      "Les menottes ne doivent être utilisées lors des transferts que lorsque c'est strictement nécessaire.",
    ],
    [
      "es",
      "Limitar el uso de las esposas durante los traslados únicamente a aquellos casos en los que sea absolutamente necesario.",
    ],
  ])("%s: %s", (language, text) => {
    const measurable = result(language, text, "measurable");
    expect(measurable.verdict).toBe("not_met");
    expect(measurable.basis).toBe("soft");
  });

  it.each<Case>([
    [
      "en",
      "Handcuffs should be used during transfers only on the written order of the escort chief.",
    ],
    [
      "fr",
      "Les menottes ne doivent être utilisées lors des transferts que sur ordre écrit du chef d'escorte.",
    ],
    [
      "es",
      "Limitar el uso de las esposas durante los traslados únicamente a los casos ordenados por escrito por el jefe de la escolta.",
    ],
  ])("a restriction to a checkable case is measurable (%s): %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("met");
  });
});

describe("measurable: 'the necessary measures' said which name the act, not a yardstick (French)", () => {
  it.each<Case>([
    [
      "fr",
      "Prendre les mesures législatives nécessaires pour modifier l'article 12 en y ajoutant une disposition sur les fouilles.",
    ],
    ["fr", "Prendre les mesures nécessaires pour installer un détecteur de fumée dans le dortoir."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("met");
  });

  it.each<Case>([["fr", "Doter l'unité des équipements nécessaires."]])(
    "a necessity with no yardstick still cannot be checked (%s): %s",
    (language, text) => {
      expect(result(language, text, "measurable").verdict).toBe("not_met");
    }
  );
});

describe("specific and measurable: a concrete ask added to a bare quality is an ask, the quality stays unchecked", () => {
  it.each<Case>([
    [
      "en",
      "The Director should guarantee adequate cleanliness in every unit, in addition to ensuring the availability of soap on request.",
    ],
    [
      "fr",
      "Le directeur devrait garantir une propreté adéquate dans chaque unité, en plus de fournir du savon aux personnes détenues.",
    ],
    [
      "es",
      "El director debería garantizar apropiadas condiciones de limpieza en todos los módulos, además de asegurar la disponibilidad de jabón en los módulos.",
    ],
  ])("%s: %s", (language, text) => {
    const checked = checkRecommendation({ text }, { language }).criteria;
    expect(checked.specific.verdict).toBe("met");
    expect(checked.measurable.verdict).toBe("not_met");
  });
});

describe("specific: rights in general as what to secure name no act; a right named does", () => {
  it.each<Case>([
    ["en", "The Ministry should guarantee the human rights of all persons held in police custody."],
    ["fr", "Garantir les droits fondamentaux de toutes les personnes placées en garde à vue."],
    ["es", "Garantizar los derechos humanos de todas las personas detenidas en comisarías."],
  ])("%s: %s", (language, text) => {
    const checked = checkRecommendation({ text }, { language }).criteria;
    expect(checked.specific.verdict).toBe("not_met");
    expect(checked.measurable.verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "Guarantee the rights of persons in police custody to see a lawyer from the outset."],
    [
      "fr",
      "Garantir les droits des personnes gardées à vue à un avocat dès le début de la mesure.",
    ],
    [
      "es",
      "Garantizar los derechos de los detenidos a un abogado desde el inicio de la detención.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});

describe("structure: an acronym in brackets belongs to the name before it, it does not end a clause", () => {
  it.each<Case>([
    [
      "en",
      "In the annual report of the National Preventive Mechanism (NPM) the Ministry should guarantee the human rights of all detainees.",
    ],
    [
      "fr",
      "Selon le rapport annuel du Mécanisme national de prévention (MNP), le ministère devrait garantir les droits fondamentaux de toutes les personnes détenues.",
    ],
    [
      "es",
      "En su informe anual el Mecanismo Nacional de Prevención (MNP) solicita garantizar los derechos humanos de todas las personas detenidas.",
    ],
  ])("the lead-in is no ask of its own (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("not_met");
  });
});

describe("specific: the vague asks read in English are vague in French and Spanish too", () => {
  it.each<Case>([
    // a problem to be addressed, with no say of how
    ["en", "The lack of activities should be addressed."],
    ["fr", "Le manque d'activités devrait être traité."],
    ["es", "La falta de actividades debería abordarse."],
    // a level kept suitable
    ["en", "Staffing levels should be kept at a suitable level."],
    ["fr", "Les effectifs doivent être maintenus à un niveau approprié."],
    ["es", "La plantilla debe mantenerse en un nivel adecuado."],
    // doing everything possible
    ["en", "The Director should do everything possible to reduce waiting times."],
    ["fr", "Le directeur devrait tout mettre en œuvre pour réduire les délais d'attente."],
    ["es", "El director debería hacer todo lo posible para reducir los tiempos de espera."],
    // seeking to
    ["en", "The Ministry should seek to reduce overcrowding."],
    ["fr", "Le ministère devrait chercher à réduire la surpopulation."],
    ["es", "El ministerio debería procurar reducir el hacinamiento."],
    // brought up to standard, no standard named
    ["en", "Conditions in police cells must be brought up to standard."],
    ["fr", "Les conditions dans les cellules de police doivent être mises aux normes."],
    ["es", "Las condiciones de los calabozos deben adecuarse a la normativa."],
    // remedying a shortage
    ["en", "The Ministry should address the shortage of psychiatrists."],
    ["fr", "Le ministère devrait remédier à la pénurie de psychiatres."],
    ["es", "El ministerio debería paliar la escasez de psiquiatras."],
    ["en", "The Ministry ought to address overcrowding."],
    ["en", "The Director is requested to remedy the lack of lighting."],
  ])("%s: %s", (language, text) => {
    const specific = result(language, text, "specific");
    expect(specific.verdict).toBe("not_met");
    expect(specific.basis).toBe("vague");
  });

  it.each<Case>([
    [
      "fr",
      "Les demandes des personnes détenues doivent être traitées dans un délai de sept jours.",
    ],
    ["es", "Las solicitudes de los internos deben resolverse en un plazo de siete días."],
    ["fr", "Le ministère devrait recruter deux psychiatres pour remédier à la pénurie."],
    ["es", "El ministerio debería contratar a dos psiquiatras para paliar la escasez."],
    ["es", "La dirección debería buscar un local para las visitas familiares."],
    ["en", "The Ministry should recruit two psychiatrists to address the shortage."],
  ])("a concrete ask stays concrete, whatever its purpose (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});

describe("measurable: a yardstick that is itself the subordinate clause, or a quality of what is given, leaves it unchecked", () => {
  it.each<Case>([
    ["en", "Interpreters should be used where appropriate."],
    ["en", "Detainees should be given a blanket when needed."],
    ["fr", "Il convient de recourir à des interprètes lorsque cela est approprié."],
    ["fr", "Une couverture doit être remise aux personnes gardées à vue si nécessaire."],
    ["es", "Se debe recurrir a intérpretes cuando sea oportuno."],
    ["es", "Los detenidos deben tener acceso regular a un médico."],
    ["en", "Prisoners should have access to meaningful activities."],
    ["fr", "Les personnes détenues doivent avoir accès à des activités utiles."],
    ["es", "Los internos deben tener acceso a actividades significativas."],
  ])("%s: %s", (language, text) => {
    const measurable = result(language, text, "measurable");
    expect(measurable.verdict).toBe("not_met");
    expect(measurable.basis).toBe("soft");
  });

  it.each<Case>([
    ["en", "Interpreters should be used whenever a detainee does not speak English."],
    [
      "es",
      "El director debe regular el uso de las salas de visita mediante una instrucción escrita.",
    ],
  ])(
    "a checkable condition, or the verb 'regular', leaves it checkable (%s): %s",
    (language, text) => {
      expect(result(language, text, "measurable").verdict).toBe("met");
    }
  );
});

describe("specific: a suitable kind of care for persons, with no act, is a bare quality in every language", () => {
  it.each<Case>([
    ["en", "Ensure suitable care for persons with psychiatric disorders."],
    [
      "fr",
      "Assurer une prise en charge adaptée des personnes souffrant de troubles psychiatriques.",
    ],
    ["es", "Garantizar una atención adecuada a las personas con trastornos psiquiátricos."],
    ["es", "Garantizar una atención adaptada a los internos con discapacidad."],
  ])("%s: %s", (language, text) => {
    const specific = result(language, text, "specific");
    expect(specific.verdict).toBe("not_met");
    expect(specific.basis).toBe("vague");
  });

  it.each<Case>([
    [
      "es",
      "Garantizar una atención adecuada a las necesidades de cada interno según su plan individual.",
    ],
    ["fr", "Garantir des cellules adaptées aux personnes à mobilité réduite dans chaque bâtiment."],
  ])("suited to a named need it is an ask (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});

describe("specific and measurable: strengthening by a stated amount says how much", () => {
  it.each<Case>([
    ["en", "Night staffing should be strengthened by two additional officers."],
    ["fr", "Renforcer l'équipe de nuit de deux agents supplémentaires."],
    ["es", "Reforzar el turno de noche con dos funcionarios adicionales."],
  ])("%s: %s", (language, text) => {
    const checked = checkRecommendation({ text }, { language }).criteria;
    expect(checked.specific.verdict).toBe("met");
    expect(checked.measurable.verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "Night staffing should be strengthened."],
    ["fr", "Renforcer l'équipe de nuit."],
    ["es", "Reforzar el turno de noche."],
  ])("with no amount it stays vague (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("not_met");
  });
});

describe("specific and measurable: a sufficiency whose purpose is only a quality has no yardstick", () => {
  it.each<Case>([
    [
      "en",
      "There should be enough staff supervising to provide a safe environment during mass movements.",
    ],
    [
      "fr",
      "Il doit y avoir suffisamment de surveillants pour garantir un environnement sûr lors des mouvements.",
    ],
    [
      "es",
      "Debe haber funcionarios suficientes para garantizar un entorno seguro durante los traslados.",
    ],
  ])("%s: %s", (language, text) => {
    const checked = checkRecommendation({ text }, { language }).criteria;
    expect(checked.specific.verdict).toBe("not_met");
    expect(checked.measurable.verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "There should be enough staff on duty to unlock every cell within five minutes."],
    [
      "fr",
      "Il doit y avoir suffisamment de surveillants pour ouvrir chaque cellule en cinq minutes.",
    ],
    ["es", "Debe haber funcionarios suficientes para abrir cada celda en cinco minutos."],
    [
      "es",
      "Debe haber funcionarios suficientes para que cada celda pueda abrirse en cinco minutos.",
    ],
  ])("tied to a checkable act it is measurable (%s): %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("met");
  });
});

describe("specific: applying or complying with the law in general names no act", () => {
  it.each<Case>([
    ["en", "The authorities should apply the law on the treatment of children."],
    [
      "en",
      "The authorities should ensure that detention practices are in full conformity with the law.",
    ],
    ["fr", "Les autorités doivent appliquer le droit relatif au traitement des enfants."],
    [
      "fr",
      "Les autorités doivent veiller à ce que les pratiques de détention soient pleinement conformes à la loi.",
    ],
    ["es", "Las autoridades deben aplicar la legislación relativa al trato de los menores."],
    ["es", "La policía debe garantizar el cumplimiento de la ley sobre la detención policial."],
    [
      "es",
      "Las autoridades deben velar por que las prácticas de detención sean plenamente conformes con la ley.",
    ],
  ])("%s: %s", (language, text) => {
    const specific = result(language, text, "specific");
    expect(specific.verdict).toBe("not_met");
    expect(specific.basis).toBe("vague");
  });

  it.each<Case>([
    ["en", "The police should apply section 12 of the Police Act to every child held overnight."],
    ["fr", "La police doit appliquer l'article 12 de la loi à chaque mineur retenu la nuit."],
    ["es", "La policía debe aplicar el artículo 12 de la ley a todo menor retenido por la noche."],
  ])("a provision named is an ask (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});

describe("specific: records kept 'proper', with no say of what they hold, are a bare quality in every language", () => {
  it.each<Case>([
    ["en", "The gendarmerie should keep proper records."],
    ["fr", "La gendarmerie devrait tenir des registres en bonne et due forme."],
    ["es", "La gendarmería debería llevar registros adecuados."],
  ])("%s: %s", (language, text) => {
    const checked = checkRecommendation({ text }, { language }).criteria;
    expect(checked.specific.verdict).toBe("not_met");
    expect(checked.measurable.verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "The gendarmerie should keep proper records of each arrest, with the time of release."],
    [
      "es",
      "La gendarmería debería llevar registros adecuados de cada arresto, con la hora de salida.",
    ],
  ])("a record of each case says what it holds (%s): %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("met");
  });
});

describe("specific: conditions named only by a quality are an aspiration in every language", () => {
  it.each<Case>([
    ["en", "Migrants should be accommodated in decent conditions."],
    ["fr", "Les personnes retenues doivent être hébergées dans des conditions satisfaisantes."],
    ["es", "Las personas migrantes deben alojarse en condiciones adecuadas."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "Migrants should be accommodated in rooms of at least 7 m² with natural light."],
    [
      "fr",
      "Les personnes retenues doivent être hébergées dans des chambres d'au moins 7 m² avec lumière naturelle.",
    ],
    [
      "es",
      "Las personas migrantes deben alojarse en habitaciones de al menos 7 m² con luz natural.",
    ],
  ])("conditions said which are an ask (%s): %s", (language, text) => {
    const checked = checkRecommendation({ text }, { language }).criteria;
    expect(checked.specific.verdict).toBe("met");
    expect(checked.measurable.verdict).toBe("met");
  });
});

describe("specific: fighting a harm, or redress obtained, names a goal and no act", () => {
  it.each<Case>([
    ["en", "The Government should combat impunity for acts of ill-treatment by prison staff."],
    [
      "fr",
      "Le Gouvernement devrait lutter contre l'impunité des mauvais traitements commis par le personnel.",
    ],
    ["es", "El Gobierno debe combatir la impunidad de los malos tratos cometidos por el personal."],
    [
      "en",
      "The Ministry should ensure that persons ill-treated in custody obtain redress, including fair compensation.",
    ],
    [
      "fr",
      "Le ministère devrait veiller à ce que les personnes maltraitées en détention obtiennent réparation.",
    ],
    [
      "es",
      "El ministerio debe velar por que las personas maltratadas en detención obtengan reparación.",
    ],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("not_met");
  });

  it.each<Case>([
    [
      "en",
      "The Government should set up a compensation fund for persons ill-treated in custody, run by the Ombudsman.",
    ],
    [
      "fr",
      "Le Gouvernement devrait créer un fonds d'indemnisation des personnes maltraitées en détention, géré par le Médiateur.",
    ],
    [
      "es",
      "El Gobierno debe crear un fondo de indemnización para las personas maltratadas en detención, gestionado por el Defensor.",
    ],
  ])("the act that provides redress is an ask (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });
});

describe("specific and measurable: resources sufficient for a body's own mandate have no yardstick", () => {
  it.each<Case>([
    [
      "en",
      "The Government should ensure that the Ombudsman has sufficient financial and human resources to carry out its mandate effectively.",
    ],
    [
      "fr",
      "Le Gouvernement devrait veiller à ce que le Médiateur dispose de ressources financières et humaines suffisantes pour s'acquitter efficacement de son mandat.",
    ],
    [
      "es",
      "El Gobierno debe velar por que el Defensor disponga de recursos financieros y humanos suficientes para cumplir eficazmente su mandato.",
    ],
  ])("%s: %s", (language, text) => {
    const checked = checkRecommendation({ text }, { language }).criteria;
    expect(checked.specific.verdict).toBe("not_met");
    expect(checked.measurable.verdict).toBe("not_met");
  });
});

describe("measurable: a deliverable named by a noun of making is checkable, whatever its qualities", () => {
  it.each<Case>([
    ["en", "Priority should be given to the establishment of an effective complaints mechanism."],
    ["fr", "La priorité doit être donnée à la mise en place d'un mécanisme de plainte efficace."],
    ["es", "Debe darse prioridad a la puesta en marcha de un mecanismo de quejas eficaz."],
  ])("%s: %s", (language, text) => {
    const measurable = result(language, text, "measurable");
    expect(measurable.verdict).toBe("met");
    expect(measurable.basis).toBe("measure");
  });
});

describe("specific: a behaviour named only by its manner is an attitude, not an act", () => {
  it.each<Case>([
    ["en", "Officers should engage positively with children in the unit."],
    ["fr", "Le personnel doit interagir de manière positive avec les enfants de l'unité."],
    ["es", "El personal debe relacionarse de forma positiva con los menores del centro."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("not_met");
  });
});

describe("measurable: speed named by an adjective is a soft yardstick in every language", () => {
  it.each<Case>([
    ["en", "Prisoners should receive timely replies to their complaints."],
    ["fr", "Les personnes détenues devraient recevoir une réponse rapide à leurs plaintes."],
    ["es", "Los internos deberían recibir una respuesta rápida a sus quejas."],
  ])("%s: %s", (language, text) => {
    const measurable = result(language, text, "measurable");
    expect(measurable.verdict).toBe("not_met");
    expect(measurable.basis).toBe("soft");
  });

  it.each<Case>([
    ["es", "Informar al interno de sus derechos tan pronto como ingrese en el centro."],
  ])("'tan pronto como' names a moment, not a speed (%s): %s", (language, text) => {
    expect(result(language, text, "measurable").basis).not.toBe("soft");
  });
});

describe("measurable: a review named as what the thing undergoes, or made of a document, is open", () => {
  it.each<Case>([
    ["en", "The segregation policy should be the subject of a review."],
    ["en", "The Director should carry out an evaluation of the drug strategy."],
    ["fr", "La politique d'isolement devrait faire l'objet d'un réexamen."],
    ["fr", "Le directeur devrait réaliser une évaluation de la stratégie antidrogue."],
    ["es", "La política de aislamiento debería ser objeto de revisión."],
    ["es", "Debería realizarse una evaluación de la estrategia sobre drogas."],
  ])("%s: %s", (language, text) => {
    const measurable = result(language, text, "measurable");
    expect(measurable.verdict).toBe("not_met");
    expect(measurable.basis).toBe("open");
  });

  it.each<Case>([
    ["en", "The practice of strip-searching on arrival should be reconsidered."],
    ["fr", "La pratique de la fouille intégrale à l'arrivée devrait être reconsidérée."],
    ["es", "Debería reconsiderarse la práctica del desnudo integral al ingreso."],
  ])("reconsidering is vague in every language (%s): %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("not_met");
  });

  it.each<Case>([
    ["en", "The Director should draw up a drug strategy with a yearly evaluation."],
    ["es", "El director debería elaborar una estrategia sobre drogas con una evaluación anual."],
  ])("the document itself made stays a deliverable (%s): %s", (language, text) => {
    expect(result(language, text, "measurable").verdict).toBe("met");
  });
});

describe("specific: pursuing a concrete procedural step is an ask; pursuing efforts is not", () => {
  it.each<Case>([
    [
      "en",
      "The Prison Service should pursue meetings with the Courts Service to resolve the delays.",
    ],
    ["en", "The Governor should pursue disciplinary action against the officers involved."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("met");
  });

  it.each<Case>([
    ["en", "The State should pursue its efforts to reduce overcrowding."],
    ["fr", "L'État devrait poursuivre ses efforts pour réduire la surpopulation."],
    ["es", "El Estado debería proseguir sus esfuerzos para reducir el hacinamiento."],
  ])("%s: %s", (language, text) => {
    expect(result(language, text, "specific").verdict).toBe("not_met");
  });
});
