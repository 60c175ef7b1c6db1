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
  statusWrongPane: "Ce volet est destiné à {expected} ; vous l'avez ouvert dans {host}.",
  hostExcel: "Excel",
  hostWord: "Word",
  hostOther: "une autre application Office",
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
  statusInHost: "Connecté à {host}.",
  criterion_specific: "Spécifique",
  criterion_measurable: "Mesurable",
  criterion_achievable: "Réalisable",
  criterion_results: "Orientée résultats",
  criterion_timebound: "Limitée dans le temps",
  criterion_solution: "Suggère une solution",
  criterion_prioritised: "Priorités, étapes et risques",
  criterion_argued: "Argumentée",
  criterion_rootcause: "Traite les causes profondes",
  criterion_targeted: "Ciblée",
  guideTitle: "Qu’est-ce que Double-SMART ?",
  guideIntro:
    "Double-SMART est une liste de dix qualités d’une bonne recommandation. Le complément lit chaque recommandation au regard de ces qualités et indique, pour chacune qu’il n’a pas trouvée, pourquoi et ce qui pourrait être ajouté. Une recommandation n’a pas besoin des dix : c’est la personne qui relit qui décide.",
  guideScore:
    "Le score compte les qualités remplies, sur 10. Pour chacune que la vérification n’a pas trouvée, la personne qui relit l’accepte comme remplie, la maintient comme non remplie ou la déclare sans objet (comptée comme remplie). Ces décisions comptent dans le score envoyé au suivi.",
  guideExample: "Par exemple : {example}",
  guideBack: "Retour",
  guide_specific:
    "Elle demande une action concrète, avec un verbe et un objet clairs, plutôt qu’un souhait général comme « améliorer les conditions ».",
  guideExample_specific:
    "« … remettre à chaque personne un matelas et une literie propre dès son arrivée. »",
  guide_measurable:
    "Une personne extérieure peut vérifier si elle a été mise en œuvre : un nombre, une fréquence, un document à produire, ou un état qui existe ou non.",
  guideExample_measurable:
    "« … organiser un exercice d’incendie dans chaque aile tous les six mois et en tenir un registre. »",
  guide_achievable:
    "L’organe visé peut la mettre en œuvre, dans le cadre de ses compétences et de ses moyens, et la demande a des limites (pas « faire en sorte qu’aucun incident ne se produise jamais »).",
  guideExample_achievable:
    "« L’agence régionale de santé devrait affecter un infirmier au centre en semaine. »",
  guide_results:
    "Elle dit ce qui doit changer pour les personnes privées de liberté, et pas seulement l’activité à mener.",
  guideExample_results:
    "« … afin que les femmes puissent consulter une médecin lorsqu’elles le demandent. »",
  guide_timebound:
    "Elle fixe une date ou un délai, ou demande une mise en œuvre immédiate ; « dès que possible » ne suffit pas.",
  guideExample_timebound: "« … dans un délai de quatre mois. »",
  guide_solution:
    "Elle suggère comment : un moyen, une méthode ou un exemple de façon d’opérer le changement.",
  guideExample_solution: "« … par exemple en ouvrant aussi la cour de promenade l’après-midi. »",
  guide_prioritised:
    "Elle indique ce qui est prioritaire ou urgent, l’ordre des étapes, une mesure provisoire ou un risque à surveiller.",
  guideExample_prioritised: "« En priorité, et jusqu’à l’ouverture de la nouvelle aile, … »",
  guide_argued:
    "Elle donne sa raison : ce que la visite a constaté, ou une norme ou une loi sur laquelle elle s’appuie.",
  guideExample_argued:
    "« Étant donné que trois personnes avaient attendu plus d’une semaine avant de voir un médecin, … »",
  guide_rootcause:
    "Elle traite la cause (règles, procédures, formation, effectifs, budget, encadrement) ou tous les lieux concernés, et pas un seul symptôme.",
  guideExample_rootcause:
    "« … adopter une procédure écrite pour les fouilles et y former tout le personnel de garde à vue. »",
  guide_targeted:
    "Elle nomme qui doit agir : un ministère, un service, une institution ou le titulaire d’un poste, et pas seulement « les autorités ».",
  guideExample_targeted: "« Le directeur de la maison d’arrêt devrait … »",
  help: "Aide",
  helpOpen: "Ouvrir l’aide (nouvelle fenêtre)",
  firstRunDismiss: "J’ai compris",
  fileChoose: "Choisir un fichier…",
  fileNone: "Aucun fichier choisi.",
  firstRunLabel: "Pour commencer",
  summaryAdded: "Ajoutées",
  summaryUpdated: "Mises à jour",
  summaryUnchanged: "Inchangées",
  summaryFlagged: "À examiner",
  summaryCorrected: "Corrigées",
  summaryNextSteps: "Ensuite",
};
