import type { Language } from "./plan";

/** Words the plan writes into the workbook (sheet names, dashboard labels, validation messages), per language. */
export interface PlanTexts {
  sheets: { recommendations: string; lists: string; dashboard: string; followUp: string };
  dashboardTitle: string;
  total: string;
  overdue: string;
  dueSoon: string;
  notVerified: string;
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
  followUpTitle: string;
  followUpNote: string;
  followUpReason: string;
  followUpDaysOverdue: string;
  followUpDaysLeft: string;
  followUpDaysWaiting: string;
  reasons: { overdue: string; dueSoon: string; notVerified: string };
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
    },
    dashboardTitle: "Recommendations dashboard",
    total: "Recommendations",
    overdue: "Overdue (deadline passed, not implemented)",
    dueSoon: "Due within 30 days",
    notVerified: "Implemented, not yet verified",
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
    followUpTitle: "Follow-up list",
    followUpNote:
      "This list is brought up to date with each import and with Refresh in the tracker's task pane. The Dashboard's counts are always current.",
    followUpReason: "Why",
    followUpDaysOverdue: "Days overdue",
    followUpDaysLeft: "Days left",
    followUpDaysWaiting: "Days waiting for verification",
    reasons: { overdue: "Overdue", dueSoon: "Due soon", notVerified: "Implemented, not verified" },
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
    },
    dashboardTitle: "Tableau de bord des recommandations",
    total: "Recommandations",
    overdue: "En retard (échéance passée, non mise en œuvre)",
    dueSoon: "Échéance dans les 30 jours",
    notVerified: "Mise en œuvre, pas encore vérifiée",
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
    followUpTitle: "Liste de suivi",
    followUpNote:
      "Cette liste est mise à jour à chaque import et avec Actualiser dans le volet du suivi. Les chiffres du tableau de bord sont toujours à jour.",
    followUpReason: "Motif",
    followUpDaysOverdue: "Jours de retard",
    followUpDaysLeft: "Jours restants",
    followUpDaysWaiting: "Jours en attente de vérification",
    reasons: {
      overdue: "En retard",
      dueSoon: "Échéance proche",
      notVerified: "Mise en œuvre, non vérifiée",
    },
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
    },
    dashboardTitle: "Panel de recomendaciones",
    total: "Recomendaciones",
    overdue: "Vencidas (plazo pasado, no implementadas)",
    dueSoon: "Vencen en 30 días",
    notVerified: "Implementadas, aún no verificadas",
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
    followUpTitle: "Lista de seguimiento",
    followUpNote:
      "Esta lista se actualiza con cada importación y con Actualizar en el panel del seguimiento. Las cifras del panel están siempre al día.",
    followUpReason: "Motivo",
    followUpDaysOverdue: "Días de retraso",
    followUpDaysLeft: "Días restantes",
    followUpDaysWaiting: "Días esperando verificación",
    reasons: {
      overdue: "Vencida",
      dueSoon: "Vence pronto",
      notVerified: "Implementada, no verificada",
    },
    pickFromList: "Elija de la lista",
    notInList:
      "Este valor no está en la hoja Listas. Añádalo allí primero, o elija uno de la lista.",
    dateTitle: "Fecha",
    dateMessage: "Escriba una fecha, por ejemplo 2026-03-12.",
    scoreTitle: "Puntuación Double-SMART",
    scoreMessage: "Escriba un número de 0 a 10.",
  },
};
