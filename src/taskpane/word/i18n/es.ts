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
  goTo: "Mostrar en el documento",
  addComments: "Añadir las observaciones como comentarios de Word",
  commentsMissing:
    "{count, plural, one {# recomendación ya no está en el documento y no recibió comentario.} other {# recomendaciones ya no están en el documento y no recibieron comentario.}}",
  commentLine: "{criterion}: {verdict}. {suggestion}",
  reviewSheetDone: "Se insertó la hoja de revisión.",
  detailsHeading: "Datos del informe",
  title: "Título del informe",
  reportType: "Tipo de informe",
  date: "Fecha",
  places: "Lugares visitados (separados por ;)",
  link: "Enlace al informe",
  defaultAddressee: "Destinatario por defecto",
  defaultTheme: "Tema por defecto",
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
  position: "{index} de {total}",
  recLabel: "Recomendación {ref}",
  noRef: "{position} (sin número)",
  scoreBadge: "{score}/10",
  scoreLabel: "Puntuación Double-SMART {score} de 10",
  notChecked: "sin revisar",
  missingInDocument:
    "Ya no está en el documento (se borró su marca); sus datos de revisión se conservan.",
  recheckDone: "Revisada de nuevo tras el cambio de texto.",
  verdict_met: "Cumple",
  verdict_not_met: "No cumple",
  verdict_needs_review: "Revisar",
  checkerSaid: "Verificador: {verdict}",
  inIntroduction: "en la introducción:",
  noEvidence: "Ningún indicio en el texto.",
  suggestion: "Sugerencia",
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
  sheetRef: "Ref.",
  sheetRecommendation: "Recomendación",
  sheetScore: "Puntuación",
  messages: "Mensajes",
  dismiss: "Cerrar",
  problemDamaged:
    "Los datos de revisión guardados en este documento no se pudieron leer. Se conservan intactos; no se guardará nada hasta que elija empezar de nuevo.",
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
  problemWarnings: "Algunos datos de revisión no se pudieron leer y se omitieron.",
  err_needsHiddenDocument:
    "Esta versión de Word no permite que un complemento rellene un documento nuevo. Inserte la hoja al final de este documento.",
  err_needsCompressedFile:
    "Esta versión de Word no puede entregar el documento a un complemento: la copia no puede hacerse aquí. Guarde el documento y haga la copia con la línea de comandos (rectrack publish).",
  err_emptySelection: "Seleccione primero el texto de la recomendación en el documento.",
  err_recommendationNotInDocument: "Esta recomendación ya no está en el documento.",
  err_documentChanged: "El documento cambió durante la lectura. Vuelva a leerlo y reintente.",
  err_selectionInsideRecommendation: "La selección ya está dentro de una recomendación.",
  err_other: "Word no pudo hacerlo.",
  shareHeading: "Enviar las recomendaciones",
  exportDone:
    "El archivo se guardó como «{file}» en su carpeta Descargas. Si no apareció ningún archivo, copie las recomendaciones en su lugar.",
  exportNoDownload:
    "Word en este equipo no puede guardar archivos desde un complemento. Copie las recomendaciones y péguelas en un nuevo archivo de texto llamado «{file}».",
  copyBatch: "Copiar las recomendaciones al portapapeles",
  copyDone:
    "Las recomendaciones están en el portapapeles. Péguelas en un nuevo archivo de texto llamado «{file}».",
  copyFailed:
    "El portapapeles rechazó las recomendaciones. Seleccione todo el texto de abajo y cópielo (Ctrl+C, o Cmd+C en Mac).",
  batchText: "Las recomendaciones para Excel ({file})",
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
    "No se pudo hacer la copia: Word entregó un documento que el complemento no sabe leer. Este documento no se ha modificado.",
  batchWarnings: "Revise antes de enviar: {details}",
  batchWarningNoText: "La recomendación {number} no tiene texto y se ha dejado fuera.",
  batchWarningTooLong:
    "La recomendación {number} supera lo que cabe en una celda de Excel (32.767 caracteres) y se ha dejado fuera.",
  batchWarningTaggedTextGone:
    "{count, plural, one {# recomendación se ha dejado fuera: su texto etiquetado ya no está en el informe.} other {# recomendaciones se han dejado fuera: su texto etiquetado ya no está en el informe.}}",
  batchWarningUntaggedLeftOut:
    "{count, plural, one {# recomendación encontrada en el informe no está etiquetada y se ha dejado fuera.} other {# recomendaciones encontradas en el informe no están etiquetadas y se han dejado fuera.}}",
  batchWarningTrackedChanges:
    "El informe tiene cambios controlados: se leyó como si todos estuvieran aceptados. Si no es lo que dice el informe, acéptelos o rechácelos primero en Word.",
  batchWarningOtherLanguage:
    "El informe parece redactado en un idioma que el complemento aún no lee (lee inglés, francés y español), por lo que no se encontró ninguna recomendación. Etiquételas en Word.",
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
  sendFiguresNotRefreshed:
    "No se pudieron actualizar las cifras del historial de seguimiento del panel (¿está protegida la hoja del panel?): las recomendaciones ya están en el registro; use Actualizar cifras en el panel del registro.",
  sendCorrected:
    "{count, plural, one {Se ha corregido # fila} other {Se han corregido # filas}}: los datos que una importación anterior dejó vacíos o erróneos vienen ahora del informe.",
  sendNothing: "El registro ya contiene estas recomendaciones tal cual: no se escribió nada.",
  openTracker: "Abrir el registro de seguimiento",
  linkInvalid:
    "Este no es un enlace de OneDrive o SharePoint. En Excel, use Compartir > Copiar vínculo en el registro de seguimiento y pegue ese enlace.",
  signIn_cancelled: "Se canceló el inicio de sesión. No se envió nada.",
  signIn_blocked:
    "Se bloqueó la ventana de inicio de sesión. Permita las ventanas emergentes para este complemento e inténtelo de nuevo.",
  signIn_failed: "El inicio de sesión en Microsoft 365 falló. No se envió nada.",
  graph_signedOut:
    "No ha iniciado sesión en Microsoft 365, o su sesión caducó. No se escribió nada. Previsualice de nuevo para iniciar sesión.",
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
  graph_unknown: "Microsoft 365 no pudo completarlo. No se escribió nada.",
  graph_partlyWritten:
    "El envío se detuvo a medias y no se pudieron deshacer todos los cambios. Abra el registro de seguimiento y revise las filas de este informe y cualquier fila sin identificador (un colega puede haber ordenado la tabla entretanto) antes de volver a enviar.",
  openInExcel: "Abrir el registro de seguimiento en Excel",
  signingIn: "Iniciando sesión en Microsoft 365…",
  working: "Procesando…",
  moreActions: "Más acciones",
  findAgain: "Volver a buscar recomendaciones",
  reviewSheetEnd: "Insertar la hoja de revisión al final",
  reviewSheetNew: "Poner la hoja de revisión en un documento nuevo",
  firstRunTitle: "Revisar las recomendaciones de un informe en tres pasos",
  firstRunStep1:
    "Busque y etiquete las recomendaciones: el complemento marca cada una en el documento.",
  firstRunStep2:
    "Resuelva cada criterio que la revisión no encontró cumplido: acéptelo como cumplido, manténgalo como no cumplido o márquelo como no aplicable.",
  firstRunStep3: "Envíe las recomendaciones al registro, o guárdelas en un archivo para Excel.",
  summaryCount:
    "{count, plural, one {# recomendación} other {# recomendaciones}} · media {score}/10",
  summaryLeft:
    "{left, plural, one {Queda # criterio} other {Quedan # criterios}} por resolver en {recs, plural, one {# recomendación} other {# recomendaciones}}.",
  summaryDone: "Todos los criterios están resueltos: la revisión ha terminado.",
  summaryNotMet: "No cumplidos:",
  walkStart:
    "Revisar «{criterion}», no cumplido en {count, plural, one {# recomendación} other {# recomendaciones}}",
  showAll: "Los {count}",
  showFewer: "Menos",
  startReview: "Empezar la revisión",
  continueReview: "Continuar la revisión",
  filtersToggle: "Mostrar solo…",
  leftBadge: "{count, plural, one {# por resolver} other {# por resolver}}",
  navLabel: "Navegación de la revisión",
  backToList: "Volver a la lista",
  backToReview: "Volver a la revisión",
  previous: "Recomendación anterior",
  next: "Recomendación siguiente",
  shortcutBack: "Volver a la lista (Esc)",
  shortcutPrevious: "Recomendación anterior (P)",
  shortcutNext: "Recomendación siguiente (N)",
  shortcutAccept: "Aceptar como cumplido (A)",
  shortcutKeep: "Mantener como no cumplido (K)",
  walkLabel: "Revisión de «{criterion}»",
  walkBanner:
    "Revisión de «{criterion}»: {count, plural, one {queda # recomendación} other {quedan # recomendaciones}}.",
  applyAllMet: "Aceptar como cumplido en las {count}",
  applyAllKept: "Mantener como no cumplido en las {count}",
  walkStop: "Detener",
  settledAllMet:
    "«{criterion}» aceptado como cumplido en {count, plural, one {# recomendación} other {# recomendaciones}}.",
  settledAllKept:
    "«{criterion}» mantenido como no cumplido en {count, plural, one {# recomendación} other {# recomendaciones}}.",
  settledAllNotApplicable:
    "«{criterion}» marcado como no aplicable en {count, plural, one {# recomendación} other {# recomendaciones}}.",
  toSettleHeading: "Por resolver ({count})",
  decidedHeading: "Resueltos ({count})",
  allSettled: "Todos los criterios de esta recomendación están resueltos.",
  metFold: "{count, plural, one {# criterio cumplido} other {# criterios cumplidos}}",
  why: "Por qué",
  shownBy: "Lo muestra",
  verdict_not_applicable: "No aplicable",
  accept: "Aceptar como cumplido",
  keep: "Mantener no cumplido",
  notApplicable: "No aplicable",
  markNotMet: "Marcar como no cumplido",
  addNote: "Añadir una nota",
  noteLabel: "Nota sobre «{criterion}» (opcional)",
  decided_met: "Aceptado como cumplido por {reviewer}",
  decided_not_met: "Mantenido como no cumplido por {reviewer}",
  decided_not_applicable: "No aplicable, según {reviewer}",
  change: "Cambiar",
  changeDecision: "Cambiar la decisión sobre «{criterion}»",
  showWords: "Mostrar estas palabras en el documento",
  reviewerName: "Su nombre (aparece con sus decisiones)",
  reviewerNeeded: "Se pide una vez y se recuerda en este equipo.",
  reviewerRecord: "Registrar",
  saving: "Guardando…",
  savedCaption: "Guardado en el documento.",
  unmarkAsk:
    "¿Quitar la marca de esta recomendación? Se quitan su etiqueta, sus decisiones y sus notas; el texto queda igual. Puede deshacerlo.",
  unmarkConfirm: "Quitar la marca",
  cancel: "Cancelar",
  undo: "Deshacer",
  undoDone: "Deshecho.",
  undoTextGone:
    "No se puede deshacer: el texto de la recomendación ya no está en el documento tal como era.",
  unmarkDone: "Se quitó la marca; el texto no ha cambiado.",
  commentsDone:
    "Comentarios de Word: {added, plural, one {# añadido} other {# añadidos}}, {updated, plural, one {# actualizado} other {# actualizados}}, {resolved, plural, one {# marcado como resuelto} other {# marcados como resueltos}}.",
  trackedChanges:
    "Este informe tiene cambios controlados. El complemento lo lee como si todos estuvieran aceptados; acéptelos o rechácelos en Word si no es eso lo que dice el informe.",
  identityChanged:
    "¿Es un informe nuevo? Sus recomendaciones se etiquetaron cuando era «{before}»; ahora es «{now}», como cuando el informe del año pasado se guarda con otro nombre. Un informe nuevo necesita identificadores nuevos; si no, al enviarlo se modificarían las recomendaciones del año pasado en el registro.",
  newIds: "Darle identificadores nuevos",
  sameReport: "Es el mismo informe",
  newIdsDone:
    "El informe y {count, plural, one {su recomendación tienen} other {sus # recomendaciones tienen}} identificadores nuevos; el registro los tomará como nuevos.",
  sameReportDone: "El informe conserva sus identificadores.",
  sheetMark_met: "✓",
  sheetMark_not_met: "✗",
  sheetMark_needs_review: "?",
  sheetMark_not_applicable: "n. a.",
  sheetMark_notChecked: "–",
  sheetMarkName_met: "cumplido",
  sheetMarkName_not_met: "no cumplido",
  sheetMarkName_needs_review: "por revisar",
  sheetMarkName_not_applicable: "no aplicable",
  sheetByReviewer: "*",
  sheetByReviewerName: "decidido por quien revisa",
  sheetNotes: "Notas de revisión",
  sheetNoteLine: "{criterion}: {decision}. {note} ({reviewer})",
  exportBatch: "Guardar en un archivo para Excel",
  exportHint: "Para la importación de Excel, cuando el registro no está en OneDrive ni SharePoint.",
  sendSummaryHeading: "Enviado a «{file}»",
  err_needsWordApi14: "Esto requiere Word 2016 o posterior: su versión de Word no puede hacerlo.",
  err_needsWordApi13: "Esto requiere una versión más reciente de Word.",
  signIn_notConfigured:
    "El inicio de sesión en Microsoft 365 no está configurado para este complemento, así que no puede enviar a un registro. Pida a su administrador que lo configure (la ayuda del complemento explica cómo, en «Enviar al registro»). Mientras tanto, use «Guardar en un archivo para Excel».",
  graph_consent:
    "Su organización todavía no ha permitido que este complemento abra archivos en OneDrive y SharePoint. Pida a su administrador de Microsoft 365 que dé su consentimiento (la ayuda del complemento explica cómo, en «Enviar al registro»). No se escribió nada.",
  // The Key mark (Detail.tsx).
  keyChoice: "Recomendación clave (una de las prioridades del informe)",
  keyHint:
    "Las recomendaciones clave aparecen primero en el panel y en la hoja de seguimiento; la marca acompaña a la exportación y al envío al registro.",
  keyOverLimit:
    "Este informe tiene ahora {count, plural, one {# recomendación clave} other {# recomendaciones clave}}. Los MNP suelen publicar {limit, plural, one {# prioridad} other {# prioridades}} como máximo; la verificación de datos del registro avisa cuando un informe supera el límite que fijó su MNP.",
};
