import type { en } from "./en";

export const fr: Record<keyof typeof en, string> = {
  tabsLabel: "Tâches du tableau de suivi",
  tabSetup: "Mise en place",
  tabQuality: "Qualité",
  tabFollowUp: "Suivi",
  tabSettings: "Paramètres",
  firstRunTitle: "Tenir un tableau de suivi en trois étapes",
  firstRunStep1:
    "Mise en place : créez le tableau de suivi dans ce classeur, ou adoptez celui que vous tenez.",
  firstRunStep2:
    "Importez un rapport, ou un fichier enregistré depuis Word, après avoir vérifié l'aperçu.",
  firstRunStep3: "Suivi : consignez les réponses des autorités ; le tableau de bord les compte.",
  nextImport: "Importer un rapport",
  notInExcel: "Ouvrez ce volet depuis Excel pour travailler sur un classeur de suivi.",
  working: "En cours…",
  workingRead: "Lecture du classeur…",
  workingApply: "Construction du tableau de suivi…",
  workingUpgrade: "Mise à jour du tableau de suivi…",
  workingAdopt: "Construction du tableau de suivi à partir de la feuille…",
  workingQuality: "Vérification de chaque ligne…",
  workingFollowUp: "Actualisation de la feuille de suivi…",
  workingSelect: "Accès à la cellule…",
  workingShow: "Ouverture de la feuille…",
  messagesLabel: "Messages",
  progressRows: "{done, plural, one {# ligne} other {# lignes}} sur {total}",
  dismiss: "Fermer",
  errorTitle: "L'opération n'a pas abouti",
  warningTitle: "À noter",
  doneTitle: "Terminé",
  checkWorkbook: "Relire ce classeur",
  noTracker: "Ce classeur n'a pas encore de tableau de suivi.",
  trackerFound:
    "Tableau de suivi trouvé sur la feuille « {sheet} » ({rows, plural, one {# ligne} other {# lignes}}, {language}).",
  trackerUpToDate: "Ses colonnes, listes déroulantes et formats sont à jour.",
  trackerMissing: "Il lui manque ces colonnes, qu'une mise à jour ajoute à droite : {columns}.",
  trackerLanguage: "Langue du tableau de suivi",
  languageEn: "Anglais",
  languageFr: "Français",
  languageEs: "Espagnol",
  createTracker: "Créer le tableau de suivi",
  upgradeTracker: "Mettre à jour le tableau de suivi",
  reapplyTracker: "Rétablir les listes déroulantes et les formats",
  upgradeSafe:
    "Vos lignes, vos propres colonnes, les en-têtes renommés, les tris et les filtres sont conservés.",
  keyLimit: "Recommandations clés par rapport, au plus",
  keyLimitHint:
    "Enregistré dans le tableau de suivi à sa création ou à sa mise à jour ; le contrôle des données signale un rapport qui en a davantage. Laissez vide pour ne fixer aucune limite.",
  created:
    "Le tableau de suivi a été créé : feuilles {recommendations}, {dashboard}, {followUp} et {lists}.",
  upgraded:
    "Le tableau de suivi est à jour. Colonnes ajoutées : {added}. Vos propres colonnes conservées : {extra}.",
  reorderChoice:
    "Mettre aussi les colonnes dans le nouvel ordre (le texte d'abord, puis ce que vous mettez à jour pendant le suivi)",
  reorderHint:
    "Vos valeurs suivent leurs colonnes. Vos propres formules qui désignent des cellules par leur position (comme =F2 dans une autre feuille) désigneraient alors d'autres colonnes : laissez décoché si vous en avez.",
  upgradedReordered:
    "Le tableau de suivi est à jour et ses colonnes sont dans le nouvel ordre. Colonnes ajoutées : {added}. Vos propres colonnes, conservées à la fin : {extra}.",
  none: "aucune",
  skippedFeatures:
    "Cette version d'Excel ne peut pas ajouter : {features}. Le tableau de suivi fonctionne sans ; ouvrez-le dans un Excel plus récent pour les ajouter.",
  featureValidation: "les listes déroulantes et le contrôle des dates",
  featureCharts: "les graphiques du tableau de bord",
  featurePrint: "la mise en page (paysage, ajustée à la largeur, en-tête sur chaque page)",
  featureReorder: "le déplacement des colonnes dans le nouvel ordre",
  metadataDamaged:
    "Les paramètres du tableau de suivi enregistrés dans le classeur sont illisibles ({problem}) ; les en-têtes de colonnes ont été utilisés.",
  metadataProblemNoTrackerElement: "ils sont endommagés",
  metadataProblemOtherFormat: "ils ont été enregistrés dans un autre format",
  metadataProblemCutShort: "ils sont incomplets",
  metadataProblemNoSchemaVersion: "leur numéro de version manque ou n'est pas valable",
  adoptHeading: "Reprendre une feuille existante",
  adoptIntro:
    "Choisissez la feuille qui contient vos recommandations. Elle reste telle quelle ; le tableau de suivi est construit à côté.",
  adoptSheet: "Feuille à reprendre",
  adoptSheetOption: "{name} ({rows, plural, one {# ligne} other {# lignes}})",
  adoptRead: "Proposer une correspondance des colonnes",
  mappingHeading: "Correspondance des colonnes",
  mappingIntro:
    "Vérifiez le contenu de chacune de vos colonnes. Les colonnes gardées comme les vôtres sont copiées telles quelles.",
  mappingColumn: "Colonne {letter} : {header}",
  mappingEmptyHeader: "(sans en-tête)",
  mappingOwn: "Garder comme ma propre colonne",
  mappingSure: "sûr à {percent} %",
  mappingUser: "votre choix",
  mappingSamples: "Elle contient {samples}",
  mappingNeedsText: "Indiquez la colonne qui contient les recommandations elles-mêmes.",
  adoptRun: "Construire le tableau de suivi à partir de cette feuille",
  adopted:
    "{records, plural, one {# recommandation reprise} other {# recommandations reprises}} de « {sheet} ». {ids, plural, one {# nouvel identifiant a été créé.} other {# nouveaux identifiants ont été créés.}}",
  adoptKept:
    "{count, plural, one {# valeur n'a pas pu être lue et a été gardée telle quelle, surlignée en jaune : vérifiez-la} other {# valeurs n'ont pas pu être lues et ont été gardées telles quelles, surlignées en jaune : vérifiez-les}} dans Qualité des données.",
  adoptSkippedRows:
    "{count, plural, one {# ligne a été laissée de côté (vide, en-tête répété ou note)} other {# lignes ont été laissées de côté (vides, en-tête répété ou note)}} : {rows}.",
  qualityIntro:
    "Repère les lignes avec un champ obligatoire vide, une valeur hors liste, une date illisible, un identifiant répété, une échéance antérieure à la date d'émission, ou « Mise en œuvre » sans vérification.",
  qualityRun: "Vérifier les données",
  qualityNone: "Aucun problème dans {rows, plural, one {# ligne} other {# lignes}}.",
  qualitySummary:
    "{errors, plural, one {# erreur} other {# erreurs}} et {warnings, plural, one {# point} other {# points}} à vérifier dans {rows, plural, one {# ligne} other {# lignes}}.",
  qualityListLabel: "Problèmes trouvés ; choisissez-en un pour aller à sa cellule",
  qualityIssue: "Ligne {row}, {column} : {message}",
  qualityNoColumn: "toute la ligne",
  qualityShown: "Affichage des {shown} premiers sur {total}.",
  severityError: "Erreur",
  severityWarning: "À vérifier",
  workingTidy: "Mise en ordre des listes…",
  tidyHeading: "Mettre les listes en ordre",
  tidyIntro:
    "Des valeurs qui semblent être la même chose écrite autrement, et plusieurs destinataires écrits en un seul. Décochez ce qui doit rester tel quel ; rien ne change avant que vous appliquiez.",
  tidyNone: "Rien à mettre en ordre : chaque valeur des listes s'écrit d'une seule façon.",
  tidyMerge:
    "Écrire {from} comme {into} ({column}, {rows, plural, one {# ligne} other {# lignes}})",
  tidySplit:
    "Séparer {value} en {parts} ({column}, {rows, plural, one {# ligne} other {# lignes}})",
  tidyRun: "Appliquer {count, plural, one {# modification} other {# modifications}}",
  tidyDone:
    "{changes, plural, one {# modification appliquée} other {# modifications appliquées}} à {rows, plural, one {# ligne} other {# lignes}} ; les listes et le tableau de bord suivent.",
  followUpIntro:
    "Liste, sur la feuille de suivi, ce qui est en retard, arrive à échéance ou est mis en œuvre sans être encore vérifié.",
  followUpRun: "Actualiser la feuille de suivi",
  workingFigures: "Calcul des chiffres tirés de l'historique…",
  figuresHeading: "Chiffres tirés de l'historique",
  figuresIntro:
    "Les chiffres du tableau de bord tirés de l'historique (la mise en œuvre à la fin de chaque année, le temps que met chaque destinataire à répondre et à mettre en œuvre, les réponses dans le délai, les réitérations) sont des valeurs, pas des formules : ils sont recalculés après chaque suivi enregistré ici, ou maintenant.",
  figuresRun: "Actualiser les chiffres",
  figuresDone:
    "Les chiffres tirés de l'historique sont à jour sur la feuille « {sheet} » (au {date}).",
  figuresNoDashboard:
    "Ce classeur n'a pas de tableau de bord fait par le suivi : les chiffres n'ont pas été écrits. Mise en place > Mettre à jour le tableau de suivi l'ajoute.",
  figuresNoHistory:
    "Ce tableau de suivi n'a pas encore de feuille d'historique du suivi : il n'y a donc pas de chiffres tirés de l'historique. Utilisez Mise en place > Mettre à jour le tableau de suivi pour l'ajouter (aucune cellule existante ne change).",
  figuresBlocked:
    "Le tableau de bord est resté tel quel : ses sections couvriraient maintenant des cellules écrites en dessous. Déplacez ces cellules, puis actualisez de nouveau les chiffres.",
  followUpDone:
    "La feuille « {sheet} » liste {rows, plural, one {# recommandation} other {# recommandations}}.",
  countOverdue: "En retard",
  countDueSoon: "Échéance dans {days, plural, one {# jour} other {les # jours}}",
  countNotVerified: "Mise en œuvre, non vérifiée",
  settingsDueSoon: "« Échéance proche » signifie une échéance dans ce nombre de jours",
  settingsExcel: "Cet Excel",
  settingsAllFeatures: "Tout ce qu'utilise le tableau de suivi est disponible.",
  settingsMissing: "Non disponible ici : {features}.",
  problemExcelTooOld:
    "Cette version d'Excel est trop ancienne pour le tableau de suivi (il faut l'API Excel {version} ou plus récente). Mettez Office à jour ou utilisez Excel pour le web.",
  problemNoTracker:
    "Ce classeur n'a pas de tableau Recommendations. Créez un tableau de suivi ou reprenez une feuille dans Mise en place.",
  problemAlreadyTracker:
    "Ce classeur a déjà un tableau de suivi (sur la feuille « {sheet} »). Utilisez la mise à jour au lieu de reprendre une feuille.",
  problemSheetMissing:
    "La feuille « {sheet} » n'est plus dans le classeur. Relisez le classeur et choisissez une autre feuille.",
  problemSheetEmpty: "La feuille « {sheet} » est vide.",
  problemNoTextColumn:
    "Aucune colonne de « {sheet} » n'est indiquée comme contenant les recommandations.",
  problemMetadataDamaged:
    "Les paramètres du tableau de suivi enregistrés dans ce classeur sont endommagés.",
  officeTooBig:
    "Excel a refusé de traiter autant de données à la fois. Réessayez ; si cela se reproduit, coupez la feuille en deux.",
  officeNotFound:
    "Un élément nécessaire au tableau de suivi a été supprimé ou renommé pendant l'opération. Relisez le classeur.",
  officeBusy:
    "Excel est occupé (une cellule est peut-être en cours de saisie). Appuyez sur Entrée ou Échap dans la feuille, puis réessayez.",
  officeNotAllowed:
    "Excel n'a pas autorisé la modification (la feuille ou le classeur est peut-être protégé).",
  officeApiMissing: "Cette version d'Excel n'a pas une fonction dont le tableau de suivi a besoin.",
  officeOther: "Excel a signalé un problème.",
  errorDetails: "Détails : {details}",
  tabImport: "Importer",
  workingImportRead: "Lecture du fichier et comparaison avec le tableau de suivi…",
  workingImport: "Écriture dans le tableau de suivi…",
  importIntro:
    "Choisissez un rapport (.docx) ou un fichier enregistré depuis Word (.json). Vous voyez ce qui changerait avant toute écriture ; les réponses, la mise en œuvre et les notes déjà saisies ne sont jamais écrasées.",
  importChoose: "Rapport ou fichier enregistré depuis Word",
  importChooseHint:
    "Un rapport Word (.docx), ou le fichier que Word enregistre pour Excel (.json).",
  importNeedsTracker:
    "Ce classeur n'a pas encore de tableau de suivi : créez-en un dans Mise en place d'abord.",
  importFrom: "De « {file} » : {report}",
  importUntagged:
    "Ce rapport n'a pas été préparé avec le volet Word : ses recommandations ont été repérées d'après leur formulation. Vérifiez la liste avant d'importer.",
  importWarning: "À noter : {message}",
  importWarningNoText: "La recommandation {number} n'a pas de texte : elle a été laissée de côté.",
  importWarningTooLong:
    "La recommandation {number} dépasse ce qu'une cellule Excel peut contenir (32 767 caractères) : elle a été laissée de côté.",
  importWarningTaggedTextGone:
    "{count, plural, one {# recommandation a été laissée de côté : son texte balisé n'est plus dans le rapport.} other {# recommandations ont été laissées de côté : leur texte balisé n'est plus dans le rapport.}}",
  importWarningUntaggedLeftOut:
    "{count, plural, one {# recommandation trouvée dans le rapport n'est pas balisée : elle a été laissée de côté.} other {# recommandations trouvées dans le rapport ne sont pas balisées : elles ont été laissées de côté.}}",
  importWarningTrackedChanges:
    "Le rapport contient des modifications suivies : il a été lu comme si elles étaient toutes acceptées. Si ce n'est pas ce que dit le rapport, acceptez-les ou refusez-les d'abord dans Word.",
  importWarningOtherLanguage:
    "Le rapport semble rédigé dans une langue que le complément ne lit pas encore (il lit l'anglais, le français et l'espagnol) : aucune recommandation n'y a été trouvée. Balisez-les dans Word.",
  importOtherLanguage:
    "Aucune recommandation n'a été trouvée dans « {file} » : il semble rédigé dans une langue que le complément ne lit pas encore (il lit l'anglais, le français et l'espagnol). Marquez plutôt ses recommandations dans Word.",
  importNothing: "Aucune recommandation n'a été trouvée dans « {file} ».",
  importRun: "Importer {count, plural, one {# recommandation} other {# recommandations}}",
  importCancel: "Annuler",
  importDateLabel: "Date du rapport",
  importDateMissing:
    "Le rapport n'indique pas sa date. Saisissez-la : elle devient la « Date d'émission » de ses recommandations, et les délais comme « dans un délai de trois mois » courent à partir d'elle.",
  importDateFromReport: "Lue dans le rapport : « {line} ». Modifiez-la si elle est fausse.",
  importDateFromWord: "Enregistrée dans le rapport avec le complément Word.",
  importDateGiven: "Saisie par vous.",
  importDateFromBatch: "Tirée du fichier enregistré dans Word.",
  importReference: "Numéro du rapport : {reference}",
  importCorrected:
    "{count, plural, one {# des lignes mises à jour a été corrigée} other {# des lignes mises à jour ont été corrigées}} : les détails qu'un import précédent avait laissés vides ou mal remplis (comme une « Date d'émission » qui était le jour de cet import) viennent maintenant du rapport.",
  importSummaryHeading: "Import de « {file} »",
  importShowTracker: "Ouvrir les recommandations (feuille « {sheet} »)",
  importShowDashboard: "Ouvrir le tableau de bord (feuille « {sheet} »)",
  importSummary:
    "{added, plural, one {# ajoutée} other {# ajoutées}}, {updated, plural, one {# mise à jour} other {# mises à jour}}, {unchanged, plural, one {# inchangée} other {# inchangées}}, {flagged} à examiner.",
  importListEntries:
    "{count, plural, one {# nouvelle entrée a été ajoutée} other {# nouvelles entrées ont été ajoutées}} aux listes déroulantes.",
  importMoved:
    "{count, plural, one {# ligne avait changé de place depuis l'aperçu (le tableau a été trié) et a été mise à jour là où elle se trouve.} other {# lignes avaient changé de place depuis l'aperçu (le tableau a été trié) et ont été mises à jour là où elles se trouvent.}}",
  importMissingColumns:
    "Le tableau de suivi n'a pas de colonne pour : {columns}. Ces valeurs n'ont pas été écrites ; mettez le tableau à jour dans Mise en place pour ajouter les colonnes.",
  importTooBig:
    "« {file} » est trop volumineux pour être importé ({size} Mo ; la limite est de {limit} Mo).",
  importUnreadable:
    "« {file} » n'a pas pu être lu : il est endommagé, ou ce n'est ni un rapport Word ni un fichier enregistré depuis Word.",
  importFileEmpty: "« {file} » est vide.",
  importNotReportOrBatch:
    "« {file} » n'est ni un rapport Word (.docx) ni un fichier de recommandations enregistré depuis Word (.json).",
  importWorkbookNotReport:
    "« {file} » est un classeur Excel, pas un rapport : choisissez le rapport Word (.docx) ou le fichier enregistré depuis celui-ci (.json).",
  importNotWord: "« {file} » n'est pas un document Word (.docx).",
  importWordDamaged:
    "« {file} » est endommagé ou incomplet : il n'a pas pu être ouvert comme document Word.",
  importWordTooBig:
    "« {file} » est trop volumineux pour être lu comme un rapport (plus de 200 Mo une fois décompressé) ; il est peut-être endommagé.",
  importWordProtected:
    "« {file} » est protégé par un mot de passe : retirez le mot de passe dans Word, enregistrez, puis réessayez.",
  importOldWordFormat:
    "« {file} » est protégé par un mot de passe ou est un ancien document Word 97-2003 (.doc) : retirez le mot de passe, ou enregistrez-le en .docx dans Word, puis réessayez.",
  problemRowGone:
    "La recommandation {id} n'est plus dans le tableau de suivi (elle était en ligne {row} lors de l'aperçu). Rien n'a été écrit : choisissez à nouveau le fichier pour un nouvel aperçu.",
  problemIdRepeated:
    "L'identifiant {id} figure maintenant sur plusieurs lignes du tableau de suivi. Rien n'a été écrit : corrigez l'identifiant répété (Qualité des données l'indique), puis importez à nouveau.",
  problemRowChanged:
    "La ligne {row} du tableau de suivi a changé depuis l'aperçu. Rien n'a été écrit : choisissez à nouveau le fichier pour un nouvel aperçu.",
  problemTotalsRow:
    "Le tableau de suivi a une ligne de total : de nouvelles lignes ne peuvent pas être ajoutées sous les données. Désactivez-la (Création de tableau > Ligne de total), puis importez à nouveau. Rien n'a été écrit.",
  problemSheetProtected:
    "La feuille « {sheet} » est protégée : le complément ne peut pas y écrire. Rien n'a été modifié. Ôtez la protection (Révision > Ôter la protection de la feuille), puis réessayez.",
  workingRecord: "Enregistrement de l'événement…",
  eventHeading: "Enregistrer un événement de suivi",
  eventIntro:
    "Sélectionnez les lignes des recommandations dans la feuille Recommandations, reprenez-les ici, puis indiquez ce qui s'est passé. Chacune reçoit une ligne dans la feuille Historique du suivi, et ses colonnes actuelles sont mises à jour en même temps.",
  eventTake: "Reprendre les lignes sélectionnées",
  eventTaken: "{count, plural, one {# recommandation} other {# recommandations}} : {ids}",
  eventWithoutId:
    "{count, plural, one {# ligne sélectionnée n'a pas} other {# lignes sélectionnées n'ont pas}} d'ID et ne {count, plural, one {sera pas enregistrée} other {seront pas enregistrées}}.",
  eventKind: "Ce qui s'est passé",
  eventDate: "Date",
  eventWith: "Avec qui",
  eventSummary: "Résumé",
  eventStatus: "Mise en œuvre constatée",
  eventAccepted: "Acceptation constatée",
  eventUnchanged: "Laisser telle quelle",
  eventRun: "Enregistrer pour {count, plural, one {# recommandation} other {# recommandations}}",
  eventNoSelection:
    "Aucune recommandation n'est sélectionnée. Sélectionnez leurs lignes dans le tableau Recommandations (un seul bloc de lignes), puis reprenez-les ici.",
  eventRecorded:
    "{events, plural, one {# événement ajouté} other {# événements ajoutés}} à l'historique du suivi ; {updated, plural, one {# recommandation mise à jour} other {# recommandations mises à jour}}.",
  eventNotFound: "Non enregistré, car aucune ligne unique ne porte ces ID : {ids}.",
  driftHeading: "Modifié dans la feuille depuis le dernier événement enregistré",
  driftLine:
    "{id} : {field} vaut « {current} » dans la feuille ; le dernier événement enregistré ({since}) indique « {recorded} ».",
  driftStatus: "Mise en œuvre",
  driftAccepted: "Acceptation",
  driftEmpty: "(vide)",
  driftRun:
    "Enregistrer {count, plural, one {# changement} other {# changements}} dans l'historique",
  driftRecorded:
    "{count, plural, one {# changement enregistré} other {# changements enregistrés}} dans l'historique du suivi comme « Changement de statut ».",
  countReplyOverdue: "Réponse en retard",
  trackerNoHistory:
    "Il n'a pas encore de feuille Historique du suivi. Mettez le suivi à niveau pour l'ajouter (aucune cellule existante ne change) : chaque réponse, relance, réunion et visite de suivi pourra alors être enregistrée avec sa date, un délai de réponse pourra être fixé, et le tableau de bord comptera les réponses en retard.",
  workingLetter: "Préparation du document…",
  workingReply: "Lecture de la réponse…",
  letterHeading: "Lettres et notes de visite",
  letterIntro:
    "Une lettre liste les recommandations d'une autorité en attente de réponse ; une note de visite liste les recommandations ouvertes d'un lieu avec leur historique. Chacune contient un tableau à remplir, avec les noms de colonnes du suivi ; relisez-le ci-dessous à son retour.",
  letterKind: "Type de document",
  letterKindLetter: "Lettre à une autorité",
  letterKindBrief: "Note pour une visite de suivi",
  letterAuthority: "Autorité, telle que le suivi la nomme",
  letterPlace: "Lieu, tel que le suivi le nomme",
  letterRun: "Préparer la lettre",
  briefRun: "Préparer la note de visite",
  letterReady:
    "{file} a été enregistré dans vos téléchargements : {count, plural, one {# recommandation} other {# recommandations}} pour {party}. Modifiez son texte d'accompagnement dans Word avant de l'envoyer.",
  letterUnknownParty: "Le suivi ne nomme aucun « {party} ». Il nomme : {known}.",
  replyChoose: "Lire une réponse (la lettre ou la note retournée, .docx)",
  replyNoTable:
    "{file} ne contient pas de tableau avec une colonne d'ID. Choisissez une lettre ou une note préparée ici, avec son tableau.",
  replyHeading: "Ce que {file} changerait",
  replyNothing: "Rien de nouveau à enregistrer dans {file}.",
  replyItem: "{id} : {changes}",
  replyChange: "{column} « {before} » → « {after} »",
  replyTextChanged:
    "Son texte dans la réponse diffère de celui du suivi : elle est laissée de côté, vérifiez-la d'abord.",
  replyInvalid: "{id} : {column} « {value} » ne peut pas être lu et ne sera pas enregistré.",
  replyUnknown: "Lignes dont le suivi ne contient pas l'ID (non enregistrées) : {ids}.",
  replyApply: "Appliquer {count, plural, one {# modification} other {# modifications}}",
  replyApplied:
    "{count, plural, one {# recommandation mise à jour} other {# recommandations mises à jour}} depuis {file}, chacune avec un événement dans l'historique du suivi.",
  historyAdded:
    "La feuille « {sheet} » contient l'historique du suivi : enregistrez réponses, relances, réunions et visites de suivi dans Suivi, et fixez le délai de réponse en haut de la feuille.",
  eventIds: "ID des recommandations",
  eventIdsHint: "Repris des lignes sélectionnées, ou saisis, séparés par des virgules.",
  problemNoHistory:
    "Ce suivi n'a pas encore de feuille Historique du suivi. Utilisez Configurer > Mettre à niveau le suivi pour l'ajouter (aucune cellule existante ne change), puis enregistrez à nouveau l'événement.",
  problemStructureProtected:
    "La structure du classeur est protégée : le complément ne peut pas ajouter les feuilles dont il a besoin. Rien n'a été modifié. Désactivez-la (Révision > Protéger le classeur), puis réessayez.",
  // Strategies for recommendations not implemented (Strategies.tsx).
  countNotImplemented: "Non mises en œuvre (stratégies à essayer)",
  strategiesHeading: "Non mise en œuvre : pourquoi, et que faire",
  strategiesIntro:
    "Pour les recommandations choisies ci-dessus (lignes sélectionnées ou Rec ID saisis) qui ne sont pas mises en œuvre : la raison notée et les stratégies qu’elle suggère. Une stratégie essayée est consignée dans l’historique du suivi, avec la date et « avec qui » du formulaire ci-dessus (aujourd’hui si aucune date n’est indiquée).",
  strategiesShow: "Afficher raisons et stratégies",
  strategiesNone:
    "Aucune des recommandations choisies n’est marquée comme non mise en œuvre ni n’a de raison notée.",
  strategiesNoReason: "Pas encore de raison notée",
  strategiesReason: "{reason} : {count, plural, one {# recommandation} other {# recommandations}}",
  strategiesRecord: "Noter comme essayée : {kind}",
  strategiesRecordLabel:
    "Noter comme essayée : {kind}. {strategy}. Pour {count, plural, one {# recommandation} other {# recommandations}}.",
  strategiesOthers:
    "{count, plural, one {# autre recommandation n’appelle} other {# autres recommandations n’appellent}} pas de stratégie (mises en œuvre, ou non marquées comme non mises en œuvre) : {ids}.",
  strategyRecorded:
    "« {strategy} » noté comme essayé pour {count, plural, one {# recommandation} other {# recommandations}} le {date}, dans l’historique du suivi.",
  actorsHeading: "Acteurs d'une recommandation",
  actorsIntro:
    "Sélectionnez la ligne d'une recommandation dans la feuille des recommandations, ou saisissez son ID rec., pour voir les acteurs que la feuille des acteurs y relie (par son ID rec. ou son thème) et l'approche suggérée pour chacun.",
  actorsId: "ID rec.",
  actorsIdHint: "Laissez vide pour prendre la ligne sélectionnée.",
  actorsShow: "Voir ses acteurs",
  actorsFound: "Recommandation {id} : {count, plural, one {# acteur} other {# acteurs}}.",
  actorsNone:
    "Aucun acteur de la feuille des acteurs n'est encore relié à son ID rec. ou à son thème. Ajoutez-les-y, avec l'ID rec. ou le thème dans « Recommandations ou thèmes liés ».",
  actorsNoTracker:
    "Ce classeur n'a pas encore de tableau de suivi : créez-le d'abord dans Mise en place.",
  actorsNoSheet:
    "Ce tableau de suivi n'a pas encore de feuille des acteurs. Utilisez Mise en place > Mettre à jour le tableau de suivi pour l'ajouter (aucune cellule existante ne change).",
  actorsNoSelection:
    "Sélectionnez la ligne d'une recommandation dans la feuille des recommandations, ou saisissez son ID rec.",
  actorsNotFound: "Aucune recommandation n'a l'ID rec. « {id} ».",
  actorsLevels: "Pouvoir : {power} · Intérêt : {interest}",
  actorsStance: "Position : {stance}",
  actorsNotSet: "non renseigné",
  actorsNotPlaced:
    "Renseignez son pouvoir et son intérêt dans la feuille des acteurs pour voir l'approche suggérée.",
  actorsViaId: "Relié par l'ID rec.",
  actorsViaTheme: "Relié par le thème « {theme} »",
  trackerNoStakeholders:
    "Il n'a pas encore de feuille des acteurs : une mise à jour l'ajoute, avec la grille pouvoir-intérêt, sous forme de nouvelles feuilles uniquement.",
};
