import type { en } from "./en";

export const es: Record<keyof typeof en, string> = {
  loading: "Leyendo el informe…",
  notInWord: "Abra este panel desde Word para revisar un informe.",
  refresh: "Volver a leer el documento",
  find: "Buscar y etiquetar recomendaciones",
  findDone:
    "{count, plural, one {# recomendación encontrada y etiquetada.} other {# recomendaciones encontradas y etiquetadas.}}",
  findOtherLanguage:
    "No se encontró ninguna recomendación: este informe parece redactado en un idioma que el complemento aún no lee (lee inglés, francés y español). Seleccione cada recomendación y use «Marcar la selección como recomendación».",
  findNone:
    "No se encontró ninguna recomendación nueva. Seleccione una en el documento y use «Marcar selección».",
  candidatesHeading: "Posiblemente recomendaciones",
  candidatesHint:
    "La búsqueda no está segura de estos textos. Marque el que sea una recomendación para etiquetarlo.",
  candidateTag: "Etiquetar como recomendación: {text}",
  candidateMark: "Posiblemente una recomendación",
  candidateDone: "El texto es ahora una recomendación etiquetada.",
  findCandidates:
    "{count, plural, one {# posible recomendación aparece, sin marcar, en «Posiblemente recomendaciones».} other {# posibles recomendaciones aparecen, sin marcar, en «Posiblemente recomendaciones».}}",
  markSelection: "Marcar la selección como recomendación",
  markDone: "La selección es ahora una recomendación.",
  unmark: "Quitar la marca (conservar el texto)",
  unmarkDone: "Se quitó la marca; el texto no cambió.",
  goTo: "Mostrar en el documento",
  addComments: "Añadir las observaciones como comentarios de Word",
  commentsDone: "{count, plural, one {# comentario añadido.} other {# comentarios añadidos.}}",
  commentsMissing:
    "{count, plural, one {# recomendación ya no está en el documento y no recibió comentario.} other {# recomendaciones ya no están en el documento y no recibieron comentario.}}",
  commentLine: "{criterion}: {verdict}. {suggestion}",
  reviewSheet: "Hoja de revisión",
  reviewSheetEnd: "Insertar al final de este documento",
  reviewSheetNew: "Poner en un documento nuevo",
  reviewSheetDone: "Se insertó la hoja de revisión.",
  saved: "Guardado en el documento.",
  detailsHeading: "Datos del informe",
  title: "Título del informe",
  reportType: "Tipo de informe",
  date: "Fecha",
  places: "Lugares visitados (separados por ;)",
  link: "Enlace al informe",
  defaultAddressee: "Destinatario por defecto",
  defaultTheme: "Tema por defecto",
  saveDetails: "Guardar los datos del informe",
  typeNone: "Sin indicar",
  type_visit: "Visita",
  type_thematic: "Temático",
  type_urgent: "Urgente",
  type_annual: "Informe anual",
  type_preliminary: "Observaciones preliminares",
  recsHeading: "Recomendaciones",
  recsCount: "{shown} de {total} {shown, plural, one {mostrada} other {mostradas}}",
  noRecs: "Todavía no hay recomendaciones etiquetadas. Use «Buscar y etiquetar recomendaciones».",
  filterCriterion: "Mostrar donde este criterio no se cumple",
  filterState: "Mostrar estado de revisión",
  filterAll: "Todas",
  modeLabel: "Modo de revisión",
  modeList: "Una recomendación a la vez",
  modeCriterion: "Un criterio en todas las recomendaciones",
  walkCriterion: "Criterio a recorrer",
  walkDone:
    "Todas las recomendaciones cumplen «{criterion}» (tras las decisiones de los revisores).",
  previous: "Anterior",
  next: "Siguiente",
  position: "{index} de {total}",
  recLabel: "Recomendación {ref}",
  noRef: "{position} (sin número)",
  scoreBadge: "{score}/10",
  scoreLabel: "Puntuación Double-SMART {score} de 10",
  notChecked: "sin revisar",
  missingInDocument:
    "Ya no está en el documento (se borró su marca); sus datos de revisión se conservan.",
  recheckDone: "Revisada de nuevo tras el cambio de texto.",
  criteriaHeading: "Criterios Double-SMART",
  verdict_met: "Cumple",
  verdict_not_met: "No cumple",
  verdict_needs_review: "Revisar",
  checkerSaid: "Verificador: {verdict}",
  overriddenBy: "Decidido por {reviewer}: {verdict}",
  evidence: "Indicios",
  inIntroduction: "en la introducción:",
  noEvidence: "Ningún indicio en el texto.",
  suggestion: "Sugerencia",
  changeVerdict: "Cambiar el veredicto para {criterion}",
  override: "Su veredicto para {criterion}",
  overrideNone: "Mantener el veredicto del verificador",
  overrideNote: "Nota para {criterion}",
  saveOverride: "Registrar veredicto para {criterion}",
  clearOverride: "Quitar su veredicto para {criterion}",
  reviewerName: "Su nombre (se muestra con sus veredictos)",
  reviewerNeeded: "Escriba su nombre una vez; se recuerda en este equipo.",
  reviewState: "Estado de revisión",
  state_draft: "Borrador",
  state_reviewed: "Revisada",
  state_approved: "Aprobada",
  metaHeading: "Datos de seguimiento",
  ref: "Referencia",
  addressee: "Destinatario",
  theme: "Tema",
  groups: "Grupos / prácticas (separados por ;)",
  priority: "Prioridad",
  priority_high: "Alta",
  priority_medium: "Media",
  priority_low: "Baja",
  timeframe: "Plazo",
  timeframe_short: "Corto plazo",
  timeframe_medium: "Medio plazo",
  timeframe_long: "Largo plazo",
  deadline: "Fecha límite",
  recType: "Tipo",
  place: "Lugar",
  saveMeta: "Guardar los datos de seguimiento",
  criterion_specific: "Específica",
  criterion_measurable: "Medible",
  criterion_achievable: "Alcanzable",
  criterion_results: "Orientada a resultados",
  criterion_timebound: "Con plazo",
  criterion_solution: "Sugiere una solución",
  criterion_prioritised: "Prioridades, secuencia y riesgos",
  criterion_argued: "Argumentada",
  criterion_rootcause: "Atiende las causas de fondo",
  criterion_targeted: "Dirigida",
  sheetRef: "Ref.",
  sheetRecommendation: "Recomendación",
  sheetScore: "Puntuación",
  sheetState: "Estado de revisión",
  sheetNotes: "Notas de los revisores",
  sheetOverridden: "{verdict} (revisor)",
  sheetOverrideLine: "{criterion}: {verdict}. {note} ({reviewer})",
  sheetNotChecked: "–",
  messages: "Mensajes",
  dismiss: "Cerrar",
  problemDamaged:
    "Los datos de revisión guardados en este documento no se pudieron leer ({problem}). Se conservan intactos; no se guardará nada hasta que elija empezar de nuevo.",
  startFresh: "Conservar los datos dañados como copia y empezar de nuevo",
  startFreshDone:
    "Los datos dañados se conservan en el documento como copia; se guardarán los nuevos datos.",
  blockedByDamage:
    "El guardado está en pausa porque los datos de revisión están dañados. Elija primero «empezar de nuevo».",
  problemMissing:
    "{count, plural, one {# recomendación perdió su marca en el documento (se borró a mano). Sus datos de revisión se conservan y aparecen al final.} other {# recomendaciones perdieron su marca en el documento (se borró a mano). Sus datos de revisión se conservan y aparecen al final.}}",
  problemDuplicate:
    "{count, plural, one {# recomendación está marcada} other {# recomendaciones están marcadas}} dos veces en el documento; solo se usa la primera.",
  problemExtra:
    "El documento contiene {count, plural, one {# copia} other {# copias}} de más de los datos de revisión; se usa la primera.",
  problemWarnings: "Algunos datos de revisión no se pudieron leer y se omitieron: {details}.",
  err_needsWordApi14:
    "Se necesita Word 2016 o posterior (Word API 1.4). Su versión de Word no lo permite.",
  err_needsWordApi13: "Se necesita una versión más reciente de Word (Word API 1.3).",
  err_needsHiddenDocument:
    "Esta versión de Word no permite que un complemento rellene un documento nuevo. Inserte la hoja al final de este documento.",
  err_needsCompressedFile:
    "Esta versión de Word no puede entregar el documento a un complemento: la copia no puede hacerse aquí. Guarde el documento y haga la copia con la línea de comandos (rectrack publish).",
  err_emptySelection: "Seleccione primero el texto de la recomendación en el documento.",
  err_recommendationNotInDocument: "Esta recomendación ya no está en el documento.",
  err_documentChanged: "El documento cambió durante la lectura. Vuelva a leerlo y reintente.",
  err_selectionInsideRecommendation: "La selección ya está dentro de una recomendación.",
  err_other: "Word no pudo hacerlo: {message}",
  shareHeading: "Enviar las recomendaciones",
  exportBatch: "Exportar lote (.json)",
  exportDone:
    "El lote se guardó como «{file}» en su carpeta Descargas. Si no apareció ningún archivo, copie el lote en su lugar.",
  exportNoDownload:
    "Word en este equipo no puede guardar archivos desde un complemento. Copie el lote y péguelo en un nuevo archivo de texto llamado «{file}».",
  copyBatch: "Copiar el lote al portapapeles",
  copyDone:
    "El lote está en el portapapeles. Péguelo en un nuevo archivo de texto llamado «{file}».",
  copyFailed:
    "El portapapeles rechazó el lote. Seleccione todo el texto de abajo y cópielo (Ctrl+C, o Cmd+C en Mac).",
  batchText: "El lote ({file})",
  nothingToShare: "Todavía no hay recomendaciones marcadas: no hay nada que exportar ni enviar.",
  publishHeading: "Preparar una copia para publicación",
  publishHint:
    "Una copia de este informe para enviar a las autoridades, sin las valoraciones, notas y nombres de los revisores, los comentarios Double-SMART, la hoja de revisión ni el enlace al registro de seguimiento. Este documento no se modifica.",
  publishKeepTags:
    "Conservar las marcas de las recomendaciones y sus datos de seguimiento (la copia aún podrá importarse en un registro de seguimiento)",
  publishButton: "Preparar una copia para publicación",
  publishWorking: "Preparando la copia…",
  publishFileSuffix: "para publicación",
  publishDone:
    "La copia se guardó como «{file}» en su carpeta de Descargas. Este documento no se ha modificado.",
  publishNothing:
    "Este documento no contiene datos de revisión: la copia «{file}» guardada en su carpeta de Descargas es el mismo informe.",
  publishRemoved: "La copia ya no contiene:",
  publish_reportData:
    "los datos de revisión guardados por el complemento (valoraciones, notas y nombres de los revisores, estados de revisión)",
  publish_reportDataCleaned:
    "las valoraciones, notas y nombres de los revisores y los estados de revisión (se conservan las marcas y los datos de seguimiento)",
  publish_backups:
    "{count, plural, one {# copia de seguridad de datos de revisión dañados} other {# copias de seguridad de datos de revisión dañados}}",
  publish_tags:
    "{count, plural, one {# marca de recomendación (su texto no cambia)} other {# marcas de recomendaciones (su texto no cambia)}}",
  publish_trackerLink: "el enlace al registro de seguimiento",
  publish_settings:
    "{count, plural, one {# otro ajuste del complemento} other {# otros ajustes del complemento}}",
  publish_comments:
    "{count, plural, one {# comentario Double-SMART} other {# comentarios Double-SMART}}",
  publish_replies: "{count, plural, one {# respuesta a ellos} other {# respuestas a ellos}}",
  publish_authors:
    "{count, plural, one {# nombre} other {# nombres}} que solo esos comentarios dejaban en la lista de autores de comentarios",
  publish_sheets: "{count, plural, one {la hoja de revisión} other {# hojas de revisión}}",
  publishKept:
    "Se conservan: {count, plural, one {# comentario de otras personas} other {# comentarios de otras personas}}. Lea los comentarios antes de enviar.",
  publishNoDownload:
    "Word en este equipo no permite que un complemento guarde un archivo, y un documento de Word no puede pasar por el portapapeles. Guarde este documento y haga la copia con la línea de comandos: rectrack publish «{report}» «{file}». Este documento no se ha modificado.",
  publishUnreadable:
    "No se pudo hacer la copia: Word entregó un documento que el complemento no sabe leer ({detail}). Este documento no se ha modificado.",
  batchWarnings: "Revise antes de enviar: {details}",
  sendHeading: "Enviar al seguimiento",
  trackerLink: "Enlace al registro de seguimiento en OneDrive o SharePoint",
  trackerLinkHint:
    "En Excel, abra el registro de seguimiento, use Compartir > Copiar vínculo y pegue el enlace aquí. Se recuerda en este documento.",
  recentTrackers: "Registros de seguimiento usados antes",
  recentNone: "Elegir un registro usado antes",
  previewSend: "Previsualizar el envío",
  readingTracker: "Leyendo el registro de seguimiento…",
  sendingTracker: "Enviando al registro de seguimiento…",
  previewOf: "Registro «{file}»: elija qué enviar.",
  sendSelected: "Enviar {count, plural, one {# recomendación} other {# recomendaciones}}",
  cancelSend: "Cancelar",
  sendDone:
    "Enviado a «{file}»: {added, plural, one {# añadida} other {# añadidas}}, {updated, plural, one {# actualizada} other {# actualizadas}}, {unchanged} sin cambios, {flagged} para revisar.",
  sendNeedsDate:
    "Este informe no indica su fecha. Introdúzcala en los datos del informe (Fecha) y vuelva a previsualizar: será la «Fecha de emisión» de las recomendaciones.",
  sendCorrected:
    "{count, plural, one {Se ha corregido # fila} other {Se han corregido # filas}}: los datos que una importación anterior dejó vacíos o erróneos vienen ahora del informe.",
  sendNothing: "El registro ya contiene estas recomendaciones tal cual: no se escribió nada.",
  openTracker: "Abrir el registro de seguimiento",
  linkInvalid:
    "Este no es un enlace de OneDrive o SharePoint. En Excel, use Compartir > Copiar vínculo en el registro de seguimiento y pegue ese enlace.",
  signIn_notConfigured:
    "El inicio de sesión en Microsoft 365 no está configurado para este complemento, así que no puede enviar al seguimiento. Su administrador puede configurarlo como explica el README (sección «Send to tracker»). Mientras tanto, use «Exportar lote».",
  signIn_cancelled: "Se canceló el inicio de sesión. No se envió nada.",
  signIn_blocked:
    "Se bloqueó la ventana de inicio de sesión. Permita las ventanas emergentes para este complemento e inténtelo de nuevo.",
  signIn_failed: "El inicio de sesión en Microsoft 365 falló ({detail}). No se envió nada.",
  graph_signedOut:
    "No ha iniciado sesión en Microsoft 365, o su sesión caducó. No se escribió nada. Previsualice de nuevo para iniciar sesión.",
  graph_consent:
    "Su organización todavía no ha permitido que este complemento abra archivos en OneDrive y SharePoint. Pida a su administrador de Microsoft 365 que conceda el consentimiento (README, sección «Send to tracker»). No se escribió nada.",
  graph_noAccess:
    "No se pudo abrir el registro de seguimiento: el enlace es incorrecto, el archivo se movió o eliminó, o no puede editarlo. Pida a su propietario que lo comparta con usted con permiso de edición.",
  graph_readOnly:
    "Se pudo leer el registro, pero Microsoft 365 se negó a modificarlo: quizá solo pueda ver este archivo, o una de sus hojas está protegida (en Excel: Revisar > Desproteger hoja). No se escribió nada.",
  graph_notTracker:
    "Este archivo no es un registro de seguimiento de recomendaciones (no tiene una tabla Recommendations con una columna Rec ID). Compruebe el enlace. No se escribió nada.",
  graph_olderSchema:
    "Este registro se creó con una versión anterior y le faltan columnas ({columns}). Ábralo en Excel, use Configurar > Actualizar el registro de seguimiento y vuelva a enviar. No se escribió nada.",
  graph_throttled:
    "Microsoft 365 está ocupado y rechazó varias veces. No se escribió nada. Espere unos minutos y vuelva a enviar.",
  graph_offline:
    "Se perdió la conexión con Microsoft 365. No se escribió nada. Compruebe la red y vuelva a enviar.",
  graph_sessionExpired:
    "La conexión con el registro caducó durante el envío. No se escribió nada. Vuelva a enviar.",
  graph_changed:
    "Alguien modificó el registro de seguimiento mientras se escribía. No se escribió nada. Previsualice y vuelva a enviar.",
  graph_unknown: "Microsoft 365 no pudo completarlo ({detail}). No se escribió nada.",
  graph_partlyWritten:
    "El envío se detuvo a medias y no se pudieron deshacer todos los cambios. Abra el registro de seguimiento y revise las filas de este informe y cualquier fila sin identificador (un colega puede haber ordenado la tabla entretanto) antes de volver a enviar.",
  openInExcel: "Abrir el registro de seguimiento en Excel",
  signingIn: "Iniciando sesión en Microsoft 365…",
};
