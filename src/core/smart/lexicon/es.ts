import type { SmartLexicon } from "./types";

/*
 * Spanish lexicon of the Double-SMART checker. Patterns are matched on the
 * text with accents folded (compile.ts folds the patterns the same way), so
 * "debería" and "deberia" are one word for them. Shared fragments first.
 */

const PERSON =
  "(?:personas?(?:\\s+(?:privadas?\\s+de\\s+(?:la\\s+)?libertad|detenidas?|internas?|internadas?|presas?|reclusas?|migrantes?|extranjeras?|ingresadas?|custodiadas?))?|detenid[oa]s?|intern[oa]s?|internad[oa]s?|reclus[oa]s?|pres[oa]s|preventiv[oa]s|penad[oa]s|pacientes?|menores(?:\\s+infractores)?|niñ[oa]s?|adolescentes?|jóvenes|mujer(?:es)?|padres|madres|(?<=\\b(?:el|un|cada|ningún|del|al|todo)\\s)menor|residentes?|usuari[oa]s?|migrantes?|extranjer[oa]s?|inmigrantes?|solicitantes\\s+de\\s+asilo|víctimas?)";

/** Practices done to persons deprived of liberty; their required form is an outcome. */
const PRACTICE =
  "(?:visitas?|consultas?|entrevistas|excarcelaciones|llamadas?|comunicaciones|paseos?|duchas?|comidas?|registros?\\s+(?:corporal(?:es)?|con\\s+desnudo(?:\\s+integral)?|personal(?:es)?)|cacheos?|sujeci(?:ón|ones)(?:\\s+mecánicas?)?|contenci(?:ón|ones)(?:\\s+mecánicas?)?|esposas|esposamientos?|detenci(?:ón|ones)|detención|internamientos?|aislamientos?|sanci(?:ón|ones)|castigos?|traslados?|conducci(?:ón|ones)|interrogatorios?|uso\\s+de\\s+la\\s+fuerza|medios\\s+coercitivos|ingresos?)";

/** Physical items: a state of one of them is an input, not an outcome for persons. */
const PHYSICAL =
  "(?:celdas?|calabozos?|habitaci(?:ón|ones)|salas?|patios?|ventanas?|edificios?|instalaciones|dependencias|paredes|suelos?|techos?|puertas?|aseos?|sanitarios?|duchas?|iluminación|luz|ventilación|calefacción|temperatura|mobiliario|equipos?|camas?|colch(?:ón|ones)|mantas?|vehículos?|furg(?:ón|ones)|cámaras?|timbres?|sistemas?\\s+de\\s+(?:llamada|videovigilancia)|dimensiones|área|zonas?)";

/** Records kept on persons: securing one is an input, not an outcome for them. */
const RECORD =
  "(?:registros?|expedientes?|ficheros?|listas?|listados?|formularios?|datos|documentos?|libros?)";

/** Kinds of institution: a measure in all of them is systemic. */
const INSTITUTION =
  "(?:centros?|comisarías?|dependencias|prisiones|establecimientos?|instalaciones|unidades|zonas|áreas|lugares\\s+de\\s+(?:privación\\s+de\\s+libertad|detención|internamiento)|puestos?|cuarteles|hospitales|residencias|módulos|calabozos|servicios)";

const CASES =
  "(?:incidentes?|entrevistas?|consultas?|interrogatorios?|quejas?|casos?|sanciones|registros?|traslados?|ingresos?|expedientes?|denuncias?|solicitudes|muertes?|fallecimientos?|agresiones)";

const NUMBER_WORD =
  "(?:un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|dieciocho|veinte|treinta|cuarenta|sesenta|noventa|cien)";

const TIME_UNIT =
  "(?:horas?|días?(?:\\s+(?:hábiles|naturales))?|semanas?|meses|mes|años?|trimestres?)";

const MONTH =
  "(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)";

/** Verbs that name a goal, not an action: "medidas para prevenir …" is a goal. */
const GOAL_VERB =
  "(?:prevenir|mejorar|abordar|garantizar|asegurar|evitar|combatir|remediar|resolver|solucionar|subsanar|paliar|erradicar|promover|proteger|reducir|eliminar|fortalecer|reforzar|afrontar|hacer frente|impedir|poner\\s+fin|acabar\\s+con)";

/** Daños de los que las personas deben quedar libres: represalias, intimidación, malos tratos. */
const HARM =
  "(?:represalias?|intimidaci(?:ón|ones)|acoso|hostigamiento|amenazas?|malos\\s+tratos|tortura|violencia|abusos?|discriminaci(?:ón|ones))";

/**
 * Un acto concreto dicho por un nombre, objeto de un verbo de apoyo ("promover la modificación del
 * artículo 12", "la aprobación de una ley"): el verbo pide ese acto, no más de algo.
 */
const NOT_NOMINAL_ACT =
  "(?!\\s+(?:la\\s+|el\\s+|las\\s+|los\\s+)?(?:(?:modificaci|reforma|aprobaci|adopci|creaci|elaboraci|revisi|derogaci|ratificaci)\\w*)(?:\\s+[a-zñ]+)?\\s+(?:de|del)\\b)";

/** Salvo si un número dice cuánto: "reforzar el turno de noche con dos funcionarios". */
const NOT_BY_AMOUNT =
  "(?![^.;,]{0,40}?\\b(?:con|en)\\s+(?:al\\s+menos\\s+)?(?:\\d|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|cincuenta)\\b)";

/**
 * Un fin que solo es una cualidad ("para generar un espacio propicio") o el mandato mismo del órgano
 * ("para cumplir su mandato"): no ata ninguna suficiencia a una comprobación.
 */
// aquello de lo que se dice una suficiencia desnuda: las condiciones que ofrece un lugar y los medios de
// un servicio ("una ventilación adecuada", "recursos suficientes"), no un entregable ("una formación adecuada")
const CONDITION_OR_MEANS =
  "(?:condici(?:ón|ones)|nivel(?:es)?|estándar(?:es)?|estado|calidad|ventilación|aireación|aire|iluminación|luz|calefacción|temperaturas?|higiene|limpieza|salubridad|espacios?|tamaño|dimensiones|recursos|dotaci(?:ón|ones)|personal|plantillas?|financiación|fondos|presupuestos?|medios|capacidad|tiempo|intimidad|atención|asistencia|tratamiento)";
const QUALITY_PURPOSE =
  "(?:(?:cumplir|desempeñar|ejercer|llevar\\s+a\\s+cabo|realizar)\\s+(?:[a-zñ]+mente\\s+)?(?:con\\s+)?(?:su|sus)\\s+(?:mandato|funciones|función|misión|tareas|labor|cometido)\\b|(?:generar|crear|garantizar|asegurar|proporcionar|ofrecer|favorecer|propiciar|mantener|brindar)\\s+(?:un|una|el|la|los|las|unos|unas)\\s+(?:[a-zñ]+\\s+){0,3}?(?:propici|adecuad|segur|dign|apropiad|idóne|saludable|tranquil|positiv|acogedor|favorable)\\w*\\b)";

/** An infinitive (with an enclitic pronoun): the ask of a Spanish list item ("Impartir …", "Dotarla …"). */
/** Las palabras que abren un fin ("para", "a fin de", "al objeto de" …). */
const PURPOSE_OPENER =
  "(?:para|a\\s+fin\\s+de|con\\s+el\\s+fin\\s+de|al\\s+objeto\\s+de|con\\s+el\\s+objeto\\s+de|a\\s+los\\s+efectos\\s+de)";

const INFINITIVE = "(?:[a-zñ]{2,}(?:ar|er|ir)|dar|ver)(?:se|lo|la|los|las|le|les)?";

/**
 * A state to bring about that is only a likeness to a model ("para que sus características se
 * asemejen a las de los recursos del sistema de salud"): it says what the result should resemble,
 * not what the measures are.
 */
const NOT_LIKENESS =
  "(?![^.;]{0,120}?\\b(?:se\\s+)?(?:asemeje|asemejen|equipare|equiparen|aproxime|aproximen|parezca|parezcan)\\b)";

/**
 * What follows "medidas" when they say which: an action that is not only a goal ("para instalar
 * …"), or the state to bring about ("para que …", "para garantizar que …"). "Adoptar las medidas
 * necesarias." or "medidas para prevenir la violencia" stay vague.
 */
const MEASURES_SPECIFIED = `(?!(?:\\s+(?:deben|deberían)\\s+(?:adoptarse|ser\\s+adoptadas))?\\s+(?:\\w+\\s+){0,2}(?:(?:para|a fin de|con el fin de)\\s+(?!${GOAL_VERB}\\b)${INFINITIVE}\\b|(?:para|a fin de|con el fin de)\\s+que\\b${NOT_LIKENESS}|para\\s+(?:garantizar|asegurar)\\s+que\\b${NOT_LIKENESS}))`;

/**
 * Un recurso cuyo importe es el entregable ("aumentar el presupuesto", "el número de …"), o un hecho
 * que ocurre o no ("agilizar la aprobación del proyecto de ley"): no es un cambio de grado.
 */
const DEGREE_NOT_RESOURCE =
  "(?!\\s+(?:el\\s+|la\\s+|los\\s+|las\\s+|su\\s+|sus\\s+)?(?:[a-zñ]+\\s+){0,2}?(?:presupuestos?|financiación|fondos|dotación\\s+presupuestaria|plazas|plantilla|número|aprobación|adopción|entrada\\s+en\\s+vigor|creación|construcción|apertura|finalización|ratificación|puesta\\s+en\\s+marcha)\\b)";

/**
 * A label that numbers an item, before its first word: "Recomendación 3", "Recomendación n.º 12:",
 * "R4 –", "4.", "4.2)", "3- ", "b)", "iv.". It names the item, not who must act.
 */
const ITEM_LABEL =
  "(?:(?:recomendaci[oó]n(?:es)?|rec\\.)\\s*(?:n\\.?\\s*[o°º]\\.?\\s*|núm(?:ero|\\.)?\\s*|#\\s*)?\\d{1,3}[a-z]?(?:\\.\\d{1,3})*|r\\s?\\d{1,3}[a-z]?(?=\\s*[.:)–—-])|(?:\\d{1,3}(?:\\.\\d{1,3})*[a-z]?|[a-z]|[ivx]{1,4})(?=[.)])|\\d{1,3}(?=\\s?[–—-]\\s))[.:)\\s–—-]*\\s";

