import type { en } from "./en";

export const fr: Record<keyof typeof en, string> = {
  loading: "Lecture du rapport…",
  notInWord: "Ouvrez ce volet depuis Word pour relire un rapport.",
  refresh: "Relire le document",
  find: "Trouver et baliser les recommandations",
  findDone:
    "{count, plural, one {# recommandation trouvée et balisée.} other {# recommandations trouvées et balisées.}}",
  findOtherLanguage:
    "Aucune recommandation n’a été trouvée : ce rapport semble rédigé dans une langue que le complément ne lit pas encore (il lit l’anglais, le français et l’espagnol). Sélectionnez chaque recommandation et utilisez « Marquer la sélection comme recommandation ».",
  findNone:
    "Aucune nouvelle recommandation trouvée. Sélectionnez-en une dans le document et utilisez « Marquer la sélection comme recommandation ».",
  candidatesHeading: "Peut-être des recommandations",
  candidatesHint:
    "La recherche n’est pas sûre de ces textes. Cochez celui qui est une recommandation pour le baliser.",
  candidateTag: "Baliser comme recommandation : {text}",
  candidateMark: "Peut-être une recommandation",
  candidateDone: "Le texte est maintenant une recommandation balisée.",
  findCandidates:
    "{count, plural, one {# recommandation possible figure, non cochée, sous « Peut-être des recommandations ».} other {# recommandations possibles figurent, non cochées, sous « Peut-être des recommandations ».}}",
  markSelection: "Marquer la sélection comme recommandation",
  markDone: "La sélection est maintenant une recommandation.",
  unmark: "Retirer le marquage (garder le texte)",
  goTo: "Afficher dans le document",
  addComments: "Ajouter les constats en commentaires Word",
  commentsMissing:
    "{count, plural, one {# recommandation n’est plus dans le document et n’a pas reçu de commentaire.} other {# recommandations ne sont plus dans le document et n’ont pas reçu de commentaire.}}",
  commentLine: "{criterion} : {verdict}. {suggestion}",
  reviewSheetDone: "La fiche de relecture a été insérée.",
  detailsHeading: "Détails du rapport",
  title: "Titre du rapport",
  reportType: "Type de rapport",
  date: "Date",
  places: "Lieux visités (séparés par ;)",
  link: "Lien vers le rapport",
  defaultAddressee: "Destinataire par défaut",
  defaultTheme: "Thème par défaut",
  typeNone: "Non renseigné",
  type_visit: "Visite",
  type_thematic: "Thématique",
  type_urgent: "Urgent",
  type_annual: "Rapport annuel",
  type_preliminary: "Observations préliminaires",
  recsHeading: "Recommandations",
  recsCount: "{shown} sur {total} {shown, plural, one {affichée} other {affichées}}",
  noRecs:
    "Aucune recommandation n’est encore balisée. Utilisez « Trouver et baliser les recommandations ».",
  filterCriterion: "Afficher où ce critère n’est pas rempli",
  filterState: "Afficher l’état de relecture",
  filterAll: "Toutes",
  position: "{index} sur {total}",
  recLabel: "Recommandation {ref}",
  noRef: "{position} (sans numéro)",
  scoreBadge: "{score}/10",
  scoreLabel: "Score Double-SMART {score} sur 10",
  notChecked: "non vérifiée",
  missingInDocument:
    "N’est plus dans le document (son marqueur a été supprimé) ; ses données de relecture sont conservées.",
  recheckDone: "Vérifiée à nouveau après modification du texte.",
  verdict_met: "Rempli",
  verdict_not_met: "Non rempli",
  verdict_needs_review: "À examiner",
  checkerSaid: "Vérificateur : {verdict}",
  inIntroduction: "dans l’introduction :",
  noEvidence: "Aucun élément dans le texte.",
  suggestion: "Suggestion",
  reviewState: "État de relecture",
  state_draft: "Brouillon",
  state_reviewed: "Relue",
  state_approved: "Approuvée",
  metaHeading: "Données de suivi",
  ref: "Référence",
  addressee: "Destinataire",
  theme: "Thème",
  groups: "Groupes / pratiques (séparés par ;)",
  priority: "Priorité",
  priority_high: "Haute",
  priority_medium: "Moyenne",
  priority_low: "Basse",
  timeframe: "Échéance",
  timeframe_short: "Court terme",
  timeframe_medium: "Moyen terme",
  timeframe_long: "Long terme",
  deadline: "Date limite",
  recType: "Type",
  place: "Lieu",
  sheetRef: "Réf.",
  sheetRecommendation: "Recommandation",
  sheetScore: "Score",
  messages: "Messages",
  dismiss: "Fermer",
  problemDamaged:
    "Les données de relecture enregistrées dans ce document n’ont pas pu être lues. Elles sont conservées telles quelles ; rien ne sera enregistré tant que vous ne choisissez pas de repartir de zéro.",
  startFresh: "Garder les données endommagées en sauvegarde et repartir de zéro",
  startFreshDone:
    "Les données endommagées sont gardées dans le document en sauvegarde ; les nouvelles données seront enregistrées.",
  blockedByDamage:
    "L’enregistrement est suspendu car les données de relecture sont endommagées. Choisissez d’abord « repartir de zéro ».",
  problemMissing:
    "{count, plural, one {# recommandation a perdu son marqueur dans le document (supprimé à la main). Ses données de relecture sont conservées et listées à la fin.} other {# recommandations ont perdu leur marqueur dans le document (supprimé à la main). Leurs données de relecture sont conservées et listées à la fin.}}",
  problemDuplicate:
    "{count, plural, one {# recommandation est marquée} other {# recommandations sont marquées}} deux fois dans le document ; seule la première est utilisée.",
  problemExtra:
    "Le document contient {count, plural, one {# copie} other {# copies}} en trop des données de relecture ; la première est utilisée.",
  problemWarnings: "Certaines données de relecture n’ont pas pu être lues et ont été ignorées.",
  err_needsHiddenDocument:
    "Cette version de Word ne permet pas à un complément de remplir un nouveau document. Insérez plutôt la fiche à la fin de ce document.",
  err_needsCompressedFile:
    "Cette version de Word ne peut pas transmettre le document à un complément : la copie ne peut pas être faite ici. Enregistrez le document et faites la copie avec la ligne de commande (rectrack publish).",
  err_emptySelection: "Sélectionnez d’abord le texte de la recommandation dans le document.",
  err_recommendationNotInDocument: "Cette recommandation n’est plus dans le document.",
  err_documentChanged: "Le document a changé pendant la lecture. Relisez-le et réessayez.",
  err_selectionInsideRecommendation: "La sélection est déjà dans une recommandation.",
  err_other: "Word n’a pas pu le faire.",
  shareHeading: "Envoyer les recommandations",
  exportDone:
    "Le fichier a été enregistré sous « {file} » dans votre dossier Téléchargements. Si aucun fichier n’y est apparu, copiez plutôt les recommandations.",
  exportNoDownload:
    "Word sur cet ordinateur ne peut pas enregistrer de fichier depuis un complément. Copiez les recommandations, puis collez-les dans un nouveau fichier texte nommé « {file} ».",
  copyBatch: "Copier les recommandations dans le presse-papiers",
  copyDone:
    "Les recommandations sont dans le presse-papiers. Collez-les dans un nouveau fichier texte nommé « {file} ».",
  copyFailed:
    "Le presse-papiers a refusé les recommandations. Sélectionnez tout le texte ci-dessous et copiez-le (Ctrl+C, ou Cmd+C sur Mac).",
  batchText: "Les recommandations pour Excel ({file})",
  nothingToShare: "Aucune recommandation n’est encore balisée : rien à exporter ni à envoyer.",
  publishHeading: "Préparer une copie pour publication",
  publishHint:
    "Une copie de ce rapport à envoyer aux autorités, sans les avis, notes et noms des relecteurs, les commentaires Double-SMART, la fiche de relecture ni le lien vers le tableau de suivi. Ce document-ci n’est pas modifié.",
  publishKeepTags:
    "Garder les balises des recommandations et leurs détails de suivi (la copie pourra encore être importée dans un tableau de suivi)",
  publishButton: "Préparer une copie pour publication",
  publishWorking: "Préparation de la copie…",
  publishFileSuffix: "pour publication",
  publishDone:
    "La copie a été enregistrée sous « {file} » dans votre dossier Téléchargements. Ce document n’est pas modifié.",
  publishNothing:
    "Ce document ne contient aucune donnée de relecture : la copie « {file} » enregistrée dans votre dossier Téléchargements est le même rapport.",
  publishRemoved: "La copie ne contient plus :",
  publish_reportData:
    "les données de relecture enregistrées par le complément (avis, notes et noms des relecteurs, états de relecture)",
  publish_reportDataCleaned:
    "les avis, notes et noms des relecteurs et les états de relecture (les balises et les détails de suivi sont gardés)",
  publish_backups:
    "{count, plural, one {# sauvegarde de données de relecture endommagées} other {# sauvegardes de données de relecture endommagées}}",
  publish_tags:
    "{count, plural, one {# balise de recommandation (son texte est inchangé)} other {# balises de recommandations (leur texte est inchangé)}}",
  publish_trackerLink: "le lien vers le tableau de suivi",
  publish_settings:
    "{count, plural, one {# autre réglage du complément} other {# autres réglages du complément}}",
  publish_comments:
    "{count, plural, one {# commentaire Double-SMART} other {# commentaires Double-SMART}}",
  publish_replies: "{count, plural, one {# réponse à ceux-ci} other {# réponses à ceux-ci}}",
  publish_authors:
    "{count, plural, one {# nom} other {# noms}} que seuls ces commentaires laissaient dans la liste des auteurs de commentaires",
  publish_sheets: "{count, plural, one {la fiche de relecture} other {# fiches de relecture}}",
  publishKept:
    "Gardés : {count, plural, one {# commentaire d’autres personnes} other {# commentaires d’autres personnes}}. Relisez les commentaires avant l’envoi.",
  publishNoDownload:
    "Word sur cet ordinateur ne permet pas à un complément d’enregistrer un fichier, et un document Word ne peut pas passer par le presse-papiers. Enregistrez ce document, puis faites la copie avec la ligne de commande : rectrack publish « {report} » « {file} ». Ce document n’est pas modifié.",
  publishUnreadable:
    "La copie n’a pas pu être faite : Word a transmis un document que le complément ne sait pas lire. Ce document n’est pas modifié.",
  batchWarnings: "À vérifier avant l’envoi : {details}",
  batchWarningNoText: "La recommandation {number} n’a pas de texte : elle a été laissée de côté.",
  batchWarningTooLong:
    "La recommandation {number} dépasse ce qu’une cellule Excel peut contenir (32 767 caractères) : elle a été laissée de côté.",
  batchWarningTaggedTextGone:
    "{count, plural, one {# recommandation a été laissée de côté : son texte balisé n’est plus dans le rapport.} other {# recommandations ont été laissées de côté : leur texte balisé n’est plus dans le rapport.}}",
  batchWarningUntaggedLeftOut:
    "{count, plural, one {# recommandation trouvée dans le rapport n’est pas balisée : elle a été laissée de côté.} other {# recommandations trouvées dans le rapport ne sont pas balisées : elles ont été laissées de côté.}}",
  batchWarningTrackedChanges:
    "Le rapport contient des modifications suivies : il a été lu comme si elles étaient toutes acceptées. Si ce n’est pas ce que dit le rapport, acceptez-les ou refusez-les d’abord dans Word.",
  batchWarningOtherLanguage:
    "Le rapport semble rédigé dans une langue que le complément ne lit pas encore (il lit l’anglais, le français et l’espagnol) : aucune recommandation n’y a été trouvée. Balisez-les dans Word.",
  sendHeading: "Envoyer au suivi",
  trackerLink: "Lien vers le tableau de suivi dans OneDrive ou SharePoint",
  trackerLinkHint:
    "Dans Excel, ouvrez le tableau de suivi, utilisez Partager > Copier le lien, puis collez le lien ici. Il est mémorisé dans ce document.",
  recentTrackers: "Tableaux de suivi déjà utilisés",
  recentNone: "Choisir un tableau de suivi déjà utilisé",
  previewSend: "Prévisualiser l’envoi",
  readingTracker: "Lecture du tableau de suivi…",
  sendingTracker: "Envoi au tableau de suivi…",
  previewOf: "Tableau de suivi « {file} » : choisissez ce qui sera envoyé.",
  sendSelected: "Envoyer {count, plural, one {# recommandation} other {# recommandations}}",
  cancelSend: "Annuler",
  sendDone:
    "Envoyé à « {file} » : {added, plural, one {# ajoutée} other {# ajoutées}}, {updated, plural, one {# mise à jour} other {# mises à jour}}, {unchanged, plural, one {# inchangée} other {# inchangées}}, {flagged} à examiner.",
  sendNeedsDate:
    "Ce rapport n'indique pas sa date. Saisissez-la dans les détails du rapport (Date) et prévisualisez à nouveau : elle devient la « Date d'émission » des recommandations.",
  sendFiguresNotRefreshed:
    "Les chiffres de l'historique du suivi sur le tableau de bord n'ont pas pu être mis à jour (la feuille du tableau de bord est-elle protégée ?) : les recommandations sont bien dans le registre ; utilisez Actualiser les chiffres dans le volet du registre.",
  sendCorrected:
    "{count, plural, one {# ligne a été corrigée} other {# lignes ont été corrigées}} : les détails qu'un import précédent avait laissés vides ou mal remplis viennent maintenant du rapport.",
  sendNothing:
    "Le tableau de suivi contient déjà ces recommandations telles quelles : rien n’a été écrit.",
  openTracker: "Ouvrir le tableau de suivi",
  linkInvalid:
    "Ce n’est pas un lien OneDrive ou SharePoint. Dans Excel, utilisez Partager > Copier le lien sur le tableau de suivi et collez ce lien.",
  signIn_cancelled: "La connexion a été annulée. Rien n’a été envoyé.",
  signIn_blocked:
    "La fenêtre de connexion a été bloquée. Autorisez les fenêtres pop-up pour ce complément, puis réessayez.",
  signIn_failed: "La connexion à Microsoft 365 a échoué. Rien n’a été envoyé.",
  graph_signedOut:
    "Vous n’êtes pas connecté à Microsoft 365, ou votre connexion a expiré. Rien n’a été écrit. Prévisualisez à nouveau pour vous connecter.",
  graph_noAccess:
    "Le tableau de suivi n’a pas pu être ouvert : le lien est erroné, le fichier a été déplacé ou supprimé, ou vous ne pouvez pas le modifier. Demandez à son propriétaire de le partager avec vous en modification.",
  graph_readOnly:
    "Le tableau de suivi a pu être lu, mais Microsoft 365 a refusé de le modifier : vous n'avez peut-être que le droit de le consulter, ou l'une de ses feuilles est protégée (dans Excel : Révision > Ôter la protection de la feuille). Rien n'a été écrit.",
  graph_notTracker:
    "Ce fichier n’est pas un tableau de suivi des recommandations (il n’a pas de tableau Recommendations avec une colonne Rec ID). Vérifiez le lien. Rien n’a été écrit.",
  graph_olderSchema:
    "Ce tableau de suivi a été créé par une version antérieure et il lui manque des colonnes ({columns}). Ouvrez-le dans Excel, utilisez Mise en place > Mettre à jour le tableau de suivi, puis envoyez à nouveau. Rien n’a été écrit.",
  graph_throttled:
    "Microsoft 365 est surchargé et a refusé à plusieurs reprises. Rien n’a été écrit. Attendez quelques minutes, puis envoyez à nouveau.",
  graph_offline:
    "La connexion à Microsoft 365 a été perdue. Rien n’a été écrit. Vérifiez le réseau, puis envoyez à nouveau.",
  graph_sessionExpired:
    "La connexion au classeur a expiré pendant l’envoi. Rien n’a été écrit. Envoyez à nouveau.",
  graph_changed:
    "Quelqu’un a modifié le tableau de suivi pendant l’écriture. Rien n’a été écrit. Prévisualisez et envoyez à nouveau.",
  graph_unknown: "Microsoft 365 n’a pas pu terminer. Rien n’a été écrit.",
  graph_partlyWritten:
    "L’envoi s’est arrêté en cours de route et certaines modifications n’ont pas pu être annulées. Ouvrez le tableau de suivi et vérifiez les lignes de ce rapport et toute ligne sans identifiant (un collègue a pu trier le tableau entre-temps) avant de renvoyer.",
  openInExcel: "Ouvrir le tableau de suivi dans Excel",
  signingIn: "Connexion à Microsoft 365…",
  working: "Traitement en cours…",
  moreActions: "Autres actions",
  findAgain: "Chercher à nouveau des recommandations",
  reviewSheetEnd: "Insérer la fiche de relecture à la fin",
  reviewSheetNew: "Mettre la fiche de relecture dans un nouveau document",
  firstRunTitle: "Relire les recommandations d’un rapport en trois étapes",
  firstRunStep1:
    "Trouvez et balisez les recommandations : le complément marque chacune dans le document.",
  firstRunStep2:
    "Tranchez chaque critère que la vérification n’a pas trouvé rempli : acceptez-le comme rempli, maintenez-le comme non rempli ou déclarez-le sans objet.",
  firstRunStep3:
    "Envoyez les recommandations au suivi, ou enregistrez-les dans un fichier pour Excel.",
  summaryCount:
    "{count, plural, one {# recommandation} other {# recommandations}} · moyenne {score}/10",
  summaryLeft:
    "{left, plural, one {# critère reste} other {# critères restent}} à trancher dans {recs, plural, one {# recommandation} other {# recommandations}}.",
  summaryDone: "Tous les critères sont tranchés : la relecture est terminée.",
  summaryNotMet: "Non remplis :",
  walkStart:
    "Passer en revue « {criterion} », non rempli dans {count, plural, one {# recommandation} other {# recommandations}}",
  showAll: "Les {count}",
  showFewer: "Moins",
  startReview: "Commencer la relecture",
  continueReview: "Poursuivre la relecture",
  filtersToggle: "Afficher seulement…",
  leftBadge: "{count, plural, one {# à trancher} other {# à trancher}}",
  navLabel: "Navigation dans la relecture",
  backToList: "Retour à la liste",
  backToReview: "Retour à la relecture",
  previous: "Recommandation précédente",
  next: "Recommandation suivante",
  shortcutBack: "Retour à la liste (Échap)",
  shortcutPrevious: "Recommandation précédente (P)",
  shortcutNext: "Recommandation suivante (N)",
  shortcutAccept: "Accepter comme rempli (A)",
  shortcutKeep: "Maintenir comme non rempli (K)",
  walkLabel: "Passage en revue de « {criterion} »",
  walkBanner:
    "Passage en revue de « {criterion} » : {count, plural, one {# recommandation reste} other {# recommandations restent}}.",
  applyAllMet: "Accepter comme rempli dans les {count}",
  applyAllKept: "Maintenir comme non rempli dans les {count}",
  walkStop: "Arrêter",
  settledAllMet:
    "« {criterion} » accepté comme rempli dans {count, plural, one {# recommandation} other {# recommandations}}.",
  settledAllKept:
    "« {criterion} » maintenu comme non rempli dans {count, plural, one {# recommandation} other {# recommandations}}.",
  settledAllNotApplicable:
    "« {criterion} » déclaré sans objet dans {count, plural, one {# recommandation} other {# recommandations}}.",
  toSettleHeading: "À trancher ({count})",
  decidedHeading: "Tranchés ({count})",
  allSettled: "Tous les critères de cette recommandation sont tranchés.",
  metFold: "{count, plural, one {# critère rempli} other {# critères remplis}}",
  why: "Pourquoi",
  shownBy: "Attesté par",
  verdict_not_applicable: "Sans objet",
  accept: "Accepter comme rempli",
  keep: "Maintenir non rempli",
  notApplicable: "Sans objet",
  markNotMet: "Marquer comme non rempli",
  addNote: "Ajouter une note",
  noteLabel: "Note sur « {criterion} » (facultative)",
  decided_met: "Accepté comme rempli par {reviewer}",
  decided_not_met: "Maintenu comme non rempli par {reviewer}",
  decided_not_applicable: "Sans objet, selon {reviewer}",
  change: "Modifier",
  changeDecision: "Modifier la décision sur « {criterion} »",
  showWords: "Montrer ces mots dans le document",
  reviewerName: "Votre nom (affiché avec vos décisions)",
  reviewerNeeded: "Demandé une fois, puis mémorisé sur cet ordinateur.",
  reviewerRecord: "Enregistrer",
  saving: "Enregistrement…",
  savedCaption: "Enregistré dans le document.",
  unmarkAsk:
    "Retirer le marquage de cette recommandation ? Sa balise, ses décisions et ses notes sont retirées ; son texte reste tel quel. Vous pourrez annuler.",
  unmarkConfirm: "Retirer le marquage",
  cancel: "Annuler",
  undo: "Annuler l’opération",
  undoDone: "Opération annulée.",
  undoTextGone:
    "Impossible d’annuler : le texte de la recommandation n’est plus dans le document tel qu’il était.",
  unmarkDone: "Le marquage a été retiré ; le texte est inchangé.",
  commentsDone:
    "Commentaires Word : {added, plural, one {# ajouté} other {# ajoutés}}, {updated, plural, one {# mis à jour} other {# mis à jour}}, {resolved, plural, one {# marqué comme résolu} other {# marqués comme résolus}}.",
  trackedChanges:
    "Ce rapport contient des modifications suivies. Le complément le lit comme si elles étaient toutes acceptées ; acceptez-les ou refusez-les dans Word si ce n’est pas ce que dit le rapport.",
  identityChanged:
    "S’agit-il d’un nouveau rapport ? Ses recommandations ont été balisées quand il s’intitulait « {before} » ; il s’agit maintenant de « {now} », comme lorsqu’un rapport de l’an dernier est enregistré sous un nouveau nom. Un nouveau rapport a besoin de nouveaux identifiants, sinon l’envoyer modifierait les recommandations de l’an dernier dans le suivi.",
  newIds: "Lui donner de nouveaux identifiants",
  sameReport: "C’est le même rapport",
  newIdsDone:
    "Le rapport et {count, plural, one {sa recommandation ont} other {ses # recommandations ont}} de nouveaux identifiants ; le suivi les prendra comme nouveaux.",
  sameReportDone: "Le rapport garde ses identifiants.",
  sheetMark_met: "✓",
  sheetMark_not_met: "✗",
  sheetMark_needs_review: "?",
  sheetMark_not_applicable: "s.o.",
  sheetMark_notChecked: "–",
  sheetMarkName_met: "rempli",
  sheetMarkName_not_met: "non rempli",
  sheetMarkName_needs_review: "à examiner",
  sheetMarkName_not_applicable: "sans objet",
  sheetByReviewer: "*",
  sheetByReviewerName: "décidé par une personne qui relit",
  sheetNotes: "Notes des relecteurs",
  sheetNoteLine: "{criterion} : {decision}. {note} ({reviewer})",
  exportBatch: "Enregistrer dans un fichier pour Excel",
  exportHint: "Pour l’import d’Excel, quand le suivi n’est pas dans OneDrive ou SharePoint.",
  sendSummaryHeading: "Envoyé à « {file} »",
  err_needsWordApi14:
    "Cela nécessite Word 2016 ou une version plus récente : votre version de Word ne peut pas le faire.",
  err_needsWordApi13: "Cela nécessite une version plus récente de Word.",
  signIn_notConfigured:
    "La connexion à Microsoft 365 n’est pas configurée pour ce complément : il ne peut pas envoyer vers un suivi. Demandez à votre administrateur de la configurer (l’aide du complément explique comment, sous « Envoyer au suivi »). En attendant, utilisez « Enregistrer dans un fichier pour Excel ».",
  graph_consent:
    "Votre organisation n’a pas encore autorisé ce complément à ouvrir des fichiers dans OneDrive et SharePoint. Demandez à votre administrateur Microsoft 365 de donner son consentement (l’aide du complément explique comment, sous « Envoyer au suivi »). Rien n’a été écrit.",
  // The Key mark (Detail.tsx).
  keyChoice: "Recommandation clé (une des priorités du rapport)",
  keyHint:
    "Les recommandations clés viennent en premier sur le tableau de bord et la feuille de suivi ; la marque suit l’export et l’envoi au tableau de suivi.",
  keyOverLimit:
    "Ce rapport compte maintenant {count, plural, one {# recommandation clé} other {# recommandations clés}}. Les MNP publient d’ordinaire {limit, plural, one {# priorité} other {# priorités}} au plus ; la vérification des données du tableau de suivi avertit quand un rapport dépasse la limite fixée par votre MNP.",
};
