import type { CliCatalogue } from "./en";

export const fr: CliCatalogue = {
  error: "rectrack : {message}",
  unexpected: "rectrack : erreur inattendue : {message}",
  aFile: "un fichier",
  note: "Remarque : {text}",
  inputSentence:
    "ce fichier ou cette saisie ne peut pas être utilisé. Détails (en anglais) : {sentence}",
  input_notWord: "{file} n'est pas un document Word (.docx).",
  input_wordDamaged:
    "{file} est endommagé ou incomplet : il n'a pas pu être ouvert comme document Word (.docx).",
  input_wordTooBig:
    "{file} est trop volumineux pour être lu comme un rapport (plus de 200 Mo une fois décompressé ; il est peut-être endommagé).",
  input_wordProtected:
    "{file} est protégé par un mot de passe : retirez le mot de passe dans Word, enregistrez, puis réessayez.",
  input_oldWordFormat:
    "{file} est un ancien fichier Office (.doc ou .xls) ou est protégé par un mot de passe : ouvrez-le dans Word et enregistrez-le comme document Word (.docx), puis réessayez.",
  input_fileEmpty: "{file} est vide.",
  input_notReportOrBatch:
    "{file} n'est ni un rapport Word (.docx) ni un lot de recommandations (.json).",
  input_workbookNotReport:
    "{file} est un classeur Excel, pas un rapport ; nommez d'abord le rapport : rectrack import RAPPORT.docx SUIVI.xlsx.",
  input_notWorkbook: "{file} n'est pas un classeur Excel (.xlsx).",
  input_workbookDamaged:
    "{file} est endommagé : il n'a pas pu être ouvert comme classeur Excel (.xlsx).",
  input_workbookTooBig:
    "{file} est trop volumineux pour être lu comme classeur (plus de {limit} Mo une fois décompressé) ; il est peut-être endommagé.",
  input_workbookProtected:
    "{file} est protégé par un mot de passe : ouvrez-le dans Excel, retirez le mot de passe, enregistrez-le, puis réessayez.",
  input_oldExcelFormat:
    "{file} est un ancien fichier Excel (.xls) : ouvrez-le dans Excel et enregistrez-le d'abord comme classeur .xlsx.",
  input_noTrackerTable:
    "{file} n'a pas de tableau des recommandations : créez un classeur de suivi avec `rectrack template`, ou transformez une feuille faite à la main avec `rectrack adopt`.",
  input_tableUnreadable: "{file} : le tableau Excel « {table} » ne peut pas être lu.",
  input_tableTotalRow:
    "{file} : le tableau Excel « {table} » a une ligne de total ; désactivez-la dans Excel (Création de tableau > Ligne Total) pour que de nouvelles lignes puissent être ajoutées, puis réessayez.",
  input_rowMoved:
    "{file} : la ligne {row} ne contient plus la recommandation {id} ; rien n'a été écrit. Importez à nouveau.",
  input_rowBelowTable:
    "{file} : la ligne {row}, juste sous le tableau Excel « {table} », n'est pas vide ; déplacez ce qui s'y trouve pour que le tableau puisse s'agrandir, puis réessayez.",
  input_noHistoryTable:
    "{file} n'a pas de tableau d'historique (un classeur de suivi de la version 1 du schéma) ; lancez d'abord `rectrack upgrade`, puis enregistrez à nouveau l'événement. Rien n'a été écrit.",
  input_historyNotOwnSheet:
    "{file} : le tableau d'historique partage sa feuille avec les recommandations ou une liste ; déplacez-le sur une feuille à lui. Rien n'a été écrit.",
  input_noSuchSheet: "{file} n'a pas de feuille nommée « {sheet} » (ses feuilles : {sheets}).",
  input_noSheets: "{file} n'a aucune feuille.",
  input_alreadyTracker:
    "{file} est déjà un classeur de suivi (il a un tableau Recommendations) ; utilisez plutôt `rectrack validate` dessus.",
  input_noTextColumn:
    'aucune colonne de la feuille « {sheet} » ne ressemble aux recommandations elles-mêmes ; indiquez laquelle avec --map "EN-TÊTE=text".',
  input_cellRightOfTable:
    "la cellule {cell}, juste à droite du tableau des recommandations, n'est pas vide ; déplacez ce qui s'y trouve pour que le tableau puisse recevoir ses nouvelles colonnes, puis relancez la mise à jour.",
  input_notUpgradable:
    "{file} : les recommandations ne sont pas dans un tableau Excel nommé Recommendations, le classeur ne peut donc pas être mis à jour ici ; ouvrez-le dans Excel et utilisez l'onglet Mise en place du volet du classeur de suivi.",
  input_sharedFormula:
    "la cellule {cell} contient une formule partagée avec d'autres cellules, l'import ne peut donc pas y écrire ; dans Excel, copiez cette colonne et collez-la en valeurs, puis importez à nouveau.",
  input_fileInUse:
    "{file} est en cours de modification par une autre exécution de rectrack ; rien n'a été écrit. Réessayez quand elle sera terminée.",
  input_createdMeanwhile:
    "{file} a été créé par quelqu'un d'autre entre-temps ; rien n'a été écrit. Regardez-le, puis réessayez.",
  input_changedMeanwhile:
    "{file} a été modifié par quelqu'un d'autre pendant que cette commande travaillait dessus ; rien n'a été écrit. Relancez la commande.",
  input_cellTooLong:
    "la cellule {cell} recevrait un texte de {length} caractères, plus que les {limit} qu'une cellule Excel peut contenir ; raccourcissez-le et réessayez.",
  input_sourceCellTooLong:
    "feuille « {sheet} », ligne {row}, colonne « {column} » : le texte a {length} caractères, plus que les {limit} qu'une cellule Excel peut contenir ; raccourcissez-le et réessayez.",
  fileNote_openElsewhere:
    "{file} semble ouvert dans {app} ; s'il y est enregistré, il remplacera ce que cette commande écrit. Fermez-le d'abord dans {app}.",
  fileVerb_read: "ne peut pas être lu",
  fileVerb_write: "ne peut pas être écrit",
  fileVerb_use: "ne peut pas être utilisé",
  file_exists: "{path} existe déjà ; choisissez un autre nom ou ajoutez --force pour le remplacer.",
  file_missing: "{path} n'existe pas.",
  file_folderMissing: "impossible d'écrire {path} : son dossier n'existe pas.",
  file_denied: "{path} {verb} (permission refusée).",
  file_readOnly: "{path} {verb} : le disque ou le dossier est en lecture seule.",
  file_readOnlyFile:
    "{path} est en lecture seule ; rien n'a été écrit. Rendez-le modifiable (ou travaillez sur une copie) et réessayez.",
  file_folder: "{path} est un dossier, pas un fichier.",
  file_notFolder: "{path} {verb} : une partie de son chemin est un fichier, pas un dossier.",
  file_diskFull: "{path} {verb} : le disque est plein (ou votre quota est épuisé).",
  file_nameTooLong: "{path} {verb} : son nom ou son chemin est trop long.",
  file_linkLoop: "{path} {verb} : ses raccourcis (liens symboliques) pointent l'un vers l'autre.",
  file_busy: "{path} {verb} : un autre programme l'utilise ; fermez-le et réessayez.",
  file_tooManyOpen:
    "{path} {verb} : trop de fichiers sont ouverts sur cet ordinateur ; fermez quelques programmes et réessayez.",
  file_diskError: "{path} {verb} : le disque a signalé une erreur.",
  file_tooLarge: "{path} est trop volumineux pour être lu.",
  file_system: "{path} {verb} (le système a répondu : {said}).",
  dateOption: "{name} doit être une date comme 2026-03-12, et non « {value} ».",
  jsonNotValid: "{where} n'est pas du JSON valide.",
  jsonNotObject: "{where} doit être un objet avec {holding}.",
  jsonWhere: "{source}, ligne {line}",

  otherLanguageNote:
    "Aucune recommandation trouvée : le rapport semble écrit dans une langue que la recherche ne lit pas encore (elle lit l'anglais, le français et l'espagnol).",
  noneFound: "Aucune recommandation trouvée.",
  found: "{count, plural, one {# recommandation trouvée :} other {# recommandations trouvées :}}",
  candidatesFound:
    "{count, plural, one {# recommandation possible, sous le seuil de la recherche et non comptée ci-dessus (balisez-la dans Word, ou importez avec --include-candidates, pour la prendre) :} other {# recommandations possibles, sous le seuil de la recherche et non comptées ci-dessus (balisez-les dans Word, ou importez avec --include-candidates, pour les prendre) :}}",
  detailParagraph: "paragraphe {number}",
  detailRef: "réf. {ref}",
  detailTo: "à : {addressee}",
  detailBy: "pour : {deadline}",
  detailPriority: "priorité : {priority}",
  detailRepeated: "réitérée",
  detailPossibly: "peut-être une recommandation : {reasons}",
  reason_tagged: "balisée dans Word",
  reason_recommends: "l'organe recommande",
  reason_impersonal: "« il est recommandé »",
  reason_label: "présentée comme une recommandation",
  reason_stem: "un point sous une phrase qui recommande",
  reason_modal: "dit ce qui devrait être fait",
  reason_addressee: "nomme qui doit agir",
  reason_opinion: "l'avis propre de l'organe",
  reason_imperative: "commence comme une demande",
  reason_recommendationSection: "dans un chapitre de recommandations",
  reason_conclusionSection: "dans les conclusions",
  reason_listItem: "un élément de liste",
  reason_normative: "numérotée, dit ce qui doit être fait",
  reason_tableColumn: "dans une colonne de recommandations",
  reason_bold: "en gras",
  reason_otherBody: "un autre organe recommande",
  reason_reported: "rapporte les propos de quelqu'un",
  reason_standard: "cite la loi ou une norme",
  reason_request: "demande des informations ou une réponse",
  reason_implemented: "signalée comme mise en œuvre",
  reason_past: "une recommandation antérieure",
  reason_question: "une question",
  reason_counterfactual: "à propos du passé",
  reason_explicitElsewhere: "un « devrait » parmi les constats",
  reason_backgroundSection: "dans le contexte",
  reason_followUpSection: "dans le suivi",
  reason_responseSection: "dans la réponse des autorités",
  reason_goodPractice: "une bonne pratique",
  reason_metadata: "une ligne de métadonnées",
  reason_introduction: "introduit une liste",

  checkIdMissing: "{where} n'a pas d'« id » (texte ou nombre).",
  checkTextMissing: "{where} n'a pas de « text » (une chaîne).",
  checkContextNotText: "{where} : « context » doit être une chaîne.",
  checkNotFound: "{path} n'existe pas.",
  checkFolder: "{path} est un dossier, pas un fichier.",
  checkDenied: "{path} ne peut pas être lu (permission refusée).",
  checkBoth: "donnez soit un rapport, soit --jsonl, mais pas les deux.",
  checkNeither: "donnez un rapport (.docx) ou --jsonl FICHIER.",
  checkParagraph: "Paragraphe {number}{ref} : {score}/10{language}",
  checkRef: ", réf. {ref}",

  importSameFile: "le rapport et le fichier de suivi doivent être deux fichiers différents.",
  importOtherLanguage:
    "{input} semble écrit dans une langue que la recherche ne lit pas encore (elle lit l'anglais, le français et l'espagnol) : aucune recommandation n'a été trouvée et rien n'a été écrit ; balisez-les dans Word, puis importez de nouveau.",
  importNoDate:
    "la date du rapport est introuvable dans {input} ; donnez-la avec --report-date AAAA-MM-JJ (rien n'a été écrit).",
  importRowsWithoutId:
    "{count, plural, one {la ligne {rows} n'a pas de Rec ID : l'import l'a laissée telle quelle ; si c'est l'une des recommandations de ce rapport, rendez-lui son Rec ID.} other {les lignes {rows} n'ont pas de Rec ID : l'import les a laissées telles quelles ; si ce sont des recommandations de ce rapport, rendez-leur leur Rec ID.}}",
  importLabelRef: "Recommandation {ref}",
  importLabelNumber: "Recommandation n° {number}",
  importLabelRow: "{label} (ligne {row} du suivi)",
  flagTextChangedAccepted:
    "son texte a changé dans le rapport ; le nouveau texte remplace celui du suivi (--accept-text-changes).",
  flagTextChangedKept:
    "son texte a changé dans le rapport ; le texte du suivi a été gardé (ajoutez --accept-text-changes pour le remplacer).",
  flagDuplicateInBatch: "elle figure deux fois dans le rapport ; seule la première est importée.",
  flagIdOfAnotherReport:
    "son Rec ID appartient à la ligne {row} du suivi, d'un autre rapport{report} (un rapport enregistré sous un nouveau nom garde les anciens identifiants) : elle a été ajoutée avec un nouveau Rec ID et cette ligne a été laissée telle quelle.",
  flagIdReport: " (« {report} »)",
  flagMissingColumn:
    "le suivi n'a pas de colonne {columns} : ce détail n'a pas été écrit ; ajoutez la colonne au tableau et importez de nouveau.",
  warning_noText: "La recommandation {number} n'a pas de texte et a été laissée de côté.",
  warning_tooLong:
    "La recommandation {number} est plus longue que ce qu'une cellule Excel peut contenir (32 767 caractères) et a été laissée de côté.",
  warning_taggedTextGone:
    "{count, plural, one {# recommandation a été laissée de côté : son texte balisé n'est plus dans le rapport.} other {# recommandations ont été laissées de côté : leur texte balisé n'est plus dans le rapport.}}",
  warning_untaggedLeftOut:
    "{count, plural, one {# recommandation trouvée dans le rapport n'est pas balisée et a été laissée de côté.} other {# recommandations trouvées dans le rapport ne sont pas balisées et ont été laissées de côté.}}",
  warning_trackedChanges:
    "le rapport contient des modifications suivies ; il a été lu comme si elles étaient toutes acceptées (acceptez-les ou refusez-les d'abord dans Word si ce n'est pas ce que dit le rapport).",
  warning_otherLanguage:
    "le rapport semble écrit dans une langue que la recherche ne lit pas encore (elle lit l'anglais, le français et l'espagnol) : aucune recommandation n'y a été trouvée ; balisez-les plutôt dans Word.",
  dateFrom_report: "lue dans le rapport",
  dateFrom_word: "enregistrée dans le rapport par le complément Word",
  dateFrom_given: "donnée avec --report-date",
  dateFrom_batch: "tirée du fichier de lot",
  importRead:
    "{input} : rapport{title}, {count, plural, one {# recommandation} other {# recommandations}} ({how}).",
  importTitle: " « {title} »",
  importHowTagged: "balisées dans Word",
  importHowBatch: "d'un lot",
  importHowFound: "trouvées dans le texte",
  importReportDate: "Date du rapport : {date} ({from}).",
  importCounts:
    "{added, plural, one {# ajoutée} other {# ajoutées}}, {updated, plural, one {# mise à jour} other {# mises à jour}}, {unchanged, plural, one {# inchangée} other {# inchangées}}, {flagged, plural, one {# signalée} other {# signalées}}.",
  importCorrected:
    "{count, plural, one {# des lignes mises à jour a été corrigée} other {# des lignes mises à jour ont été corrigées}} : les détails qu'un import précédent avait laissés vides ou mal écrits (comme une « date de la recommandation » qui était le jour de cet import) viennent maintenant du rapport.",
  importCandidatesIncluded:
    "{count, plural, one {# recommandation possible a été incluse} other {# recommandations possibles ont été incluses}} (--include-candidates).",
  importCandidatesLeftOut:
    "{count, plural, one {# recommandation possible a été laissée de côté : la recherche l'a trouvée juste sous son seuil. Ajoutez --include-candidates pour l'importer, ou balisez-la dans Word (rectrack extract RAPPORT.docx la liste).} other {# recommandations possibles ont été laissées de côté : la recherche les a trouvées juste sous son seuil. Ajoutez --include-candidates pour les importer, ou balisez-les dans Word (rectrack extract RAPPORT.docx les liste).}}",
  importLookAt: "À examiner :",
  importInTracker: "dans le suivi : {text}",
  importInReport: "dans le rapport : {text}",
  importRepeatsLinked:
    "Liées comme réitérations de recommandations antérieures (--confirm-repeats) :",
  importRepeatsProposed:
    "Ces recommandations réitèrent peut-être des recommandations antérieures (non liées ; ajoutez --confirm-repeats pour les lier) :",
  importRepeatLine: "{label} ressemble à {percent} % à {text} ({earlier}).",
  importEarlierRef: "réf. {ref}",
  importEarlierReport: "rapport {report}",
  importEarlierId: "id {id}",
  importDryRunCreated: "Essai à blanc : {tracker} n'a pas été créé.",
  importDryRunChanged: "Essai à blanc : {tracker} n'a pas été modifié.",
  importCreated: "{tracker} a été créé à partir du modèle.",
  importWrote: "{tracker} a été écrit.",
  importNothing: "Rien à changer : {tracker} a été laissé tel quel.",

  followUpCounts:
    "{overdue, plural, one {# recommandation en retard} other {# recommandations en retard}}, {dueSoon} à échéance dans les 30 jours, {notVerified, plural, one {# mise en œuvre mais non vérifiée} other {# mises en œuvre mais non vérifiées}} par le MNP{stalled}",
  followUpStalled:
    ", {count, plural, one {# non mise en œuvre} other {# non mises en œuvre}} (avec des stratégies à essayer)",
  followUp_refreshed: "Feuille de suivi « {sheet} » actualisée pour le {today} : {counts}.",
  followUp_unchanged:
    "La feuille de suivi « {sheet} » était déjà à jour pour le {today} : {counts}.",
  followUp_missing:
    "Le fichier de suivi n'a pas de feuille de suivi (elle a été supprimée, ou son tableau FollowUp renommé) : aucune n'a été actualisée. Pour le {today} : {counts}.",
  followUp_blocked:
    "La feuille « {sheet} » a été modifiée à la main (les colonnes ou la ligne de total de son tableau, ou des cellules juste sous le tableau) : elle a été laissée telle quelle. Pour le {today} : {counts}.",
  wrote: "{path} a été écrit.",
  leftAsItWas: "{path} a été laissé tel quel.",

  publishReportItself:
    "{out} est le rapport lui-même ; donnez un autre nom à la copie (le rapport n'est jamais remplacé).",
  publishNothing: "{report} ne contient aucune donnée de relecture : {out} est le même rapport.",
  publishWrote: "{out} a été écrit, une copie de {report} sans :",
  publishKept:
    "{count, plural, one {Gardé : # commentaire d'autres personnes ; lisez-le avant l'envoi.} other {Gardés : # commentaires d'autres personnes ; lisez-les avant l'envoi.}}",
  publishReportParts:
    "les données de relecture enregistrées par le complément : les détails du rapport, les avis, notes et noms des relecteurs, les états de relecture",
  publishReportPartsWhole:
    "les données de relecture enregistrées par le complément (elles étaient illisibles, elles ont donc été retirées en entier)",
  publishReportPartsCleaned:
    "les avis, notes et noms des relecteurs et les états de relecture (les détails du rapport et les détails de suivi des recommandations sont gardés avec les balises)",
  publishBackups:
    "{count, plural, one {# sauvegarde de données de relecture endommagées} other {# sauvegardes de données de relecture endommagées}}",
  publishTags:
    "{count, plural, one {# balise de recommandation} other {# balises de recommandation}} (le texte est inchangé)",
  publishTrackerLink: "le lien vers le classeur de suivi",
  publishSettings:
    "{count, plural, one {# autre réglage du complément} other {# autres réglages du complément}}",
  publishComments:
    "{count, plural, one {# commentaire de la vérification Double-SMART} other {# commentaires de la vérification Double-SMART}}",
  publishReplies: "{comments}, avec {count, plural, one {# réponse} other {# réponses}}",
  publishAuthors:
    "{count, plural, one {# nom} other {# noms}} laissés seulement par ces commentaires, retirés de la liste des auteurs de commentaires",
  publishReviewSheets:
    "{count, plural, one {# feuille de relecture} other {# feuilles de relecture}}",

  keyLimitBad: "--key-limit doit être un nombre entier de 1 à {max}, ou none, et non « {value} ».",
  alreadyExists:
    "{path} existe déjà ; choisissez un autre nom ou ajoutez --force pour le remplacer.",
  mapBad:
    "--map prend EN-TÊTE=CLÉ (ou EN-TÊTE=- pour garder une colonne comme la vôtre), et non « {entry} ».",
  mapKeyBad: "« {key} » dans --map n'est pas une clé de colonne du suivi.",
  columnsMissing:
    "{path} : le tableau {table} n'a pas de {count, plural, one {colonne {names} (supprimée ou renommée ?) ; remettez-la ou redonnez-lui son en-tête, puis réessayez.} other {colonnes {names} (supprimées ou renommées ?) ; remettez-les ou redonnez-leur leur en-tête, puis réessayez.}}",
  refresh_written:
    "Les chiffres tirés de l'historique ont été écrits sur le tableau de bord (« {sheet} ») de {path}.",
  refresh_unchanged:
    "Les chiffres du tableau de bord tirés de l'historique étaient déjà à jour ; {path} a été laissé tel quel.",
  refresh_blocked:
    "Le tableau de bord (« {sheet} ») a été laissé tel quel : ses sections recouvriraient désormais des cellules écrites en dessous. Déplacez ces cellules, puis actualisez de nouveau.",
  refresh_missing:
    "{path} n'a pas de feuille de tableau de bord faite par le suivi (supprimée ou renommée ?) : les chiffres n'ont pas été écrits ; {path} a été laissé tel quel.",
  tidyNothing: "Rien à ranger dans les listes.",
  tidyHint:
    "{count, plural, one {# valeur de liste pourrait être rangée} other {# valeurs de liste pourraient être rangées}} (quasi-doublons ou destinataires combinés) : ajoutez --fix pour les voir.",
  tidyTitle: "Pourraient être rangées :",
  tidyMerge: "{column} : écrire {from} comme « {into} » ({rows})",
  tidySplit: "{column} : séparer « {value} » en {parts} ({rows})",
  tidyRows: "{count, plural, one {# ligne} other {# lignes}}",
  tidyApplied:
    "{changes, plural, one {# modification appliquée} other {# modifications appliquées}} à {rows} ; les listes, le tableau de bord et la feuille de suivi suivent. {path} a été écrit.",
  tidyDryRun:
    "Essai à blanc : rien n'a été écrit. Ajoutez --write pour appliquer ces modifications.",
  templateWrote: "{out} a été écrit : un suivi vide ({language}).",
  adoptSameFile: "OUT doit être un nouveau fichier : {input} lui-même n'est jamais remplacé.",
  adoptSheet:
    "Feuille « {sheet} », en-têtes à la ligne {row}, {count, plural, one {# recommandation} other {# recommandations}}.",
  adoptMapping: "Correspondance des colonnes :",
  adoptNoHeader: "(colonne {number}, sans en-tête)",
  adoptMapped: "« {header} » -> {key} ({name}), {percent} % d'après {basis}",
  adoptOwn: "« {header} » -> gardée comme votre propre colonne",
  basis_header: "l'en-tête",
  basis_values: "les valeurs",
  basis_both: "l'en-tête et les valeurs",
  basis_user: "votre choix",
  basis_none: "rien",
  adoptNote_kept:
    "{count, plural, one {# valeur gardée telle que saisie} other {# valeurs gardées telles que saisies}} (lecture impossible ; voir `rectrack validate`)",
  adoptNote_emptied:
    "{count, plural, one {# valeur comme « ? » ou « n/a » lue comme vide} other {# valeurs comme « ? » ou « n/a » lues comme vides}}",
  adoptNote_approximate:
    "{count, plural, one {# date avec seulement un mois ou une année} other {# dates avec seulement un mois ou une année}} (premier jour supposé)",
  adoptNote_split:
    "{count, plural, one {# remarque déplacée} other {# remarques déplacées}} vers une autre colonne (par ex. le motif après un statut)",
  adoptNote_repeatMark:
    "{count, plural, one {# recommandation marquée réitérée} other {# recommandations marquées réitérées}} d'après une marque dans leur référence ou une note (« 12 (rep.) »)",
  adoptNote_skipped:
    "{count, plural, one {# ligne laissée de côté} other {# lignes laissées de côté}} (vides, un en-tête répété ou une remarque seule)",
  adoptIdsMade: "{count, plural, one {# nouveau Rec ID créé.} other {# nouveaux Rec ID créés.}}",
  adoptNotCarried:
    "le nouveau fichier ne reprend pas : {parts}, de {input} ; le fichier d'origine les a toujours.",
  adoptWrote: "{out} a été écrit. {input} n'a pas été modifié.",
  validateWriteWithoutFix: "--write va avec --fix : ajoutez --fix pour ranger les listes.",
  validateMetadata:
    "Avertissement : les paramètres du suivi enregistrés dans le classeur sont illisibles ({problem}) ; la ligne d'en-tête a été utilisée à la place.",
  metadataProblem_noTrackerElement: "ils sont endommagés",
  metadataProblem_otherFormat: "ils ont été enregistrés dans un autre format",
  metadataProblem_cutShort: "ils sont incomplets",
  metadataProblem_noSchemaVersion: "leur numéro de version manque ou n'est pas valable",
  validateRow: "ligne {row}{where} : {message}",
  validateWarning: "(avertissement) {message}",
  validateSummary:
    "{count, plural, one {# recommandation vérifiée} other {# recommandations vérifiées}} : {errors, plural, one {# erreur} other {# erreurs}}, {warnings, plural, one {# avertissement} other {# avertissements}}.",
  upgraded: "{path} a été mis à niveau.",
  upgradeAdded: "Colonnes ajoutées : {list}.",
  upgradeKept: "Vos propres colonnes gardées : {list}.",
  upgradeNone: "aucune",
  upgradeHistory:
    "Feuille d'historique du suivi ajoutée : enregistrez-y les événements de suivi (rectrack log) et le délai de réponse.",
  upgradeStakeholders:
    "Feuille des parties prenantes et grille pouvoir-intérêt ajoutées : listez-y les acteurs autour de vos recommandations.",
  upgradeNoLimit: "Recommandations clés par rapport : sans limite.",
  upgradeLimit:
    "Recommandations clés par rapport : au plus {limit} (la vérification des données avertit au-delà).",
  upgradeReordered: "Les colonnes sont maintenant dans l'ordre par tâche.",
  upgradeNotReordered:
    "Les colonnes ont été laissées où elles sont : déplacer les colonnes changerait ce vers quoi pointe un élément du classeur. Détails (en anglais) : {reason}",
  statsNoHistory:
    "{path} n'a pas encore de feuille d'historique du suivi (un suivi de la version 1 du schéma) : il n'y a pas de chiffres tirés de l'historique à écrire ; `rectrack upgrade {path}` l'ajoute sans changer une cellule. Rien n'a été écrit.",

  notInList:
    "{flag} « {value} » n'est pas dans la liste ; utilisez l'une de ces valeurs : {labels}.",
  eventNoDate: "(sans date)",
  eventNoId: "(sans Rec ID)",
  eventNoKind: "(sans type)",
  eventWith: "avec {name}",
  eventStatus: "mise en œuvre : {status}",
  eventAccepted: "acceptation : {accepted}",
  eventVerified: "vérifiée",
  eventNotVerified: "non vérifiée",
  upgradeNote:
    "{path} n'a pas encore de feuille d'historique du suivi (un suivi de la version 1 du schéma). `rectrack upgrade {path}` l'ajoute sans changer une cellule ; chaque événement de suivi pourra alors être enregistré avec sa date, et l'état à la fin de chaque année en sera tiré.",
  noAddressee: "{path} ne nomme aucun destinataire « {name} »{known}.",
  noPlace: "{path} ne nomme aucun lieu « {name} »{known}.",
  partiesKnown: " ; il nomme {names}",
  replyWritten:
    "{path} lu : {count, plural, one {# recommandation mise à jour} other {# recommandations mises à jour}}, un événement « {kind} » chacune.",
  replyWouldUpdate:
    "{path} lu : {count, plural, one {# recommandation serait mise à jour} other {# recommandations seraient mises à jour}} (rien n'a été écrit).",
  replyNothing: "{path} lu : rien de nouveau à enregistrer.",
  replyTextChanged:
    "{id} : laissée de côté, le texte de la recommandation dans la réponse diffère de celui du suivi.",
  replyInvalid_notInList: "{id} : {column} « {value} » n'est pas dans la liste ; non enregistré.",
  replyInvalid_notADay: "{id} : {column} « {value} » n'est pas un jour ; non enregistré.",
  replyInvalid_notADate: "{id} : {column} « {value} » n'est pas une date ; non enregistré.",
  replyUnknownIds: "Aucune ligne du suivi ne porte ces Rec ID : {ids}.",
  replyRepeatedIds: "Rec ID donnés deux fois (seule la première ligne compte) : {ids}.",
  replyWithoutId: "Lignes sans Rec ID, non lues : {rows}.",
  replyNotDocOrWorkbook:
    "{path} : donnez le document Word renvoyé (.docx) ou un classeur (.xlsx) contenant son tableau.",
  replyNoTable:
    "{path} n'a pas de tableau avec une colonne Rec ID ; ce doit être une lettre ou une note faite par rectrack ou le volet du suivi, avec son tableau conservé.",
  replyNoIdColumn: "{path} : son tableau n'a pas de colonne Rec ID.",
  replyNoFields:
    "{path} : son tableau n'a aucune colonne que le suivi puisse prendre (acceptation, réponse des autorités, échéance, mise en œuvre, vérification…).",
  letterLang: "--lang prend en, fr ou es, et non « {value} ».",
  letterNotDocx: "{out} : le document est écrit comme fichier Word ; nommez-le .docx.",
  letterWrote:
    "{out} a été écrit : {count, plural, one {# recommandation} other {# recommandations}} pour {party}{ids}.",
  logNoIds: "--id ne nomme aucun Rec ID ; donnez-en un ou plusieurs, séparés par des virgules.",
  logRecorded:
    "Enregistré dans {path} : {events, plural, one {# événement} other {# événements}} ; {updated, plural, one {# recommandation dont les valeurs actuelles ont changé} other {# recommandations dont les valeurs actuelles ont changé}}.",
  logNothing: "Rien n'a été écrit dans {path}.",
  logUnknownIds: "Aucune ligne ne porte ces Rec ID : {ids}.",
  logRepeatedIds:
    "Laissés de côté, car plusieurs lignes les portent (laquelle est visée ?) : {ids}.",
  historyAsOf:
    "Au {day}, {count, plural, one {# recommandation avait été faite} other {# recommandations avaient été faites}}{noHistory} :",
  historyNoHistory: " (sans historique : chacune avec sa mise en œuvre actuelle)",
  historyEvents:
    "{count, plural, one {# événement} other {# événements}} dans {path}{wanted}{deadline}.",
  historyFor: " pour {id}",
  historyDeadline: " (délai de réponse : {days} jours)",
  // --help
  help_usage: "Utilisation :",
  help_arguments: "Arguments :",
  help_options: "Options :",
  help_globalOptions: "Options générales :",
  help_commands: "Commandes :",
  help_usageOptions: "[options]",
  help_usageCommand: "[commande]",
  help_choices: "au choix : {choices}",
  help_default: "par défaut : {value}",
  help_help: "affiche cette aide",
  help_helpCommand: "affiche l'aide d'une commande",
  help_version: "affiche le numéro de version",
  help_afterError: "(tapez `rectrack --help` pour voir comment l'utiliser)",
  help_lang: "langue des messages de rectrack (par défaut : LANG)",
  help_program:
    "OPCAT Recommendation Tracker : vérifie les recommandations selon la grille Double-SMART et tient le classeur de suivi, sur des fichiers .docx et .xlsx.",
  arg_tracker: "suivi",
  arg_out: "sortie",
  arg_report: "rapport",
  arg_input: "entrée",
  arg_in: "original",
  arg_reply: "réponse",
  help_argTracker: "le classeur de suivi (.xlsx)",
  help_argTrackerInPlace: "le classeur de suivi (.xlsx), réécrit sur place, en une seule fois",
  help_json: "affiche le résultat sous forme d'un objet JSON",
  help_force: "remplace SORTIE s'il existe déjà",
  help_todayFollowUp: "date retenue pour la feuille de suivi (par défaut : aujourd'hui)",
  help_dryRun: "montre ce qui changerait, sans rien écrire",
  help_sheetLang: "langue des en-têtes, des listes et des noms de feuilles",
  help_keyLimit:
    "le nombre maximal de recommandations clés que votre MNP formule dans un rapport (le contrôle des données avertit au-delà) ; none supprime la limite",
  help_exit: "Code de sortie : {text}",
  // check
  help_check: "évalue les recommandations selon la grille Double-SMART",
  help_check_report: "un rapport Word (.docx) dont les recommandations sont évaluées",
  help_check_jsonl: "évalue plutôt les recommandations d'un fichier JSON Lines",
  help_check_json: "avec un rapport : affiche un tableau JSON au lieu du texte",
  help_check_lang:
    "langue des conseils, des noms des critères et des messages de rectrack (par défaut : LANG, sinon l'anglais)",
  help_check_after:
    "--jsonl FICHIER lit un objet {input} par ligne (avec, si besoin, « context » : les phrases qui introduisent la recommandation) et écrit une ligne par entrée : {output}. Les passages cités sont des positions de caractères [début, fin) dans « text ». Chaque recommandation est lue dans sa propre langue (anglais, français ou espagnol, reconnue d'après ses mots) ; --lang fixe la langue des conseils, dont les exemples restent dans la langue de la recommandation.",
  // extract
  help_extract: "liste les recommandations trouvées dans un rapport Word (.docx)",
  help_extract_report: "le rapport, un fichier .docx",
  help_extract_json: "affiche un tableau JSON, un objet par recommandation",
  help_extract_after:
    "Avec --json, chaque objet contient « text », « paragraph » et, quand le rapport les donne, « addressee », « deadline » (ou le délai, tel qu'il est écrit) et « repeated ». Les textes que l'outil de recherche a trouvés juste en dessous de son seuil sont aussi listés, après les autres dans la sortie texte, avec « candidate » : true et leurs « reasons » en JSON : ce sont peut-être des recommandations, à vous de décider (balisez-les dans Word, ou importez-les avec rectrack import --include-candidates). « paragraph » numérote à partir de 1 chaque paragraphe du corps du document dans l'ordre, paragraphes vides et cellules de tableau compris (comme Word les compte) ; les notes, commentaires et zones de texte ne sont jamais parcourus.",
  help_extract_exit:
    "0 terminé (même si rien n'est trouvé), 2 le fichier est introuvable ou n'est pas un document Word lisible.",
  // followup
  help_followup:
    "met à jour la feuille de suivi d'un classeur : ce qui est en retard, arrive bientôt à échéance, ou est mis en œuvre sans vérification",
  help_followup_today:
    "date retenue pour les retards et les échéances proches (par défaut : aujourd'hui)",
  help_followup_exit:
    "0 mise à jour faite (ou déjà à jour) ; 1 la feuille de suivi manque ou a été modifiée à la main, le fichier est donc resté tel quel ; 2 saisie incorrecte, rien n'a été écrit.",
  // letter, brief, reply, log, history
  help_letter:
    "une lettre Word à une autorité : ses recommandations en attente de réponse ou en retard, un texte d'accompagnement à modifier et un tableau à remplir (Acceptée, Réponse de l'autorité, Échéance) que rectrack reply relit ensuite",
  help_brief:
    "une fiche Word pour l'équipe qui visite un lieu : chaque recommandation ouverte avec son historique, et un tableau à remplir pendant la visite (Mise en œuvre, Vérifiée, Éléments de preuve) que rectrack reply relit ensuite",
  help_document_out: "le fichier .docx à écrire",
  help_letter_authority: "le destinataire, tel que le classeur de suivi le nomme",
  help_brief_place: "le lieu, tel que le classeur de suivi le nomme",
  help_document_lang:
    "la langue du document (par défaut : celle du classeur de suivi) : en, fr ou es",
  help_document_today: "la date de la lettre (par défaut : aujourd'hui)",
  help_document_actionPlan: "demande un plan d'action plutôt qu'une réponse (lettres)",
  help_reply:
    "lit une lettre ou une fiche de visite revenue remplie (.docx, ou son tableau collé dans un .xlsx) : pour chaque recommandation, la valeur actuelle et la nouvelle ; les changements mettent à jour le classeur de suivi et ajoutent chacun un événement à l'historique, en une seule écriture",
  help_reply_reply: "le .docx renvoyé, ou un .xlsx qui contient son tableau",
  help_reply_date: "le jour où la réponse est arrivée (par défaut : aujourd'hui)",
  help_log:
    "enregistre un événement de suivi (une réponse, un rappel, une réunion, une visite de suivi...) pour des recommandations : une ligne chacune dans la feuille d'historique du suivi, et leurs colonnes actuelles mises à jour dans la même écriture",
  help_log_id: "identifiants (Rec ID), séparés par des virgules",
  help_log_kind:
    "draft-sent, response, action-plan, reminder, meeting, follow-up-visit, status-changed ou other (ou l'intitulé de la liste dans la langue du classeur de suivi)",
  help_log_date: "quand c'est arrivé, par exemple 2026-03-12",
  help_log_status: "la mise en œuvre constatée (par exemple : mise en œuvre, en cours)",
  help_log_accepted: "l'acceptation constatée (par exemple : acceptée, rejetée)",
  help_log_verified: "le MNP a vérifié la mise en œuvre",
  help_log_with: "avec qui (l'autorité, le directeur, le point focal)",
  help_log_note: "un résumé de ce qui s'est passé",
  help_log_link: "un lien vers le document (la lettre, la réponse, le compte rendu)",
  help_log_staff: "la personne du MNP qui a assuré le suivi",
  help_history: "les événements de suivi d'un classeur, dans l'ordre où ils ont eu lieu",
  help_history_id: "seulement les événements de cette recommandation",
  help_history_asOf:
    "à la place : la mise en œuvre de chaque recommandation ce jour-là, d'après l'historique, et combien dans chaque état",
  help_history_json: "affiche les événements en JSON",
  // import
  help_import:
    "ajoute les recommandations d'un rapport (.docx) ou d'un lot (.json) à un classeur de suivi ; importé à nouveau, rien n'est en double et aucune donnée de suivi n'est perdue",
  help_import_input: "le rapport Word (.docx) ou le lot de recommandations (.json)",
  help_import_tracker: "le classeur de suivi (.xlsx), créé à partir du modèle s'il n'existe pas",
  help_import_reportDate:
    "la date du rapport (AAAA-MM-JJ), date de ses recommandations : nécessaire quand le rapport ne la donne pas, et prioritaire sur celle qu'il donne",
  help_import_today:
    "la date de l'import, pour les listes de retards et d'échéances proches de la feuille de suivi (par défaut : aujourd'hui)",
  help_import_acceptTextChanges:
    "quand le texte d'une recommandation suivie diffère dans le rapport, prend le texte du rapport (par défaut, le texte suivi est gardé et signalé)",
  help_import_includeCandidates:
    "depuis un rapport, importe aussi les recommandations possibles trouvées juste en dessous du seuil et que personne n'a balisées (par défaut, elles sont laissées de côté et comptées)",
  help_import_confirmRepeats:
    "relie les recommandations aux précédentes qu'elles semblent répéter (par défaut, les liens sont seulement proposés)",
  help_import_lang: "langue d'un classeur de suivi créé à partir du modèle",
  help_import_exit:
    "0 importé ; 1 importé, mais certaines recommandations sont signalées pour relecture (leur texte suivi a été gardé, ou elles figurent deux fois) ; 2 saisie incorrecte, rien n'a été écrit.",
  // publish
  help_publish:
    "une copie d'un rapport Word pour les autorités, sans les données de relecture (avis, notes, noms des relecteurs, lien vers le suivi)",
  help_publish_report: "le rapport, un fichier .docx (jamais modifié)",
  help_publish_out: "la copie à écrire, un nouveau fichier .docx",
  help_publish_keepTags:
    "garde les balises des recommandations et leurs détails de suivi (la copie peut encore être importée)",
  help_publish_json: "affiche ce qui a été retiré sous forme d'un objet JSON",
  help_publish_after:
    "Retire ce que le volet Word garde dans un rapport pour le travail interne du MNP : les avis, notes et noms des relecteurs et les états de relecture, les commentaires Word du complément (avec leurs réponses) et sa feuille de relecture, le lien vers le classeur de suivi, et les balises des recommandations (gardées avec --keep-tags, sans les données de relecture). Tout le reste reste exactement tel quel, y compris les commentaires des autres personnes. SORTIE est créé ; un fichier existant est refusé sauf avec --force ; RAPPORT n'est jamais écrasé.",
  help_publish_exit:
    "0 écrit, 2 RAPPORT est introuvable ou n'est pas un document Word lisible, ou SORTIE existe déjà (ou est RAPPORT) ; rien n'est alors écrit.",
  // template, adopt, validate, upgrade, stats
  help_template:
    "écrit un nouveau classeur de suivi vide (Recommandations, Tableau de bord, Suivi, Historique du suivi, Listes)",
  help_template_out: "le fichier .xlsx à créer",
  help_adopt:
    "transforme un tableau de suivi fait à la main en classeur de suivi, en gardant la feuille d'origine telle quelle",
  help_adopt_in: "le classeur .xlsx fait à la main (laissé tel quel)",
  help_adopt_out: "le classeur de suivi .xlsx à créer",
  help_adopt_sheet:
    "la feuille qui contient les recommandations (par défaut : celle qui y ressemble le plus)",
  help_adopt_map: "corrige la correspondance des colonnes, par exemple --map {example}",
  help_adopt_json: "affiche la correspondance et les remarques en JSON",
  help_validate:
    "contrôle les données d'un classeur de suivi : champs manquants, valeurs hors des listes, dates fausses ou incohérentes, identifiants en double",
  help_validate_json: "affiche les problèmes en JSON",
  help_validate_strict: "compte aussi les avertissements (trous dans le suivi) comme des problèmes",
  help_validate_today:
    "date retenue pour repérer les dates dans le futur (par défaut : aujourd'hui)",
  help_validate_fix:
    "liste les valeurs des listes qui pourraient être harmonisées (quasi-doublons fusionnés, destinataires groupés séparés) ; rien n'est écrit sans --write",
  help_validate_write: "avec --fix : applique ces changements au classeur de suivi",
  help_upgrade:
    "met à jour un classeur de suivi fait par une version précédente (colonnes, couleurs, mise en page, feuilles de suivi et tableau de bord, feuille d'historique du suivi) sans changer une seule valeur",
  help_upgrade_reorder:
    "remet aussi les colonnes dans l'ordre des tâches (le texte d'abord, puis le suivi) ; refusé quand des formules désignent les cellules de la feuille par leur position",
  help_stats:
    "les chiffres du tableau de bord : nombres et parts par mise en œuvre, acceptation, destinataire, thème, type de lieu et année ; d'après l'historique, la mise en œuvre à chaque fin d'année et les tendances (taux de mise en œuvre par année de formulation, nombre médian de jours avant une réponse et avant la mise en œuvre, réponses dans les délais par destinataire, répétitions par lieu et par thème)",
  help_stats_json: "affiche les chiffres en JSON",
  help_stats_today:
    "date retenue pour compter les retards et les échéances proches (par défaut : aujourd'hui)",
  help_stats_refresh:
    "écrit aussi dans le tableau de bord, en une seule fois, les chiffres tirés de l'historique (mise en œuvre à chaque fin d'année, médianes, réponses dans les délais, répétitions) et leur graphique",

  // commander's refusals
  cli_unknownOption: "erreur : option inconnue « {option} »",
  cli_unknownCommand: "erreur : commande inconnue « {command} »",
  cli_didYouMean: "(Vouliez-vous dire {suggestion} ?)",
  cli_missingArgument: "erreur : il manque l'argument obligatoire « {argument} »",
  cli_optionMissingArgument: "erreur : l'option « {option} » attend une valeur",
  cli_missingMandatoryOptionValue: "erreur : l'option obligatoire « {option} » n'a pas été donnée",
  cli_invalidArgument:
    "erreur : « {value} » n'est pas une valeur possible pour l'option « {option} ». Valeurs possibles : {choices}.",
  cli_excessArguments:
    "erreur : trop d'arguments pour « {command} ». {expected, plural, one {# argument attendu} other {# arguments attendus}}, {got} donnés.",
  cli_other: "erreur dans la ligne de commande. Détails (en anglais) : {sentence}",
};
