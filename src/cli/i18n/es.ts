import type { CliCatalogue } from "./en";

export const es: CliCatalogue = {
  error: "rectrack: {message}",
  unexpected: "rectrack: error inesperado: {message}",
  aFile: "un archivo",
  note: "Nota: {text}",
  inputSentence: "este archivo o este dato no se puede usar. Detalles (en inglés): {sentence}",
  input_notWord: "{file} no es un documento de Word (.docx).",
  input_wordDamaged:
    "{file} está dañado o incompleto: no se pudo abrir como documento de Word (.docx).",
  input_wordTooBig:
    "{file} es demasiado grande para leerse como informe (más de 200 MB descomprimido; quizá esté dañado).",
  input_wordProtected:
    "{file} está protegido con contraseña: quite la contraseña en Word, guarde y vuelva a intentarlo.",
  input_oldWordFormat:
    "{file} es un archivo antiguo de Office (.doc o .xls) o está protegido con contraseña: ábralo en Word y guárdelo como documento de Word (.docx), y vuelva a intentarlo.",
  input_fileEmpty: "{file} está vacío.",
  input_notReportOrBatch:
    "{file} no es ni un informe de Word (.docx) ni un lote de recomendaciones (.json).",
  input_workbookNotReport:
    "{file} es un libro de Excel, no un informe; indique primero el informe: rectrack import INFORME.docx SEGUIMIENTO.xlsx.",
  input_notWorkbook: "{file} no es un libro de Excel (.xlsx).",
  input_workbookDamaged: "{file} está dañado: no se pudo abrir como libro de Excel (.xlsx).",
  input_workbookTooBig:
    "{file} es demasiado grande para leerlo como libro (más de {limit} MB una vez descomprimido); quizá esté dañado.",
  input_workbookProtected:
    "{file} está protegido con contraseña: ábralo en Excel, quite la contraseña, guárdelo y vuelva a intentarlo.",
  input_oldExcelFormat:
    "{file} es un archivo antiguo de Excel (.xls): ábralo en Excel y guárdelo primero como libro .xlsx.",
  input_noTrackerTable:
    "{file} no tiene la tabla de recomendaciones: cree un libro de seguimiento con `rectrack template`, o convierta una hoja hecha a mano con `rectrack adopt`.",
  input_tableUnreadable: "{file}: no se puede leer la tabla de Excel «{table}».",
  input_tableTotalRow:
    "{file}: la tabla de Excel «{table}» tiene una fila de totales; desactívela en Excel (Diseño de tabla > Fila de totales) para que se puedan añadir filas nuevas y vuelva a intentarlo.",
  input_rowMoved:
    "{file}: la fila {row} ya no contiene la recomendación {id}; no se escribió nada. Vuelva a importar.",
  input_rowBelowTable:
    "{file}: la fila {row}, justo debajo de la tabla de Excel «{table}», no está vacía; mueva lo que hay en ella para que la tabla pueda crecer y vuelva a intentarlo.",
  input_noHistoryTable:
    "{file} no tiene tabla de historial (un libro de seguimiento de la versión 1 del esquema); ejecute primero `rectrack upgrade` y después vuelva a registrar el evento. No se escribió nada.",
  input_historyNotOwnSheet:
    "{file}: la tabla de historial comparte su hoja con las recomendaciones o con una lista; muévala a una hoja propia. No se escribió nada.",
  input_noSuchSheet: "{file} no tiene ninguna hoja llamada «{sheet}» (sus hojas: {sheets}).",
  input_noSheets: "{file} no tiene ninguna hoja.",
  input_alreadyTracker:
    "{file} ya es un libro de seguimiento (tiene una tabla Recommendations); use en su lugar `rectrack validate`.",
  input_noTextColumn:
    'ninguna columna de la hoja «{sheet}» parece contener las recomendaciones; indique cuál con --map "ENCABEZADO=text".',
  input_cellRightOfTable:
    "la celda {cell}, justo a la derecha de la tabla de recomendaciones, no está vacía; mueva lo que hay en ella para que la tabla pueda recibir sus columnas nuevas y vuelva a poner al día el libro.",
  input_notUpgradable:
    "{file}: las recomendaciones no están en una tabla de Excel llamada Recommendations, así que el libro no se puede poner al día aquí; ábralo en Excel y use Configurar en el panel del libro de seguimiento.",
  input_sharedFormula:
    "la celda {cell} tiene una fórmula compartida con otras celdas, así que la importación no puede escribir en ella; en Excel, copie esa columna y péguela como valores, y vuelva a importar.",
  input_fileInUse:
    "otra ejecución de rectrack está cambiando {file}; no se escribió nada. Vuelva a intentarlo cuando haya terminado.",
  input_createdMeanwhile:
    "otra persona creó {file} mientras tanto; no se escribió nada. Revíselo y vuelva a intentarlo.",
  input_changedMeanwhile:
    "otra persona cambió {file} mientras este comando trabajaba en él; no se escribió nada. Vuelva a ejecutar el comando.",
  input_cellTooLong:
    "la celda {cell} recibiría un texto de {length} caracteres, más de los {limit} que caben en una celda de Excel; acórtelo y vuelva a intentarlo.",
  input_sourceCellTooLong:
    "hoja «{sheet}», fila {row}, columna «{column}»: el texto tiene {length} caracteres, más de los {limit} que caben en una celda de Excel; acórtelo y vuelva a intentarlo.",
  fileNote_openElsewhere:
    "{file} parece estar abierto en {app}; si se guarda allí, reemplazará lo que escribe este comando. Ciérrelo primero en {app}.",
  fileVerb_read: "no se puede leer",
  fileVerb_write: "no se puede escribir",
  fileVerb_use: "no se puede usar",
  file_exists: "{path} ya existe; elija otro nombre o añada --force para sustituirlo.",
  file_missing: "{path} no existe.",
  file_folderMissing: "no se puede escribir {path}: su carpeta no existe.",
  file_denied: "{path} {verb} (permiso denegado).",
  file_readOnly: "{path} {verb}: el disco o la carpeta es de solo lectura.",
  file_readOnlyFile:
    "{path} es de solo lectura; no se escribió nada. Hágalo modificable (o trabaje en una copia) y vuelva a intentarlo.",
  file_folder: "{path} es una carpeta, no un archivo.",
  file_notFolder: "{path} {verb}: una parte de su ruta es un archivo, no una carpeta.",
  file_diskFull: "{path} {verb}: el disco está lleno (o se agotó su cuota).",
  file_nameTooLong: "{path} {verb}: su nombre o su ruta es demasiado largo.",
  file_linkLoop: "{path} {verb}: sus accesos directos (enlaces simbólicos) apuntan unos a otros.",
  file_busy: "{path} {verb}: otro programa lo está usando; ciérrelo y vuelva a intentarlo.",
  file_tooManyOpen:
    "{path} {verb}: hay demasiados archivos abiertos en este equipo; cierre algunos programas y vuelva a intentarlo.",
  file_diskError: "{path} {verb}: el disco informó de un error.",
  file_tooLarge: "{path} es demasiado grande para leerse.",
  file_system: "{path} {verb} (el sistema dijo: {said}).",
  dateOption: "{name} debe ser una fecha como 2026-03-12, no «{value}».",
  jsonNotValid: "{where} no es JSON válido.",
  jsonNotObject: "{where} debe ser un objeto con {holding}.",
  jsonWhere: "{source}, línea {line}",

  otherLanguageNote:
    "No se encontraron recomendaciones: el informe parece escrito en un idioma que la búsqueda todavía no lee (lee inglés, francés y español).",
  noneFound: "No se encontraron recomendaciones.",
  found:
    "{count, plural, one {# recomendación encontrada:} other {# recomendaciones encontradas:}}",
  candidatesFound:
    "{count, plural, one {# posible recomendación, por debajo del umbral de la búsqueda y no contada arriba (márquela en Word, o importe con --include-candidates, para tomarla):} other {# posibles recomendaciones, por debajo del umbral de la búsqueda y no contadas arriba (márquelas en Word, o importe con --include-candidates, para tomarlas):}}",
  detailParagraph: "párrafo {number}",
  detailRef: "ref. {ref}",
  detailTo: "a: {addressee}",
  detailBy: "plazo: {deadline}",
  detailPriority: "prioridad: {priority}",
  detailRepeated: "reiterada",
  detailPossibly: "quizá una recomendación: {reasons}",
  reason_tagged: "marcada en Word",
  reason_recommends: "el órgano recomienda",
  reason_impersonal: "«se recomienda»",
  reason_label: "presentada como recomendación",
  reason_stem: "un punto bajo una frase que recomienda",
  reason_modal: "dice lo que debería hacerse",
  reason_addressee: "nombra a quién debe actuar",
  reason_opinion: "la opinión propia del órgano",
  reason_imperative: "empieza como una petición",
  reason_recommendationSection: "en un capítulo de recomendaciones",
  reason_conclusionSection: "en las conclusiones",
  reason_listItem: "un elemento de lista",
  reason_normative: "numerada, dice lo que debe hacerse",
  reason_tableColumn: "en una columna de recomendaciones",
  reason_bold: "en negrita",
  reason_otherBody: "otro órgano recomienda",
  reason_reported: "refiere lo que alguien dijo",
  reason_standard: "cita la ley o una norma",
  reason_request: "pide información o una respuesta",
  reason_implemented: "señalada como cumplida",
  reason_past: "una recomendación anterior",
  reason_question: "una pregunta",
  reason_counterfactual: "sobre el pasado",
  reason_explicitElsewhere: "un «debería» entre las constataciones",
  reason_backgroundSection: "en los antecedentes",
  reason_followUpSection: "en el seguimiento",
  reason_responseSection: "en la respuesta de las autoridades",
  reason_goodPractice: "una buena práctica",
  reason_metadata: "una línea de metadatos",
  reason_introduction: "introduce una lista",

  checkIdMissing: "{where} no tiene «id» (texto o número).",
  checkTextMissing: "{where} no tiene «text» (una cadena).",
  checkContextNotText: "{where}: «context» debe ser una cadena.",
  checkNotFound: "{path} no existe.",
  checkFolder: "{path} es una carpeta, no un archivo.",
  checkDenied: "{path} no se puede leer (permiso denegado).",
  checkBoth: "indique un informe o --jsonl, no ambos.",
  checkNeither: "indique un informe (.docx) o --jsonl ARCHIVO.",
  checkParagraph: "Párrafo {number}{ref}: {score}/10{language}",
  checkRef: ", ref. {ref}",

  importSameFile: "el informe y el seguimiento deben ser dos archivos distintos.",
  importOtherLanguage:
    "{input} parece escrito en un idioma que la búsqueda todavía no lee (lee inglés, francés y español): no se encontró ninguna recomendación y no se escribió nada; márquelas en Word y vuelva a importar.",
  importNoDate:
    "no se encontró la fecha del informe en {input}; indíquela con --report-date AAAA-MM-DD (no se escribió nada).",
  importRowsWithoutId:
    "{count, plural, one {la fila {rows} no tiene Rec ID: la importación la dejó como estaba; si es una de las recomendaciones de este informe, devuélvale su Rec ID.} other {las filas {rows} no tienen Rec ID: la importación las dejó como estaban; si son recomendaciones de este informe, devuélvales su Rec ID.}}",
  importLabelRef: "Recomendación {ref}",
  importLabelNumber: "Recomendación n.º {number}",
  importLabelRow: "{label} (fila {row} del seguimiento)",
  flagTextChangedAccepted:
    "su texto cambió en el informe; el texto nuevo sustituye al del seguimiento (--accept-text-changes).",
  flagTextChangedKept:
    "su texto cambió en el informe; se conservó el texto del seguimiento (añada --accept-text-changes para sustituirlo).",
  flagDuplicateInBatch: "aparece dos veces en el informe; solo se importa la primera.",
  flagIdOfAnotherReport:
    "su Rec ID pertenece a la fila {row} del seguimiento, de otro informe{report} (un informe guardado con otro nombre conserva los identificadores antiguos): se añadió con un Rec ID nuevo y esa fila se dejó como estaba.",
  flagIdReport: " («{report}»)",
  flagMissingColumn:
    "el seguimiento no tiene la columna {columns}: ese dato no se escribió; añada la columna a la tabla y vuelva a importar.",
  warning_noText: "La recomendación {number} no tiene texto y se dejó fuera.",
  warning_tooLong:
    "La recomendación {number} es más larga de lo que cabe en una celda de Excel (32.767 caracteres) y se dejó fuera.",
  warning_taggedTextGone:
    "{count, plural, one {# recomendación se dejó fuera: su texto marcado ya no está en el informe.} other {# recomendaciones se dejaron fuera: su texto marcado ya no está en el informe.}}",
  warning_untaggedLeftOut:
    "{count, plural, one {# recomendación encontrada en el informe no está marcada y se dejó fuera.} other {# recomendaciones encontradas en el informe no están marcadas y se dejaron fuera.}}",
  warning_trackedChanges:
    "el informe tiene cambios controlados; se leyó como si todos estuvieran aceptados (acéptelos o rechácelos antes en Word si no es lo que dice el informe).",
  warning_otherLanguage:
    "el informe parece escrito en un idioma que la búsqueda todavía no lee (lee inglés, francés y español): no se encontró ninguna recomendación en él; márquelas en Word.",
  dateFrom_report: "leída en el informe",
  dateFrom_word: "guardada en el informe por el complemento de Word",
  dateFrom_given: "indicada con --report-date",
  dateFrom_batch: "tomada del archivo de lote",
  importRead:
    "{input}: informe{title}, {count, plural, one {# recomendación} other {# recomendaciones}} ({how}).",
  importTitle: " «{title}»",
  importHowTagged: "marcadas en Word",
  importHowBatch: "de un lote",
  importHowFound: "encontradas en el texto",
  importReportDate: "Fecha del informe: {date} ({from}).",
  importCounts:
    "{added, plural, one {# añadida} other {# añadidas}}, {updated, plural, one {# actualizada} other {# actualizadas}}, {unchanged, plural, one {# sin cambios} other {# sin cambios}}, {flagged, plural, one {# señalada} other {# señaladas}}.",
  importCorrected:
    "{count, plural, one {# de las filas actualizadas se corrigió} other {# de las filas actualizadas se corrigieron}}: los datos que una importación anterior dejó vacíos o escribió mal (como una «fecha de la recomendación» que era el día de esa importación) vienen ahora del informe.",
  importCandidatesIncluded:
    "{count, plural, one {# posible recomendación se incluyó} other {# posibles recomendaciones se incluyeron}} (--include-candidates).",
  importCandidatesLeftOut:
    "{count, plural, one {# posible recomendación se dejó fuera: la búsqueda la encontró justo por debajo de su umbral. Añada --include-candidates para importarla, o márquela en Word (rectrack extract INFORME.docx la muestra).} other {# posibles recomendaciones se dejaron fuera: la búsqueda las encontró justo por debajo de su umbral. Añada --include-candidates para importarlas, o márquelas en Word (rectrack extract INFORME.docx las muestra).}}",
  importLookAt: "Para revisar:",
  importInTracker: "en el seguimiento: {text}",
  importInReport: "en el informe:     {text}",
  importRepeatsLinked:
    "Vinculadas como reiteraciones de recomendaciones anteriores (--confirm-repeats):",
  importRepeatsProposed:
    "Quizá reiteran recomendaciones anteriores (sin vincular; añada --confirm-repeats para vincularlas):",
  importRepeatLine: "{label} se parece en un {percent} % a {text} ({earlier}).",
  importEarlierRef: "ref. {ref}",
  importEarlierReport: "informe {report}",
  importEarlierId: "id {id}",
  importDryRunCreated: "Ensayo: {tracker} no se creó.",
  importDryRunChanged: "Ensayo: {tracker} no se modificó.",
  importCreated: "Se creó {tracker} a partir de la plantilla.",
  importWrote: "Se escribió {tracker}.",
  importNothing: "Nada que cambiar: {tracker} se dejó como estaba.",

  followUpCounts:
    "{overdue, plural, one {# recomendación vencida} other {# recomendaciones vencidas}}, {dueSoon} con plazo en los próximos 30 días, {notVerified, plural, one {# cumplida pero no verificada} other {# cumplidas pero no verificadas}} por el MNP{stalled}",
  followUpStalled:
    ", {count, plural, one {# no cumplida} other {# no cumplidas}} (con estrategias por probar)",
  followUp_refreshed: "Hoja de seguimiento «{sheet}» actualizada para el {today}: {counts}.",
  followUp_unchanged:
    "La hoja de seguimiento «{sheet}» ya estaba al día para el {today}: {counts}.",
  followUp_missing:
    "El seguimiento no tiene hoja de seguimiento (se borró, o se cambió el nombre de su tabla FollowUp): no se actualizó ninguna. Para el {today}: {counts}.",
  followUp_blocked:
    "La hoja «{sheet}» se cambió a mano (las columnas o la fila de totales de su tabla, o celdas justo debajo de la tabla): se dejó como estaba. Para el {today}: {counts}.",
  wrote: "Se escribió {path}.",
  leftAsItWas: "{path} se dejó como estaba.",

  publishReportItself:
    "{out} es el propio informe; dé otro nombre a la copia (el informe nunca se sobrescribe).",
  publishNothing: "{report} no tiene datos de revisión: {out} es el mismo informe.",
  publishWrote: "Se escribió {out}, una copia de {report} sin:",
  publishKept:
    "{count, plural, one {Se conservó # comentario de otras personas; léalo antes de enviar.} other {Se conservaron # comentarios de otras personas; léalos antes de enviar.}}",
  publishReportParts:
    "los datos de revisión guardados por el complemento: los datos del informe, los dictámenes, notas y nombres de los revisores, los estados de revisión",
  publishReportPartsWhole:
    "los datos de revisión guardados por el complemento (no se podían leer, así que se quitaron enteros)",
  publishReportPartsCleaned:
    "los dictámenes, notas y nombres de los revisores y los estados de revisión (los datos del informe y los datos de seguimiento de las recomendaciones se conservan con las marcas)",
  publishBackups:
    "{count, plural, one {# copia de seguridad de datos de revisión dañados} other {# copias de seguridad de datos de revisión dañados}}",
  publishTags:
    "{count, plural, one {# marca de recomendación} other {# marcas de recomendación}} (el texto no cambia)",
  publishTrackerLink: "el vínculo al libro de seguimiento",
  publishSettings:
    "{count, plural, one {# otro ajuste del complemento} other {# otros ajustes del complemento}}",
  publishComments:
    "{count, plural, one {# comentario de la verificación Double-SMART} other {# comentarios de la verificación Double-SMART}}",
  publishReplies: "{comments}, con {count, plural, one {# respuesta} other {# respuestas}}",
  publishAuthors:
    "{count, plural, one {# nombre} other {# nombres}} que solo dejaron esos comentarios, de la lista de autores de comentarios",
  publishReviewSheets: "{count, plural, one {# hoja de revisión} other {# hojas de revisión}}",

  keyLimitBad: "--key-limit debe ser un número entero de 1 a {max}, o none, no «{value}».",
  alreadyExists: "{path} ya existe; elija otro nombre o añada --force para sustituirlo.",
  mapBad:
    "--map toma ENCABEZADO=CLAVE (o ENCABEZADO=- para conservar una columna como propia), no «{entry}».",
  mapKeyBad: "«{key}» en --map no es una clave de columna del seguimiento.",
  columnsMissing:
    "{path}: la tabla {table} no tiene {count, plural, one {la columna {names} (¿borrada o renombrada?); vuelva a ponerla o devuélvale su encabezado, y vuelva a intentarlo.} other {las columnas {names} (¿borradas o renombradas?); vuelva a ponerlas o devuélvales su encabezado, y vuelva a intentarlo.}}",
  refresh_written: "Se escribieron las cifras del historial en el panel («{sheet}») de {path}.",
  refresh_unchanged:
    "Las cifras del panel tomadas del historial ya estaban al día; {path} se dejó como estaba.",
  refresh_blocked:
    "El panel («{sheet}») se dejó como estaba: sus secciones cubrirían ahora celdas escritas debajo. Mueva esas celdas y vuelva a actualizar.",
  refresh_missing:
    "{path} no tiene una hoja de panel hecha por el seguimiento (¿borrada o renombrada?): las cifras no se escribieron; {path} se dejó como estaba.",
  tidyNothing: "Nada que ordenar en las listas.",
  tidyHint:
    "{count, plural, one {# valor de lista se podría ordenar} other {# valores de lista se podrían ordenar}} (casi duplicados o destinatarios combinados): añada --fix para verlos.",
  tidyTitle: "Se podrían ordenar:",
  tidyMerge: "{column}: escribir {from} como «{into}» ({rows})",
  tidySplit: "{column}: separar «{value}» en {parts} ({rows})",
  tidyRows: "{count, plural, one {# fila} other {# filas}}",
  tidyApplied:
    "{changes, plural, one {Se aplicó # cambio} other {Se aplicaron # cambios}} a {rows}; las listas, el panel y la hoja de seguimiento siguen. Se escribió {path}.",
  tidyDryRun: "Ensayo: no se escribió nada. Añada --write para aplicar estos cambios.",
  templateWrote: "Se escribió {out}: un seguimiento vacío ({language}).",
  adoptSameFile: "OUT debe ser un archivo nuevo: {input} nunca se sobrescribe.",
  adoptSheet:
    "Hoja «{sheet}», encabezados en la fila {row}, {count, plural, one {# recomendación} other {# recomendaciones}}.",
  adoptMapping: "Correspondencia de columnas:",
  adoptNoHeader: "(columna {number}, sin encabezado)",
  adoptMapped: "«{header}» -> {key} ({name}), {percent} % según {basis}",
  adoptOwn: "«{header}» -> conservada como columna propia",
  basis_header: "el encabezado",
  basis_values: "los valores",
  basis_both: "el encabezado y los valores",
  basis_user: "su elección",
  basis_none: "nada",
  adoptNote_kept:
    "{count, plural, one {# valor conservado tal como se escribió} other {# valores conservados tal como se escribieron}} (no se pudieron leer; véase `rectrack validate`)",
  adoptNote_emptied:
    "{count, plural, one {# valor como «?» o «n/a» leído como vacío} other {# valores como «?» o «n/a» leídos como vacíos}}",
  adoptNote_approximate:
    "{count, plural, one {# fecha con solo un mes o un año} other {# fechas con solo un mes o un año}} (se supone el primer día)",
  adoptNote_split:
    "{count, plural, one {# observación movida} other {# observaciones movidas}} a otra columna (p. ej. el motivo tras un estado)",
  adoptNote_repeatMark:
    "{count, plural, one {# recomendación marcada como reiterada} other {# recomendaciones marcadas como reiteradas}} por una marca en su referencia o una nota («12 (rep.)»)",
  adoptNote_skipped:
    "{count, plural, one {# fila dejada fuera} other {# filas dejadas fuera}} (vacías, un encabezado repetido o una observación sola)",
  adoptIdsMade:
    "{count, plural, one {Se creó # Rec ID nuevo.} other {Se crearon # Rec ID nuevos.}}",
  adoptNotCarried:
    "el archivo nuevo no incluye: {parts}, de {input}; el archivo original los sigue teniendo.",
  adoptWrote: "Se escribió {out}. {input} no se modificó.",
  validateWriteWithoutFix: "--write va con --fix: añada --fix para ordenar las listas.",
  validateMetadata:
    "Aviso: no se pudieron leer los ajustes del seguimiento guardados en el libro ({problem}); se usó la fila de encabezados.",
  metadataProblem_noTrackerElement: "están dañados",
  metadataProblem_otherFormat: "se guardaron en otro formato",
  metadataProblem_cutShort: "están incompletos",
  metadataProblem_noSchemaVersion: "falta su número de versión o no es válido",
  validateRow: "fila {row}{where}: {message}",
  validateWarning: "(aviso) {message}",
  validateSummary:
    "{count, plural, one {# recomendación verificada} other {# recomendaciones verificadas}}: {errors, plural, one {# error} other {# errores}}, {warnings, plural, one {# aviso} other {# avisos}}.",
  upgraded: "{path} se actualizó.",
  upgradeAdded: "Columnas añadidas: {list}.",
  upgradeKept: "Columnas propias conservadas: {list}.",
  upgradeNone: "ninguna",
  upgradeHistory:
    "Se añadió la hoja de historial del seguimiento: registre allí los hechos del seguimiento (rectrack log) y el plazo de respuesta.",
  upgradeStakeholders:
    "Se añadieron la hoja de actores y la matriz poder-interés: anote allí los actores en torno a sus recomendaciones.",
  upgradeNoLimit: "Recomendaciones clave por informe: sin límite.",
  upgradeLimit:
    "Recomendaciones clave por informe: como máximo {limit} (la verificación de datos avisa por encima).",
  upgradeReordered: "Las columnas están ahora en el orden por tarea.",
  upgradeNotReordered:
    "Las columnas se dejaron donde están: moverlas cambiaría aquello a lo que apunta un elemento del libro. Detalles (en inglés): {reason}",
  statsNoHistory:
    "{path} todavía no tiene hoja de historial del seguimiento (un seguimiento de la versión 1 del esquema): no hay cifras del historial que escribir; `rectrack upgrade {path}` la añade sin cambiar ninguna celda. No se escribió nada.",

  notInList: "{flag} «{value}» no está en la lista; use uno de estos valores: {labels}.",
  eventNoDate: "(sin fecha)",
  eventNoId: "(sin Rec ID)",
  eventNoKind: "(sin tipo)",
  eventWith: "con {name}",
  eventStatus: "cumplimiento: {status}",
  eventAccepted: "aceptación: {accepted}",
  eventVerified: "verificada",
  eventNotVerified: "no verificada",
  upgradeNote:
    "{path} todavía no tiene hoja de historial del seguimiento (un seguimiento de la versión 1 del esquema). `rectrack upgrade {path}` la añade sin cambiar ninguna celda; después cada hecho del seguimiento se podrá registrar con su fecha, y el estado al final de cada año se calculará a partir de ellos.",
  noAddressee: "{path} no nombra a ningún destinatario «{name}»{known}.",
  noPlace: "{path} no nombra ningún lugar «{name}»{known}.",
  partiesKnown: "; nombra {names}",
  replyWritten:
    "Se leyó {path}: {count, plural, one {# recomendación actualizada} other {# recomendaciones actualizadas}}, un hecho «{kind}» cada una.",
  replyWouldUpdate:
    "Se leyó {path}: {count, plural, one {se actualizaría # recomendación} other {se actualizarían # recomendaciones}} (no se escribió nada).",
  replyNothing: "Se leyó {path}: nada nuevo que registrar.",
  replyTextChanged:
    "{id}: se dejó fuera, el texto de la recomendación en la respuesta difiere del del seguimiento.",
  replyInvalid_notInList: "{id}: {column} «{value}» no está en la lista; no se registró.",
  replyInvalid_notADay: "{id}: {column} «{value}» no es un día; no se registró.",
  replyInvalid_notADate: "{id}: {column} «{value}» no es una fecha; no se registró.",
  replyUnknownIds: "Ninguna fila del seguimiento tiene estos Rec ID: {ids}.",
  replyRepeatedIds: "Rec ID dados dos veces (solo cuenta la primera fila): {ids}.",
  replyWithoutId: "Filas sin Rec ID, no leídas: {rows}.",
  replyNotDocOrWorkbook:
    "{path}: indique el documento de Word devuelto (.docx) o un libro (.xlsx) que contenga su tabla.",
  replyNoTable:
    "{path} no tiene una tabla con una columna Rec ID; debe ser una carta o una nota hecha por rectrack o por el panel del seguimiento, con su tabla conservada.",
  replyNoIdColumn: "{path}: su tabla no tiene columna Rec ID.",
  replyNoFields:
    "{path}: su tabla no tiene ninguna columna que el seguimiento pueda tomar (aceptación, respuesta de las autoridades, plazo, cumplimiento, verificación…).",
  letterLang: "--lang toma en, fr o es, no «{value}».",
  letterNotDocx: "{out}: el documento se escribe como archivo de Word; llámelo .docx.",
  letterWrote:
    "Se escribió {out}: {count, plural, one {# recomendación} other {# recomendaciones}} para {party}{ids}.",
  logNoIds: "--id no nombra ningún Rec ID; indique uno o varios, separados por comas.",
  logRecorded:
    "Registrado en {path}: {events, plural, one {# hecho} other {# hechos}}; {updated, plural, one {# recomendación con valores actuales cambiados} other {# recomendaciones con valores actuales cambiados}}.",
  logNothing: "No se escribió nada en {path}.",
  logUnknownIds: "Ninguna fila tiene estos Rec ID: {ids}.",
  logRepeatedIds:
    "Se dejaron fuera, porque varias filas los tienen (¿cuál se quiere decir?): {ids}.",
  historyAsOf:
    "Al {day}, se {count, plural, one {había formulado # recomendación} other {habían formulado # recomendaciones}}{noHistory}:",
  historyNoHistory: " (sin historial: cada una con su cumplimiento actual)",
  historyEvents: "{count, plural, one {# hecho} other {# hechos}} en {path}{wanted}{deadline}.",
  historyFor: " para {id}",
  historyDeadline: " (plazo de respuesta: {days} días)",
  // --help
  help_usage: "Uso:",
  help_arguments: "Argumentos:",
  help_options: "Opciones:",
  help_globalOptions: "Opciones generales:",
  help_commands: "Comandos:",
  help_usageOptions: "[opciones]",
  help_usageCommand: "[comando]",
  help_choices: "a elegir: {choices}",
  help_default: "por defecto: {value}",
  help_help: "muestra esta ayuda",
  help_helpCommand: "muestra la ayuda de un comando",
  help_version: "muestra el número de versión",
  help_afterError: "(escriba `rectrack --help` para ver cómo usarlo)",
  help_lang: "idioma de los mensajes de rectrack (por defecto: LANG)",
  help_program:
    "OPCAT Recommendation Tracker: revisa las recomendaciones con la lista Double-SMART y lleva el libro de seguimiento, en archivos .docx y .xlsx.",
  arg_tracker: "seguimiento",
  arg_out: "salida",
  arg_report: "informe",
  arg_input: "entrada",
  arg_in: "original",
  arg_reply: "respuesta",
  help_argTracker: "el libro de seguimiento (.xlsx)",
  help_argTrackerInPlace: "el libro de seguimiento (.xlsx), reescrito en su lugar, de una sola vez",
  help_json: "muestra el resultado como un objeto JSON",
  help_force: "reemplaza SALIDA si ya existe",
  help_todayFollowUp: "fecha usada para la hoja de seguimiento (por defecto: hoy)",
  help_dryRun: "muestra lo que cambiaría, sin escribir nada",
  help_sheetLang: "idioma de los encabezados, las listas y los nombres de las hojas",
  help_keyLimit:
    "el número máximo de recomendaciones clave que su MNP formula en un informe (el control de datos avisa si se supera); none quita el límite",
  help_exit: "Código de salida: {text}",
  // check
  help_check: "evalúa las recomendaciones con la lista Double-SMART",
  help_check_report: "un informe de Word (.docx) cuyas recomendaciones se evalúan",
  help_check_jsonl: "evalúa en su lugar las recomendaciones de un archivo JSON Lines",
  help_check_json: "con un informe: muestra una lista JSON en lugar de texto",
  help_check_lang:
    "idioma de los consejos, de los nombres de los criterios y de los mensajes de rectrack (por defecto: LANG; si no, inglés)",
  help_check_after:
    "--jsonl ARCHIVO lee un objeto {input} por línea (con «context», si se quiere: las frases que introducen la recomendación) y escribe una línea por entrada: {output}. Los fragmentos citados son posiciones de caracteres [inicio, fin) en «text». Cada recomendación se lee en su propio idioma (inglés, francés o español, reconocido por sus palabras); --lang fija el idioma de los consejos, cuyos ejemplos quedan en el idioma de la recomendación.",
  // extract
  help_extract: "lista las recomendaciones encontradas en un informe de Word (.docx)",
  help_extract_report: "el informe, un archivo .docx",
  help_extract_json: "muestra una lista JSON, un objeto por recomendación",
  help_extract_after:
    "Con --json cada objeto tiene «text», «paragraph» y, cuando el informe los da, «addressee», «deadline» (o el plazo, tal como está escrito) y «repeated». Los textos que el buscador encontró justo por debajo de su umbral también se listan, después de los demás en la salida de texto, con «candidate»: true y sus «reasons» en JSON: quizá sean recomendaciones, usted decide (márquelas en Word, o impórtelas con rectrack import --include-candidates). «paragraph» numera desde 1 cada párrafo del cuerpo del documento en orden, incluidos los párrafos vacíos y las celdas de tabla (como los cuenta Word); las notas, los comentarios y los cuadros de texto nunca se recorren.",
  help_extract_exit:
    "0 hecho (también cuando no se encuentra ninguna), 2 el archivo no existe o no es un documento de Word legible.",
  // followup
  help_followup:
    "actualiza la hoja de seguimiento de un libro: lo vencido, lo que vence pronto y lo aplicado pero no verificado",
  help_followup_today: "fecha usada para lo vencido y lo que vence pronto (por defecto: hoy)",
  help_followup_exit:
    "0 actualizada (o ya al día); 1 falta la hoja de seguimiento o se cambió a mano, así que el archivo quedó como estaba; 2 datos incorrectos, no se escribió nada.",
  // letter, brief, reply, log, history
  help_letter:
    "una carta de Word a una autoridad: sus recomendaciones pendientes de respuesta o vencidas, un texto de presentación para editar y una tabla para rellenar (Aceptada, Respuesta de la autoridad, Plazo) que rectrack reply vuelve a leer",
  help_brief:
    "una ficha de Word para el equipo que visita un lugar: cada recomendación abierta con su historial, y una tabla para rellenar durante la visita (Aplicación, Verificada, Pruebas) que rectrack reply vuelve a leer",
  help_document_out: "el archivo .docx que se escribe",
  help_letter_authority: "el destinatario, tal como lo nombra el libro de seguimiento",
  help_brief_place: "el lugar, tal como lo nombra el libro de seguimiento",
  help_document_lang:
    "el idioma del documento (por defecto: el del libro de seguimiento): en, fr o es",
  help_document_today: "la fecha de la carta (por defecto: hoy)",
  help_document_actionPlan: "pide un plan de acción en lugar de una respuesta (cartas)",
  help_reply:
    "lee una carta o ficha de visita devuelta ya rellenada (.docx, o su tabla pegada en un .xlsx): por recomendación, el valor actual y el nuevo; los cambios actualizan el libro de seguimiento y añaden cada uno un evento al historial, de una sola vez",
  help_reply_reply: "el .docx devuelto, o un .xlsx que contiene su tabla",
  help_reply_date: "el día en que llegó la respuesta (por defecto: hoy)",
  help_log:
    "registra un evento de seguimiento (una respuesta, un recordatorio, una reunión, una visita de seguimiento...) para algunas recomendaciones: una fila por cada una en la hoja del historial de seguimiento, y sus columnas actuales actualizadas en la misma escritura",
  help_log_id: "identificadores (Rec ID), separados por comas",
  help_log_kind:
    "draft-sent, response, action-plan, reminder, meeting, follow-up-visit, status-changed u other (o la etiqueta de la lista en el idioma del libro de seguimiento)",
  help_log_date: "cuándo ocurrió, por ejemplo 2026-03-12",
  help_log_status: "la aplicación observada (por ejemplo: aplicada, en curso)",
  help_log_accepted: "la aceptación observada (por ejemplo: aceptada, rechazada)",
  help_log_verified: "el MNP verificó la aplicación",
  help_log_with: "con quién (la autoridad, el director, el punto focal)",
  help_log_note: "un resumen de lo ocurrido",
  help_log_link: "un enlace al documento (la carta, la respuesta, el acta)",
  help_log_staff: "la persona del MNP que hizo el seguimiento",
  help_history: "los eventos de seguimiento de un libro, en el orden en que ocurrieron",
  help_history_id: "solo los eventos de esta recomendación",
  help_history_asOf:
    "en su lugar: la aplicación de cada recomendación ese día, según el historial, y cuántas hay en cada estado",
  help_history_json: "muestra los eventos en JSON",
  // import
  help_import:
    "añade las recomendaciones de un informe (.docx) o de un lote (.json) a un libro de seguimiento; si se importa de nuevo, nada se duplica y no se pierde ningún dato de seguimiento",
  help_import_input: "el informe de Word (.docx) o el lote de recomendaciones (.json)",
  help_import_tracker:
    "el libro de seguimiento (.xlsx), creado a partir de la plantilla si no existe",
  help_import_reportDate:
    "la fecha del informe (AAAA-MM-DD), fecha de sus recomendaciones: necesaria cuando el informe no la dice, y tiene prioridad sobre la que dice",
  help_import_today:
    "la fecha de la importación, para las listas de vencidas y de próximas a vencer de la hoja de seguimiento (por defecto: hoy)",
  help_import_acceptTextChanges:
    "cuando el texto de una recomendación seguida es distinto en el informe, toma el texto del informe (por defecto se conserva el texto seguido y se señala)",
  help_import_includeCandidates:
    "desde un informe, importa también las posibles recomendaciones encontradas justo por debajo del umbral y que nadie marcó (por defecto se dejan fuera y se cuentan)",
  help_import_confirmRepeats:
    "vincula las recomendaciones con las anteriores que parecen repetir (por defecto los vínculos solo se proponen)",
  help_import_lang: "idioma de un libro de seguimiento creado a partir de la plantilla",
  help_import_exit:
    "0 importado; 1 importado, pero algunas recomendaciones quedan señaladas para revisarlas (se conservó su texto seguido, o aparecen dos veces); 2 datos incorrectos, no se escribió nada.",
  // publish
  help_publish:
    "una copia de un informe de Word para las autoridades, sin los datos de revisión (valoraciones, notas, nombres de los revisores, enlace al seguimiento)",
  help_publish_report: "el informe, un archivo .docx (nunca se modifica)",
  help_publish_out: "la copia que se escribe, un archivo .docx nuevo",
  help_publish_keepTags:
    "conserva las marcas de las recomendaciones y sus datos de seguimiento (la copia todavía puede importarse)",
  help_publish_json: "muestra lo que se quitó como un objeto JSON",
  help_publish_after:
    "Quita lo que el panel de Word guarda en un informe para el trabajo interno del MNP: las valoraciones, notas y nombres de los revisores y los estados de revisión, los comentarios de Word del complemento (con sus respuestas) y su hoja de revisión, el enlace al libro de seguimiento y las marcas de las recomendaciones (conservadas con --keep-tags, sin los datos de revisión). Todo lo demás queda exactamente como estaba, incluidos los comentarios de otras personas. SALIDA se crea; un archivo existente se rechaza salvo con --force; INFORME nunca se sobrescribe.",
  help_publish_exit:
    "0 escrito, 2 INFORME no existe o no es un documento de Word legible, o SALIDA ya existe (o es INFORME); en ese caso no se escribe nada.",
  // template, adopt, validate, upgrade, stats
  help_template:
    "escribe un libro de seguimiento nuevo y vacío (Recomendaciones, Panel, Seguimiento, Historial de seguimiento, Listas)",
  help_template_out: "el archivo .xlsx que se crea",
  help_adopt:
    "convierte una tabla de seguimiento hecha a mano en un libro de seguimiento, conservando la hoja original tal como está",
  help_adopt_in: "el libro .xlsx hecho a mano (queda sin cambios)",
  help_adopt_out: "el libro de seguimiento .xlsx que se crea",
  help_adopt_sheet:
    "la hoja que contiene las recomendaciones (por defecto: la que más se les parece)",
  help_adopt_map: "corrige la correspondencia de columnas, por ejemplo --map {example}",
  help_adopt_json: "muestra la correspondencia y las notas en JSON",
  help_validate:
    "revisa los datos de un libro de seguimiento: campos que faltan, valores fuera de las listas, fechas erróneas o incoherentes, identificadores repetidos",
  help_validate_json: "muestra los problemas en JSON",
  help_validate_strict: "cuenta también los avisos (huecos en el seguimiento) como problemas",
  help_validate_today: "fecha usada para detectar fechas futuras (por defecto: hoy)",
  help_validate_fix:
    "lista los valores de las listas que podrían ordenarse (casi duplicados unidos, destinatarios combinados separados); no se escribe nada sin --write",
  help_validate_write: "con --fix: aplica esos cambios al libro de seguimiento",
  help_upgrade:
    "pone al día un libro de seguimiento hecho con una versión anterior (columnas, colores, ajustes de impresión, hojas de seguimiento y panel, hoja del historial de seguimiento) sin cambiar ningún valor",
  help_upgrade_reorder:
    "además pone las columnas en el orden de las tareas (primero el texto, luego el seguimiento); se rechaza cuando hay fórmulas que señalan las celdas de la hoja por su posición",
  help_stats:
    "las cifras del panel: cantidades y proporciones por aplicación, aceptación, destinatario, tema, tipo de lugar y año; según el historial, la aplicación al final de cada año y las tendencias (tasa de aplicación por año de formulación, mediana de días hasta una respuesta y hasta la aplicación, respuestas a tiempo por destinatario, repeticiones por lugar y tema)",
  help_stats_json: "muestra las cifras en JSON",
  help_stats_today: "fecha usada para contar lo vencido y lo que vence pronto (por defecto: hoy)",
  help_stats_refresh:
    "además escribe en el panel, de una sola vez, las cifras del historial (aplicación al final de cada año, medianas, respuestas a tiempo, repeticiones) y su gráfico",

  // commander's refusals
  cli_unknownOption: "error: opción desconocida «{option}»",
  cli_unknownCommand: "error: comando desconocido «{command}»",
  cli_didYouMean: "(¿Quería decir {suggestion}?)",
  cli_missingArgument: "error: falta el argumento obligatorio «{argument}»",
  cli_optionMissingArgument: "error: la opción «{option}» necesita un valor",
  cli_missingMandatoryOptionValue: "error: falta la opción obligatoria «{option}»",
  cli_invalidArgument:
    "error: «{value}» no es un valor posible de la opción «{option}». Valores posibles: {choices}.",
  cli_excessArguments:
    "error: demasiados argumentos para «{command}». Se {expected, plural, one {esperaba # argumento} other {esperaban # argumentos}} y se dieron {got}.",
  cli_other: "error en la línea de comandos. Detalles (en inglés): {sentence}",
};