export const es: SmartLexicon = {
  language: "es",
  minFindingWords: 4,
  cues: {
    directive: {
      patterns: [
        "\\b(?:debe|deben|debería|deberían|deberá|deberán|habrá de|habrán de|ha de|han de|tiene que|tienen que)\\b",
        "\\b(?:recomienda|recomiendan|recomendamos|insta|instan|instamos|exhorta|exhortan|solicita|solicitan|sugiere|sugieren|pide|piden|reitera|alienta|invita|recomendó|recomendaron|sugirió|sugirieron|solicitó|solicitaron|pidió|pidieron|instó|instaron|exhortó|exhortaron|alentó|invitó)\\b",
        "\\bse\\s+(?:(?:le|les)\\s+)?(?:recomienda|sugiere|solicita|insta|pide|propone|recomendó|sugirió|solicitó|pidió|propuso)\\b",
        // agreeing with what is needed, as it often follows: "es necesaria una actuación inmediata",
        // "son necesarias medidas"
        "\\b(?:es|son|resulta|resultan|sería|serían|resultaría|resultarían)\\s+(?:también\\s+|asimismo\\s+)?(?:necesari[oa]s?|precis[oa]s?|imprescindibles?|convenientes?|recomendables?|esencial(?:es)?|fundamental(?:es)?|urgentes?|deseables?|oportun[oa]s?)\\b",
        `\\bque(?<=(?:^|\\n)\\s*(?:\\W*${ITEM_LABEL})?que)\\s`,
      ],
    },
    modal: {
      patterns: [
        "\\b(?:debe|deben|debería|deberían|deberá|deberán|habrá de|habrán de|ha de|han de|tiene que|tienen que|podría|podrían|puede|pueden)\\b",
        "\\bse\\s+(?:debe|deben|debería|deberían|deberá|deberán)\\b",
      ],
    },
    frame: {
      patterns: [
        "\\b(?:se\\s+(?:(?:le|les)\\s+)?)?(?:recomienda|recomiendan|recomendamos|sugiere|sugieren|solicita|solicitan|pide|piden|insta|instan|instamos|exhorta|exhortan|alienta|invita|recomendó|recomendaron|sugirió|sugirieron|solicitó|solicitaron|pidió|pidieron|instó|instaron|exhortó|exhortaron|alentó|invitó|reiter(?:a|ó)\\s+(?:su|la)\\s+recomendación)(?:\\s*,?\\s*(?:encarecidamente|una vez más|nuevamente|asimismo|además|en particular|con carácter (?:urgente|prioritario))\\s*,?)?\\s+(?:(?:de\\s+)?que\\s+|al?\\s+)?",
        "\\b(?:necesario|preciso|imprescindible|conveniente|recomendable|esencial|fundamental|urgente|deseable|oportuno)\\s+que\\s+",
        // the recommendation or letter addressed to someone: "la Recomendación Nº 12/20 dirigida al
        // Director …", "en una nota enviada a la Secretaría de Estado"
        "\\b(?:recomendaci(?:ón|ones)|notas?|cartas?|misivas?|oficios?|resoluci(?:ón|ones)|comunicaci(?:ón|ones))\\s+(?:[^\\s,;:]+\\s+){0,3}?(?:dirigid|enviad|remitid)[oa]s?\\s+(?:al\\s+|a\\s+)",
        // a call on someone: "hace un llamado al Ministerio para que …", "formula un llamamiento a la Dirección"
        "\\b(?:hace|hacen|hacemos|formula|formulan|reitera|reiteran)\\s+(?:un|su)\\s+(?:urgente\\s+)?(?:llamado|llamamiento)\\s+(?:urgente\\s+)?(?:al\\s+|a\\s+)",
        // the operative part of a resolution, in the infinitive, at the start of a sentence or item:
        // "RECOMENDAR al Director Nacional … que …", "Solicitar a la Dirección General que …"
        `\\b(?:recomendar|solicitar|sugerir|instar|exhortar|requerir)(?<=(?:^|\\n|[.;:])\\s*(?:\\W*${ITEM_LABEL})?\\w+)\\s+(?:al\\s+|a\\s+)`,
        `\\bque(?<=(?:^|\\n)\\s*(?:\\W*${ITEM_LABEL})?que)\\s+`,
      ],
    },
    clauseBreak: {
      patterns: [
        ";",
        ":\\s",
        ",\\s+(?:y|así como|mientras que)\\s+(?:que\\s+)?",
        "\\s+y\\s+que\\s+",
        "\\s+así\\s+como\\s+",
        `,\\s+además\\s+de\\s+(?=${INFINITIVE}\\b)`,
        `\\s+y\\s+(?=${INFINITIVE}\\b)`,
        `,\\s+(?:y\\s+)?(?:en\\s+todo\\s+caso,\\s+)?(?=${INFINITIVE}\\s+(?:la|el|los|las|que|a|un|una)\\b)`,
        // una sigla entre paréntesis forma parte del nombre que la precede: "el Mecanismo Nacional (MNPT) debería …"
        "\\((?![A-Z][A-Z0-9&-]{1,9}\\))",
        "(?<!\\([A-Z][A-Z0-9&-]{1,9})\\)",
      ],
    },
    subjectIntro: {
      patterns: [
        "\\b(?:considera|consideran|estima|estiman|cree|creen|entiende|entienden|observa|constata|espera|esperan|confía\\s+en|confían\\s+en|desea|desean)\\s+(?:(?:también|asimismo|igualmente)\\s+)?que\\s+",
        ",\\s+",
        ";\\s*",
        ":\\s+",
      ],
    },
    passiveAgent: {
      patterns: [
        "\\b[a-zñ]+(?:ado|ada|ados|adas|ido|ida|idos|idas|cho|cha|to|ta)\\s+(?:[a-zñ]+\\s+){0,5}?por\\s+(?:parte\\s+de\\s+)?(?=(?:el|la|los|las|su|sus|esa|ese|esas|esos|esta|este|dicha|dicho)\\s)",
        "\\bpor\\s+parte\\s+de\\s+",
        // el agente de una pasiva refleja, delante o detrás del verbo: "Que por esa Consejería se dicten las
        // instrucciones …", "que se dicten instrucciones por esa Consejería"
        "\\b(?<=[Qq]ue\\s+)(?:por|desde)\\s+(?=(?:el|la|los|las|esa|ese|esas|esos|esta|este|dicha|dicho)\\s+(?:[\\wáéíóúñ-]+\\s+){1,8}?se\\s)",
        "\\bse\\s+[a-zñ]+(?:en|an|e|a)\\s+(?:[a-zñ]+\\s+){0,5}?por\\s+(?=(?:esa|ese|esas|esos|dicha|dicho)\\s)",
      ],
    },
    coActor: {
      patterns: [
        "\\b(?:en\\s+(?:estrecha\\s+)?(?:cooperación|colaboración|coordinación)|conjuntamente)\\s+con\\s+",
      ],
    },
    subordinate: {
      patterns: [
        "\\b(?:donde|cuando|cuyo|cuya|cuyos|cuyas|quien|quienes|si|porque|pues|ya que|puesto que|toda vez que|aunque|mientras|salvo que|a menos que|en caso de que|siempre que)\\b(?!\\s+(?:sea|resulte)\\s+(?:necesario|posible|preciso|oportuno)\\b)",
        "\\b(?:el|la|los|las)\\s+cual(?:es)?\\b",
        "\\ben\\s+(?:el|la|los|las)\\s+que\\b",
      ],
    },
    vague: {
      patterns: [
        // más de un estado de ánimo como todo lo que se pide: "una mejor comprensión de …"
        "\\b(?:una?\\s+)?(?:mayor|mejor)\\s+(?:atención|vigilancia|concienciación|sensibilización|comprensión|conocimiento|énfasis)\\b",
        "\\b(?:considerar|reconsiderar|valorar|estudiar|contemplar|plantearse|analizar)\\s+(?:la\\s+)?(?:posibilidad|conveniencia|necesidad|viabilidad|oportunidad)\\b",
        "\\b(?:evaluar|evalúe|evalúen|evaluarse|examinar|examine|examinen|revisar|revise|revisen|estudie|estudien|analice|analicen|valore|valoren)\\s+(?:la\\s+)?(?:necesidad|conveniencia|posibilidad|viabilidad|oportunidad)\\b",
        "\\b(?:considerar|considere|consideren|valorar|valore|valoren|contemplar|reconsiderar(?:se)?|reconsidere|reconsideren|reconsiderad[oa]s?)\\b(?!\\s+que)",
        "\\btener\\s+en\\s+cuenta\\b",
        "\\b(?:prestar|preste|presten|prestarse|dedicar)\\s+(?:\\w+\\s+)?atención\\b",
        "\\brequiere\\s+atención\\b",
        "\\besfuerzos?\\b",
        "\\besforzarse\\b",
        // adoptadas, o puestas en marcha con cualquier verbo, salvo medidas ya nombradas ("implementar las
        // medidas previstas en el plan")
        `\\b(?:(?:adoptar|adopte|adopten|adoptarse|tomar|tome|tomen)\\s+(?:todas\\s+)?(?:las\\s+)?|(?:implementar|implemente|implementen|aplicar|aplique|apliquen|arbitrar|arbitre|arbitren|poner\\s+en\\s+marcha|ponga\\s+en\\s+marcha|pongan\\s+en\\s+marcha|emprender|emprenda|emprendan)\\s+(?!(?:todas\\s+)?(?:las|estas|esas|dichas|tales)\\b)(?:todas\\s+)?)(?:\\w+\\s+){0,2}?(?:medidas|acciones|disposiciones)\\b${MEASURES_SPECIFIED}`,
        `\\b(?:deberían|deben|debería|debe)\\s+(?:adoptarse|tomarse|emprenderse)\\s+(?:\\w+\\s+){0,4}?(?:medidas|acciones)\\b${MEASURES_SPECIFIED}`,
        `\\bse\\s+(?:adopten|tomen|emprendan|implementen|apliquen|arbitren)\\s+(?:\\w+\\s+){0,3}?(?:medidas|acciones)\\b${MEASURES_SPECIFIED}`,
        "(?<!\\b(?:para|a\\s+fin\\s+de)\\s)\\b(?:abordar|afrontar|resolver|solucionar|remediar|atajar|paliar|subsanar|corregir)\\s+(?:el|la|los|las|este|esta|estos|estas|dicho|dicha|dichos|dichas)\\s+(?:problema|situación|cuestión|asunto|carencia|deficiencia|déficit|escasez|falta|ausencia|retraso|hacinamiento|masificación)s?\\b",
        "(?<!\\b(?:para|a\\s+fin\\s+de)\\s)\\b(?:abordar|combatir|afrontar|luchar contra|hacer frente a)\\s+(?:el|la|los|las)?\\s*(?:\\w+\\s+)?(?:hacinamiento|masificación|violencia|malos tratos|problemas?|deficiencias|carencias)\\b",
        // luchar contra un mal nombra un fin, sea cual sea: "combatir la impunidad de los actos de tortura"
        `(?<!\\b(?:para|a\\s+fin\\s+de)\\s)\\b(?:combatir|combata|combatan|luchar\\s+contra|luche\\s+contra|luchen\\s+contra|erradicar)\\s+(?:el\\s+|la\\s+|los\\s+|las\\s+)?(?:[a-zñ]+\\s+){0,2}?(?:impunidad|tortura|abusos?|discriminaci(?:ón|ones)|racismo|trata|tráfico|suicidios?|autolesiones|${HARM})\\b`,
        // una reparación obtenida como toda la petición, sin el acto que la da: "que las víctimas obtengan reparación"
        "\\b(?:obtener|obtenga|obtengan|recibir|reciba|reciban)\\s+(?:una\\s+|la\\s+|plena\\s+)?(?:plena\\s+)?(?:reparación|indemnización|justicia|rehabilitación)\\b",
        "\\b(?:examinar|revisar|estudiar|analizar|seguir)\\s+(?:esta|la|dicha|esa)\\s+(?:situación|cuestión|problemática|asunto)\\b",
        "\\bse\\s+(?:examine|revise|estudie|analice)\\s+(?:la|esta|dicha)\\s+(?:situación|cuestión|problemática)\\b",
        "\\b(?:la|esta)\\s+(?:situación|cuestión|problemática)\\b[^.;]{0,60}?\\b(?:sea|sean|ser)\\s+(?:examinad|estudiad|revisad|analizad)[oa]s?\\b",
        "(?<!\\bpara\\s)\\bmejor(?:ar|e|en|arse|ado|ada|ados|adas|a)\\b",
        // salvo que califique algo que un verbo concreto provee: "implantar un mejor sistema de comunicación"
        // pide el sistema (el comparativo deja abierta la medida)
        "\\bmejor\\b(?![^.;]{0,100}?\\b(?:debe|deben|debería|deberían|deberá)\\s+(?:implantarse|establecerse|instalarse|crearse|ponerse\\s+en\\s+marcha|habilitarse)\\b)(?<!\\b(?:implantar|establecer|instalar|crear|habilitar|poner\\s+en\\s+marcha|dotar\\s+(?:\\w+\\s+){0,4}?de|proporcionar)\\s+(?:un|una|el|la)\\s+mejor)",
        // nueva vida para lo que existe, sin decir qué cambia: "una completa revitalización de la rutina"
        "(?<!\\bpara\\s)\\b(?:revitaliz|dinamiz|redinamiz)\\w*",
        // una manera de trabajar que adoptar, sin nombrar el acto: "adoptar un enfoque más estructurado"
        "\\b(?:adoptar|adopte|adopten|adoptarse|asumir|asuma|asuman)\\s+(?:un|una|el|la)\\s+(?:[a-zñáéíóú]+\\s+){0,2}?(?:enfoque|planteamiento|actitud|filosofía)\\b|\\b(?:enfoque|planteamiento|actitud|filosofía)\\b[^.;]{0,100}?\\b(?:debe|deben|debería|deberían|deberá)\\s+(?:adoptarse|asumirse|ser\\s+adoptad[oa])\\b",
        // un resultado que alcanzar, sin el acto que lo alcanza: "debe lograrse una reducción del hacinamiento"
        "\\b(?:debe|deben|debería|deberían|deberá|deberán)\\s+(?:lograrse|alcanzarse|conseguirse)\\b(?!\\s+(?:[a-zñ]+\\s+){0,8}?(?:mediante|a\\s+través\\s+de)\\b)|\\b(?:que\\s+)?se\\s+(?:logre|logren|alcance|alcancen|consiga|consigan)\\b(?!\\s+(?:[a-zñ]+\\s+){0,8}?(?:mediante|a\\s+través\\s+de)\\b)",
        // todas las formas del verbo: "debe reforzarse", "sea fortalecida", "potencien"
        // la atención o la conciencia como toda la petición: una actitud, no un acto ("tener en cuenta
        // las necesidades", "hacer hincapié en", "poner empeño en", "velar por el bienestar")
        "\\b(?:tener|tenga|tengan|tomar|tome|tomen)\\s+(?:en\\s+(?:cuenta|consideración)|(?:muy\\s+)?presente)\\b|\\b(?:hacer|haga|hagan)\\s+(?:especial\\s+)?hincapié\\b|\\b(?:poner|ponga|pongan)\\s+(?:el\\s+)?(?:máximo\\s+|mayor\\s+|especial\\s+)?(?:empeño|énfasis|acento)\\b|\\b(?:ser|sea|sean|estar|esté|estén)\\s+(?:más\\s+)?(?:conscientes?|atent[oa]s?|vigilantes?|sensibilizad[oa]s?)\\b|\\b(?:velar|vele|velen)\\s+por\\s+(?:el|la|los|las)\\s+(?:bienestar|dignidad|derechos|integridad|interés|intereses|salud)\\b",
        // salvo si su objeto es un acto concreto dicho por un nombre: "promover la modificación del artículo 12"
        `(?<!\\bpara\\s)\\b(?:reforz(?:ar|arse|ado|ada|ados|adas)|refuerce|refuercen|fortalec(?:er|erse|ido|ida|idos|idas)|fortalezca|fortalezcan|potenci(?:ar|arse|ado|ada|ados|adas|e|en)|promov(?:er|erse|ido|ida|idos|idas)|promueva|promuevan|impuls(?:ar|arse|ado|ada|ados|adas|e|en)|intensific(?:ar|arse|ado|ada|ados|adas)|intensifique|intensifiquen|optimiz(?:ar|arse|ado|ada|ados|adas)|optimice|optimicen)\\b${NOT_NOMINAL_ACT}${NOT_BY_AMOUNT}`,
        "\\b(?:seguir|continuar|proseguir|prosiga|prosigan|continúe|continúen|sigan?)\\s+(?:con\\s+)?(?:sus\\s+|los\\s+)?(?:esfuerzos|trabajando|avanzando|adoptando|desarrollando|aplicando|implementando|impulsando)\\b",
        "\\b(?:deberían|deben)\\s+proseguir\\b",
        "\\b(?:hacer|hacerse|hagan|sean?|resultar|resulten|volverse|mostrarse|muestre|muestren)\\s+(?:mucho\\s+)?más\\s+(?!de\\b|que\\b)[a-zñ]+",
        "\\bextremar\\b",
        "\\b(?:velar|vele|velen)\\s+por\\s+(?:el\\s+)?(?:respeto|cumplimiento)\\b",
        "\\b(?:garantizar|asegurar)\\s+(?:el\\s+)?(?:pleno\\s+)?(?:cumplimiento|respeto)\\s+de\\s+(?:la normativa|las normas|los estándares|la legislación|la ley|las leyes|el derecho|la legalidad)\\b(?![^.;,]{0,30}?\\b(?:artículos?|\\d))",
        "\\bcon\\s+(?:el\\s+debido\\s+)?respeto\\b",
        "\\b(?:respetuos[oa]s?|dign[oa]s?|dignidad|humanamente|trato\\s+humano)\\b",
        "\\b(?:tratar|trate|traten|tratarse|atender|atienda|atiendan)\\s+(?:\\w+\\s+){0,3}?(?:correctamente|adecuadamente|debidamente|con\\s+(?:el\\s+debido\\s+)?respeto)\\b",
        `\\b(?:medidas|acciones)\\s+(?:necesarias|oportunas|adecuadas|pertinentes|apropiadas|precisas)\\b${MEASURES_SPECIFIED}`,
        "\\b(?:buscar|encontrar|explorar)\\s+(?:\\w+\\s+)?(?:soluciones|fórmulas|vías|alternativas)\\b",
        "\\bsensibilizar\\b",
        // una orientación, no un acto, como verbo de la petición ("fomentar", "favorecer", "facilitar"),
        // como "promover"; no la fórmula que recomienda ("alienta a"), ni un fin ("para facilitar")
        "(?<!\\bpara\\s)\\b(?:foment(?:ar|arse|e|en)|favorec(?:er|erse)|favorezcan?|alent(?:ar)|alienten?)\\b",
        // "facilitar algo a alguien" es darlo ("facilitar una manta a cada interno", "facilitarles el acceso a un
        // abogado"); sin destinatario es una orientación ("facilitar el contacto entre los menores y sus padres")
        "(?<!\\bpara\\s)\\bfacilit(?:ar|arse|e|en)\\b(?![^.;,:]{0,60}?\\ba(?:l)?\\s)",
        // un estado que garantizar como toda la petición, sin el acto que lo garantiza: "garantizar la
        // seguridad de los internos", "que se atiendan las necesidades sanitarias"
        "(?<!\\b(?:para|de)\\s)\\b(?:garantizar|garantice|garanticen|asegurar|asegure|aseguren|preservar|salvaguardar)\\s+(?:la\\s+|el\\s+|los\\s+|las\\s+|su\\s+|sus\\s+|un\\s+|una\\s+)(?:[a-zñ]+\\s+)?(?:seguridad|protección|integridad|independencia|bienestar|funcionamiento|calidad|continuidad|eficacia|entorno\\s+(?:seguro|saludable))\\b",
        "\\b(?:necesidades|derechos|intereses|seguridad|requisitos)\\s+(?:[a-zñ'’-]+\\s+){0,4}?(?:sean|sea|son|es|ser)\\s+(?:plenamente\\s+|debidamente\\s+|siempre\\s+)?(?:atendid[oa]s?|satisfech[oa]s?|respetad[oa]s?|protegid[oa]s?|garantizad[oa]s?)\\b",
        "\\bse\\s+(?:atiendan|atienda|satisfagan|satisfaga|respeten|protejan|garanticen)\\s+(?:plenamente\\s+)?(?:l[oa]s\\s+|sus\\s+)?(?:necesidades|derechos|intereses)\\b",
        // la ausencia de un daño como toda la petición, sin el acto que la asegura: "garantizar que no haya
        // represalias", "que los testigos estén protegidos frente a cualquier acto de intimidación"
        `\\b(?:(?:garantizar|garantice|garanticen|asegurar|asegure|aseguren|velar\\s+por)\\s+que\\s+[^.;]{0,100}?)?(?:\\b(?:protegid[oa]s?|a\\s+salvo|libres?)\\s+(?:de|del|frente\\s+a|contra|ante)\\b[^.;]{0,30}?|\\bno\\s+(?:haya|existan?|se\\s+produzcan?|sufran?|sean?\\s+objeto\\s+de|sean?\\s+sometid[oa]s?\\s+a)\\s+[^.;]{0,20}?)${HARM}\\b`,
        // ninguna sanción por colaborar con un órgano de control: "no deben ser sancionadas por haber
        // facilitado información"
        "\\bno\\s+(?:deben|deberían|debe|debería|sean|sea)\\s+(?:ser\\s+)?(?:[a-zñ]+\\s+){0,2}?(?:sancionad|castigad|penalizad|perjudicad|represaliad|intimidad|hostigad|amenazad)[oa]s?\\b[^.;]{0,40}?\\b(?:por|a\\s+causa\\s+de)\\s+(?:haber\\s+)?(?:[a-zñ]+\\s+)?(?:cooperad|colaborad|comunicad|denunciad|presentad|proporcionad|facilitad|hablad|declarad|testificad|contactad|entrevistad|reunid)\\w*",
        // los derechos en general como lo que garantizar, sin nombrar ninguno: "garantizar los derechos
        // humanos de todas las personas privadas de libertad" ("el derecho de los internos a un abogado" nombra uno)
        "(?<!\\b(?:para|de)\\s)\\b(?:garantizar|garantice|garanticen|asegurar|asegure|aseguren|proteger|proteja|protejan|respetar|respete|respeten|salvaguardar)\\s+(?:los\\s+|sus\\s+)derechos(?:\\s+(?:humanos|fundamentales))?\\b(?!\\s+(?:(?:de|del)\\s+(?:[a-zñ]+\\s+){1,6}?)?a\\s)",
        // un problema que abordar como toda la petición, sin decir cómo: "la falta de actividades debería abordarse."
        // salvo que lo que se aborda sea un acto nombrado por un sustantivo: "la implantación de un
        // programa de acogida debe abordarse con urgencia" pide el programa
        "(?<!(?:^|[.;:]\\s*|\\d\\s+|\\n)(?:que\\s+)?(?:la|el)\\s+(?:introducción|implantación|instalación|creación|provisión|dotación|puesta\\s+en\\s+marcha|elaboración|contratación|designación|sustitución|reparación|adopción|habilitación|ampliación)\\s+(?:de|del)\\b[^.;]{1,120}?\\s)\\b(?:abordarse|resolverse|solucionarse|atajarse|remediarse|subsanarse|corregirse|(?:ser|sea|sean)\\s+(?:\\w+mente\\s+)?(?:abordad|resuelt|solucionad|atajad|remediad|subsanad|corregid)[oa]s?)\\b(?=\\s*(?:[.;,)]|$))",
        // hacer todo lo posible, procurar: una intención, no un acto ("hacer todo lo posible para", "procurar reducir")
        "\\bhacer\\s+(?:todo\\s+lo\\s+posible|lo\\s+posible|todo\\s+lo\\s+que\\s+(?:esté|este)\\s+(?:en\\s+su\\s+mano|a\\s+su\\s+alcance))\\b|\\bno\\s+escatimar\\s+esfuerzos\\b",
        `\\b(?:procurar|procure|procuren|tratar\\s+de|trate\\s+de|traten\\s+de|intentar|intente|intenten|buscar|busque|busquen|tender\\s+a|tienda\\s+a|tiendan\\s+a)\\s+(?=${INFINITIVE}\\b)`,
        // una adecuación a normas sin decir cuáles: "los calabozos deben adecuarse a la normativa"
        "\\b(?:adecuar(?:se|los|las)?|adecúe|adecúen|adecue|adecuen)\\s+(?:[a-zñ]+\\s+){0,4}?a\\s+(?:la\\s+normativa|las\\s+normas|los\\s+estándares|la\\s+legislación)(?:\\s+(?:vigentes?|aplicables?|internacionales|nacionales))?\\b(?!\\s+(?:de|del|sobre)\\s)",
        // la ley en general que aplicar o cumplir, sin disposición nombrada ni acto: "aplicar la legislación
        // relativa al trato de los menores", "que las prácticas sean plenamente conformes con la ley"
        "\\b(?:aplicar|aplique|apliquen|hacer\\s+cumplir|cumplir|cumpla|cumplan|respetar|respete|respeten)\\s+(?:con\\s+)?(?:la\\s+|el\\s+|las\\s+|los\\s+)?(?:ley|leyes|legislación|derecho|normativa|disposiciones\\s+legales)(?:\\s+(?:nacional|internacional|vigente|aplicable)(?:\\s+e\\s+internacional)?)?\\b(?![^.;,]{0,30}?\\b(?:artículos?|\\d))",
        "\\b(?:sea|sean|son|es|ser)\\s+(?:plenamente\\s+|totalmente\\s+)?(?:conformes?|acordes?)\\s+(?:con|a)\\s+(?:la\\s+ley|la\\s+legislación|el\\s+derecho|las\\s+leyes|la\\s+normativa)\\b(?!\\s+(?:de|del|sobre)\\b)",
        // condiciones dichas solo por una cualidad: "permanecer en condiciones adecuadas"
        "\\ben\\s+(?:unas\\s+)?condiciones\\s+(?:materiales\\s+)?(?:adecuadas|aceptables|apropiadas|decentes|óptimas|satisfactorias|correctas|idóneas)\\b(?!\\s+(?:conformes|de\\s+acuerdo|según|previstas|establecidas|fijadas))",
        // un comportamiento dicho solo por su manera: "el personal debe relacionarse de forma positiva con los internos"
        "\\b(?:relacionarse|se\\s+relacione|se\\s+relacionen|interactuar|interactúe|interactúen|comunicarse|se\\s+comunique|se\\s+comuniquen|comportarse|se\\s+comporte|se\\s+comporten|actuar|actúe|actúen)\\s+(?:con\\s+[^.;,]{1,40}?\\s+)?(?:de\\s+(?:forma|manera|modo)\\s+(?:más\\s+)?(?:positiva|constructiva|adecuada|apropiada|respetuosa|profesional|correcta|cortés)|positivamente|correctamente|adecuadamente|respetuosamente)\\b",
        // la conformidad con normas en general, que no nombran ninguna: "conforme a los estándares internacionales"
        "\\b(?:conformes?|se\\s+ajusten|se\\s+ajuste|ajustarse|de\\s+acuerdo\\s+con|en\\s+consonancia\\s+con)\\s+(?:a\\s+)?(?:l[oa]s\\s+)?(?:normas|estándares|requisitos|obligaciones)\\s+(?:internacionales|aplicables|vigentes|nacionales|mínim[oa]s)\\b",
        // más de lo que ya existe, sin decir qué: "los vínculos con las familias deben desarrollarse más"
        "\\bdesarroll\\w*\\s+(?:\\w+\\s+){0,4}?más\\b(?!\\s+(?:de|que)\\b)|\\bmayor\\s+desarrollo\\b",
      ],
    },
    bareQuality: {
      patterns: [
        "\\b(?:sea|sean|ser|estar|esté|estén|resulte|resulten|es|son)\\s+(?:\\w+mente\\s+)?(?:suficientes?|adecuad[oa]s?|apropiad[oa]s?|idóne[oa]s?|aceptables?|dign[oa]s?|satisfactori[oa]s?|razonables?|óptim[oa]s?|segur[oa]s|limpi[oa]s?|higiénic[oa]s?|proporcionad[oa]s?|proporcionales?|human[oa]s?|en\\s+buen\\s+estado)\\b(?!\\s+(?:para\\b(?!\\s+(?:la|el|los|las|un|una|unos|unas)\\s+(?!(?:número|cantidad|capacidad|demanda|tamaño|población)\\b))|a\\b|conforme\\b|según\\b|de acuerdo\\b))",
        "\\b(?:mantener|mantenga|mantengan|conservar|conserve|conserven|mantenerse)\\s+(?:\\w+\\s+){0,5}?en\\s+(?:un\\s+|unas\\s+|el\\s+)?(?:adecuad[oa]s?|buen[oa]?s?|óptim[oa]s?|correct[oa]s?|perfect[oa]s?|debid[oa]s?)\\s+(?:estado|condiciones)\\b",
        "\\b(?:mantener|mantenga|mantengan|conservar)\\s+(?:\\w+\\s+){0,5}?en\\s+(?:un\\s+|unas\\s+|el\\s+|buen\\s+)?(?:estado|condiciones)\\s+(?:adecuad|óptim|dign|correct|aceptabl|buen)\\w*\\b",
        "\\b(?:mantener|mantenga|mantengan)\\s+(?:\\w+\\s+){0,4}?(?:limpi[oa]s|en\\s+orden)\\b",
        "\\b(?:mantener|mantenga|mantengan|mantenerse|conservar|conserve|conserven)\\s+(?:\\w+\\s+){0,5}?(?:a|en)\\s+(?:un|una)\\s+[a-zñ]+\\s+(?:adecuad|apropiad|aceptabl|suficient|razonabl|correct|confortabl)\\w*",
        // registros que llevar "adecuados", sin decir qué deben recoger: "la policía debería llevar registros
        // adecuados" (como "keep proper records")
        "\\b(?:llevar|lleve|lleven|llevarse|mantener|mantenga|mantengan|tener|tenga|tengan)\\s+(?:(?:un|unos|los|sus|el)\\s+)?(?:registros?|libros?(?:\\s+de\\s+registro)?|archivos?|expedientes?|documentación)\\s+(?:adecuad|apropiad|correct|suficient|idóne)\\w*\\b(?!\\s+(?:para|a|conforme|según|de\\s+acuerdo|de\\s+conformidad)\\b)(?!\\s+(?:de|del)\\s+(?:cada|tod[oa]s?)\\b)",
        // una suficiencia como lo que debe existir o tenerse, sin referencia: "debe haber un número
        // adecuado de funcionarios", "el módulo debe contar con personal suficiente" (un verbo de
        // dotación, "dotar de suficientes colchones", es una acción)
        `\\b(?:haber|haya|hayan|existir|exista|existan|contar\\s+con|cuente\\s+con|cuenten\\s+con|disponer\\s+de|disponga\\s+de|dispongan\\s+de)\\s+(?:[a-zñ]+\\s+){0,5}?(?:suficientes?|adecuad[oa]s?|apropiad[oa]s?|(?:más|mayor(?:es)?)(?!\\s+(?:de|que)\\b))\\b(?![^.;]{0,50}?\\b(?:para\\s+(?!${QUALITY_PURPOSE})|a\\s+fin|conforme)\\b)`,
        // una cualidad de lo que algo es o tiene, sin referencia: "que las celdas tengan un tamaño suficiente"
        "\\b(?:tenga|tengan|tener|sea|sean|ser)\\s+(?:de\\s+)?(?:un|una|unos|unas)\\s+[a-zà-ÿñ]+\\s+(?:suficientes?|adecuad[oa]s?|apropiad[oa]s?|idóne[oa]s?|aceptables?|dign[oa]s?|satisfactori[oa]s?|razonables?)\\b(?!\\s+(?:para|a|conforme|según|de\\s+acuerdo)\\b)",
        // a manner as the whole ask, after a verb that only keeps or uses what exists
        "\\b(?:utilic\\w*|utiliz\\w*|us(?:ar|e|en|arse)|apliqu\\w*|aplic(?:ar|arse)|llev(?:ar|e|en)|cumpliment\\w*)\\s+(?:\\w+\\s+){0,3}?(?:correctamente|adecuadamente|debidamente|(?:solo|sólo|únicamente)?\\s*como\\s+último\\s+recurso)\\b",
        "\\b(?:correctamente|adecuadamente|debidamente)\\s+(?:llevad|utilizad|usad|aplicad|cumplimentad)\\w*",
        // un estado dicho solo por su grado, sin nada detrás: "las celdas deben estar
        // suficientemente iluminadas."
        // (un acto judicial "debidamente" hecho lo es conforme a la ley: "sean debidamente sancionados")
        "\\b(?:ser|sea|sean|es|son|estar|esté|estén|está|están)\\s+(?!debidamente\\s+(?:enjuiciad|juzgad|procesad|investigad|sancionad|castigad))(?:suficientemente|adecuadamente|correctamente|debidamente|bien|convenientemente)\\s+[a-zñáéíóú]+(?:ado|ada|ados|adas|ido|ida|idos|idas)\\b(?=\\s*(?:[.;]|$))",
        // una suficiencia de medios dicha por un participio, esté donde esté: "que el servicio esté
        // adecuadamente dotado para todas las prisiones" (una referencia detrás la ata: "… para cubrir cada
        // turno"; aquello de que se equipa nombra la cosa: "equipadas con un timbre")
        "\\b(?:ser|sea|sean|es|son|estar|esté|estén|está|están)\\s+(?:suficientemente|adecuadamente|correctamente|debidamente|bien|convenientemente)\\s+(?:dotad|financiad|equipad|provist|abastecid|pertrechad)[oa]s?\\b(?!\\s+(?:de\\s+\\w+\\s+)?(?:para|a\\s+fin\\s+de)\\s+[a-zñ]+(?:ar|er|ir)\\b)(?!\\s+(?:de|con)\\s+(?:un|una|unos|unas|\\d+|dos|tres|cuatro)\\b)",
        // ensuring a quality of something that exists: "garantizar una ventilación adecuada"
        // "adecuada a las personas …" nombra a quien la recibe, no aquello a lo que debe ajustarse
        `\\b(?:garantiz\\w*|garantic\\w*|asegur\\w*|mantener|mantenga|mantengan|procurar)\\s+(?:un|una|el|la|los|las|unos|unas)?\\s*(?:[\\wáéíóúñ]+\\s+){0,3}?(?:${CONDITION_OR_MEANS}\\s+(?:(?:y|e)\\s+${CONDITION_OR_MEANS}\\s+)?(?:[\\wáéíóúñ]+\\s+){0,3}?(?:adecuad|suficient|apropiad|adaptad|idóne|aceptabl|satisfactori|dign)\\w*|(?:adecuad|suficient|apropiad|adaptad|idóne|aceptabl|satisfactori|dign)\\w*(?=\\s+(?:de\\s+)?${CONDITION_OR_MEANS}\\b))\\b(?!\\s+(?:para\\b(?!\\s+(?:la|el|los|las|un|una|unos|unas)\\s+(?!(?:número|cantidad|capacidad|demanda|tamaño|población)\\b))|a\\s+(?!(?:l[oa]s\\s+|las\\s+|todas?\\s+l[oa]s\\s+)?${PERSON}\\b)))`,
      ],
    },
    absolute: {
      patterns: [
        "\\b(?:garantizar|garantice|garanticen|asegurar|asegure|aseguren|velar por)\\b[^.;]{0,120}?\\b(?:nunca|jamás|en ningún caso|bajo ninguna circunstancia)\\b",
        "\\berradicar\\b",
        "\\b(?:eliminar|evitar|prevenir)\\s+(?:todo|toda|todos|todas|cualquier)\\b",
        "\\b(?:eliminar|evitar|impedir)\\s+(?:por\\s+)?complet[oa]\\b",
        "\\bque\\s+(?:ningún|ninguna)\\b[^.;]{0,80}?\\b(?:nunca|jamás)\\b",
        // la ausencia de todo daño que otros puedan causar, garantizada: "garantizar que no haya represalias",
        // "protegidos contra todo acto de intimidación" (no un límite: "que no haya más de dos")
        "\\b(?:garantizar|garantice|asegurar|asegure|velar)\\b[^.;]{0,30}?\\bque\\s+no\\s+(?:haya|exista|existan|se\\s+produzcan?)\\s+(?!más\\b|menos\\b)",
        "\\bproteg(?:er|ido|ida|idos|idas)\\s+(?:[\\w-]+\\s+){0,3}?(?:contra|de)\\s+(?:todo|toda|todos|todas|cualquier)\\s+(?:tipo\\s+de|forma\\s+de|acto\\s+de|las\\s+formas\\s+de)",
        "\\b(?:garantizar|garantice|asegurar|asegure|velar)\\b[^.;]{0,30}?\\bque\\s+(?:nadie|ninguna\\s+persona|ningún\\s+(?:detenido|interno|recluso|paciente|niño|menor))\\s+(?:(?:privada\\s+de\\s+libertad|detenida)\\s+)?(?:sea|será|pueda\\s+ser|resulte)\\s+(?:nunca\\s+)?(?:sometid[oa]|víctima|maltratad[oa]|torturad[oa]|intimidad[oa])\\b",
      ],
    },
    unbounded: {
      patterns: [
        `\\b(?:medidas|acciones|esfuerzos?|atención)\\b(?=\\s*(?:(?:[a-zñ]+\\s*){0,2}(?:[.;]|$)|(?:[a-zñ]+\\s+){0,3}?(?:para|a fin de|con el fin de)\\s+(?:prevenir|abordar|evitar|combatir|afrontar|remediar|mejorar la situación)\\b))`,
        "\\b(?:la|el|del|al)\\s+(?:situación|cuestión|problemática|asunto|problema)\\b",
        "\\b(?:debería|debe|deberían|deben)\\s+prestarse\\s+atención\\b",
        "\\btodo\\s+lo\\s+(?:posible|necesario)\\b",
        "\\brequiere\\s+atención\\b",
      ],
    },
    anaphoricObject: {
      patterns: [
        "\\b(?:esta|este|dicha|dicho|esa|ese)\\s+(?:situación|cuestión|problemática|asunto|problema|materia)\\b",
      ],
    },
    softYardstick: {
      patterns: [
        // una restricción a lo necesario, sin decir cuándo lo es: "limitar el uso de las esposas únicamente a
        // aquellos casos en los que sea absolutamente necesario"
        "\\b(?:únicamente|solamente|solo|sólo|exclusivamente)\\s+(?:[a-zñ]+\\s+){0,5}?(?:donde|cuando|si|en\\s+(?:los|las)\\s+que|en\\s+que)\\s+(?:ello\\s+)?(?:sea|resulte|fuere|fuera)\\s+(?:estrictamente\\s+|absolutamente\\s+)?(?:necesari[oa]|imprescindible|indispensable)\\b",
        "\\bcuando\\s+(?:sea|resulte)\\s+(?:necesario|posible|preciso|oportuno|conveniente)\\b",
        "\\ben\\s+(?:caso\\s+de\\s+)?(?:necesidad|que\\s+sea\\s+necesario)\\b",
        "\\b(?:el\\s+menor|el\\s+más\\s+breve)\\s+(?:tiempo|plazo)\\s+posible\\b",
        "\\bcon\\s+(?:mayor|más)\\s+frecuencia\\b",
        "\\b(?:periódicamente|regularmente|de\\s+forma\\s+(?:periódica|regular)|con\\s+regularidad|a\\s+intervalos\\s+regulares)\\b",
        // "regular" adjetivo ("acceso regular a un médico", "visitas regulares"), no el verbo ("regular el uso de …")
        "(?<!\\b(?:para|de|a)\\s)\\bregular(?:es)?\\b(?!\\s+(?:el|la|los|las|un|una|su|sus|este|esta|estos|estas|dicho|dicha|lo|mediante|por)\\b)",
        // un acto judicial hecho "debidamente" lo es conforme a la ley ("enjuiciados debidamente", en inglés
        // "duly prosecuted"): un hecho que se da o no, no un grado
        // "debido" y "oportuno" junto a un nombre son fórmulas del lenguaje administrativo ("las instrucciones
        // oportunas", "la debida formación del personal", "su oportuno cumplimiento"): nombran la cosa, no una medida
        "\\b(?:suficientes?|suficientemente|adecuad[oa]s?|adecuadamente|apropiad[oa]s?|adaptad[oa]s?|razonables?|asequibles?|eficaz|eficaces|efectiv[oa]s?|significativ[oa]s?|robust[oa]s?|debidamente(?<!\\b(?:enjuiciad|juzgad|procesad|investigad|sancionad|castigad)[oa]s?\\s+debidamente)(?!\\s+(?:enjuiciad|juzgad|procesad|investigad|sancionad|castigad)[oa]s?\\b))\\b",
        "\\b(?:rápidamente|rápid[oa]s?|pront[oa]s?(?!\\s+como)|ágilmente|con\\s+celeridad|con\\s+prontitud|en\\s+tiempo\\s+y\\s+forma|correctamente|correct[oa]s?|indebid[oa]s?|innecesari[oa]s?|excesiv[oa]s?)\\b",
        "\\b(?:largos|prolongados|excesivos)\\s+periodos?\\b",
        "\\ben\\s+la\\s+medida\\s+de\\s+lo\\s+posible\\b",
        // un estado de ánimo que nadie puede observar: "tenga los conocimientos necesarios"
        "\\b(?:conocimientos?|competencias?|habilidades|capacidades)\\s+necesari[oa]s\\b",
        "\\bcomo\\s+último\\s+recurso\\b",
        "\\b(?:mayor|mayores)\\b",
        // (un superlativo nombra un grado alcanzado, no un cambio: "del más alto nivel", "los más vulnerables";
        // "lo más … posible" sigue siéndolo)
        "\\b(?<!\\b(?:el|la|los|las|del|al)\\s+)más\\b(?!\\s+(?:de|que|tardar)\\b)",
        "\\bmejor(?:es)?\\b",
      ],
    },
    yardstickTie: {
      patterns: [
        `\\b(?:suficientes?)\\s+(?:[a-zñ]+\\s+){0,3}?(?:para|a fin de)\\s+(?!${GOAL_VERB}\\b|${QUALITY_PURPOSE})(?:${INFINITIVE}\\b|que\\b)`,
        "\\b(?:suficientes?|adecuad[oa]s?)\\b[^.;]{0,40}?\\b(?:para\\s+(?:atender|cubrir|satisfacer)\\s+(?:la\\s+)?(?:[a-zñ]+\\s+){0,4}?demanda)\\b",
      ],
    },
    openAction: {
      patterns: [
        "(?<!\\bpara\\s)\\b(?:revisar|revise|revisen|revisarse|reexaminar|evaluar|evalúe|evalúen|evaluarse|examinar|examine|examinen|estudiar|estudie|estudien|analizar|analice|analicen|valorar|valore|valoren|valorarse|reconsiderar|reconsidere|reconsideren|supervisar|supervise|supervisen|se\\s+revise|se\\s+revisen|se\\s+evalúe|se\\s+evalúen|se\\s+estudie|se\\s+analice|reconsiderarse|reexaminarse|estudiarse|analizarse|reevaluarse)\\b",
        // una revisión nombrada como lo que la cosa sufre: "la política debería ser objeto de revisión"
        "\\b(?:ser|sea|sean|es|son)\\s+objeto\\s+de\\s+(?:una?\\s+)?(?:[a-zñ]+\\s+)?(?:revisión|evaluación|reevaluación|análisis|estudio|examen|reconsideración)\\b(?!\\s+(?:anual|mensual|periódic[oa]|por|en\\s+un\\s+plazo|antes|cada)\\b)",
        // la forma pasiva: "el protocolo debe ser revisado", "que sean evaluadas"
        "\\b(?:ser|sea|sean|es|son)\\s+(?:\\w+mente\\s+)?(?:revisad|reexaminad|evaluad|examinad|estudiad|analizad|valorad|reconsiderad|supervisad)[oa]s?\\b",
        "\\b(?:hacer|haga|hagan|realizar|realice|realicen|llevar\\s+a\\s+cabo)\\s+(?:un\\s+)?seguimiento\\b(?!\\s+(?:anual|mensual|semanal|diario|periódico|cada)\\b)",
        "\\b(?:realizar(?:se)?|llevar(?:se)? a cabo|efectuar(?:se)?|practicar(?:se)?|se\\s+(?:realice|lleve\\s+a\\s+cabo|efectúe|practique))\\s+(?:un|una)\\s+(?:\\w+\\s+)?(?:evaluación|revisión|análisis|estudio|examen)\\b(?!\\s+(?:anual|mensual|periódic[oa]|cada|antes|en\\s+un\\s+plazo)\\b)",
        // la revisión nombrada primero y pedida en pasiva: "una evaluación completa de los recursos
        // debe llevarse a cabo" es tan abierta como "llevar a cabo una evaluación de …"
        "\\b(?:un|una|el|la)\\s+(?:[a-zñáéíóú]+\\s+){0,2}?(?:evaluación|revisión|análisis|estudio|examen)\\b(?:\\s+(?:completa|complet[oa]|exhaustiv[oa]|detallad[oa]|integral))?(?:\\s+(?:de|del|sobre)\\b[^.;]{0,120}?)?\\s+(?:debe|deben|debería|deberían|deberá)\\s+(?:realizarse|llevarse\\s+a\\s+cabo|efectuarse|ser\\s+(?:realizad|efectuad|llevad)[oa]s?)\\b(?!\\s+(?:por|en\\s+un\\s+plazo|antes|cada)\\b)",
      ],
    },
    measure: {
      patterns: [
        // a number standing alone ("2 hours", "7m2"), not a digit inside a code or a citation ("S47", "Covid-19", "4/2018")
        // ni el número de un punto de una lista, de una recomendación o de un texto, ni un año ("3. Instalar …",
        // "Recomendación 4", "N° 12", "el informe de 2019"), ni el día de una fecha ("la Orden de 6 de marzo de 2000")
        `(?<![A-Za-z0-9/.-])(?<!\\bRecomendaci(?:ón|ones)\\s+)(?<!\\b(?:n\\.?[°º]|núm|número|nro)\\.?\\s*)(?!(?:19|20)[0-9]{2}(?![0-9]))\\d(?![0-9]*/[0-9])(?![0-9]?[º°o]?\\s+de\\s+${MONTH})(?!(?<=(?:^|\\n|[:;]|\\b(?:y|o))\\s*\\d)\\d*(?:[.)]|\\s?[–—-])\\s)`,
        "\\b(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta|cien|mitad|doble)\\b",
        "\\bpor\\s+ciento\\b|%",
        "\\b(?:al\\s+menos|como\\s+mínimo|como\\s+máximo|un\\s+máximo\\s+de|un\\s+mínimo\\s+de|no\\s+más\\s+de|no\\s+menos\\s+de|no\\s+superior(?:es)?\\s+a|no\\s+exceda|hasta\\s+un\\s+máximo)\\b",
        // (no todos en un estado de ánimo que nadie puede observar: "todo el personal tenga los conocimientos necesarios")
        "\\b(?:todo|toda|todos|todas|cada|cualquier|ningún|ninguna)\\s+(?!momento\\b|lo\\s+(?:posible|necesario)\\b|(?:tipo|tipos|forma|formas|clase|clases|índole)\\b)(?![^.;]{0,40}?\\b(?:tenga|tengan|posea|posean|adquiera|adquieran)\\s+(?:los|las|el|la|unos|unas)?\\s*(?:conocimientos?|competencias?|habilidades|capacidades)\\s+(?:necesari|suficient|adecuad|apropiad|debid)\\w*)(?:[a-zñ]+\\s+){0,2}?[a-zñ]+",
        "\\b(?:en\\s+todo\\s+momento|siempre)\\b",
        // no el nombre de un informe fechado que se cita ("parágrafo 82 del Informe Anual 2014")
        "\\b(?:diari[oa]s?|a\\s+diario|semanal(?:es|mente)?|mensual(?:es|mente)?|trimestral(?:es|mente)?|anual(?:es|mente)?(?!\\s+(?:de\\s+|del\\s+año\\s+)?(?:19|20)\\d{2}\\b)|por\\s+(?:día|semana|mes|año|turno))\\b",
        // una proporción: "una persona detenida por celda", "un funcionario por cada diez internos"
        "\\b(?:una?|dos|tres|cuatro|cinco|seis|diez|\\d+)\\s+(?:[a-zñáéíóú]+\\s+){0,2}?por\\s+(?:cada\\s+(?:\\d+\\s+|[a-zñ]+\\s+)?)?(?:celdas?|habitaci(?:ón|ones)|dormitorios?|camas?|módulos?|internos?|detenid[oa]s?|pacientes?|residentes?|funcionari[oa]s?|agentes?)\\b",
        "\\b(?:complet[oa]s?|completamente|íntegramente|en\\s+su\\s+totalidad|sin\\s+excepción|por\\s+separado|exacta?)\\b",
        "\\b(?:por\\s+escrito|registr\\w+|document\\w+|anot\\w+|constancia|consten?)\\b",
        "\\b(?:aumentar|incrementar|reducir|disminuir|duplicar)\\s+(?:el\\s+)?número\\s+de\\b",
        // un entregable nombrado, en cualquier forma del verbo: "elaborar un protocolo", "que se elabore
        // un protocolo", "deberá aprobarse un plan", "el protocolo debe ser actualizado"
        "\\b(?:dict|impart|dar\\b|aprob|aprueb|elabor|desarroll|adopt|establec(?:er|ido|ida|idos|idas|erse)\\b|establezc|cre(?:ar|e|en|arse|ando|andose)\\b|instaur|arbitr|public(?:ar|ado|ada|ados|adas|arse)\\b|publiqu|modific|modifiqu|actualiz|actualic|implant|entreg|instal(?:ar|e|en|ado|ada|ados|adas|arse)\\b|dot(?:ar|e|en|ado|ada|ados|adas)\\b|redact|realic|realiz(?:ar|ado|ada|arse)\\b|llevar?\\s+a\\s+cabo|llev(?:e|en)\\s+a\\s+cabo|pon(?:er|ga|gan)\\s+en\\s+marcha)\\w*\\b(?:(?!\\b(?:evaluación|revisión|análisis|estudio|examen|reconsideración)\\s+(?:de|del)\\b)[^.;]){0,40}?\\b(?:instrucci(?:ón|ones)|indicaciones|protocolos?|procedimientos?|plan(?:es)?|programas?|registros?|libros?|formularios?|circular(?:es)?|normas?|reglamentos?|guías?|documentos?|sistemas?|estrategias?|coordinador(?:es)?|puntos?\\s+focal(?:es)?|informes?|auditorías?|inventarios?|horarios?|calendarios?|folletos?|comités?|comisiones?|mecanismos?)\\b",
        // el mismo entregable nombrado por un sustantivo: "la creación de un registro", "la puesta en marcha de
        // un mecanismo de quejas"
        "\\b(?:creación|puesta\\s+en\\s+marcha|implantación|instauración|adopción|elaboración|aprobación|establecimiento|publicación)\\s+(?:de\\s+(?:un|una|unos|unas|los|las|la)|del)\\s+(?:[a-zñ]+\\s+){0,3}?(?:protocolos?|procedimientos?|plan(?:es)?|programas?|estrategias?|registros?|mecanismos?|comités?|comisiones?|sistemas?|guías?|folletos?|circular(?:es)?|instrucci(?:ón|ones))\\b",
        "\\b(?:instrucci(?:ón|ones)|protocolos?|procedimientos?|plan(?:es)?|programas?|estrategias?|registros?|libros?|formularios?|circular(?:es)?|normas?|reglamentos?|guías?|informes?|auditorías?|inventarios?|horarios?|folletos?)\\b[^.;]{0,60}?\\b(?:debe|deben|debería|deberían|deberá|deberán)\\s+ser\\s+(?:aprobad|elaborad|adoptad|establecid|cread|publicad|modificad|actualizad|implantad|redactad|dictad|traducid|difundid|distribuid)\\w*",
        "\\b(?:suprimir|eliminar|retirar|cesar|poner\\s+fin|dejar\\s+de|prohibir|cerrar|sustituir|clausurar)\\b",
        "\\bno\\s+(?:se\\s+)?(?:debe|deben|debería|deberían|sea|sean)\\b",
      ],
    },
    timeframe: {
      patterns: [
        // a date given as a document's ("la Orden de Servicio de 1 de julio de 2019") is not a deadline
        `(?<!\\bde\\s)\\b\\d{1,2}\\s+de\\s+${MONTH}(?:\\s+de(?:l)?\\s+(?:19|20)\\d{2})?\\b`,
        `(?<!\\bde\\s+\\d{1,2}\\s+de\\s+)\\b${MONTH}\\s+de(?:l)?\\s+(?:19|20)\\d{2}\\b`,
        "\\b\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)?\\d{2}\\b",
        `\\b(?:antes\\s+de(?:l)?|a\\s+más\\s+tardar(?:\\s+el)?|no\\s+más\\s+tarde\\s+de(?:l)?|hasta(?:\\s+el)?|a\\s+finales\\s+de(?:l)?|al\\s+final\\s+de(?:l)?|a\\s+lo\\s+largo\\s+de(?:l)?|durante(?:\\s+el)?|en\\s+el\\s+(?:primer|segundo)\\s+(?:semestre|trimestre)\\s+de(?:l)?)\\s+(?:año\\s+)?(?:19|20)\\d{2}\\b`,
        `\\ben\\s+(?:un|el)\\s+plazo\\s+(?:máximo\\s+)?(?:de\\s+)?(?:\\d+|${NUMBER_WORD})\\s+${TIME_UNIT}`,
        `\\bdentro\\s+de(?:\\s+los?)?\\s+(?:próxim[oa]s\\s+)?(?:\\d+|${NUMBER_WORD})\\s+${TIME_UNIT}`,
        `\\b(?:en|durante)\\s+(?:los|las)\\s+próxim[oa]s\\s+(?:\\d+\\s+|${NUMBER_WORD}\\s+)?${TIME_UNIT}`,
        "\\bdentro\\s+del\\s+(?:próximo\\s+|presente\\s+)?(?:ejercicio|año|ciclo)(?:\\s+presupuestario)?\\b",
        // un período del ciclo presupuestario o de examen, el que corre o el siguiente
        "\\b(?:en|durante)\\s+el\\s+(?:presente|actual|próximo|siguiente)\\s+(?:ejercicio|período\\s+(?:de\\s+)?(?:examen|informe|presentación\\s+de\\s+informes))(?:\\s+(?:presupuestario|económico))?\\b",
        "\\b(?:a\\s+partir\\s+del?|desde\\s+el)\\s+(?:próximo\\s+(?:mes|año|ejercicio)|\\d{1,2}\\s+de)\\b",
        "\\bantes\\s+de\\s+que\\s+(?:finalice|termine|concluya)\\s+(?:el\\s+)?(?:año\\s+)?(?:(?:19|20)\\d{2}|el\\s+año|el\\s+ejercicio)\\b",
        "\\b(?:antes\\s+del?|para\\s+el)\\s+(?:próximo\\s+)?(?:invierno|verano|ejercicio)\\b",
        "\\ba\\s+más\\s+tardar\\b",
        // the end of a period, a part of a year, or a bound on the time given
        "\\b(?:antes\\s+de(?:l)?|a\\s+más\\s+tardar\\s+a)\\s+(?:fin(?:ales)?|final)\\s+de(?:l)?\\s+(?:(?:presente|este|próximo)\\s+)?(?:año|ejercicio|mes|semestre|trimestre)\\b",
        "\\bantes\\s+de\\s+(?:finalizar|terminar|concluir|acabar)\\s+(?:el\\s+)?(?:(?:presente|este|próximo)\\s+)?(?:año|ejercicio|mes|semestre|trimestre)\\b",
        "\\b(?:en|durante|a\\s+lo\\s+largo\\s+de|en\\s+el\\s+transcurso\\s+de)\\s+(?:el\\s+)?(?:primer|segundo|tercer|cuarto)\\s+(?:semestre|trimestre)\\s+de(?:l)?\\s+(?:año\\s+)?(?:19|20)\\d{2}\\b",
        "\\b(?:a\\s+lo\\s+largo|en\\s+el\\s+transcurso|durante\\s+el\\s+transcurso)\\s+de(?:l)?\\s+(?:(?:año|ejercicio)\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2}|(?:próximo|presente)\\s+(?:año|ejercicio|semestre|trimestre))\\b",
        `\\ben\\s+(?:un|el)\\s+plazo\\s+(?:no\\s+superior\\s+a|inferior\\s+a|que\\s+no\\s+(?:exceda|supere)\\s+(?:de\\s+)?(?:los\\s+|las\\s+)?)\\s*(?:\\d+|${NUMBER_WORD})\\s+${TIME_UNIT}`,
        // el próximo informe al órgano que lo pide: "en su próximo informe periódico"
        "\\b(?:en|antes\\s+de)\\s+(?:su|el)\\s+próximo\\s+informe\\b",
        "\\ben\\s+el\\s+(?:presupuesto|ejercicio)\\s+(?:de\\s+)?(?:19|20)\\d{2}\\b",
      ],
    },
    immediacy: {
      patterns: [
        "\\b(?:de\\s+inmediato|inmediatamente|inmediata|sin\\s+demora|sin\\s+(?:más\\s+)?dilación|con\\s+carácter\\s+(?:de\\s+)?urgen(?:te|cia)|urgentemente|con\\s+urgencia|de\\s+forma\\s+urgente|de\\s+manera\\s+urgente)\\b",
        // urgency of the measures asked for, or of the whole ask: "adoptar las siguientes medidas urgentes"
        "\\b(?:medidas|acciones|actuaciones|providencias|intervenciones)\\s+(?:[\\w-]+\\s+(?:y|o|e)\\s+)?urgentes\\b|\\burgentes\\s+(?:medidas|acciones|actuaciones|providencias)\\b|\\b(?:es|resulta|sería|resultaría)\\s+(?:de\\s+)?(?:(?:muy|suma|sumamente|extrema|extremadamente|máxima|especial|especialmente|vital)\\s+)?urgen(?:te|cia)\\b",
      ],
    },
    routineAnchor: {
      patterns: [
        "\\b(?:desde|tras|después\\s+de|a\\s+partir\\s+de|en\\s+el\\s+momento\\s+de(?:l)?|al|a\\s+su|en\\s+su|antes\\s+de(?:l)?|siguientes\\s+a)\\s+(?:su\\s+|la\\s+|el\\s+|cada\\s+)?(?:llegada|ingreso|detención|internamiento|traslado|salida|solicitud|incidente|puesta\\s+a\\s+disposición|admisión|entrada|privación\\s+de\\s+libertad)\\b",
        "\\bcada\\s+vez\\s+que\\b",
        "\\btras\\s+(?:la\\s+salida\\s+de\\s+)?cada\\b",
        "\\b(?:de|para)\\s+cada\\s+(?:queja|solicitud|incidente|detenid[oa]|intern[oa]|paciente)\\b",
        // una decisión tomada en cada caso, a la que sigue el plazo: "en conexión inmediata con la
        // decisión de aislar", "inmediatamente después de la decisión de sujetar"
        "\\b(?:en\\s+(?:conexión|relación)\\s+(?:inmediata\\s+)?con|tras|después\\s+de|desde|en\\s+el\\s+momento\\s+de)\\s+(?:la|cada|toda)\\s+decisión\\s+de\\b",
      ],
    },
    routineStep: {
      patterns: [
        "\\b(?:ser|sea|sean|es|son|sido|siendo|serán?)\\s+(?:\\w+mente\\s+)?(?:informad|notificad|examinad|reconocid|visitad|atendid|oíd|puest[oa]s?\\s+a\\s+disposición|trasladad|registrad)\\w*\\b",
        // urgency of a past step named by a participle, not of the ask: "el internamiento realizado de forma urgente"
        "(?<!\\b(?:ser|sea|sean|es|son|fue|sido|estar|esté|estén|está|están|se)\\s)\\b[a-zñ]+(?:ado|ada|ados|adas|ido|ida|idos|idas)\\b(?=\\s+(?:de\\s+(?:forma|manera)\\s+urgente|con\\s+carácter\\s+(?:de\\s+)?urgen|urgentemente|inmediatamente|de\\s+inmediato))",
      ],
    },
    openTime: {
      patterns: [
        "\\b(?:lo\\s+antes\\s+posible|cuanto\\s+antes|a\\s+la\\s+mayor\\s+brevedad(?:\\s+posible)?|en\\s+el\\s+menor\\s+plazo\\s+posible)\\b",
        "\\b(?:en\\s+(?:el|un)\\s+)?(?:corto|medio|largo)\\s+plazo\\b",
        "\\ba\\s+su\\s+debido\\s+tiempo\\b",
        "\\ben\\s+su\\s+momento\\b",
        "\\b(?:progresivamente|gradualmente|paulatinamente|próximamente)\\b",
        "\\ben\\s+(?:el|un)\\s+futuro(?:\\s+próximo)?\\b",
        "\\bcuando\\s+(?:los\\s+recursos|el\\s+presupuesto|las\\s+disponibilidades)\\s+lo\\s+permitan\\b",
        "\\ben\\s+un\\s+plazo\\s+razonable\\b",
      ],
    },
    priority: {
      patterns: [
        "\\b(?:prioridad|prioritari[oa]s?|prioritariamente|priorizar|priorice|prioricen)\\b",
        // la urgencia de lo pedido, no una clase de atención o de caso ("atención médica urgente", "en caso de urgencia")
        "(?<!\\b(?:atención|asistencia|casos?|situaciones?|necesidades?|llamadas?|consultas?|traslados?|médica|médicas|médico|médicos|sanitaria|sanitarias)\\s)\\burgentes?\\b|(?<!\\b(?:en\\s+caso\\s+de|situaciones?\\s+de|llamadas?\\s+de|servicios?\\s+de)\\s)\\burgencia\\b(?!\\s+(?:médica|sanitaria|vital))",
        "\\b(?:lo\\s+antes\\s+posible|cuanto\\s+antes|a\\s+la\\s+mayor\\s+brevedad)\\b",
        "\\ben\\s+primer\\s+lugar\\b[^.]{1,160}?\\b(?:después|luego|a\\s+continuación|posteriormente|en\\s+segundo\\s+lugar)\\b",
        "\\bcomo\\s+primer\\s+paso\\b",
        "\\b(?:comenzando|empezando)\\s+por\\b",
        "\\b(?:mientras\\s+tanto|entretanto|en\\s+tanto\\s+(?:que|se)|hasta\\s+que|en\\s+espera\\s+de(?!\\s+(?:su\\s+|sus\\s+)?(?:juicio|deportación|expulsión|extradición|sentencia|condena|devolución|vista)\\b))\\b",
        // (no una situación legal: "prisión provisional", "aislamiento provisional", "los presos provisionales")
        "\\b(?:provisionalmente|transitori[oa]s?|con\\s+carácter\\s+temporal)\\b|(?<!\\b(?:prisión|detención|libertad|aislamiento|internamiento|internos?|internas?|presos?|presas?|reclusos?|reclusas?|detenidos?|detenidas?)\\s)\\bprovisional(?:es)?\\b",
        // una medida mientras falte algo: "mientras no se cuente con videovigilancia, …"
        "\\bmientras\\s+no\\b",
        // (también con su sujeto delante: "mientras la pandemia no haya terminado")
        "\\bmientras\\s+(?:(?:el|la|los|las|este|esta|dich[oa])\\s+)?[a-zñáéíóú]+\\s+no\\s+(?:se\\s+)?(?:haya|hayan|esté|estén|sea|sean|exista|existan|termine|terminen|finalice|finalicen|concluya|concluyan|disponga|dispongan)\\b",
        "\\bsin\\s+(?:que\\s+ello\\s+)?(?:reducir|reduzca|menoscabar|menoscabe|afectar|afecte|limitar|limite|perjudicar|perjudique|vulnerar|vulnere)\\b",
        "\\bsin\\s+(?:menoscabo|merma|detrimento|perjuicio\\s+para)\\s+de(?:l)?\\b",
        // un riesgo que la forma de hacerlo debe evitar: "de modo que no se comprometa …", "sin recurrir a horas extraordinarias"
        "\\b(?:de\\s+(?:modo|manera|forma)\\s+que\\s+no\\s+(?:se\\s+)?|para\\s+no\\s+|sin\\s+(?:que\\s+(?:ello|esto)\\s+)?)(?:comprometer|comprometa|comprometan|reducir|reduzca|menoscabar|menoscabe|afectar|afecte|limitar|limite|perjudicar|perjudique|vulnerar|vulnere|poner\\s+en\\s+(?:riesgo|peligro)|ponga\\s+en\\s+(?:riesgo|peligro))\\b|\\bsin\\s+(?:recurrir|tener\\s+que\\s+recurrir)\\s+a\\b",
        // un paso pedido pronto, antes que otros ("a muy corto plazo"), como "lo antes posible"
        "\\b(?:a|en\\s+el)\\s+(?:muy\\s+)?corto\\s+plazo\\b",
        // un orden de pasos: "reparar la cocina antes que cualquier otra obra"
        "\\bantes\\s+(?:que|de)\\s+cualquier\\s+otr[oa]\\b",
        "\\b(?:velando|cuidando)\\s+(?:por|de)\\s+que\\s+no\\b",
        "\\b(?:análisis|evaluación|valoración)\\s+de(?:l)?\\s+riesgos?\\b",
        // los riesgos de la medida sopesados como tales: "evaluar los riesgos y beneficios de …"
        "\\b(?:evalu|analiz|valor|examin|identific|sopes)[a-zé]*\\s+los\\s+(?:posibles\\s+|eventuales\\s+)?riesgos\\s+(?:potenciales\\s+)?(?:y\\s+(?:los\\s+)?beneficios\\s+)?(?:de|del|asociados\\s+a|que\\s+(?:comporta|supone|implica))\\b",
        // (un riesgo que reducir como fin de la petición es su objetivo, no un riesgo de la propia
        // medida: "garantizar la presencia de agentes para evitar riesgos")
        "(?<!\\b(?:para|a\\s+fin\\s+de|con\\s+el\\s+fin\\s+de|con\\s+(?:el\\s+)?objeto\\s+de|con\\s+el\\s+objetivo\\s+de)\\s)\\b(?:mitigar|minimizar|reducir|evitar|(?:tener|teniendo)\\s+en\\s+cuenta)\\b[^.;]{0,30}\\briesgos?\\b",
        // una garantía que la forma de hacerlo debe mantener, contra un riesgo que la petición
        // conlleva: "con las medidas de seguridad adecuadas", "aplicando las medidas de protección de datos"
        "\\b(?:medidas|garantías|precauciones|cautelas)\\s+de\\s+(?:seguridad|confidencialidad|protección\\s+de\\s+datos)\\b(?<=\\b(?:con|adoptando|aplicando|respetando|observando|manteniendo)\\s+(?:las\\s+|los\\s+|unas\\s+|todas\\s+las\\s+)?(?:(?:debidas|oportunas|adecuadas|necesarias|apropiadas|pertinentes)\\s+)?(?:medidas|garantías|precauciones|cautelas)\\s+de\\s+(?:seguridad|confidencialidad|protección\\s+de\\s+datos))",
        // una parte de la petición que atender primero o más: "con especial atención a …", "poniendo el énfasis en …"
        // (prestar atención como toda la petición no distingue ninguna parte de ella)
        "\\b(?:(?:especial|particular|singular)\\s+(?:atención|cuidado)|atención\\s+(?:especial|particular|preferente))\\b(?<=\\b(?:con|prestando|dedicando)\\s+(?:una\\s+|la\\s+)?(?:(?:especial|particular|singular)\\s+(?:atención|cuidado)|atención\\s+(?:especial|particular|preferente)))|\\b(?:poniendo|haciendo)\\s+(?:el\\s+|un\\s+)?(?:especial\\s+)?(?:énfasis|hincapié|acento)\\s+en\\b",
        "(?<!\\b(?:para|a\\s+fin\\s+de|con\\s+el\\s+fin\\s+de|con\\s+(?:el\\s+)?objeto\\s+de)\\s+(?:reducir|minimizar|mitigar|evitar|prevenir|disminuir)\\s+(?:el\\s+|los\\s+|todo\\s+|cualquier\\s+)?)\\briesgos?\\s+de\\b",
        "\\b(?:sólo|solo|únicamente)\\s+cuando\\b",
        "\\bno\\s+(?:[a-zñ]+\\s+){0,3}?automátic(?:a|amente)\\b",
        // la rapidez pedida como tal: "acelerar la aprobación de la ley", "agilizar los traslados"
        "\\b(?:aceler(?:ar|e|en|ado|ada)|agiliz(?:ar|ado|ada)|agilice|agilicen)\\b",
        // un riesgo que evitar, nombrado como un cuidado: "cuidando de no reducir …", "procurando no …"
        "\\b(?:cuidando|procurando|velando\\s+por)\\s+(?:de\\s+)?no\\b",
        // medidas provisionales mientras duran las obras: "mientras se realizan las obras"
        "\\bmientras\\s+(?:(?:se|que)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:obras|reformas|trabajos|la\\s+renovación|la\\s+rehabilitación)\\b|\\bdurante\\s+(?:la\\s+ejecución\\s+de\\s+)?las\\s+obras\\b",
        // un daño que la forma de hacerlo no debe causar: "una contención limitada al mínimo, sin
        // infligir dolor"
        "\\bsin\\s+(?:causar|infligir|provocar|ocasionar)(?:les|le)?\\s+(?:ningún\\s+|ninguna\\s+)?(?:dolor|daños?|lesiones|sufrimientos?|humillaci(?:ón|ones))\\b",
        // lugares excluidos para proteger la intimidad ("con excepción de los aseos y las salas para
        // entrevistas con los abogados"): un riesgo que la recomendación tiene presente
        "\\b(?:con\\s+excepción\\s+de|a\\s+excepción\\s+de|salvo(?:\\s+en)?|excepto(?:\\s+en)?|exceptuando)\\s+(?:l[oa]s\\s+|el\\s+|la\\s+)?(?:aseos?|baños?|duchas?|inodoros?|servicios\\s+higiénicos|(?:salas?|locutorios?|espacios?|dependencias)\\s+(?:para|de|destinad[oa]s\\s+a)\\s+(?:las\\s+)?(?:entrevistas?|reuniones|comunicaciones)\\s+(?:reservadas\\s+)?con\\s+(?:l[oa]s\\s+|sus\\s+)?(?:abogad[oa]s|letrad[oa]s|médic[oa]s))\\b",
      ],
    },
    urge: {
      patterns: [
        "\\b(?:insta|instan|instamos|exhorta|exhortan|urge\\s+a)\\b",
        "\\b(?:pide|solicita|recomienda)\\s+encarecidamente\\b",
      ],
    },
    finding: {
      patterns: [
        "\\b(?:MNP|Mecanismo|delegación|equipo|Defensor|Defensoría|Comité|Subcomité|se)\\s+(?:\\w+\\s+){0,2}?(?:constató|constata|observó|observa|comprobó|comprueba|detectó|verificó|advirtió|apreció|tuvo\\s+conocimiento|fue\\s+informad[oa]|pudo\\s+(?:comprobar|observar|constatar|verificar)|lamenta|expresa\\s+su\\s+preocupación|le\\s+preocupa)\\b",
        "\\b(?:durante|en\\s+el\\s+curso\\s+de|en\\s+el\\s+momento\\s+de)\\s+(?:la|su|esta)\\s+visita\\b",
        "\\b(?:manifestaron|refirieron|denunciaron|informaron|indicaron|alegaron|declararon|señalaron)\\s+(?:de\\s+)?que\\b",
        "\\bsegún\\s+(?:informaron|manifestaron|indicaron|la\\s+información|los\\s+datos)\\b",
        "\\b(?:dado|ya|puesto|visto)\\s+que\\b",
        "\\bhabida\\s+cuenta\\s+de\\b",
        "\\b(?:teniendo|tenida)\\s+en\\s+(?:cuenta|consideración)\\s+que\\b",
        "\\b(?:considerando|toda\\s+vez)\\s+que\\b",
        "\\ben\\s+vista\\s+de\\b",
        "\\bdebido\\s+a\\s+(?:la\\s+)?(?:falta|ausencia|carencia|escasez)\\b",
        "\\bcarec(?:e|en|ía|ían)\\b",
        "\\b(?:la|una)\\s+(?:falta|ausencia|carencia)\\s+de\\b",
        "(?<!\\bque\\s)\\bno\\s+(?:dispone|disponen|disponía|disponían|cuenta|cuentan|contaba|contaban|existe|existía|existen|había|hay)\\b",
        "\\btratándose\\s+de\\b",
        "\\b(?:aumenta|agrava|provoca|genera)\\s+(?:la|el)\\b",
      ],
    },
    standard: {
      caseSensitive: true,
      patterns: [
        "\\bReglas\\s+(?:Nelson\\s+)?Mandela\\b",
        "\\bReglas\\s+(?:de\\s+)?(?:Bangkok|Beijing|La\\s+Habana|Tokio)\\b",
        "\\bReglas\\s+(?:Mínimas|Penitenciarias\\s+Europeas)\\b",
        "\\bProtocolo\\s+(?:de\\s+Estambul|Facultativo)\\b",
        "\\b(?:Convención|Convenio|Pacto\\s+Internacional|Constitución|Carta)\\b",
        "\\b(?:CPT|SPT|OPCAT|CEDH|TEDH|ACNUR|OMS)\\b(?!,?\\s+(?:(?:nuevamente|también|asimismo|una\\s+vez\\s+más|de\\s+nuevo|por\\s+tanto),?\\s+)?(?:recomienda|insta|solicita|considera|observa|señala|reitera|desea|ha\\s|había|es|fue|visitó|constató))",
        "\\b(?:Comité\\s+(?:Europeo|contra\\s+la\\s+Tortura|de\\s+Derechos|(?:de|para\\s+la)\\s+Prevención)|Subcomité\\s+para\\s+la\\s+Prevención|Tribunal\\s+(?:Europeo|Constitucional|Supremo))\\b",
        "\\b[Jj]urisprudencia\\b",
        "\\b[Aa]rt(?:ículos?|s?\\.)\\s*\\d+",
        `\\bLey(?:\\s+Orgánica)?\\s+(?:\\d+/\\d+(?:,\\s+de\\s+\\d{1,2}\\s+de\\s+${MONTH})?|de\\s+[A-Z]|General|[A-Z])`,
        `\\b(?:Real\\s+Decreto|Decreto|Orden|Instrucción|Circular)\\s+[\\d/]+(?:,\\s+de\\s+\\d{1,2}\\s+de\\s+${MONTH})?`,
        "\\b(?:Real\\s+Decreto|Decreto|Reglamento|Instrucción|Circular|Orden)\\s+(?:\\d|[A-Z]|de\\s+[A-Z]|General)",
        "\\b(?:[Dd]e\\s+acuerdo\\s+con|[Cc]onforme\\s+a|[Aa]\\s+la\\s+luz\\s+de|[Aa]\\s+tenor\\s+de|[Cc]on\\s+arreglo\\s+a|[Dd]e\\s+conformidad\\s+con|[Ee]n\\s+cumplimiento\\s+de|[Ss]egún\\s+(?:lo\\s+)?(?:previsto|establecido|dispuesto)\\s+en|[Ss]egún\\s+(?:establece|establecen|dispone|disponen|prevé|prevén|recoge|recogen|exige|exigen)|[Tt]al\\s+(?:y\\s+)?como\\s+(?:establece|establecen|dispone|disponen|prevé|prevén|señala|señalan|recoge|recogen|exige|exigen|indica|indican)|[Cc]umplir\\s+(?:con\\s+)?(?:lo\\s+(?:previsto|establecido|dispuesto)\\s+en\\s+)?|(?:[Ee]l\\s+)?[Cc]umplimiento\\s+(?:de|del)(?!\\s+(?:(?:la|el|los|las)\\s+)?(?:dich[oa]s?|est[aeo]s?|es[aeo]s?|tal(?:es)?|mism[oa]s?)\\b)|(?:se\\s+)?(?:ajust|adecu|atien)[a-z]*\\s+(?:\\w+mente\\s+)?a)\\s*(?:lo\\s+(?:previsto|establecido|dispuesto|señalado|recomendado|indicado)\\s+(?:en|por)\\s+)?(?:el|la|los|las)?\\s*(?:[a-zñ]+\\s+){0,2}?(?:[A-Z]|\\d|(?:artículos?|ley|leyes|reglamentos?|instrucci(?:ón|ones)|normas?|reglas?|criterios?|protocolos?|parágrafos?|puntos?|deber|obligaci(?:ón|ones))\\b|(?:principios?|pol[ií]ticas?|documentos?\\s+de\\s+pol[ií]tica|directrices|procedimientos?)\\s+(?:de|del|relativ[oa]s?|sobre|en\\s+materia)\\b)",
        "\\b(?:su|sus)\\s+(?:deber|deberes|obligación|obligaciones)\\s+(?:legal(?:es)?\\s+)?de\\b",
        // una norma existente que hay que respetar, nombrada por su objeto: "que se cumpla estrictamente el
        // protocolo de traslados"
        "\\b(?:cumpla|cumplan|respete|respeten|observe|observen)\\s+(?:estrictamente\\s+|rigurosamente\\s+|siempre\\s+)?(?:el|la|los|las)\\s+(?:protocolos?|normas?|instrucci(?:ón|ones)|procedimientos?|circular(?:es)?|reglamento|política)\\b",
        // un deber que hay que cumplir, sea de quien sea: "cumplan con el deber de portar …"
        "\\b(?:cumpl\\w*|respet\\w*|observ\\w*|atiend\\w*|atend\\w*)\\s+(?:con\\s+)?(?:el|los|la|las)\\s+(?:deber|deberes|obligación|obligaciones)\\s+(?:legal(?:es)?\\s+)?de\\b",
        // una exigencia existente nombrada por su objeto: "conforme a los tiempos establecidos por el responsable"
        "\\b(?:[Cc]onforme\\s+a|[Dd]e\\s+acuerdo\\s+con|[Ss]egún|[Cc]on\\s+arreglo\\s+a|[Dd]e\\s+conformidad\\s+con)\\s+(?:los|las|el|la|lo)\\s+(?:[\\w-]+\\s+){0,2}?(?:establecid|fijad|previst|dispuest|determinad)[oa]s?\\s+(?:por|en)\\b",
        // una ley existente nombrada por su objeto: "la aplicación de la ley que crea el mecanismo nacional"
        "\\b(?:[Ll]a\\s+ley|[Ee]l\\s+decreto)\\s+(?:que\\s+crea|por\\s+la\\s+que\\s+se\\s+crea|de\\s+creación\\s+de(?:l)?|sobre\\s+(?:el|la|los|las)|relativa\\s+a)\\b",
        "\\b[Ll]a\\s+(?:legislación|normativa)\\s+(?:sobre|relativa\\s+a(?:l)?|en\\s+materia\\s+de|reguladora\\s+de(?:l)?)\\s+(?!esta\\b|dicha\\b|la\\s+materia\\b)",
        // (también el apartado de un documento nombrado por su título: "el apartado 5.4 del estudio Los partes de lesiones")
        "\\b(?:parágrafos?|párrafos?|apartados?|puntos?)\\s+\\d+(?:\\.\\d+)*(?:\\s+(?:y|a)\\s+\\d+(?:\\.\\d+)*)?\\s+(?:del?|de\\s+la)\\s+(?:(?:estudio|informe|protocolo|manual|documento|guía|plan|programa)\\s+)?[A-Z]",
        "\\bInforme\\s+Anual\\b",
        "\\b[A-Z]{2,}(?:/[A-Za-z0-9.()]+){2,}",
        // un principio de derecho nombrado por su contenido: "en atención al interés superior del menor"
        "\\b[Ii]nterés\\s+superior\\s+(?:del|de\\s+la|de\\s+los|de\\s+las)\\s+(?:menor|menores|niño|niña|niños|niñas|infancia)\\b",
      ],
    },
    genericStandard: {
      patterns: [
        "\\b(?:estándares|normas|normativa|criterios)\\s+(?:internacionales|aplicables|vigentes|de\\s+derechos\\s+humanos)\\b",
        "\\b(?:la\\s+)?(?:legislación|normativa)\\s+(?:aplicable|vigente)\\b",
      ],
    },
    crossReference: {
      patterns: [
        "\\(\\s*(?:véase|ver|vid\\.?)?\\s*(?:párrafos?|párrs?\\.|apartados?|epígrafes?|secci(?:ón|ones)|capítulos?|§)\\s*\\d[\\w.,\\s-]*(?:y\\s+\\d[\\w.]*)?\\)",
        "\\b(?:véase|ver|vid\\.?)\\s+(?:el\\s+|la\\s+)?(?:párrafos?|párrs?\\.|apartados?|epígrafes?|secci(?:ón|ones)|capítulos?|§|supra|infra)\\s*\\d*[\\w.]*",
        "\\((?:véase\\s+)?\\d+(?:\\.\\d+)+\\)",
      ],
    },
    judgedState: {
      patterns: [
        // un estado constatado, nombrado por el juicio sobre él ("las condiciones son inaceptables",
        // "el mal estado de las duchas"), o carencias nombradas como detectadas ("las carencias detectadas")
        // (un tipo de conducta que corregir no es un estado constatado: "corregir las conductas inaceptables")
        "\\b(?:inaceptables?|intolerables?|deplorables?|indign[ao]s|insalubres?|lamentables?|ruinos[ao]s?)\\b(?<!\\b(?:conductas?|comportamientos?|actitudes?|lenguaje|expresiones|comentarios)\\s+\\w+)",
        "\\b(?:mal|malas?)\\s+(?:estado|condiciones|condición)\\b(?!\\s+(?:de\\s+salud|físic[ao]|psíquic[ao]|mental))|\\bhacinamiento\\s+(?:grave|crítico|severo|crónico)\\b",
        "\\b(?:carencias|deficiencias|disfunciones|irregularidades|insuficiencias)\\s+(?:(?:graves|significativas|importantes|detectadas)\\s+)?(?:detectad[ao]s|observad[ao]s|constatad[ao]s|apreciad[ao]s|advertid[ao]s)\\b",
        // una magnitud constatada, nombrada por el juicio sobre ella: "tantos internos con resultado
        // positivo", "el elevado número de traslados", "una población reclusa creciente"
        "\\btant[oa]s\\b(?!\\s+veces\\b|[^.;]{0,60}?\\bcomo\\b)",
        "\\b(?:el|al|del)\\s+(?:elevado|creciente|alto|gran|excesivo)\\s+(?:número|porcentaje)\\s+de\\b",
        "\\b(?:el|al|del)\\s+(?:número|porcentaje)\\s+(?:muy\\s+)?(?:elevado|creciente|alto|excesivo)\\s+de\\b",
        "\\bpoblación\\s+(?:reclusa\\s+|penitenciaria\\s+|interna\\s+)?(?:creciente|en\\s+(?:constante\\s+)?aumento)\\b",
        // la magnitud de un mal, dondequiera que se nombre: "un análisis de las causas de los altos niveles de violencia"
        `\\b(?:(?:alt[oa]s|elevad[oa]s|excesiv[oa]s|alarmantes|preocupantes)\\s+(?:niveles|tasas|índices|cifras)|(?:niveles|tasas|índices|cifras)\\s+(?:muy\\s+)?(?:alt[oa]s|elevad[oa]s|excesiv[oa]s|alarmantes|preocupantes))\\s+de\\s+(?:${HARM}|autolesiones|suicidios?|muertes|fallecimientos|agresiones|peleas|hacinamiento)\\b`,
        // un trabajo pendiente, nombrado como constatado: "el retraso acumulado en las evaluaciones"
        "\\bretrasos?\\s+acumulados?\\b",
        // el objeto de la recomendación juzgado como un daño: "constituye un atentado contra la dignidad"
        "\\b(?:constituye|constituyen|constituiría|supone|suponen|supondría)\\s+(?:una?\\s+)?(?:atentados?|vulneraci(?:ón|ones)|violaci(?:ón|ones)|tratos?\\s+(?:inhumanos?|degradantes?|crueles?)|malos\\s+tratos|discriminaci(?:ón|ones))\\b",
      ],
    },
    lackClause: {
      patterns: [
        "\\b(?:que|donde|en\\s+(?:los|las)\\s+que)\\s+no\\s+(?:dispone|disponen|cuenta|cuentan|hay|existe|tienen|tiene)\\b",
        "\\bque\\s+carec(?:e|en)\\b",
      ],
    },
    problemClause: {
      patterns: [
        "\\b(?:que|los\\s+cuales|las\\s+cuales|lo\\s+cual|lo\\s+que)\\s+(?:(?:actualmente|a\\s+menudo|todavía|aún)\\s+)?(?:impide|impiden|priva|privan|expone|exponen|causa|causan|dificulta|dificultan|vulnera|vulneran|pone\\s+en\\s+riesgo|ponen\\s+en\\s+riesgo|se\\s+utiliza(?:n)?\\s+para|se\\s+usa(?:n)?\\s+para|limita|limitan|restringe|restringen|obstaculiza|obstaculizan)\\b",
        // la causa constatada, dicha en pasado: "unas condiciones que eran causadas por las ventanas"
        "\\b(?:que|los\\s+cuales|las\\s+cuales|lo\\s+cual)\\s+(?:(?:era|eran|estaba|estaban|habían\\s+sido|había\\s+sido)\\s+(?:causad[ao]s?|provocad[ao]s?|ocasionad[ao]s?|agravad[ao]s?)\\s+por|(?:causaba|causaban|provocaba|provocaban|impedía|impedían|privaba|privaban|exponía|exponían))\\b",
      ],
    },
    purpose: {
      patterns: [
        // lo que debe lograr lo pedido, en una relativa: "un sistema de climatización que garantice una
        // temperatura adecuada" (la relativa dice el fin; el sistema es el medio); lo que permite es solo
        // aquello para lo que sirve ("un sistema que permita la apertura de las puertas")
        "(?<=\\b(?:sistemas?|protocolos?|procedimientos?|mecanismos?|registros?|dispositivos?|planes|plan|programas?|instrucci(?:ón|ones)|medios|equipos?|instalaci(?:ón|ones)|herramientas?|aplicaci(?:ón|ones))\\b(?:\\s+[\\wáéíóúñ]+){0,4}?\\s)que\\s+(?:garantice|garanticen|asegure|aseguren|evite|eviten|impida|impidan|proteja|protejan)\\b",
        // "adoptar las medidas necesarias para que …": the ask itself, not a purpose
        "\\b(?<!\\bmedidas(?:\\s+[a-zñ]+)?\\s)para\\s+que\\b",
        "\\b(?<!\\bmedidas(?:\\s+[a-zñ]+)?\\s)a\\s+fin\\s+de(?:\\s+que)?\\b",
        "\\bcon\\s+(?:el\\s+|la\\s+)?(?:(?:principal|único|doble|claro)\\s+)?(?:objeto|fin|objetivo|propósito|finalidad)(?:\\s+(?:principal|último|última|concreto|específico))?\\s+de(?:\\s+que)?\\b(?!\\s+mejorar\\s+(?:la|esta)\\s+situación)",
        "\\bal\\s+objeto\\s+de\\b",
        "\\ba\\s+(?:los\\s+)?efectos\\s+de\\b",
        "\\bcon\\s+(?:vistas|miras)\\s+a\\b",
        "\\ben\\s+aras\\s+de\\b",
        "\\bde\\s+(?:modo|manera|forma|tal\\s+modo|tal\\s+manera)\\s+que\\b",
        // "de modo de" y un infinitivo: "otorgar los cupos necesarios de modo de dar fin a …"
        "\\bde\\s+(?:modo|manera|forma)\\s+de\\s+[a-zñ]+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?\\b",
        "\\b(?<!\\bmedidas(?:\\s+[a-zñ]+)?\\s)para\\s+(?:garantizar|asegurar)\\b",
        // "para" and any infinitive set off by a comma is the purpose of the clause before it ("instalar un
        // timbre en cada celda, para pedir ayuda de noche"); without the comma it may be what an object is for
        `,\\s+para\\s+(?!(?:mejorar|reforzar|fortalecer|potenciar|promover|ello|eso|esto|ser|estar)\\b)${INFINITIVE}\\b`,
        // the verb may carry its object pronoun ("para limitarlo", "para protegerlos")
        "\\bpara\\s+(?:evitar|prevenir|reducir|proteger|permitir|facilitar|limitar|eliminar|preservar|salvaguardar|cumplir|respetar|impedir|minimizar|acortar|disminuir|favorecer|posibilitar|atender|mejorar(?!\\s+la\\s+situación))(?:lo|la|los|las|le|les|se)?\\b",
        // lo que la acción da, tras una cláusula completa ("acondicionar la sala para ofrecer intimidad")
        "(?<!\\b(?:medidas|tiempo|posibilidad|derecho|capacidad|necesari[oa]s?|suficientes?)(?:\\s+[a-zñ]+)?\\s)\\b(?:para|a\\s+fin\\s+de)\\s+(?:poder|ofrecer|dar|proporcionar|crear|apoyar|ayudar|asistir|hacer\\s+posible)\\b",
        // the content of an instruction is what it must bring about: "dar instrucciones a los agentes
        // de portar su placa" (as "instrucciones para que los agentes porten …")
        "\\b(?:instrucciones|indicaciones|órdenes|directrices)\\s+(?:oportunas\\s+|precisas\\s+|necesarias\\s+)?a\\s+(?:[a-zñ]+\\s+){1,5}?de\\s+(?=[a-zñ]{2,}(?:ar|er|ir)\\b)",
        // what an instrument must secure, in a relative clause: "dictar las órdenes oportunas que garanticen
        // la completa cumplimentación del libro" (as "instrucciones para que …")
        "\\b(?:instrucciones|indicaciones|órdenes|directrices|circulares?)\\s+(?:oportunas\\s+|precisas\\s+|necesarias\\s+|expresas\\s+)?que\\s+(?:garantic|asegur|oblig|exij|impong)[a-zñ]*\\b",
        // the goal of an instrument, named by a noun: "instrucciones para la completa cumplimentación del libro"
        "\\b(?:instrucciones|indicaciones|medidas|normas|protocolos?|directrices)\\s+(?:[a-zñ]+\\s+){0,2}?para\\s+(?:la|el)\\s+(?:[a-zñ]+\\s+)?[a-zñ]+(?:ción|miento)\\b",
      ],
    },
    weakPurpose: {
      patterns: [
        "\\b(?:para|a\\s+fin\\s+de|con\\s+el\\s+(?:fin|objeto)\\s+de)\\s+(?:mejorar|reforzar|fortalecer|potenciar|promover|favorecer)\\b(?!\\s+(?:la|esta)\\s+situación\\b)",
        // remediar un problema nombrado: "para resolver este problema", "a fin de subsanar las carencias"
        "\\b(?:para|a\\s+fin\\s+de)\\s+(?:resolver|subsanar|solucionar|remediar|corregir|paliar|superar)(?:lo|la|los|las)?\\b(?<!\\bmedidas\\b[^.;]{0,60}\\b(?:para|de)\\s+[a-z]+)",
      ],
    },
    neededFor: {
      patterns: [
        // la cantidad antes de lo que se dota: "suficiente personal para dar una atención adecuada"
        `\\b(?:suficientes?|bastantes)\\s+(?!(?:medidas|acciones|pasos|esfuerzos|gestiones|actuaciones|tiempo|fondos|recursos|presupuesto|créditos?|partidas?|financiación|medios)\\b)(?:[a-zñ]+\\s+){1,2}?para\\s+(?!(?:que|ello|eso|esto|ser|estar|garantizar|asegurar)\\b)${INFINITIVE}\\b`,
        `\\b(?:necesari[oa]s?|suficientes?|imprescindibles?)(?<!\\b(?:medidas|acciones|pasos|esfuerzos|gestiones|actuaciones|tiempo|fondos|recursos|presupuesto|créditos?|partidas?|financiación|medios)(?:\\s+[a-zñ]+)?\\s[a-zñ]+)\\s+para\\s+(?!(?:que|ello|eso|esto|ser|estar|garantizar|asegurar)\\b)${INFINITIVE}\\b`,
      ],
    },
    itemPurpose: {
      patterns: [
        // el verbo impersonal que extiende la cosa habla de ella: "ampliar la videovigilancia de manera que se
        // haga extensible a todas las zonas" (como "de manera que cubra todas las zonas")
        "\\bde\\s+(?:modo|manera|forma|tal\\s+modo|tal\\s+manera|tal\\s+forma)\\s+que\\s+(?:también\\s+)?se\\s+(?:haga\\s+extensi(?:v[oa]s?|bles?)|hagan\\s+extensi(?:v[oa]s|bles)|extienda|extiendan|amplíe|amplíen|abarque|abarquen)\\b",
        // sin sujeto propio, el verbo habla de la cosa sobre la que se actúa: "ampliar la videovigilancia de manera que cubra todas las zonas"
        // (un verbo impersonal que anuncia lo que sigue no habla de la cosa: "de modo que quede claro que …")
        "\\bde\\s+(?:modo|manera|forma|tal\\s+modo|tal\\s+manera|tal\\s+forma)\\s+que\\s+(?:también\\s+)?(?!(?:quede|queden|resulte|sea)\\s+(?:claro|claramente|establecido|expreso|explícito|patente|posible)\\b)(?!(?:el|la|los|las|lo|un|una|unos|unas|todo|toda|todos|todas|cada|ningún|ninguna|ninguno|nadie|no|nunca|se|su|sus|este|esta|estos|estas|dich[oa]s?|ést[ea]s?|ell[oa]s?|quien|quienes|mientras|cuando|siempre|solo|sólo|únicamente)\\b)[a-zñáéíóú]+(?:a|e|an|en)\\b",
      ],
    },
    infoPurpose: {
      patterns: [
        `\\b${PURPOSE_OPENER}\\s+(?:garantizar|asegurar)\\s+que\\s+(?:los\\s+|las\\s+|la\\s+|el\\s+)?(?:datos|información|estadísticas|cifras)\\b(?=[^.;]{0,80}?\\b(?:sea|sean|es|son|esté|estén)\\s+(?:\\w+mente\\s+)?(?:publicad[oa]s?|recopilad[oa]s?|registrad[oa]s?|comunicad[oa]s?|disponibles?|fiables?|complet[oa]s?|actualizad[oa]s?)\\b)`,
        `\\b${PURPOSE_OPENER}\\s+(?:proporcionar|facilitar|ofrecer|obtener|disponer\\s+de)\\s+(?:dicha\\s+|esa\\s+|la\\s+|los\\s+|las\\s+|una\\s+)?(?:información|datos|estadísticas|garantías?\\s+sobre|visión\\s+de\\s+conjunto)\\b`,
        `\\b${PURPOSE_OPENER}\\s+(?:mejorar|aumentar|incrementar)\\s+su\\s+(?:eficacia|eficiencia|fiabilidad|calidad|utilidad|precisión)\\b`,
        // saber cuántos o cuándo: "un libro de registro … para poder conocer el número de las personas"
        `\\b${PURPOSE_OPENER}\\s+(?:poder\\s+)?(?:conocer|saber|determinar)\\s+(?:el\\s+número|cuánt[oa]s|cuándo|quién|quiénes|si\\b|el\\s+tiempo|la\\s+duración)`,
      ],
    },
    manner: {
      patterns: [
        // (un verbo impersonal anuncia el contenido buscado, un fin: "de modo que quede claro que …")
        `\\bde\\s+(?:modo|manera|forma|tal\\s+modo|tal\\s+manera|tal\\s+forma)\\s+que\\s+(?!(?:quede|queden|resulte|sea)\\s+(?:claro|claramente|establecido|expreso|explícito|patente|posible)\\b)(?!(?:(?:tod[oa]s|cada|ningún|ninguna|l[oa]s|el|la|sus?)\\s+){0,2}(?:[a-zñáéíóú]+\\s+)?${PERSON}\\b)`,
      ],
    },
    conformPurpose: {
      patterns: [
        "\\b(?:para|a\\s+fin\\s+de|con\\s+(?:el\\s+)?(?:fin|objeto|objetivo)\\s+de|de\\s+(?:modo|manera|forma))\\s+(?:que\\s+)?[^.;]{0,40}?\\b(?:(?:sea|sean|esté|estén|ser|estar|resulte|resulten)\\s+(?:plenamente\\s+)?(?:conformes?|acordes?|compatibles?|en\\s+consonancia|en\\s+conformidad)|(?:adecuar|adaptar|ajustar|armonizar|conformar)(?:lo|la|los|las|se)?\\s+(?:plenamente\\s+)?(?:a|al|con)\\b|(?:se\\s+)?(?:adecúe|adecúen|ajuste|ajusten|armonice|armonicen)\\s+(?:plenamente\\s+)?(?:a|al|con)\\b)",
      ],
    },
    effect: {
      patterns: [
        // lo que las víctimas han de obtener: "asegurar el acceso efectivo a la justicia y a las medidas de reparación"
        "\\b(?:acceso\\s+(?:efectivo\\s+)?a\\s+la\\s+justicia|(?:obtener|obtengan|obtenga|recibir|reciban|reciba)\\s+(?:una\\s+)?(?:plena\\s+|justa\\s+|adecuada\\s+|efectiva\\s+)?(?:reparación|indemnización|compensación)|medidas\\s+de\\s+reparación)\\b",
        // el retorno de las personas a la sociedad nombrado como fin ("un mayor potencial de reinserción",
        // "la función rehabilitadora que se persigue")
        "\\b(?:potencial|función|finalidad|fin|orientación|objetivo|carácter)\\s+(?:de\\s+)?(?:reinserción|resocialización|rehabilitador[a]?|resocializador[a]?|reeducador[a]?)\\b",
        // el daño a las personas que el arreglo debe evitar, dado como razón: "pues puede ser utilizada
        // por los detenidos para intentar autolesionarse", "un riesgo de suicidio"
        "\\b(?:puede|pueden|podría|podrían)\\s+ser\\s+utilizad[oa]s?\\s+(?:por\\s+(?:[a-zñ]+\\s+){1,3}?)?para\\s+(?:intentar\\s+)?(?:autolesionarse|suicidarse|lesionarse|ahorcarse|quitarse\\s+la\\s+vida)\\b",
        "\\bun\\s+riesgo\\s+de\\s+(?:suicidio|autolesi(?:ón|ones)|lesiones)\\b",
        // el cambio nombrado por su sustantivo: "una reducción de los niveles actuales de hacinamiento"
        "\\b(?:reducción|disminución|limitación|eliminación)\\s+(?:de|del)\\s+(?:(?:el|la|los|las)\\s+)?(?:(?:niveles?|número|riesgo)\\s+(?:actuales?\\s+)?de\\s+)?(?:hacinamiento|sobreocupación|masificación|violencia|malos\\s+tratos|autolesiones|suicidios?|muertes|tiempos?\\s+de\\s+espera|aislamiento|inactividad)\\b",
        "\\b(?:reduc(?:ir|e|en)|reduzcan?|disminu(?:ir|ya|yan)|limit(?:ar|e|en)|evit(?:ar|e|en)|elimin(?:ar|e|en)|acort(?:ar|e|en)|pon(?:er|ga|gan)\\s+fin\\s+a)\\s+(?:el|la|los|las)?\\s*(?:nivel\\s+de\\s+|número\\s+de\\s+|riesgo\\s+de\\s+)?(?:hacinamiento|sobreocupación|masificación|violencia|malos\\s+tratos|autolesiones|suicidios?|muertes|tiempos?\\s+de\\s+espera|aislamiento|inactividad)\\b",
        // (en infinitivo o en subjuntivo: "que se limite el uso de las esposas", "que se reduzca el aislamiento")
        "\\b(?:reduc(?:ir|e|en)|reduzcan?|limit(?:ar|e|en)|restring(?:ir|e|en)|restrinjan?|pon(?:er|ga|gan)\\s+fin\\s+a|suprim(?:ir|a|an)|prohib(?:ir|a|an)|prohíban?|abol(?:ir|a|an)|abandon(?:ar|e|en)|erradicar|erradiquen?|desterrar|destierren?)\\s+(?:el|la|los|las)?\\s*(?:uso|práctica|duración|frecuencia|aislamiento|internamiento|detención)\\s+(?:de|del)?\\b",
        `\\b(?:dejar\\s+de|cesar\\s+en|abstenerse\\s+de)\\s+[a-zñ]+(?:ar|er|ir)\\b`,
        `\\b${PERSON}\\s+(?:puedan|pueda|podrán|podrá|tengan\\s+la\\s+posibilidad|tenga\\s+la\\s+posibilidad)\\b`,
        // the time persons spend somewhere, shortened or lengthened: "reducir el tiempo que los detenidos pasan en los calabozos"
        `\\b(?:reduc|acort|limit|disminu|aument|ampli|prolong)[a-zñ]*\\s+(?:el\\s+|la\\s+)?(?:tiempo|duración)\\s+(?:que\\s+(?:[a-zñ]+\\s+){0,2}?${PERSON}\\b|de\\s+(?:estancia|permanencia|espera|custodia)\\b|(?:que\\s+se\\s+pasa|pasado|transcurrido)\\s+en\\b|(?:fuera\\s+de|en)\\s+(?:la\\s+|las\\s+|los\\s+)?(?:celdas?|calabozos?)\\b)`,
        "\\b(?:rindan|rinda)\\s+cuentas\\b",
        // que los autores respondan de sus actos es el resultado para las personas agraviadas
        "\\bllevad[oa]s?\\s+ante\\s+la\\s+justicia\\b",
        "\\b(?:autores|responsables)\\b[^.;]{0,80}?\\b(?:sean|sea|son|ser)\\s+(?:\\w+mente\\s+)?(?:enjuiciad|juzgad|sancionad|castigad|condenad)[oa]s?\\b",
        // en provecho de las personas: "en beneficio de los internos", "en interés superior del menor"
        `\\b(?:en|para)\\s+(?:beneficio|interés(?:\\s+superior)?|provecho)\\s+(?:de|del)\\s+(?:tod[oa]s\\s+)?(?:l[oa]s\\s+|la\\s+|el\\s+)?${PERSON}\\b`,
        "\\ben\\s+(?:una\\s+)?lengua\\s+que\\s+(?:\\w+\\s+)?(?:comprendan|comprenda|entiendan|entienda)\\b",
        // la práctica cambiada, nombrada por lo que ya no debe hacer o arriesgar: "sin recurrir a los traslados",
        // "sin comprometer la intimidad", "evitando la ocupación de una misma celda por preventivos y penados"
        "\\bsin\\s+(?:(?:más|nunca)\\s+)?(?:recurrir|comprometer|menoscabar|vulnerar|poner\\s+en\\s+(?:riesgo|peligro)|exponer|privar|restringir|reducir|afectar|perjudicar|lesionar|ser)\\b",
        "\\b(?:evitando|previniendo|impidiendo)(?:lo|la|los|las|se)?\\s+(?!(?:los\\s+|las\\s+)?(?:retrasos|demoras|dilaciones)\\b)[a-zñáéíóú]+",
        "\\bpara\\s+no\\s+(?:comprometer|menoscabar|vulnerar|exponer|perjudicar|afectar|poner)\\b",
        // un fin cuyo objeto son las personas: "las rondas … para comprobar el estado de las personas privadas de libertad"
        // (saber cuántas personas es una información, no un cambio para ellas: "para poder conocer el número de las personas")
        `\\b(?:para|a\\s+fin\\s+de)\\s+(?!(?:poder\\s+)?(?:conocer|saber|determinar|cuantificar|contabilizar)\\b)${INFINITIVE}\\s+(?:[a-zñáéíóú]+\\s+){0,3}?(?:de\\s+(?:l[oa]s\\s+|la\\s+|el\\s+)?|del\\s+|a\\s+(?:l[oa]s\\s+|la\\s+)?|al\\s+|l[oa]s\\s+|cada\\s+)${PERSON}\\b`,
        // las personas protegidas por una regla para todos: "nadie podrá ser devuelto a …"
        // ("garantizar que nadie sea recluido en lugares secretos")
        "\\b(?:nadie|ninguna\\s+persona)\\s+(?:(?:podrá|pueda|puede|deberá|debe|debería|será|sea|es|resulte|esté)\\s+)(?:nunca\\s+|jamás\\s+)?(?:ser\\s+)?[a-zñ]+(?:ad|id|lt|uest|ect)[oa]s?\\b",
        // un daño que no debe producirse: "garantizar que no haya represalias"
        `\\b(?:garantizar|garantice|garanticen|asegurar|asegure|aseguren|velar\\s+por|vele\\s+por|a\\s+fin\\s+de|para)\\s+que\\s+no\\s+(?:haya|existan?|se\\s+produzcan?)\\s+(?!${PHYSICAL}\\b)`,
        // las necesidades de las personas atendidas: "una estrategia que atienda las necesidades culturales de los internos"
        `\\b(?:atend\\w*|atiend\\w*|respond\\w*|satisfac\\w*|satisfag\\w*|cubr\\w*)\\s+(?:a\\s+)?las\\s+necesidades\\s+(?:[a-zñáéíóú]+\\s+){0,2}?de\\s+(?:l[oa]s\\s+|la\\s+|el\\s+)?(?:[a-zñáéíóú]+\\s+){0,2}?${PERSON}\\b`,
      ],
    },
    beneficiary: {
      patterns: [
        `\\b(?:permit|facilit|inform|ofrec|ofrezc|proporcion|brind|separ|entreg|garantiz|garantic|d(?:ar|ando)|prest|asegur|dot|pag|devolv|devuelv|comunic|notific)\\w*\\s+(?:[a-zñ]+\\s+){0,6}?(?<!\\b(?:relativ[oa]s?|referid[oa]s?|referentes?|respecto|relación|cuanto|específic[oa]s?|propi[oa]s?)\\s)a\\s+(?:tod[oa]s\\s+)?(?:l[oa]s\\s+|la\\s+|el\\s+|cada\\s+)?${PERSON}\\b`,
        `(?<!\\b(?:centro|centros|institución|unidad|módulo|residencia|establecimiento|prisión|hogar|servicio)\\s)\\bpara\\s+(?:tod[oa]s\\s+)?(?:l[oa]s\\s+|la\\s+|el\\s+|cada\\s+)?${PERSON}\\b`,
        // lo que las personas podrán hacer: "habilitar la posibilidad de que los pacientes …", "hacer posible que los internos …"
        `\\b(?:(?:hacer|haga|hagan)\\s+posible|posibilit[a-z]*|permit[a-z]*|facilit[a-z]*|(?:la|una)\\s+posibilidad\\s+de)\\s+que\\s+(?:tod[oa]s\\s+)?(?:l[oa]s\\s+|la\\s+|el\\s+|cada\\s+)?${PERSON}\\b`,
        `\\b(?:se\\s+)?(?:les|le)\\s+(?:permita|proporcione|ofrezca|facilite|entregue|garantice|informe|dé|preste)n?\\b`,
      ],
    },
    ensureOutcome: {
      patterns: [
        // el acceso de las personas a un servicio, como lo que regula un instrumento: "un protocolo que
        // regule el acceso de la víctima a la atención sanitaria"
        `\\b(?:regul|orden|organi[cz]|establ[eé]zc|establec|contempl|prev[eé]|garantic|garantiz|asegur|facilit|permit)\\w*\\s+el\\s+acceso\\s+(?:de|del)\\s+(?:tod[oa]s\\s+)?(?:l[oa]s\\s+|la\\s+|el\\s+)?(?:[a-zñ]+\\s+)?${PERSON}(?:\\s+(?:de|del)\\s+(?:[a-zñ]+\\s+){0,2}?[a-zñ]+)?\\s+(?:a|al)\\b`,
        // el acceso o el contacto garantizado es un derecho de las personas, aunque no se nombren:
        // "garantizar el acceso a un abogado", "facilitar el contacto con las familias"
        "\\b(?:garantiz|garantic|asegur|facilit|permit|salvaguard|preserv)\\w*\\s+(?:el\\s+|un\\s+)(?:[a-zñ]+\\s+){0,2}?(?:acceso|derecho\\s+de\\s+acceso|contacto)\\s+(?:a|al|con)\\b",
        // todo estado o práctica de las personas garantizado, no un objeto, un número o un registro,
        // aunque un inciso lo separe del verbo: "garantizar -en lo posible- la permanencia de las personas …"
        `\\b(?:garantiz(?:ar)|garantic(?:e|en)|asegur(?:ar|e|en)|proteg(?:er)|protej(?:a|an)|salvaguard(?:ar|e|en)|respet(?:ar|e|en)|preserv(?:ar|e|en))\\s+(?:[-–—(][^-–—()]{1,80}[-–—)]\\s*)?(?:el|la|los|las)\\s+(?:[a-zñ]+\\s+)?(?!${PHYSICAL}\\b|${RECORD}\\b|número\\b)[a-zñáéíóú]+(?:\\s+(?:física|psíquica|mental|personal|fundamentales))?\\s+de\\s+(?:tod[oa]s\\s+)?(?:l[oa]s\\s+|la\\s+|el\\s+)?(?:[a-zñ]+\\s+)?${PERSON}\\b`,
        // lo que las personas necesitan o se les debe, garantizado: "que se atiendan las necesidades sanitarias de los internos"
        `\\bse\\s+(?:atiendan|atienda|satisfagan|satisfaga|respeten|protejan|garanticen)\\s+(?:plenamente\\s+)?(?:l[oa]s\\s+|sus\\s+)?(?:necesidades|derechos|intereses)\\s+(?:[a-zñ]+\\s+){0,3}?de\\s+(?:tod[oa]s\\s+)?(?:l[oa]s\\s+|la\\s+|el\\s+)?(?:[a-zñ]+\\s+)?${PERSON}\\b`,
        `\\b(?:necesidades|derechos|intereses)\\s+(?:[a-zñ]+\\s+){0,3}?de\\s+(?:tod[oa]s\\s+)?(?:l[oa]s\\s+|la\\s+|el\\s+)?(?:[a-zñ]+\\s+)?${PERSON}\\b[^.;]{0,30}?\\b(?:sean|sea|son|es|ser)\\s+(?:plenamente\\s+|debidamente\\s+)?(?:atendid[oa]s?|satisfech[oa]s?|respetad[oa]s?|protegid[oa]s?|garantizad[oa]s?)\\b`,
        `\\b(?:garantizar|garantice|garanticen|asegurar|asegure|aseguren|velar\\s+por|vele\\s+por|velen\\s+por|procurar|cerciorarse\\s+de|para|a\\s+fin\\s+de)\\s+que\\s+(?:(?:tod[oa]s?|cada|ningún|ninguna|l[oa]s?|el|la|a)\\s+)?(?:(?:l[oa]s?|el|la)\\s+)?(?:(?!de\\b|del\\b|que\\b)[a-zñ]+\\s+){0,2}?(?:${PERSON}|${PRACTICE})\\b(?!\\s+(?:de\\s+)?${PHYSICAL})`,
        // lo que se hace por las personas o a ellas, como sujeto: "garantizar que la asistencia letrada de los detenidos se preste …"
        `\\b(?:garantizar|garantice|garanticen|asegurar|asegure|aseguren|velar\\s+por|vele\\s+por|velen\\s+por|procurar|cerciorarse\\s+de)\\s+que\\s+(?:el|la|los|las)\\s+(?!${PHYSICAL}\\b|número\\b|(?:registros?|expedientes?|ficheros?|listas?|listados?|formularios?|datos|documentos?|libros?)\\b)[a-zñáéíóú]+(?:\\s+(?!de\\b|del\\b|que\\b)[a-zñáéíóú]+)?\\s+(?:de\\s+(?:l[oa]s\\s+|la\\s+|el\\s+)?|del\\s+|a\\s+(?:l[oa]s\\s+)?|al\\s+)(?:[a-zñ]+\\s+)?${PERSON}\\b`,
        // un derecho de las personas garantizado, en cualquier forma: "que se garantice el derecho a la intimidad de la persona"
        `\\bse\\s+(?:garantic|respet|protej|asegur|salvaguard|preserv)(?:e|en)\\s+(?:plenamente\\s+)?(?:el|la|los|las|su|sus)\\s+(?:derechos?(?:\\s+(?:a|de)\\s+(?:la\\s+|el\\s+)?[a-zñáéíóú]+)?|intimidad|dignidad|integridad|seguridad|salud|privacidad|confidencialidad)\\s+(?:[a-zñáéíóú]+\\s+){0,2}?(?:de|del)\\s+(?:tod[oa]s\\s+)?(?:l[oa]s\\s+|la\\s+|el\\s+)?${PERSON}\\b`,
      ],
    },
    means: {
      patterns: [
        // un instrumento modificado junto con lo que debe decir: el contenido es cómo se hace el cambio
        // ("modificar la Instrucción sobre sujeciones e indicar expresamente que los facultativos deben …")
        "\\b(?:modific|revis|actualiz|reform)\\w*\\b[^.;]{0,120}?\\b(?:instrucci(?:ón|ones)|protocolos?|órden(?:es)?\\s+de\\s+servicio|orden\\s+de\\s+servicio|circular(?:es)?|reglamentos?|normas?|procedimientos?)\\b[^.;]{0,160}?\\b(?:e|y)\\s+(?:(?:expresamente|claramente|explícitamente)\\s+)?(?:indicar|establecer|precisar|especificar|recoger|señalar|incluir|hacer\\s+constar)\\b",
        // (el documento por el que un organismo emitió su recomendación no es un medio del cambio)
        "\\b(?:mediante|a\\s+través\\s+de|por\\s+medio\\s+de|valiéndose\\s+de|con\\s+la\\s+ayuda\\s+de|sobre\\s+la\\s+base\\s+de|en\\s+forma\\s+de|por\\s+la\\s+vía\\s+de)\\b(?!\\s+(?:la|el|su|sus|una|un|las|los)\\s+(?:recomendaci(?:ón|ones)|resoluci(?:ón|ones)|nota|oficio|carta|comunicaci(?:ón|ones)|misiva|decisi(?:ón|ones))\\b)",
        // ("entre otros" que cierra la lista de lo pedido no da ejemplos de cómo: "…, así como los contactos con
        // familiares, intérpretes o médicos, entre otros.")
        "\\b(?:por\\s+ejemplo|p\\.\\s*ej\\.|tales\\s+como|como\\s+por\\s+ejemplo|entre\\s+otr[oa]s(?!\\s*(?:cuestiones|aspectos|asuntos|extremos|datos|cosas)?\\s*(?:[.;)]|$)))\\b",
        // un ejemplo tras una coma, como "tales como": "alternativas a la detención, como la vigilancia electrónica"
        ",\\s+como\\s+(?:el|la|los|las|un|una|unos|unas)\\b",
        // medidas nombradas en la petición son una vía hacia su fin: "…, incluidas medidas para registrar …"
        "\\b(?:incluid[oa]s?|incluyendo|en\\s+particular)\\s+(?:mediante|a\\s+través|por\\s+medio|medidas|acciones)\\b",
        // a gerund says how: "…, anotando todas las vicisitudes", "informando de …"
        "\\b(?!cuando\\b|siendo\\b|teniendo\\s+en\\b|tratandose\\b|estando\\b|mando\\b|bando\\b)[a-zñ]{3,}(?:ando|iendo)(?:lo|la|los|las|le|les|se)?\\b",
        "\\b(?:en\\s+lugar|en\\s+vez)\\s+de\\b",
        // una acción nombrada por su sustantivo dice cómo, como un gerundio: "mejorar el contacto con las
        // familias con un aumento del número de teléfonos"
        "\\bcon\\s+(?:un|una|el|la)\\s+(?:[a-zñ]+\\s+)?(?:aumento|incremento|ampliación|reducción|introducción|instalación|creación|contratación|dotación|redistribución|reorganización|adecuación|sustitución|reforma)\\s+(?:de|del|en)\\b",
        // an instrument with its content: the instrument is how, its content what ("dictar las órdenes oportunas que garanticen que …")
        "\\b(?:normas?|reglamentos?|protocolos?|instrucci(?:ón|ones)|circular(?:es)?|órden(?:es)?|orden|indicaciones|directrices|pautas|plan|programa|procedimientos?)\\s+(?:[a-zñ]+\\s+){0,3}?(?:que\\s+(?:se\\s+)?(?!no\\b)[a-zñ]+(?:e|en|a|an)\\b|por\\s+(?:el|la)\\s+que\\s+se\\b)",
        "\\bque\\s+(?:incluya|incluyan|contemple|contemplen|recoja|recojan|abarque|abarquen)\\b",
        // las partes nombradas del cambio pedido son la manera de hacerlo: "… mejorarse e incluir …"
        "\\b(?:e|y)\\s+(?:incluir|incluya|incluyan|contemplar|contemple|contemplen)\\b",
        // trabajar con otro organismo es la vía hacia aquello para lo que se trabaja: "colaborar con la Consejería para introducir …"
        "\\b(?:colabor|cooper|coordin|trabaj)\\w*\\s+(?:conjuntamente\\s+|coordinadamente\\s+|estrechamente\\s+)?con\\b(?=[^.;]{1,120}?\\b(?:para|a\\s+fin\\s+de|con\\s+el\\s+fin\\s+de)\\s+[a-zñ]+(?:ar|er|ir)\\b)",
        "\\b(?:incluid[oa]s?|incluyendo)\\s+(?:el\\s+uso|la\\s+utilización|el\\s+recurso|la\\s+instalación|la\\s+introducción)\\s+(?:de|a)\\b",
      ],
    },
    meansLink: {
      patterns: [
        "\\b(?:en\\s+consecuencia|a\\s+tal\\s+(?:fin|efecto)|con\\s+este\\s+(?:fin|objeto)|para\\s+ello|a\\s+estos\\s+efectos)\\b",
      ],
    },
    considered: {
      patterns: [
        `\\b(?:considerar|considere|consideren|valorar|valore|valoren|estudiar|estudie|estudien|contemplar|plantearse|analizar)\\s+(?:la\\s+(?:posibilidad|conveniencia|viabilidad|oportunidad)\\s+de\\s+)?(?:${INFINITIVE}|(?:la|el)\\s+(?!(?:situación|cuestión|problema|problemática|necesidad|posibilidad|conveniencia|viabilidad|oportunidad)\\b)[a-zà-ÿœñ]{4,}\\s+(?:de|del))\\b`,
      ],
    },
    stopPractice: {
      patterns: [
        "\\b(?:dejar\\s+de|cesar|poner\\s+fin\\s+(?:\\w+\\s+){0,3}?a|suprimir|abandonar|retirar)\\b[^.;]{1,200}?\\by\\b",
        "\\bno\\s+(?:se\\s+)?(?:deb|pued|sea|sean)\\w*\\b[^.;]{1,200}?\\by\\b",
      ],
    },
    option: {
      patterns: [
        // una manera discreta de hacer un traslado es una opción concreta: "de paisano", "vehículos sin distintivos"
        "\\bde\\s+paisano\\b|\\bvehículos?\\s+(?:[a-zñ]+\\s+)?(?:sin|desprovistos?\\s+de)\\s+(?:los\\s+)?distintivos\\b|\\bvehículos?\\s+camuflados?\\b",
        "\\b(?:sustituir|sustituya|sustituyan|reemplazar|cambiar)\\b[^.;]{1,120}?\\b(?:por|con)\\b",
        "\\bpor\\s+(?:otro|otra|otros|otras|uno|una)\\s+(?:de|en\\s+el\\s+que|en\\s+la\\s+que|que)\\b",
        "\\b(?:opciones|alternativas)\\s+(?:como|tales\\s+como)\\b",
        // un modelo que seguir es una opción concreta para el cambio: "siguiendo el modelo del centro nacional"
        "\\b(?:(?:siguiendo|según|sobre|con)\\s+el\\s+modelo\\s+(?:de|del)|a\\s+(?:semejanza|imagen|imitación)\\s+(?:de|del)|tomando\\s+como\\s+(?:modelo|ejemplo|referencia)|inspirad[oa]s?\\s+en)\\b",
        // lo que sustituye a la práctica, nombrado después: "…; en su lugar, un agente esperará fuera"
        "\\b(?:en\\s+su\\s+lugar|como\\s+alternativa|alternativamente)\\b",
        "\\bo\\s+bien\\b",
        // dos acciones ofrecidas para el mismo fin, cada una con su objeto: "ampliar la cocina o construir una nueva"
        `\\b[ou](?=\\s+${INFINITIVE}\\s+(?:un|una|unos|unas|el|la|los|las|nuev[oa]s?|otr[oa]s?)\\b)(?<=\\b${INFINITIVE}\\b[^.;:]{1,80}?\\s[ou])\\s+${INFINITIVE}\\s+(?:un|una|unos|unas|el|la|los|las|nuev[oa]s?|otr[oa]s?)\\b`,
        // dos maneras ofrecidas para la misma medida: "ya sea en persona o por teléfono"
        "\\bya\\s+sea\\b[^.;]{1,80}?\\b(?:o|ya\\s+sea)\\b",
        "\\b(?:considerar|valorar|estudiar)\\s+(?:la\\s+)?(?:instalación|adopción|creación|posibilidad)\\s+de\\b[^.;]{0,60}\\s+o\\s+",
      ],
    },
    rootLever: {
      patterns: [
        "\\bpolíticas?\\b",
        "\\bprocedimientos?\\b",
        "\\bprotocolos?\\b",
        "\\breglamentos?\\b",
        "\\bnormativa\\b",
        "\\bnormas?\\s+(?:de|sobre|que|internas)\\b",
        "\\blegislaci(?:ón|ones)\\b|\\blegislativ[oa]s?\\b",
        "\\bley(?:es)?\\b",
        "\\bcódigos?\\b(?!\\s+(?:de\\s+acceso|de\\s+colores|de\\s+vestimenta))",
        "\\binstrucci(?:ón|ones)\\b",
        "\\bindicaciones\\b",
        "\\bcirculares?\\b",
        "\\bdirectrices\\b",
        "\\bórdenes\\s+de\\s+servicio\\b",
        "\\b(?:formación|formaciones|capacitación|capacitaciones|capacitar|capacite|capaciten|entrenamiento|formar|forme|formen|formarse|cursos?)\\b",
        "\\bpersonal\\s+(?:de\\s+(?:seguridad|vigilancia|enfermería)|sanitario|médico|suficiente|especializado|cualificado)\\b",
        "\\b(?:plantillas?|dotación\\s+de\\s+personal|ratios?|contrat(?:ar|e|en|ación)|selección\\s+de\\s+personal|puestos\\s+de\\s+trabajo|vacantes)\\b",
        // personal presente en todo momento donde hay personas privadas de libertad: "la presencia constante
        // de agentes en la zona de calabozos"
        "\\bpresencia\\s+(?:constante|permanente|continua|continuada)\\s+de\\s+(?:[a-zñ]+\\s+)?(?:agentes|funcionari[oa]s|personal|vigilantes|enfermer[oa]s)\\b",
        // personal destinado o en número suficiente ("la asignación de personal técnico", "suficientes funcionarios")
        "\\b(?:asign(?:ar|e|en|ación)|destin(?:ar|e|en)|suficientes?|bastantes?)\\s+(?:de\\s+|a\\s+)?(?:más\\s+)?(?:personal|funcionari[oa]s|agentes|enfermer[oa]s|médic[oa]s)\\b",
        "\\b(?:recursos|presupuest\\w*|financiación|fondos)\\b",
        "\\bsupervisi(?:ón|ones)\\b",
        // el control como supervisión de un servicio o de los medicamentos, no del clima de una sala:
        // "el control profesional de la farmacia", "el control de los medicamentos"
        "\\bcontrol\\s+(?:profesional|jerárquico|facultativo|clínico)\\b|\\bcontrol\\s+(?:de|sobre)\\s+(?:los\\s+|la\\s+)?(?:medicamentos|fármacos|medicación|estupefacientes|farmacia)\\b",
        "\\b(?:vigilar|verificar|controlar|supervisar)\\s+(?:el\\s+)?(?:riguroso\\s+)?cumplimiento\\b",
        "\\b(?:inspecci(?:ón|ones)|auditorías?|seguimiento)\\b",
        "\\brendición\\s+de\\s+cuentas\\b",
        "\\bcultura\\b",
        "\\b(?:estrategias?|plan(?:es)?\\s+de|programas?)\\b",
        // la misma palanca nombrada por su adjetivo: "con carácter estratégico", "de forma estratégica"
        "\\bestratégic(?:[oa]s?|amente)\\b",
        "\\bsistema\\s+de\\s+(?:registro|quejas|supervisión|control|gestión|información|seguimiento)\\b",
        "\\bmecanismos?\\b",
        "\\bquejas?\\b",
        "\\bprácticas?\\b",
        "\\brutinas?\\b",
        "\\bcriterios\\b",
        "\\bcoordinación\\s+(?:entre|con)\\b",
        "\\b(?:análisis|evaluación|valoración)\\s+de(?:l)?\\s+riesgos?\\b",
        "\\bmedidas\\s+alternativas\\b|\\balternativas\\s+a\\s+la\\s+(?:privación|detención|prisión|reclusión)\\b",
        "\\búltimo\\s+recurso\\b",
        "\\buso\\s+de\\s+(?:la\\s+fuerza|la\\s+contención|las\\s+esposas|medios\\s+coercitivos|sujeciones)\\b",
        "\\b(?:competencias|responsabilidad(?:es)?)\\b",
        "\\b(?:modelo|formulario|impreso)s?\\b",
        // un documento que fija una regla o recoge un consentimiento es un procedimiento: "dotar a las
        // unidades de un documento que contemple el consentimiento informado"
        "\\bdocumentos?\\s+(?:que|en\\s+(?:el|los)\\s+que|donde)\\s+(?:se\\s+)?(?:contemple|contemplen|recoja|recojan|regule|regulen|establezca|establezcan|detalle|detallen|refleje|reflejen)\\b",
        "\\brégimen\\s+(?:disciplinario|de\\s+vida|interno)\\b",
        "\\b(?:pon(?:er|ga|gan)\\s+fin|poner\\s+término)\\s+a\\s+(?:la|el)\\s+(?:práctica|uso|utilización|recurso)\\b",
        // a practice forbidden, stopped or limited is a rule: "prohibir el uso de …"
        "\\b(?:prohib\\w*|suprim\\w*|limit\\w*|restring\\w*|restricci\\w*|cese\\w*|cesar)\\s+(?:el\\s+|la\\s+|los\\s+|las\\s+)?(?:uso|utilización|empleo|recurso|práctica)s?\\b",
        "\\bestadísticas?\\b",
        "\\binvestigar\\b|\\binvestigaci(?:ón|ones)\\b",
      ],
    },
    weakLever: {
      patterns: [
        "\\b(?:libros?\\s+(?:de\\s+)?registro|registros?|registrar|registre|registren|anotar|anote|anoten|anotando|consten?|constancia|document(?:ar|e|en|ado|ada|ados|adas|ación))\\b",
        "\\b(?:diari[oa]s?|a\\s+diario|semanal\\w*|mensual\\w*|trimestral\\w*|anual\\w*(?!\\s+(?:de\\s+|del\\s+año\\s+)?(?:19|20)\\d{2}\\b))\\b",
        "\\b(?:grabaci(?:ón|ones)|conservando|conservación\\s+de\\s+(?:las\\s+)?(?:imágenes|grabaciones))\\b",
      ],
    },
    systemic: {
      patterns: [
        `\\b(?:en|a|para|de)\\s+(?:todos|todas)\\s+(?:l[oa]s|aquell[oa]s)\\s+(?:[a-zñ]+\\s+){0,2}?${INSTITUTION}`,
        `\\b(?:todos|todas)\\s+(?:l[oa]s|aquell[oa]s)\\s+${INSTITUTION}\\b`,
        `\\bcada\\s+${INSTITUTION}\\b`,
        // el conjunto de un servicio, un cuerpo o un territorio ("en todo el sistema penitenciario", "en toda la
        // red de comisarías", "en el conjunto de la Ertzaintza"), no un tiempo ni "en todo caso"
        "\\ben\\s+(?:todo\\s+el|toda\\s+la)\\s+(?!(?:caso|momento|tiempo|proceso|procedimiento|día|periodo|período|año|mes|trayecto|traslado)\\b)[a-zñ]+",
        "\\ben\\s+el\\s+conjunto\\s+(?:de|del)\\s",
        "\\ba\\s+nivel\\s+(?:nacional|estatal|autonómico)\\b",
      ],
    },
    quantifiedItems: {
      patterns: [
        "\\b(?:tod[oa]s\\s+l[oa]s|cada)\\s+(?:celdas?|calabozos?|habitaci(?:ón|ones)|salas?|furg(?:ón|ones)|vehículos?|módulos?|patios?|aseos?|duchas?)\\b",
      ],
    },
    quantifiedGroup: {
      patterns: [
        `\\b(?:todo|toda|todos|todas|cada|cualquier|ningún|ninguna)\\s+(?:(?:el|la|los|las)\\s+)?(?:[a-zñ]+\\s+){0,2}?(?:${PERSON}|${CASES}|personal)\\b`,
      ],
    },
    namedFacility: {
      caseSensitive: true,
      patterns: [
        "\\b(?:[Cc]elda|[Mm]ódulo|[Hh]abitación|[Ss]ala|Unidad|Pabellón)\\s+(?:n\\.?[ºo°]\\s*)?(?:\\d+|[A-Z])\\b",
        "\\b(?:Centro|Prisión|Hospital|Comisaría|Puesto|Unidad|Módulo|Cuartel|Residencia|Institución|Centro\\s+Penitenciario)\\b(?:\\s+(?:de|del|de\\s+la|[A-Z][\\wáéíóúñ]*))*?\\s+(?:de\\s+|del\\s+)?[A-Z][\\wáéíóúñ]+",
      ],
    },
    individualCase: {
      caseSensitive: true,
      patterns: [
        "\\b(?:Sr\\.|Sra\\.|Don|Doña|D\\.|Dña\\.)\\s+[A-Z]",
        "\\b(?:[Ee]st[ea]|[Ee]s[ea])\\s+(?:persona|detenid[oa]|intern[oa]|paciente|residente|menor|joven|mujer|hombre|niñ[oa])\\b",
        "\\b(?:[Ee]l|[Ll]a|al|del)\\s+(?:persona|detenid[oa]|intern[oa]|paciente|residente|menor|joven|mujer|hombre|niñ[oa])\\s+(?:afectad[oa]|en\\s+cuestión|referid[oa]|mencionad[oa]|citad[oa])\\b",
      ],
    },
    oneOffFix: {
      patterns: [
        // obras y equipamiento
        "\\b(?:repar|pint|rehabilit|reform(?:ar|e|en)\\b|constru|instal(?:ar|e|en)\\b|dot(?:ar|e|en)\\b|sustitu|reemplaz|limpi|acondicion|arregl)\\w*",
        // objetos, suministros y estancias (no los centros: «en todas las unidades» es un alcance)
        "\\b(?:celdas?|calabozos?|espacios?|habitaci(?:ón|ones)|ventanas?|contraventanas?|persianas?|cortinas?|paredes|suelos?|techos?|puertas?|cerraduras?|aseos?|(?<!\\bsocio[\\s-]?)sanitarios|inodoros?|duchas?|lavabos?|grifos?|iluminación|luz|bombillas?|ventilación|calefacción|climatización|aire acondicionado|ventiladores?|temperatura|mobiliario|sillas?|mesas?|taquillas?|camas?|colch(?:ón|ones)|colchonetas?|mantas?|ropa de cama|sábanas|almohadas?|toallas?|batas?|jabón|productos de higiene|compresas|mascarillas?|guantes|timbres?|pulsadores?|interfonos?|cámaras?|teléfonos?|televisores?|patios?|bancos?|vallas?|gimnasios?|talleres?|cocinas?|equipos?|edificios?|pintura|pintadas|dimensiones|enredaderas|almacenaje|almacenamiento|gel(?: hidroalcohólico)?|pantallas?)\\b",
      ],
    },
    oneOffStep: {
      patterns: [
        // un paso sobre el informe de la visita, hecho una vez: "hacer público este informe", "la publicación del presente informe"
        "\\b(?:publicar|publique|publiquen|publicación|hacer\\s+público|haga\\s+público|difundir|difunda|difusión|traducir|traduzca|traducción)\\s+(?:de\\s+)?(?:este|el\\s+presente|del\\s+presente|el|su|del)\\s+informe\\b",
      ],
    },
    legislativeAct: {
      caseSensitive: false,
      patterns: [
        "\\b(?:modificar|reformar|derogar|aprobar|promulgar|adoptar)\\w*\\b[^.;]{0,50}?\\b(?:ley|leyes|legislación|código|constitución|real\\s+decreto)\\b",
        "\\b(?:asignar|incrementar|aumentar)\\b[^.;]{0,30}?\\bpresupuestos\\s+generales\\b",
        "\\bratificar\\b",
      ],
    },
    genericAddressee: {
      patterns: [
        "\\b(?:las\\s+)?autoridades(?:\\s+(?:competentes|penitenciarias|policiales|pertinentes|públicas|sanitarias))?\\b",
        "\\bel\\s+Estado(?:\\s+parte)?\\b",
        "\\blas\\s+[Aa]dministraciones(?:\\s+públicas)?\\b",
        "\\blos\\s+poderes\\s+públicos\\b",
        "\\b(?:organismos|instituciones|servicios)\\s+(?:competentes|pertinentes|responsables)\\b",
        "\\blas\\s+fuerzas\\s+y\\s+cuerpos\\s+de\\s+seguridad(?:\\s+del\\s+Estado)?\\b",
      ],
    },
  },
  anchored: {
    changeHead: {
      patterns: [
        "\\W*(?:[0-9a-z]{1,3}[.)]\\s+)?(?:que\\s+)?(?:se\\s+)?(?:(?:ser|sea|sean|también|aún|\\w+mente)\\s+)*(?:mejor|reforz|refuerc|fortalec|potenci|aument|increment|reduc|reduzc|disminu|acort|ampli)\\w*\\b",
      ],
    },
    degreeChange: {
      patterns: [
        `\\W*(?:[0-9a-z]{1,3}[.)]\\s+)?(?:que\\s+)?(?:se\\s+)?(?:(?:ser|sea|sean|también|aún|\\w+mente)\\s+)*(?:(?:increment|aument|reduc|reduzc|disminu|acort|agiliz|agilic|aceler|minimiz|maximiz|ampli|extend|extiend|desarroll)\\w*\\b|(?:un|una)\\s+(?:[\\w-]+\\s+)?(?:incremento|aumento|ampliación|reducción|disminución)\\s+(?:de|del|en))(?![^.;,]{0,60}?\\ba\\s+(?:tod[oa]s|cada)\\b)(?!\\s+(?:un|una|unos|unas|nuevos|nuevas)\\b)${DEGREE_NOT_RESOURCE}`,
      ],
    },
    personSubject: {
      patterns: [
        `(?:(?:todo|toda|todos|todas|cada|ningún|ninguna|los|las|el|la|estos|estas)\\s+)?(?:(?:los|las)\\s+)?(?:(?!de\\b)[a-zñ-]+\\s+){0,2}?${PERSON}\\b(?!\\s+(?:de\\s+)?(?:unidad|módulo|centro|celda|población|número))`,
      ],
    },
    practiceSubject: {
      patterns: [
        `(?:(?:el|la|los|las|todo|toda|cualquier)\\s+)?(?:(?:uso|práctica)\\s+de\\s+(?:la\\s+|las\\s+|los\\s+)?)?${PRACTICE}(?:\\s+(?!(?:de|en|a|por|durante|para|debe|deben|debería|deberían|deberá|deberán|se|sea|sean|es|son)\\b)[a-zñáéíóú-]+)?(?=\\s+(?:de|en|a|por|durante|para|debe|deben|debería|deberían|deberá|deberán|se|sea|sean|es|son)\\b|,)`,
        "(?:(?:el|la|su)\\s+)?(?:derecho\\s+de\\s+)?(?:acceso|contacto|derechos?|confidencialidad|intimidad|tiempo\\s+de\\s+(?:estancia|permanencia|espera)|duración\\s+de\\s+[a-zñ]+)(?=\\s+(?:de|a|con|en|por|durante|para|debe|deben|debería|deberían|se|sea|sean|es|son)\\b|,)",
        // una práctica nombrada como tal, sea cual sea: "la práctica de retirar el sujetador"
        "(?:la|esta|esa|las|estas|esas)\\s+prácticas?(?=\\s+(?:de|del|consistente|que)\\b)",
      ],
    },
    imperative: {
      patterns: [
        `\\W*(?:[0-9a-z]{1,3}[.)]\\s+)?(?:(?:dentro\\s+del\\s+ámbito\\s+de\\s+sus\\s+competencias|en\\s+su\\s+caso)\\s*,\\s*)?(?:que\\s+|${INFINITIVE}\\b)`,
      ],
    },
    passiveRecipient: {
      patterns: [
        "(?:debe|deben|debería|deberían|deberá|deberán)\\s+(?:recibir|disponer|contar|tener|beneficiarse|poder|ser\\s+(?:informad|atendid|dotad|provist|protegid)\\w*)\\b",
      ],
    },
    restriction: {
      patterns: [
        "(?:[\\wáéíóúñ-]+\\s+){0,2}?(?:no|nunca|jamás)\\s+(?:se\\s+)?(?:debe|deben|debería|deberían|deberá|deberán|podrá|podrán|puede|pueden)\\b",
        "(?:[\\wáéíóúñ-]+\\s+){0,2}?(?:debe|deben|debería|deberían|deberá|deberán)\\s+(?:\\w+mente\\s+)?(?:sólo|solo|únicamente|exclusivamente)\\b",
      ],
    },
    passive: {
      patterns: [
        "\\s*(?:,[^,]{1,40},\\s*)?(?:(?:también|asimismo|siempre|\\w+mente)\\s+)*(?:ser|estar|permanecer|[a-zñ]+(?:arse|erse|irse)|se\\s)",
      ],
    },
    pronounSubject: {
      patterns: ["(?:él|ella|ellos|ellas)\\s+(?:debe|deben|debería|deberían|deberá|deberán)\\b"],
    },
    fragmentStart: {
      caseSensitive: true,
      patterns: ["\\W*(?:[0-9a-z]{1,3}[.)]\\s+)?[a-zñ]"],
    },
    describedPractice: {
      patterns: [
        "\\W*(?:[0-9a-z]{1,3}[.)]\\s+)?(?:a\\s+|que\\s+)?(?:se\\s+)?(?:(?:también|\\w+mente)\\s+)*(?:prohib|proscrib|cesar|abandon|erradic|suprim|poner\\s+fin|pong(?:a|an)\\s+fin|desterr)\\w*\\b[^.;:,()]{1,150}?(?=\\s*\\(?\\s*\\b(?:tal(?:es)?\\s+como|mediante|por\\s+ejemplo|por\\s+medio\\s+de)\\b)",
      ],
    },
    vocative: {
      patterns: [
        "\\s*(?:a|al|a\\s+la|para|dirigida\\s+a|destinatari[oa]\\s*:?|(?:destinatari[oa]s|responsables?)\\s*:)\\s+(?=[^:\\n]{2,80}(?::|\\n|\\s\\d{1,3}(?:\\.\\d{1,3})+\\s))",
      ],
    },
    itemLabel: {
      patterns: [`\\W*${ITEM_LABEL}`],
    },
    beingClause: {
      patterns: ["\\s+(?:hay|haya|hayan|habrá|existe|existen|exista|existan)\\b"],
    },
  },
  words: {
    head: "first",
    definite: ["el", "la", "este", "esta", "ese", "esa", "dicho", "dicha"],
    determiners: [
      "el",
      "la",
      "los",
      "las",
      "un",
      "una",
      "unos",
      "unas",
      "lo",
      "al",
      "todo",
      "toda",
      "todos",
      "todas",
      "cada",
      "este",
      "esta",
      "estos",
      "estas",
      "ese",
      "esa",
      "su",
      "sus",
      "dicho",
      "dicha",
      "dichos",
      "dichas",
      "propio",
      "propia",
      "ningún",
      "ninguna",
      "cualquier",
      "a",
    ],
    stops: [
      "de",
      "del",
      "en",
      "a",
      "al",
      "con",
      "para",
      "por",
      "que",
      "quien",
      "cuyo",
      "cuya",
      "y",
      "o",
      "sobre",
      "desde",
      "entre",
      "como",
    ],
    connectors: ["de", "del"],
    posts: [
      "supervisores",
      "juez",
      "jueza",
      "jueces",
      "magistrado",
      "magistrada",
      "director",
      "directora",
      "directores",
      "jefe",
      "jefa",
      "jefes",
      "responsable",
      "responsables",
      "subdirector",
      "subdirectora",
      "gerente",
      "comisario",
      "comandante",
      "coordinador",
      "coordinadora",
      "fiscal",
      "alcalde",
      "alcaldesa",
      "presidente",
      "presidenta",
      "secretario",
      "secretaria",
      "ministro",
      "ministra",
      "delegado",
      "delegada",
      "consejero",
      "consejera",
      "defensor",
      "defensora",
      "titular",
      "inspector",
      "inspectora",
      "gobernador",
      "administrador",
      "supervisor",
      "supervisora",
    ],
    bodies: [
      "ministerio",
      "ministerios",
      "secretaría",
      "subdirección",
      "consejería",
      "departamento",
      "servicio",
      "agencia",
      "gobierno",
      "parlamento",
      "cortes",
      "congreso",
      "senado",
      "comisión",
      "consejo",
      "junta",
      "oficina",
      "fiscalía",
      "defensoría",
      "inspección",
      "mecanismo",
      "comité",
      "subcomité",
      "tribunal",
      "juzgado",
      "ayuntamiento",
      "diputación",
      "comandancia",
      "jefatura",
      "delegación",
      "conselleria",
      "gerencia",
      "instituto",
    ],
    qualifiedOnly: ["dirección", "administración", "policía", "guardia", "mando"],
    institutions: [
      "centro",
      "prisión",
      "hospital",
      "comisaría",
      "establecimiento",
      "unidad",
      "residencia",
      "institución",
      "cuartel",
      "puesto",
      "módulo",
      "penitenciaría",
    ],
    generic: [
      "país",
      "autoridad",
      "autoridades",
      "estado",
      "administraciones",
      "poderes",
      "organismos",
      "instancias",
      "parte",
    ],
    persons: [
      "persona",
      "personas",
      "detenido",
      "detenida",
      "detenidos",
      "detenidas",
      "interno",
      "interna",
      "internos",
      "internas",
      "internado",
      "internada",
      "internados",
      "internadas",
      "recluso",
      "reclusa",
      "reclusos",
      "reclusas",
      "preso",
      "presa",
      "presos",
      "presas",
      "paciente",
      "pacientes",
      "menor",
      "menores",
      "niño",
      "niña",
      "niños",
      "niñas",
      "adolescente",
      "adolescentes",
      "joven",
      "jóvenes",
      "mujer",
      "mujeres",
      "residente",
      "residentes",
      "usuario",
      "usuaria",
      "usuarios",
      "usuarias",
      "migrante",
      "migrantes",
      "extranjero",
      "extranjera",
      "extranjeros",
      "extranjeras",
      "inmigrante",
      "inmigrantes",
      "solicitante",
      "solicitantes",
      "víctima",
      "víctimas",
    ],
    staff: [
      "personal",
      "agentes",
      "agente",
      "funcionario",
      "funcionarios",
      "funcionarias",
      "trabajadores",
      "profesionales",
      "médicos",
      "sanitarios",
      "enfermeros",
      "vigilantes",
      "policías",
      "guardias",
      "efectivos",
      "plantilla",
      "equipo",
      "equipos",
      "escolta",
      "fuerzas",
      "cuerpos",
      "empleados",
    ],
    stative: [
      "tener",
      "contar",
      "disponer",
      "ser",
      "estar",
      "haber",
      "recibir",
      "permanecer",
      "poseer",
    ],
  },
  criterionNames: {
    specific: "Específica",
    measurable: "Medible",
    achievable: "Alcanzable",
    results: "Orientada a resultados",
    timebound: "Con plazo",
    solution: "Sugiere una solución",
    prioritised: "Prioridad, secuencia y riesgos",
    argued: "Argumentada",
    rootcause: "Ataca la causa",
    targeted: "Con destinatario",
  },
  verdictNames: { met: "cumple", not_met: "no cumple", needs_review: "revisar" },
  basisNames: {
    action: "acción concreta",
    measure: "medida verificable",
    bounded: "petición acotada",
    outcome: "resultado para las personas",
    purpose: "finalidad expresada",
    deadline: "plazo",
    immediacy: "inmediatez",
    means: "medio",
    option: "opción",
    priority: "prioridad",
    urge: "insta",
    sequence: "secuencia",
    risk: "riesgo",
    finding: "hallazgo",
    standard: "norma",
    lever: "palanca sobre la causa",
    systemic: "todo el servicio",
    ruleForAll: "regla para todas las personas afectadas",
    practice: "práctica u organización",
    addressee: "destinatario",
    vague: "formulación vaga",
    bareQuality: "cualidad sin criterio",
    soft: "sin criterio medible",
    open: "revisión sin término",
    absolute: "resultado que nadie puede garantizar",
    oneOff: "arreglo puntual",
    unbounded: "petición sin límites",
    competence: "fuera de las competencias del destinatario",
    openEnded: "plazo abierto",
    routineTime: "plazo de un trámite rutinario",
    crossReference: "solo una remisión",
    genericStandard: "normas en general",
    generic: "nadie nombrado",
    addresseeElsewhere: "destinatario nombrado en otro lugar",
    considered: "solo a considerar",
    none: "nada encontrado",
    empty: "texto vacío",
  },
  quotes: ["«", "»"],
  advice: {
    specific: {
      default:
        "Diga exactamente qué hay que hacer: un verbo de acción con un objeto definido, p. ej. {example}.",
      vague: "«{phrase}» no dice qué hay que hacer; nombre la acción concreta, p. ej. {example}.",
      empty: "Redacte la recomendación como una acción concreta, p. ej. {example}.",
    },
    measurable: {
      default:
        "Añada algo que un observador pueda comprobar: una cifra, una frecuencia, un producto (un registro, un protocolo escrito) o un estado claro de sí o no, p. ej. {example}.",
      soft: "«{phrase}» no da ningún criterio; diga cuánto o con qué frecuencia, p. ej. {example}.",
      open: "«{phrase}» no tiene un término visible; diga cuál debe ser el resultado, p. ej. {example}.",
    },
    achievable: {
      default:
        "Limite la petición a lo que el destinatario puede hacer con sus propias competencias y recursos, p. ej. {example}.",
      absolute:
        "«{phrase}» es un resultado que nadie puede garantizar; pida medidas concretas que reduzcan el riesgo, p. ej. {example}.",
      unbounded:
        "«{phrase}» deja la petición abierta; nombre una medida acotada que el destinatario pueda adoptar, p. ej. {example}.",
      competence:
        "«{phrase}» excede las competencias del destinatario; diríjala al ministerio o al parlamento, o pida al destinatario que proponga el cambio.",
    },
    results: {
      default:
        "Indique el cambio esperado para las personas privadas de libertad, p. ej. {example}.",
    },
    timebound: {
      default: "Fije un plazo para su cumplimiento, p. ej. {example}.",
      openEnded:
        "«{phrase}» es un plazo abierto; indique una fecha o un periodo, p. ej. {example}.",
      routineTime:
        "«{phrase}» es el plazo de un trámite rutinario, no un plazo para cumplir la recomendación; añada uno, p. ej. {example}.",
    },
    solution: {
      default: "Indique cómo podría lograrse el cambio, p. ej. {example}.",
      considered:
        "El texto solo pide considerar «{phrase}»: decida si ese paso se propone como el medio del cambio, o indique cómo, p. ej. {example}.",
    },
    prioritised: {
      default:
        "Señale la prioridad, el orden de los pasos o un riesgo que vigilar, p. ej. {example}.",
    },
    argued: {
      default:
        "Dé la razón: lo que constató la visita o la norma en que se basa, p. ej. {example}.",
      crossReference:
        "«{phrase}» solo remite a otra parte del informe; exponga el hallazgo o la norma en la propia recomendación, p. ej. {example}.",
      genericStandard:
        "«{phrase}» no nombra ninguna norma; cite la regla o el hallazgo, p. ej. {example}.",
    },
    rootcause: {
      default:
        "Ataque la causa además del síntoma: la norma, el procedimiento, la formación, el personal o el presupuesto, o extienda la medida a todos los lugares afectados, p. ej. {example}.",
      oneOff:
        "«{phrase}» arregla una cosa; indique qué evitará que el problema vuelva (un calendario de mantenimiento, un procedimiento, una partida presupuestaria) o extienda la medida a todos los lugares afectados, p. ej. {example}.",
    },
    targeted: {
      default: "Diga quién debe actuar, p. ej. {example}.",
      generic:
        "«{phrase}» no dice quién debe actuar; nombre el ministerio, el servicio o el cargo, p. ej. {example}.",
      addresseeElsewhere:
        "El destinatario puede figurar en la frase que introduce esta recomendación; compruebe quién debe actuar.",
    },
  },
  examples: {
    specific: "«instalar un timbre de llamada en cada celda»",
    measurable: "«al menos una hora diaria al aire libre» o «un protocolo escrito»",
    "measurable.open": "«aprobar un procedimiento revisado»",
    achievable: "«contratar a dos enfermeros más»",
    results: "«… para que las personas detenidas puedan pedir ayuda por la noche»",
    timebound: "«en un plazo de seis meses» o «antes del 31 de diciembre de 2027»",
    solution: "«mediante la contratación de dos enfermeros» o «por ejemplo, instalando …»",
    prioritised: "«con carácter prioritario», «hasta que …, entretanto …», «velando por que …»",
    argued: "«la delegación constató que …» o «la regla 23 de las Reglas Nelson Mandela»",
    rootcause: "«aprobar un procedimiento escrito y formar en él a todo el personal»",
    targeted:
      "«La Dirección del Centro Penitenciario de … debe …» o «El Ministerio del Interior debe …»",
    "specific.empty": "«La Dirección de … debe instalar …»",
  },
};
