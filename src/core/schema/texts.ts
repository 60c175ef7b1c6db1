import type { Language } from "./plan";

/** Words the plan writes into the workbook (sheet names, dashboard labels, validation messages), per language. */
export interface PlanTexts {
  sheets: { recommendations: string; lists: string; dashboard: string; followUp: string };
  dashboardTitle: string;
  total: string;
  overdue: string;
  dueSoon: string;
  notVerified: string;
  count: string;
  share: string;
  byStatus: string;
  byAcceptance: string;
  byAuthority: string;
  byTheme: string;
  byPlaceType: string;
  byYear: string;
  year: string;
  blank: string;
  chartStatusByYear: string;
  chartByAuthority: string;
  followUpTitle: string;
  followUpNote: string;
  followUpReason: string;
  followUpDays: string;
  reasons: { overdue: string; dueSoon: string; notVerified: string };
  listsNote: string;
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
    count: "Number",
    share: "Share",
    byStatus: "By implementation",
    byAcceptance: "By acceptance",
    byAuthority: "By addressee",
    byTheme: "By theme",
    byPlaceType: "By type of place",
    byYear: "Implementation by year",
    year: "Year",
    blank: "(empty)",
    chartStatusByYear: "Implementation status by year",
    chartByAuthority: "Recommendations by addressee",
    followUpTitle: "Follow-up list",
    followUpNote: "Refreshed by the add-in or by `rectrack`; the Dashboard counts stay live.",
    followUpReason: "Why",
    followUpDays: "Days",
    reasons: { overdue: "Overdue", dueSoon: "Due soon", notVerified: "Implemented, not verified" },
    listsNote: "Add your own entries at the end of a list; the drop-downs use them.",
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
    count: "Nombre",
    share: "Part",
    byStatus: "Par mise en œuvre",
    byAcceptance: "Par acceptation",
    byAuthority: "Par destinataire",
    byTheme: "Par thème",
    byPlaceType: "Par type de lieu",
    byYear: "Mise en œuvre par année",
    year: "Année",
    blank: "(vide)",
    chartStatusByYear: "Mise en œuvre par année",
    chartByAuthority: "Recommandations par destinataire",
    followUpTitle: "Liste de suivi",
    followUpNote:
      "Actualisée par le complément ou par `rectrack` ; le tableau de bord reste à jour.",
    followUpReason: "Motif",
    followUpDays: "Jours",
    reasons: {
      overdue: "En retard",
      dueSoon: "Échéance proche",
      notVerified: "Mise en œuvre, non vérifiée",
    },
    listsNote:
      "Ajoutez vos propres entrées à la fin d'une liste ; les listes déroulantes les utilisent.",
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
    count: "Número",
    share: "Proporción",
    byStatus: "Por implementación",
    byAcceptance: "Por aceptación",
    byAuthority: "Por destinatario",
    byTheme: "Por tema",
    byPlaceType: "Por tipo de lugar",
    byYear: "Implementación por año",
    year: "Año",
    blank: "(vacío)",
    chartStatusByYear: "Estado de implementación por año",
    chartByAuthority: "Recomendaciones por destinatario",
    followUpTitle: "Lista de seguimiento",
    followUpNote: "La actualiza el complemento o `rectrack`; el panel se mantiene al día.",
    followUpReason: "Motivo",
    followUpDays: "Días",
    reasons: {
      overdue: "Vencida",
      dueSoon: "Vence pronto",
      notVerified: "Implementada, no verificada",
    },
    listsNote:
      "Añada sus propias entradas al final de una lista; las listas desplegables las usan.",
    pickFromList: "Elija de la lista",
    notInList:
      "Este valor no está en la hoja Listas. Añádalo allí primero, o elija uno de la lista.",
    dateTitle: "Fecha",
    dateMessage: "Escriba una fecha, por ejemplo 2026-03-12.",
    scoreTitle: "Puntuación Double-SMART",
    scoreMessage: "Escriba un número de 0 a 10.",
  },
};
