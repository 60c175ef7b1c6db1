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
  previewLabel: "Recommandations à importer",
  previewSelectAll: "Tout importer",
  previewColumnImport: "Importer",
  previewColumnRecommendation: "Recommandation",
  previewColumnScore: "Double-SMART",
  previewColumnState: "Dans le suivi",
  previewImportOne: "Importer la recommandation {ref}",
  previewNoRef: "(sans numéro)",
  previewScore: "Note Double-SMART {score} sur 10",
  previewNoScore: "Non notée",
  previewStateNew: "Nouvelle",
  previewStateUpdate: "Mise à jour",
  previewStateUnchanged: "Inchangée",
  previewChanges: "Modifications : {columns}",
  previewTextChanged:
    "Le texte diffère de celui du tableau de suivi, qui est conservé sauf si vous le remplacez.",
  previewReplaceText: "Remplacer le texte suivi",
  previewRepeat: "Ressemble à une recommandation antérieure, {ref} ({report}) : « {text} »",
  previewConfirmRepeat: "L'enregistrer comme répétition de {ref}",
  previewDuplicate: "Figure deux fois dans ce rapport : seule sa première occurrence est importée.",
  previewIdOfAnotherReport:
    "Son identifiant est déjà celui de la ligne {row} d’un autre rapport (« {report} »), comme lorsqu’un rapport est enregistré sous un nouveau nom : elle est ajoutée avec un nouvel identifiant et cette ligne reste telle quelle.",
  previewRowsWithoutId:
    "{count, plural, one {La ligne {rows} de ce rapport n’a pas d’identifiant : elle reste telle quelle} other {Les lignes {rows} de ce rapport n’ont pas d’identifiant : elles restent telles quelles}} ; si une recommandation ci-dessous en fait partie, rendez d’abord son identifiant à la ligne, sinon elle sera ajoutée une seconde fois.",
  previewMissingColumn:
    "Le tableau de suivi n'a pas de colonne pour certains de ses détails ; ils ne seront pas écrits.",
  previewDetailsLabel: "Ce que l'import écrit pour la recommandation {ref}",
  previewFromReport: "lu dans le rapport",
  previewGuessed: "déduit",
  previewInTracker: "déjà dans le suivi",
  previewByYou: "saisi par vous",
  previewNotSet: "non renseigné",
  previewEditDetails: "Modifier les détails de la recommandation {ref}",
  previewDoneEditing: "Terminé",
  previewEditHint: "Ce que vous saisissez ici est écrit, même à la place de la valeur du suivi.",
  previewCandidate: "Peut-être une recommandation",
  previewCandidateHint:
    "La recherche n’en est pas sûre : cochez la case pour l’importer s’il s’agit d’une recommandation.",
  previewCandidates:
    "{count, plural, one {# recommandation possible figure à la fin, non cochée.} other {# recommandations possibles figurent à la fin, non cochées.}}",
  previewSelected:
    "{selected} sur {total} {selected, plural, one {sélectionnée} other {sélectionnées}}",
};
