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
  unmarkDone: "Le marquage a été retiré ; le texte est inchangé.",
  goTo: "Afficher dans le document",
  addComments: "Ajouter les constats en commentaires Word",
  commentsDone: "{count, plural, one {# commentaire ajouté.} other {# commentaires ajoutés.}}",
  commentsMissing:
    "{count, plural, one {# recommandation n’est plus dans le document et n’a pas reçu de commentaire.} other {# recommandations ne sont plus dans le document et n’ont pas reçu de commentaire.}}",
  commentLine: "{criterion} : {verdict}. {suggestion}",
  reviewSheet: "Fiche de relecture",
  reviewSheetEnd: "Insérer à la fin de ce document",
  reviewSheetNew: "Mettre dans un nouveau document",
  reviewSheetDone: "La fiche de relecture a été insérée.",
  saved: "Enregistré dans le document.",
  detailsHeading: "Détails du rapport",
  title: "Titre du rapport",
  reportType: "Type de rapport",
  date: "Date",
  places: "Lieux visités (séparés par ;)",
  link: "Lien vers le rapport",
  defaultAddressee: "Destinataire par défaut",
  defaultTheme: "Thème par défaut",
  saveDetails: "Enregistrer les détails du rapport",
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
  modeLabel: "Mode de relecture",
  modeList: "Une recommandation à la fois",
  modeCriterion: "Un critère sur toutes les recommandations",
  walkCriterion: "Critère à parcourir",
  walkDone:
    "Toutes les recommandations remplissent « {criterion} » (après décisions des relecteurs).",
  previous: "Précédente",
  next: "Suivante",
  position: "{index} sur {total}",
  recLabel: "Recommandation {ref}",
  noRef: "{position} (sans numéro)",
  scoreBadge: "{score}/10",
  scoreLabel: "Score Double-SMART {score} sur 10",
  notChecked: "non vérifiée",
  missingInDocument:
    "N’est plus dans le document (son marqueur a été supprimé) ; ses données de relecture sont conservées.",
  recheckDone: "Vérifiée à nouveau après modification du texte.",
  criteriaHeading: "Critères Double-SMART",
  verdict_met: "Rempli",
  verdict_not_met: "Non rempli",
  verdict_needs_review: "À examiner",
  checkerSaid: "Vérificateur : {verdict}",
  overriddenBy: "Décidé par {reviewer} : {verdict}",
  evidence: "Éléments",
  inIntroduction: "dans l’introduction :",
  noEvidence: "Aucun élément dans le texte.",
  suggestion: "Suggestion",
  changeVerdict: "Modifier le verdict pour {criterion}",
  override: "Votre verdict pour {criterion}",
  overrideNone: "Garder le verdict du vérificateur",
  overrideNote: "Note pour {criterion}",
  saveOverride: "Enregistrer le verdict pour {criterion}",
  clearOverride: "Retirer votre verdict pour {criterion}",
  reviewerName: "Votre nom (affiché avec vos verdicts)",
  reviewerNeeded: "Saisissez votre nom une fois ; il est mémorisé sur cet ordinateur.",
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
  saveMeta: "Enregistrer les données de suivi",
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
  sheetRef: "Réf.",
  sheetRecommendation: "Recommandation",
  sheetScore: "Score",
  sheetState: "État de relecture",
  sheetNotes: "Notes des relecteurs",
  sheetOverridden: "{verdict} (relecteur)",
  sheetOverrideLine: "{criterion} : {verdict}. {note} ({reviewer})",
  sheetNotChecked: "–",
  messages: "Messages",
  dismiss: "Fermer",
  problemDamaged:
    "Les données de relecture enregistrées dans ce document n’ont pas pu être lues ({problem}). Elles sont conservées telles quelles ; rien ne sera enregistré tant que vous ne choisissez pas de repartir de zéro.",
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
  problemWarnings:
    "Certaines données de relecture n’ont pas pu être lues et ont été ignorées : {details}.",
  err_needsWordApi14:
    "Il faut Word 2016 ou plus récent (Word API 1.4). Votre version de Word ne le permet pas.",
  err_needsWordApi13: "Il faut une version plus récente de Word (Word API 1.3).",
  err_needsHiddenDocument:
    "Cette version de Word ne permet pas à un complément de remplir un nouveau document. Insérez plutôt la fiche à la fin de ce document.",
  err_needsCompressedFile:
    "Cette version de Word ne peut pas transmettre le document à un complément : la copie ne peut pas être faite ici. Enregistrez le document et faites la copie avec la ligne de commande (rectrack publish).",
  err_emptySelection: "Sélectionnez d’abord le texte de la recommandation dans le document.",
  err_recommendationNotInDocument: "Cette recommandation n’est plus dans le document.",
  err_documentChanged: "Le document a changé pendant la lecture. Relisez-le et réessayez.",
  err_selectionInsideRecommendation: "La sélection est déjà dans une recommandation.",
  err_other: "Word n’a pas pu le faire : {message}",
  shareHeading: "Envoyer les recommandations",
  exportBatch: "Exporter le lot (.json)",
  exportDone:
    "Le lot a été enregistré sous « {file} » dans votre dossier Téléchargements. Si aucun fichier n’y est apparu, copiez plutôt le lot.",
  exportNoDownload:
    "Word sur cet ordinateur ne peut pas enregistrer de fichier depuis un complément. Copiez le lot, puis collez-le dans un nouveau fichier texte nommé « {file} ».",
  copyBatch: "Copier le lot dans le presse-papiers",
  copyDone:
    "Le lot est dans le presse-papiers. Collez-le dans un nouveau fichier texte nommé « {file} ».",
  copyFailed:
    "Le presse-papiers a refusé le lot. Sélectionnez tout le texte ci-dessous et copiez-le (Ctrl+C, ou Cmd+C sur Mac).",
  batchText: "Le lot ({file})",
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
    "La copie n’a pas pu être faite : Word a transmis un document que le complément ne sait pas lire ({detail}). Ce document n’est pas modifié.",
  batchWarnings: "À vérifier avant l’envoi : {details}",
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
  sendCorrected:
    "{count, plural, one {# ligne a été corrigée} other {# lignes ont été corrigées}} : les détails qu'un import précédent avait laissés vides ou mal remplis viennent maintenant du rapport.",
  sendNothing:
    "Le tableau de suivi contient déjà ces recommandations telles quelles : rien n’a été écrit.",
  openTracker: "Ouvrir le tableau de suivi",
  linkInvalid:
    "Ce n’est pas un lien OneDrive ou SharePoint. Dans Excel, utilisez Partager > Copier le lien sur le tableau de suivi et collez ce lien.",
  signIn_notConfigured:
    "La connexion à Microsoft 365 n’est pas configurée pour ce complément : il ne peut pas envoyer au suivi. Votre administrateur peut la configurer comme l’explique le README (section « Send to tracker »). En attendant, utilisez « Exporter le lot ».",
  signIn_cancelled: "La connexion a été annulée. Rien n’a été envoyé.",
  signIn_blocked:
    "La fenêtre de connexion a été bloquée. Autorisez les fenêtres pop-up pour ce complément, puis réessayez.",
  signIn_failed: "La connexion à Microsoft 365 a échoué ({detail}). Rien n’a été envoyé.",
  graph_signedOut:
    "Vous n’êtes pas connecté à Microsoft 365, ou votre connexion a expiré. Rien n’a été écrit. Prévisualisez à nouveau pour vous connecter.",
  graph_consent:
    "Votre organisation n’a pas encore autorisé ce complément à ouvrir des fichiers dans OneDrive et SharePoint. Demandez à votre administrateur Microsoft 365 d’accorder le consentement (README, section « Send to tracker »). Rien n’a été écrit.",
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
  graph_unknown: "Microsoft 365 n’a pas pu terminer ({detail}). Rien n’a été écrit.",
  graph_partlyWritten:
    "L’envoi s’est arrêté en cours de route et certaines modifications n’ont pas pu être annulées. Ouvrez le tableau de suivi et vérifiez les lignes de ce rapport et toute ligne sans identifiant (un collègue a pu trier le tableau entre-temps) avant de renvoyer.",
  openInExcel: "Ouvrir le tableau de suivi dans Excel",
  signingIn: "Connexion à Microsoft 365…",
};
