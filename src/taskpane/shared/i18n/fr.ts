import type { Catalogue } from "./en";

export const fr: Catalogue = {
  productName: "Suivi des recommandations OPCAT",
  excelPaneTitle: "Suivi des recommandations",
  wordPaneTitle: "Recommandations de ce rapport",
  statusLoading: "Connexion à Office…",
  statusOutsideOffice:
    "Fonctionne hors d'Office : ouvrez cette page depuis le complément dans Excel ou Word pour travailler sur un document.",
  statusOfficeUnavailable:
    "Office n'a pas pu être chargé (êtes-vous hors ligne ?). Le volet fonctionne hors d'Office.",
  statusInHost: "Connecté à {host} ({platform}). Pris en charge : {sets}.",
  statusNoSets: "aucun ensemble de conditions requises détecté",
  statusWrongPane: "Ce volet est destiné à {expected} ; vous l'avez ouvert dans {host}.",
  hostExcel: "Excel",
  hostWord: "Word",
  hostOther: "une autre application Office",
  platformUnknown: "plateforme inconnue",
  excelIntro:
    "Créez un classeur de suivi, vérifiez ses données et assurez le suivi des recommandations.",
  wordIntro:
    "Trouvez les recommandations de ce rapport et vérifiez-les selon les critères Double-SMART.",
};
