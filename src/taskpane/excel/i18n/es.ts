import type { en } from "./en";

export const es: Record<keyof typeof en, string> = {
  tabsLabel: "Tareas del registro de seguimiento",
  tabSetup: "Configurar",
  tabQuality: "Calidad",
  tabFollowUp: "Seguimiento",
  tabSettings: "Ajustes",
  firstRunTitle: "Llevar una hoja de seguimiento en tres pasos",
  firstRunStep1: "Configurar: cree la hoja de seguimiento en este libro, o adopte la que ya lleva.",
  firstRunStep2:
    "Importe un informe, o un archivo guardado desde Word, tras revisar la vista previa.",
  firstRunStep3:
    "Seguimiento: registre las respuestas de las autoridades; el panel de resumen las cuenta.",
  nextImport: "Importar un informe",
  notInExcel: "Abra este panel desde Excel para trabajar en un libro de seguimiento.",
  working: "Trabajando…",
  workingRead: "Leyendo el libro…",
  workingApply: "Creando el registro de seguimiento…",
  workingUpgrade: "Actualizando el registro de seguimiento…",
  workingAdopt: "Creando el registro a partir de la hoja…",
  workingQuality: "Revisando cada fila…",
  workingFollowUp: "Actualizando la hoja de seguimiento…",
  workingSelect: "Yendo a la celda…",
  workingShow: "Abriendo la hoja…",
  messagesLabel: "Mensajes",
  progressRows: "{done} de {total, plural, one {# fila} other {# filas}}",
  dismiss: "Cerrar",
  errorTitle: "No se pudo hacer",
  warningTitle: "Tenga en cuenta",
  doneTitle: "Hecho",
  checkWorkbook: "Volver a leer este libro",
  noTracker: "Este libro todavía no tiene registro de seguimiento.",
  trackerFound:
    "Registro encontrado en la hoja «{sheet}» ({rows, plural, one {# fila} other {# filas}}, {language}).",
  trackerUpToDate: "Sus columnas, listas desplegables y formatos están al día.",
  trackerMissing: "Le faltan estas columnas, que una actualización añade a la derecha: {columns}.",
  trackerLanguage: "Idioma del registro",
  languageEn: "Inglés",
  languageFr: "Francés",
  languageEs: "Español",
  createTracker: "Crear el registro de seguimiento",
  upgradeTracker: "Actualizar el registro de seguimiento",
  reapplyTracker: "Restablecer listas desplegables y formatos",
  upgradeSafe:
    "Se conservan sus filas, sus propias columnas, los encabezados renombrados, el orden y los filtros.",
  keyLimit: "Recomendaciones clave por informe, como máximo",
  keyLimitHint:
    "Se guarda en el registro al crearlo o actualizarlo; la revisión de datos avisa cuando un informe tiene más. Déjelo vacío para no fijar límite.",
  created: "Se creó el registro: hojas {recommendations}, {dashboard}, {followUp} y {lists}.",
  upgraded:
    "El registro está al día. Columnas añadidas: {added}. Sus propias columnas conservadas: {extra}.",
  reorderChoice:
    "Poner también las columnas en el nuevo orden (el texto primero, luego lo que actualiza durante el seguimiento)",
  reorderHint:
    "Sus valores siguen a sus columnas. Sus propias fórmulas que señalan celdas por su posición (como =F2 en otra hoja) señalarían entonces otras columnas: deje esto sin marcar si tiene fórmulas así.",
  upgradedReordered:
    "El registro está al día y sus columnas están en el nuevo orden. Columnas añadidas: {added}. Sus propias columnas, conservadas al final: {extra}.",
  none: "ninguna",
  skippedFeatures:
    "Esta versión de Excel no puede añadir: {features}. El registro funciona sin ello; ábralo en un Excel más reciente para añadirlo.",
  featureValidation: "las listas desplegables y el control de fechas",
  featureCharts: "los gráficos del panel",
  featurePrint:
    "la configuración de impresión (horizontal, ajustada al ancho, encabezado en cada página)",
  featureReorder: "el traslado de las columnas al nuevo orden",
  metadataDamaged:
    "No se pudieron leer los ajustes del registro guardados en el libro ({problem}); se usaron los encabezados de columna.",
  metadataProblemNoTrackerElement: "están dañados",
  metadataProblemOtherFormat: "se guardaron en otro formato",
  metadataProblemCutShort: "están incompletos",
  metadataProblemNoSchemaVersion: "falta su número de versión o no es válido",
  adoptHeading: "Adoptar una hoja que ya lleva",
  adoptIntro:
    "Elija la hoja con sus recomendaciones. Su hoja queda como está; el registro se crea a su lado.",
  adoptSheet: "Hoja que adoptar",
  adoptSheetOption: "{name} ({rows, plural, one {# fila} other {# filas}})",
  adoptRead: "Proponer una correspondencia de columnas",
  mappingHeading: "Correspondencia de columnas",
  mappingIntro:
    "Compruebe qué contiene cada una de sus columnas. Las columnas que conserve como propias se copian tal cual.",
  mappingColumn: "Columna {letter}: {header}",
  mappingEmptyHeader: "(sin encabezado)",
  mappingOwn: "Conservar como columna propia",
  mappingSure: "{percent} % seguro",
  mappingUser: "su elección",
  mappingSamples: "Contiene {samples}",
  mappingNeedsText: "Indique qué columna contiene las recomendaciones.",
  adoptRun: "Crear el registro a partir de esta hoja",
  adopted:
    "{records, plural, one {# recomendación adoptada} other {# recomendaciones adoptadas}} de «{sheet}». {ids, plural, one {Se creó # identificador nuevo.} other {Se crearon # identificadores nuevos.}}",
  adoptKept:
    "{count, plural, one {# valor no se pudo leer y se conservó tal cual, resaltado en amarillo: revíselo} other {# valores no se pudieron leer y se conservaron tal cual, resaltados en amarillo: revíselos}} en Calidad de los datos.",
  adoptSkippedRows:
    "{count, plural, one {Se omitió # fila (vacía, encabezado repetido o nota)} other {Se omitieron # filas (vacías, encabezado repetido o nota)}}: {rows}.",
  qualityIntro:
    "Encuentra filas con un campo obligatorio vacío, un valor fuera de su lista, una fecha ilegible, un identificador repetido, una fecha límite anterior a la de emisión o «Implementada» sin verificación.",
  qualityRun: "Revisar los datos",
  qualityNone: "No hay problemas en {rows, plural, one {# fila} other {# filas}}.",
  qualitySummary:
    "{errors, plural, one {# error} other {# errores}} y {warnings, plural, one {# punto} other {# puntos}} que revisar en {rows, plural, one {# fila} other {# filas}}.",
  qualityListLabel: "Problemas encontrados; elija uno para ir a su celda",
  qualityIssue: "Fila {row}, {column}: {message}",
  qualityNoColumn: "toda la fila",
  qualityShown: "Se muestran los primeros {shown} de {total}.",
  severityError: "Error",
  severityWarning: "Revisar",
  workingTidy: "Ordenando las listas…",
  tidyHeading: "Ordenar las listas",
  tidyIntro:
    "Valores que parecen la misma cosa escrita de otra manera, y varios destinatarios escritos en uno solo. Desmarque lo que deba quedar como está; nada cambia hasta que aplique.",
  tidyNone: "Nada que ordenar: cada valor de las listas se escribe de una sola manera.",
  tidyMerge: "Escribir {from} como {into} ({column}, {rows, plural, one {# fila} other {# filas}})",
  tidySplit: "Separar {value} en {parts} ({column}, {rows, plural, one {# fila} other {# filas}})",
  tidyRun: "Aplicar {count, plural, one {# cambio} other {# cambios}}",
  tidyDone:
    "{changes, plural, one {# cambio aplicado} other {# cambios aplicados}} a {rows, plural, one {# fila} other {# filas}}; las listas y el panel se actualizan.",
  followUpIntro:
    "Enumera en la hoja de seguimiento lo que está atrasado, vence pronto o está implementado pero sin verificar.",
  followUpRun: "Actualizar la hoja de seguimiento",
  workingFigures: "Calculando las cifras del historial…",
  figuresHeading: "Cifras del historial",
  figuresIntro:
    "Las cifras del panel tomadas del historial (la implementación al final de cada año, cuánto tarda cada destinatario en responder y en implementar, las respuestas dentro del plazo, las reiteraciones) son valores, no fórmulas: se vuelven a calcular después de cada seguimiento registrado aquí, o ahora.",
  figuresRun: "Actualizar cifras",
  figuresDone: "Las cifras del historial están al día en la hoja «{sheet}» (al {date}).",
  figuresNoDashboard:
    "Este libro no tiene un panel hecho por el seguimiento, así que las cifras no se escribieron. Configurar > Actualizar el registro de seguimiento lo añade.",
  figuresNoHistory:
    "Este seguimiento aún no tiene la hoja de historial de seguimiento, así que no hay cifras del historial. Use Configurar > Actualizar el registro de seguimiento para añadirla (ninguna celda existente cambia).",
  figuresBlocked:
    "El panel se dejó como estaba: sus secciones cubrirían ahora celdas escritas debajo. Mueva esas celdas y vuelva a actualizar las cifras.",
  followUpDone:
    "La hoja «{sheet}» enumera {rows, plural, one {# recomendación} other {# recomendaciones}}.",
  countOverdue: "Atrasadas",
  countDueSoon: "Vencen en {days, plural, one {# día} other {# días}}",
  countNotVerified: "Implementadas, sin verificar",
  settingsDueSoon: "«Vence pronto» significa una fecha límite dentro de este número de días",
  settingsExcel: "Este Excel",
  settingsAllFeatures: "Todo lo que usa el registro está disponible.",
  settingsMissing: "No disponible aquí: {features}.",
  problemExcelTooOld:
    "Esta versión de Excel es demasiado antigua para el registro (necesita la API de Excel {version} o posterior). Actualice Office o use Excel para la web.",
  problemNoTracker:
    "Este libro no tiene tabla Recommendations. Cree un registro o adopte una hoja en Configurar.",
  problemAlreadyTracker:
    "Este libro ya tiene un registro (en la hoja «{sheet}»). Use Actualizar en lugar de adoptar una hoja.",
  problemSheetMissing:
    "La hoja «{sheet}» ya no está en el libro. Vuelva a leer el libro y elija otra hoja.",
  problemSheetEmpty: "La hoja «{sheet}» está vacía.",
  problemNoTextColumn: "Ninguna columna de «{sheet}» está marcada como la de las recomendaciones.",
  problemMetadataDamaged: "Los ajustes del registro guardados en este libro están dañados.",
  officeTooBig:
    "Excel rechazó mover tantos datos a la vez. Inténtelo de nuevo; si vuelve a ocurrir, divida la hoja en dos.",
  officeNotFound:
    "Algo que el registro necesita se borró o renombró mientras el panel trabajaba. Vuelva a leer el libro.",
  officeBusy:
    "Excel está ocupado (quizá una celda está en edición). Pulse Intro o Esc en la hoja y vuelva a intentarlo.",
  officeNotAllowed: "Excel no permitió el cambio (la hoja o el libro pueden estar protegidos).",
  officeApiMissing: "A esta versión de Excel le falta una función que el registro necesita.",
  officeOther: "Excel informó de un problema.",
  errorDetails: "Detalles: {details}",
  tabImport: "Importar",
  workingImportRead: "Leyendo el archivo y comparándolo con el registro…",
  workingImport: "Escribiendo en el registro de seguimiento…",
  importIntro:
    "Elija un informe (.docx) o un archivo guardado desde Word (.json). Verá lo que cambiaría antes de escribir nada; las respuestas, la aplicación y las notas ya registradas nunca se sobrescriben.",
  importChoose: "Informe o archivo guardado desde Word",
  importChooseHint: "Un informe de Word (.docx), o el archivo que Word guarda para Excel (.json).",
  importNeedsTracker:
    "Este libro todavía no tiene registro de seguimiento: cree uno primero en Configurar.",
  importFrom: "De «{file}»: {report}",
  importUntagged:
    "Este informe no se preparó con el panel de Word: sus recomendaciones se localizaron por su redacción. Revise la lista antes de importar.",
  importWarning: "Nota: {message}",
  importWarningNoText: "La recomendación {number} no tiene texto y se ha dejado fuera.",
  importWarningTooLong:
    "La recomendación {number} supera lo que cabe en una celda de Excel (32.767 caracteres) y se ha dejado fuera.",
  importWarningTaggedTextGone:
    "{count, plural, one {# recomendación se ha dejado fuera: su texto etiquetado ya no está en el informe.} other {# recomendaciones se han dejado fuera: su texto etiquetado ya no está en el informe.}}",
  importWarningUntaggedLeftOut:
    "{count, plural, one {# recomendación encontrada en el informe no está etiquetada y se ha dejado fuera.} other {# recomendaciones encontradas en el informe no están etiquetadas y se han dejado fuera.}}",
  importWarningTrackedChanges:
    "El informe tiene cambios controlados: se leyó como si todos estuvieran aceptados. Si no es lo que dice el informe, acéptelos o rechácelos primero en Word.",
  importWarningOtherLanguage:
    "El informe parece redactado en un idioma que el complemento aún no lee (lee inglés, francés y español), por lo que no se encontró ninguna recomendación. Etiquételas en Word.",
  importOtherLanguage:
    "No se encontraron recomendaciones en «{file}»: parece redactado en un idioma que el complemento aún no lee (lee inglés, francés y español). Marque sus recomendaciones en Word.",
  importNothing: "No se encontraron recomendaciones en «{file}».",
  importRun: "Importar {count, plural, one {# recomendación} other {# recomendaciones}}",
  importCancel: "Cancelar",
  importDateLabel: "Fecha del informe",
  importDateMissing:
    "El informe no indica su fecha. Introdúzcala: será la «Fecha de emisión» de sus recomendaciones, y los plazos como «en el plazo de tres meses» se cuentan desde ella.",
  importDateFromReport: "Leída en el informe: «{line}». Cámbiela si no es correcta.",
  importDateFromWord: "Guardada en el informe con el complemento de Word.",
  importDateGiven: "Introducida por usted.",
  importDateFromBatch: "Tomada del archivo guardado en Word.",
  importReference: "Número del informe: {reference}",
  importCorrected:
    "{count, plural, one {# de las filas actualizadas se ha corregido} other {# de las filas actualizadas se han corregido}}: los datos que una importación anterior dejó vacíos o erróneos (como una «Fecha de emisión» que era el día de esa importación) vienen ahora del informe.",
  importSummaryHeading: "Importación de «{file}»",
  importShowTracker: "Abrir las recomendaciones (hoja «{sheet}»)",
  importShowDashboard: "Abrir el panel (hoja «{sheet}»)",
  importSummary:
    "{added, plural, one {# añadida} other {# añadidas}}, {updated, plural, one {# actualizada} other {# actualizadas}}, {unchanged} sin cambios, {flagged} que revisar.",
  importListEntries:
    "{count, plural, one {Se añadió # entrada nueva} other {Se añadieron # entradas nuevas}} a las listas desplegables.",
  importMoved:
    "{count, plural, one {# fila había cambiado de lugar desde la vista previa (la tabla se ordenó) y se actualizó donde está ahora.} other {# filas habían cambiado de lugar desde la vista previa (la tabla se ordenó) y se actualizaron donde están ahora.}}",
  importMissingColumns:
    "El registro no tiene columna para: {columns}. Esos valores no se escribieron; actualice el registro en Configurar para añadir las columnas.",
  importTooBig:
    "«{file}» es demasiado grande para importarlo ({size} MB; el límite es {limit} MB).",
  importUnreadable:
    "No se pudo leer «{file}»: está dañado, o no es ni un informe de Word ni un archivo guardado desde Word.",
  importFileEmpty: "«{file}» está vacío.",
  importNotReportOrBatch:
    "«{file}» no es ni un informe de Word (.docx) ni un archivo de recomendaciones guardado desde Word (.json).",
  importWorkbookNotReport:
    "«{file}» es un libro de Excel, no un informe: elija el informe de Word (.docx) o el archivo guardado desde él (.json).",
  importNotWord: "«{file}» no es un documento de Word (.docx).",
  importWordDamaged: "«{file}» está dañado o incompleto: no se pudo abrir como documento de Word.",
  importWordTooBig:
    "«{file}» es demasiado grande para leerlo como informe (más de 200 MB descomprimido); puede estar dañado.",
  importWordProtected:
    "«{file}» está protegido con contraseña: quite la contraseña en Word, guárdelo y vuelva a intentarlo.",
  importOldWordFormat:
    "«{file}» está protegido con contraseña o es un documento antiguo de Word 97-2003 (.doc): quite la contraseña o guárdelo como .docx en Word, y vuelva a intentarlo.",
  problemRowGone:
    "La recomendación {id} ya no está en el registro (estaba en la fila {row} al hacer la vista previa). No se escribió nada: vuelva a elegir el archivo para una nueva vista previa.",
  problemIdRepeated:
    "El identificador {id} figura ahora en más de una fila del registro. No se escribió nada: corrija el identificador repetido (Calidad de los datos lo muestra) y vuelva a importar.",
  problemRowChanged:
    "La fila {row} del registro cambió después de la vista previa. No se escribió nada: vuelva a elegir el archivo para una nueva vista previa.",
  problemTotalsRow:
    "La tabla del registro tiene una fila de totales, así que no se pueden añadir filas debajo de los datos. Desactívela (Diseño de tabla > Fila de totales) y vuelva a importar. No se escribió nada.",
  problemSheetProtected:
    "La hoja «{sheet}» está protegida, así que el complemento no puede escribir en ella. No se cambió nada. Desprotéjala (Revisar > Desproteger hoja) y vuelva a intentarlo.",
  workingRecord: "Registrando el evento…",
  eventHeading: "Registrar un evento de seguimiento",
  eventIntro:
    "Seleccione las filas de las recomendaciones en la hoja Recomendaciones, tómelas aquí y diga qué ocurrió. Cada una recibe una fila en la hoja Historial del seguimiento, y sus columnas actuales se actualizan en el mismo paso.",
  eventTake: "Usar las filas seleccionadas",
  eventTaken: "{count, plural, one {# recomendación} other {# recomendaciones}}: {ids}",
  eventWithoutId:
    "{count, plural, one {# fila seleccionada no tiene} other {# filas seleccionadas no tienen}} ID y no se {count, plural, one {registrará} other {registrarán}}.",
  eventKind: "Qué ocurrió",
  eventDate: "Fecha",
  eventWith: "Con quién",
  eventSummary: "Resumen",
  eventStatus: "Implementación observada",
  eventAccepted: "Aceptación observada",
  eventUnchanged: "Dejar como está",
  eventRun: "Registrar para {count, plural, one {# recomendación} other {# recomendaciones}}",
  eventNoSelection:
    "No hay ninguna recomendación seleccionada. Seleccione sus filas en la tabla Recomendaciones (un solo bloque de filas) y tómelas aquí.",
  eventRecorded:
    "{events, plural, one {# evento añadido} other {# eventos añadidos}} al historial del seguimiento; {updated, plural, one {# recomendación actualizada} other {# recomendaciones actualizadas}}.",
  eventNotFound: "No registrado, porque ninguna fila única tiene estos ID: {ids}.",
  driftHeading: "Cambiado en la hoja desde el último evento registrado",
  driftLine:
    "{id}: {field} es «{current}» en la hoja; el último evento registrado ({since}) dice «{recorded}».",
  driftStatus: "Implementación",
  driftAccepted: "Aceptación",
  driftEmpty: "(vacío)",
  driftRun: "Registrar {count, plural, one {# cambio} other {# cambios}} en el historial",
  driftRecorded:
    "{count, plural, one {# cambio registrado} other {# cambios registrados}} en el historial del seguimiento como «Cambio de estado».",
  countReplyOverdue: "Respuesta vencida",
  trackerNoHistory:
    "Aún no tiene la hoja Historial del seguimiento. Actualice el seguimiento para añadirla (ninguna celda existente cambia): así podrá registrar cada respuesta, recordatorio, reunión y visita de seguimiento con su fecha, fijar un plazo de respuesta, y el panel contará las respuestas vencidas.",
  workingLetter: "Preparando el documento…",
  workingReply: "Leyendo la respuesta…",
  letterHeading: "Cartas y notas de visita",
  letterIntro:
    "Una carta enumera las recomendaciones de una autoridad pendientes de respuesta; una nota de visita enumera las recomendaciones abiertas de un lugar con su historial. Cada una tiene una tabla para rellenar, con los nombres de columna del seguimiento; léala abajo cuando vuelva.",
  letterKind: "Documento",
  letterKindLetter: "Carta a una autoridad",
  letterKindBrief: "Nota para una visita de seguimiento",
  letterAuthority: "Autoridad, como la nombra el seguimiento",
  letterPlace: "Lugar, como lo nombra el seguimiento",
  letterRun: "Preparar la carta",
  briefRun: "Preparar la nota de visita",
  letterReady:
    "{file} se guardó en sus descargas: {count, plural, one {# recomendación} other {# recomendaciones}} para {party}. Edite su texto en Word antes de enviarla.",
  letterUnknownParty: "El seguimiento no nombra a «{party}». Nombra a: {known}.",
  replyChoose: "Leer una respuesta (la carta o nota devuelta, .docx)",
  replyNoTable:
    "{file} no tiene una tabla con una columna de ID. Elija una carta o nota preparada aquí, con su tabla.",
  replyHeading: "Lo que {file} cambiaría",
  replyNothing: "Nada nuevo que registrar en {file}.",
  replyItem: "{id}: {changes}",
  replyChange: "{column} «{before}» → «{after}»",
  replyTextChanged:
    "Su texto en la respuesta difiere del del seguimiento, así que se deja fuera: revíselo primero.",
  replyInvalid: "{id}: {column} «{value}» no se puede leer y no se registrará.",
  replyUnknown: "Filas cuyo ID no está en el seguimiento (no registradas): {ids}.",
  replyApply: "Aplicar {count, plural, one {# cambio} other {# cambios}}",
  replyApplied:
    "{count, plural, one {# recomendación actualizada} other {# recomendaciones actualizadas}} desde {file}, cada una con un evento en el historial del seguimiento.",
  historyAdded:
    "La hoja «{sheet}» guarda el historial del seguimiento: registre respuestas, recordatorios, reuniones y visitas de seguimiento en Seguimiento, y fije el plazo de respuesta en su parte superior.",
  eventIds: "ID de las recomendaciones",
  eventIdsHint: "Tomados de las filas seleccionadas, o escritos, separados por comas.",
  problemNoHistory:
    "Este seguimiento aún no tiene la hoja Historial del seguimiento. Use Configurar > Actualizar el seguimiento para añadirla (ninguna celda existente cambia) y registre de nuevo el evento.",
  problemStructureProtected:
    "La estructura del libro está protegida, así que el complemento no puede añadir las hojas que necesita. No se cambió nada. Desactívela (Revisar > Proteger libro) y vuelva a intentarlo.",
  // Strategies for recommendations not implemented (Strategies.tsx).
  countNotImplemented: "No implementadas (estrategias a probar)",
  strategiesHeading: "No implementada: por qué, y qué hacer",
  strategiesIntro:
    "Para las recomendaciones elegidas arriba (filas seleccionadas o Rec ID escritos) que no están implementadas: el motivo anotado y las estrategias que sugiere. Una estrategia probada se registra en el historial del seguimiento, con la fecha y «con quién» del formulario de arriba (hoy si no hay fecha).",
  strategiesShow: "Mostrar motivos y estrategias",
  strategiesNone:
    "Ninguna de las recomendaciones elegidas está marcada como no implementada ni tiene un motivo anotado.",
  strategiesNoReason: "Sin motivo anotado todavía",
  strategiesReason: "{reason}: {count, plural, one {# recomendación} other {# recomendaciones}}",
  strategiesRecord: "Registrar como probada: {kind}",
  strategiesRecordLabel:
    "Registrar como probada: {kind}. {strategy}. Para {count, plural, one {# recomendación} other {# recomendaciones}}.",
  strategiesOthers:
    "{count, plural, one {# otra recomendación no necesita} other {# otras recomendaciones no necesitan}} estrategia (implementadas, o no marcadas como no implementadas): {ids}.",
  strategyRecorded:
    "«{strategy}» registrada como probada para {count, plural, one {# recomendación} other {# recomendaciones}} el {date}, en el historial del seguimiento.",
  actorsHeading: "Actores de una recomendación",
  actorsIntro:
    "Seleccione la fila de una recomendación en la hoja de recomendaciones, o escriba su ID rec., para ver los actores que la hoja de actores vincula a ella (por su ID rec. o su tema) y el enfoque sugerido para cada uno.",
  actorsId: "ID rec.",
  actorsIdHint: "Déjelo vacío para tomar la fila seleccionada.",
  actorsShow: "Ver sus actores",
  actorsFound: "Recomendación {id}: {count, plural, one {# actor} other {# actores}}.",
  actorsNone:
    "Ningún actor de la hoja de actores está vinculado todavía a su ID rec. o a su tema. Añádalos allí, con el ID rec. o el tema en «Recomendaciones o temas vinculados».",
  actorsNoTracker:
    "Este libro todavía no tiene registro de seguimiento: créelo primero en Configurar.",
  actorsNoSheet:
    "Este registro de seguimiento aún no tiene hoja de actores. Use Configurar > Actualizar el registro de seguimiento para añadirla (ninguna celda existente cambia).",
  actorsNoSelection:
    "Seleccione la fila de una recomendación en la hoja de recomendaciones, o escriba su ID rec.",
  actorsNotFound: "Ninguna recomendación tiene el ID rec. «{id}».",
  actorsLevels: "Poder: {power} · Interés: {interest}",
  actorsStance: "Postura: {stance}",
  actorsNotSet: "sin indicar",
  actorsNotPlaced:
    "Indique su poder y su interés en la hoja de actores para ver el enfoque sugerido.",
  actorsViaId: "Vinculado por el ID rec.",
  actorsViaTheme: "Vinculado por el tema «{theme}»",
  trackerNoStakeholders:
    "Aún no tiene hoja de actores: una actualización la añade, con la matriz poder-interés, solo como hojas nuevas.",
};
