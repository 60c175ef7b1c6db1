import type { Language } from "./plan";

/** Words the plan writes into the workbook (sheet names, dashboard labels, validation messages), per language. */
export interface PlanTexts {
  sheets: {
    recommendations: string;
    lists: string;
    dashboard: string;
    followUp: string;
    history: string;
    stakeholders: string;
    stakeholderGrid: string;
  };
  dashboardTitle: string;
  total: string;
  overdue: string;
  dueSoon: string;
  notVerified: string;
  /** The Dashboard's count of recommendations with no response recorded within the reply deadline (schema v2). */
  replyOverdue: string;
  /** Headline rows for the key recommendations (the report's priorities). */
  keyTotal: string;
  keyImplemented: string;
  keyOverdue: string;
  count: string;
  share: string;
  byStatus: string;
  byAcceptance: string;
  byAuthority: string;
  byTheme: string;
  byPlaceType: string;
  byPlace: string;
  byYear: string;
  /** `rectrack stats`: the trends computed from the history, each a title over one line per year, addressee or place. */
  trends: {
    yearEnd: string;
    rateByYear: string;
    toResponse: string;
    toImplementation: string;
    onTime: string;
    repeated: string;
    /** The Dashboard's section of the implementation rate per year made, and its share column. */
    rateByYearTitle: string;
    shareImplemented: string;
  };
  /** The Dashboard's block of values computed from the history (src/core/schema/figures.ts), written by the add-in and rectrack. */
  figures: {
    title: string;
    note: string;
    refreshed: string;
    asOf: string;
    yearEnd: string;
    byAuthority: string;
    addressee: string;
    recommendations: string;
    responses: string;
    medianToResponse: string;
    implemented: string;
    medianToImplementation: string;
    repliesDue: string;
    onTimeShare: string;
    repeated: string;
    place: string;
    theme: string;
    repeatedCount: string;
    all: string;
    nothingYet: string;
    /** Which strategies preceded implementation (src/core/tracker/strategies.ts). */
    strategies: string;
    strategy: string;
    tried: string;
    implementedAfter: string;
    implementedAfterShare: string;
  };
  year: string;
  /** A row of every section: recommendations with no value in the column. */
  notSet: string;
  /** A row of every section: values not (yet) listed in it, typed since it was last refreshed. */
  otherValues: string;
  /** The addressee section: a recommendation to several addressees counts under each; this row takes the extra counts back. */
  countedForEach: string;
  /** The year section: years outside the rows shown. */
  otherYears: string;
  /** The year section's column for an implementation left empty or not in the list. */
  otherStatus: string;
  sectionTotal: string;
  chartStatusByYear: string;
  chartByAuthority: string;
  chartByStatus: string;
  chartByTheme: string;
  chartStatusAtYearEnd: string;
  followUpTitle: string;
  followUpNote: string;
  followUpReason: string;
  followUpDaysOverdue: string;
  followUpDaysLeft: string;
  followUpDaysWaiting: string;
  /** The Follow-up table's last column: what to try for a recommendation not implemented. */
  followUpStrategies: string;
  reasons: {
    overdue: string;
    replyOverdue: string;
    dueSoon: string;
    notVerified: string;
    notImplemented: string;
  };
  historyTitle: string;
  historyNote: string;
  /** The label of the reply-deadline setting beside its cell on the History sheet. */
  replyDaysLabel: string;
  replyDaysTitle: string;
  replyDaysMessage: string;
  pickFromList: string;
  notInList: string;
  dateTitle: string;
  dateMessage: string;
  scoreTitle: string;
  scoreMessage: string;
}

export const PLAN_TEXTS: Record<Language, PlanTexts> = {
  en: {
    sheets: {
      recommendations: "Recommendations",
      lists: "Lists",
      dashboard: "Dashboard",
      followUp: "Follow-up",
      // "History" alone is a name Excel keeps for itself (Track Changes): a sheet cannot take it.
      history: "Follow-up history",
      stakeholders: "Stakeholders",
      stakeholderGrid: "Power-interest grid",
    },
    dashboardTitle: "Recommendations dashboard",
    total: "Recommendations",
    overdue: "Overdue (deadline passed, not implemented)",
    dueSoon: "Due within 30 days",
    notVerified: "Implemented, not yet verified",
    replyOverdue: "Reply overdue (no response within the reply deadline set on the History sheet)",
    keyTotal: "Key recommendations",
    keyImplemented: "Key recommendations implemented",
    keyOverdue: "Key recommendations overdue",
    count: "Number",
    share: "Share",
    byStatus: "By implementation",
    byAcceptance: "By acceptance",
    byAuthority: "By addressee",
    byTheme: "By theme",
    byPlaceType: "By type of place",
    byPlace: "By place",
    byYear: "Implementation by year",
    trends: {
      yearEnd: "Implementation at the end of each year (from the history)",
      rateByYear: "Implementation rate by year made (implemented/made)",
      toResponse: "Days from recommendation to response, median by addressee (responses)",
      toImplementation:
        "Days from recommendation to implementation, median by addressee (implemented)",
      onTime: "Replies within the reply deadline by addressee (on time/due)",
      repeated: "Repeated recommendations by place and theme (repeated/all)",
      rateByYearTitle: "Implementation rate by year made",
      shareImplemented: "Share implemented",
    },
    figures: {
      title: "Figures from the follow-up history",
      note: "Values from the history, not formulas: Refresh figures in the task pane or rectrack stats --refresh writes them again.",
      refreshed: "Last refreshed",
      asOf: "As of",
      yearEnd: "Implementation at the end of each year",
      byAuthority: "Responses and implementation by addressee",
      addressee: "Addressee",
      recommendations: "Recommendations",
      responses: "Responses",
      medianToResponse: "Median days to a response",
      implemented: "Implemented",
      medianToImplementation: "Median days to implementation",
      repliesDue: "Replies due",
      onTimeShare: "Replies within the deadline",
      repeated: "Repeated recommendations by place and theme",
      place: "Place",
      theme: "Theme",
      repeatedCount: "Repeated",
      all: "All",
      nothingYet: "(nothing recorded yet)",
      strategies: "Strategies tried, and implementation after them",
      strategy: "Strategy",
      tried: "Recommendations where tried",
      implementedAfter: "Implemented after",
      implementedAfterShare: "Share implemented after",
    },
    year: "Year",
    notSet: "(not set)",
    otherValues: "(other values, not yet listed here)",
    countedForEach: "(several addressees: counted under each above)",
    otherYears: "(other years)",
    otherStatus: "Other or not set",
    sectionTotal: "Total",
    chartStatusByYear: "Implementation status by year",
    chartByAuthority: "Recommendations by addressee",
    chartByStatus: "Recommendations by implementation status",
    chartByTheme: "Recommendations by theme",
    chartStatusAtYearEnd: "Implementation status at each year end",
    followUpTitle: "Follow-up list",
    followUpNote:
      "This list is brought up to date with each import and with Refresh in the tracker's task pane. The Dashboard's counts are always current.",
    followUpReason: "Why",
    followUpDaysOverdue: "Days overdue",
    followUpDaysLeft: "Days left",
    followUpDaysWaiting: "Days waiting for verification",
    followUpStrategies: "Strategies to try",
    reasons: {
      overdue: "Overdue",
      replyOverdue: "Reply overdue",
      dueSoon: "Due soon",
      notVerified: "Implemented, not verified",
      notImplemented: "Not implemented",
    },
    historyTitle: "Follow-up history",
    historyNote:
      "One row per event: drafts sent for comment, replies, action plans, reminders, meetings, follow-up visits. Record them in the tracker's task pane or with rectrack log; rows typed here count too.",
    replyDaysLabel: "Reply deadline (days from the report date):",
    replyDaysTitle: "Reply deadline",
    replyDaysMessage:
      "Enter the number of days the authorities have to reply (for example 60), or leave it empty.",
    pickFromList: "Choose from the list",
    notInList:
      "This value is not in the list on the Lists sheet. Add it there first, or choose one from the drop-down.",
    dateTitle: "Date",
    dateMessage: "Enter a date, for example 2026-03-12.",
    scoreTitle: "Double-SMART score",
    scoreMessage: "Enter a number from 0 to 10.",
  },
  fr: {
    sheets: {
      recommendations: "Recommandations",
      lists: "Listes",
      dashboard: "Tableau de bord",
      followUp: "Suivi",
      history: "Historique du suivi",
      stakeholders: "Acteurs",
      stakeholderGrid: "Grille pouvoir-intérêt",
    },
    dashboardTitle: "Tableau de bord des recommandations",
    total: "Recommandations",
    overdue: "En retard (échéance passée, non mise en œuvre)",
    dueSoon: "Échéance dans les 30 jours",
    notVerified: "Mise en œuvre, pas encore vérifiée",
    replyOverdue:
      "Réponse en retard (aucune réponse dans le délai de réponse fixé sur la feuille Historique)",
    keyTotal: "Recommandations clés",
    keyImplemented: "Recommandations clés mises en œuvre",
    keyOverdue: "Recommandations clés en retard",
    count: "Nombre",
    share: "Part",
    byStatus: "Par mise en œuvre",
    byAcceptance: "Par acceptation",
    byAuthority: "Par destinataire",
    byTheme: "Par thème",
    byPlaceType: "Par type de lieu",
    byPlace: "Par lieu",
    byYear: "Mise en œuvre par année",
    trends: {
      yearEnd: "Mise en œuvre à la fin de chaque année (selon l'historique)",
      rateByYear: "Taux de mise en œuvre par année de la recommandation (mises en œuvre/faites)",
      toResponse:
        "Jours entre la recommandation et la réponse, médiane par destinataire (réponses)",
      toImplementation:
        "Jours entre la recommandation et la mise en œuvre, médiane par destinataire (mises en œuvre)",
      onTime: "Réponses dans le délai de réponse par destinataire (dans le délai/attendues)",
      repeated: "Recommandations réitérées par lieu et thème (réitérées/toutes)",
      rateByYearTitle: "Taux de mise en œuvre par année de la recommandation",
      shareImplemented: "Part mise en œuvre",
    },
    figures: {
      title: "Chiffres tirés de l'historique du suivi",
      note: "Valeurs tirées de l'historique, pas des formules : Actualiser les chiffres (volet) ou rectrack stats --refresh les récrit.",
      refreshed: "Dernière actualisation",
      asOf: "Au",
      yearEnd: "Mise en œuvre à la fin de chaque année",
      byAuthority: "Réponses et mise en œuvre par destinataire",
      addressee: "Destinataire",
      recommendations: "Recommandations",
      responses: "Réponses",
      medianToResponse: "Jours jusqu'à la réponse (médiane)",
      implemented: "Mises en œuvre",
      medianToImplementation: "Jours jusqu'à la mise en œuvre (médiane)",
      repliesDue: "Réponses attendues",
      onTimeShare: "Réponses dans le délai",
      repeated: "Recommandations réitérées par lieu et thème",
      place: "Lieu",
      theme: "Thème",
      repeatedCount: "Réitérées",
      all: "Toutes",
      nothingYet: "(rien d'enregistré pour l'instant)",
      strategies: "Stratégies essayées, et mise en œuvre après elles",
      strategy: "Stratégie",
      tried: "Recommandations où elle a été essayée",
      implementedAfter: "Mises en œuvre ensuite",
      implementedAfterShare: "Part mise en œuvre ensuite",
    },
    year: "Année",
    notSet: "(non renseigné)",
    otherValues: "(autres valeurs, pas encore listées ici)",
    countedForEach: "(plusieurs destinataires : comptée pour chacun ci-dessus)",
    otherYears: "(autres années)",
    otherStatus: "Autre ou non renseigné",
    sectionTotal: "Total",
    chartStatusByYear: "Mise en œuvre par année",
    chartByAuthority: "Recommandations par destinataire",
    chartByStatus: "Recommandations par état de mise en œuvre",
    chartByTheme: "Recommandations par thème",
    chartStatusAtYearEnd: "Mise en œuvre à la fin de chaque année",
    followUpTitle: "Liste de suivi",
    followUpNote:
      "Cette liste est mise à jour à chaque import et avec Actualiser dans le volet du suivi. Les chiffres du tableau de bord sont toujours à jour.",
    followUpReason: "Motif",
    followUpDaysOverdue: "Jours de retard",
    followUpDaysLeft: "Jours restants",
    followUpDaysWaiting: "Jours en attente de vérification",
    followUpStrategies: "Stratégies à essayer",
    reasons: {
      overdue: "En retard",
      replyOverdue: "Réponse en retard",
      dueSoon: "Échéance proche",
      notVerified: "Mise en œuvre, non vérifiée",
      notImplemented: "Non mise en œuvre",
    },
    historyTitle: "Historique du suivi",
    historyNote:
      "Une ligne par événement : projets transmis pour observations, réponses, plans d'action, relances, réunions, visites de suivi. Enregistrez-les dans le volet du suivi ou avec rectrack log ; les lignes saisies ici comptent aussi.",
    replyDaysLabel: "Délai de réponse (jours à compter de la date du rapport) :",
    replyDaysTitle: "Délai de réponse",
    replyDaysMessage:
      "Saisissez le nombre de jours dont disposent les autorités pour répondre (par exemple 60), ou laissez vide.",
    pickFromList: "Choisissez dans la liste",
    notInList:
      "Cette valeur n'est pas dans la liste de la feuille Listes. Ajoutez-la d'abord, ou choisissez-en une.",
    dateTitle: "Date",
    dateMessage: "Saisissez une date, par exemple 2026-03-12.",
    scoreTitle: "Note Double-SMART",
    scoreMessage: "Saisissez un nombre de 0 à 10.",
  },
  es: {
    sheets: {
      recommendations: "Recomendaciones",
      lists: "Listas",
      dashboard: "Panel",
      followUp: "Seguimiento",
      history: "Historial del seguimiento",
      stakeholders: "Actores",
      stakeholderGrid: "Matriz poder-interés",
    },
    dashboardTitle: "Panel de recomendaciones",
    total: "Recomendaciones",
    overdue: "Vencidas (plazo pasado, no implementadas)",
    dueSoon: "Vencen en 30 días",
    notVerified: "Implementadas, aún no verificadas",
    replyOverdue:
      "Respuesta vencida (sin respuesta dentro del plazo de respuesta fijado en la hoja Historial)",
    keyTotal: "Recomendaciones clave",
    keyImplemented: "Recomendaciones clave implementadas",
    keyOverdue: "Recomendaciones clave vencidas",
    count: "Número",
    share: "Proporción",
    byStatus: "Por implementación",
    byAcceptance: "Por aceptación",
    byAuthority: "Por destinatario",
    byTheme: "Por tema",
    byPlaceType: "Por tipo de lugar",
    byPlace: "Por lugar",
    byYear: "Implementación por año",
    trends: {
      yearEnd: "Implementación al final de cada año (según el historial)",
      rateByYear: "Tasa de implementación por año de la recomendación (implementadas/formuladas)",
      toResponse:
        "Días entre la recomendación y la respuesta, mediana por destinatario (respuestas)",
      toImplementation:
        "Días entre la recomendación y la implementación, mediana por destinatario (implementadas)",
      onTime: "Respuestas dentro del plazo de respuesta por destinatario (en plazo/debidas)",
      repeated: "Recomendaciones reiteradas por lugar y tema (reiteradas/todas)",
      rateByYearTitle: "Tasa de implementación por año de la recomendación",
      shareImplemented: "Proporción implementada",
    },
    figures: {
      title: "Cifras del historial de seguimiento",
      note: "Valores del historial, no fórmulas: Actualizar cifras (panel) o rectrack stats --refresh los vuelve a escribir.",
      refreshed: "Última actualización",
      asOf: "Al",
      yearEnd: "Implementación al final de cada año",
      byAuthority: "Respuestas e implementación por destinatario",
      addressee: "Destinatario",
      recommendations: "Recomendaciones",
      responses: "Respuestas",
      medianToResponse: "Días hasta la respuesta (mediana)",
      implemented: "Implementadas",
      medianToImplementation: "Días hasta la implementación (mediana)",
      repliesDue: "Respuestas debidas",
      onTimeShare: "Respuestas dentro del plazo",
      repeated: "Recomendaciones reiteradas por lugar y tema",
      place: "Lugar",
      theme: "Tema",
      repeatedCount: "Reiteradas",
      all: "Todas",
      nothingYet: "(nada registrado aún)",
      strategies: "Estrategias probadas, e implementación después de ellas",
      strategy: "Estrategia",
      tried: "Recomendaciones en que se probó",
      implementedAfter: "Implementadas después",
      implementedAfterShare: "Proporción implementada después",
    },
    year: "Año",
    notSet: "(sin indicar)",
    otherValues: "(otros valores, aún no listados aquí)",
    countedForEach: "(varios destinatarios: contada para cada uno arriba)",
    otherYears: "(otros años)",
    otherStatus: "Otro o sin indicar",
    sectionTotal: "Total",
    chartStatusByYear: "Estado de implementación por año",
    chartByAuthority: "Recomendaciones por destinatario",
    chartByStatus: "Recomendaciones por estado de implementación",
    chartByTheme: "Recomendaciones por tema",
    chartStatusAtYearEnd: "Estado de implementación al final de cada año",
    followUpTitle: "Lista de seguimiento",
    followUpNote:
      "Esta lista se actualiza con cada importación y con Actualizar en el panel del seguimiento. Las cifras del panel están siempre al día.",
    followUpReason: "Motivo",
    followUpDaysOverdue: "Días de retraso",
    followUpDaysLeft: "Días restantes",
    followUpDaysWaiting: "Días esperando verificación",
    followUpStrategies: "Estrategias a probar",
    reasons: {
      overdue: "Vencida",
      replyOverdue: "Respuesta vencida",
      dueSoon: "Vence pronto",
      notVerified: "Implementada, no verificada",
      notImplemented: "No implementada",
    },
    historyTitle: "Historial del seguimiento",
    historyNote:
      "Una fila por evento: borradores enviados para comentarios, respuestas, planes de acción, recordatorios, reuniones, visitas de seguimiento. Regístrelos en el panel del seguimiento o con rectrack log; las filas escritas aquí también cuentan.",
    replyDaysLabel: "Plazo de respuesta (días desde la fecha del informe):",
    replyDaysTitle: "Plazo de respuesta",
    replyDaysMessage:
      "Escriba el número de días que tienen las autoridades para responder (por ejemplo 60), o déjelo vacío.",
    pickFromList: "Elija de la lista",
    notInList:
      "Este valor no está en la hoja Listas. Añádalo allí primero, o elija uno de la lista.",
    dateTitle: "Fecha",
    dateMessage: "Escriba una fecha, por ejemplo 2026-03-12.",
    scoreTitle: "Puntuación Double-SMART",
    scoreMessage: "Escriba un número de 0 a 10.",
  },
};
