import type { Language } from "../schema/plan";

/** Data-quality issue codes and their plain-language messages ({column}, {value}, {other} are filled in). */
export type IssueCode =
  | "missingRequired"
  | "notInList"
  | "badDate"
  | "badNumber"
  | "badLink"
  | "duplicateId"
  | "badId"
  | "deadlineBeforeMade"
  | "responseBeforeMade"
  | "verifiedBeforeMade"
  | "dateInFuture"
  | "implementedNotVerified"
  | "verifiedWithoutDate"
  | "dateWithoutVerified"
  | "notImplementedWithoutReason"
  | "reasonButImplemented"
  | "repeatOfUnknown"
  | "repeatOfWithoutRepeated"
  | "tooManyKey";

export const ISSUE_MESSAGES: Record<Language, Record<IssueCode, string>> = {
  en: {
    missingRequired: "{column} is empty; every recommendation needs one.",
    notInList: '"{value}" in {column} is not one of the values on the Lists sheet.',
    badDate: '"{value}" in {column} is not a date the tracker can read; write it like 2026-03-12.',
    badNumber: '"{value}" in {column} should be a number from 0 to 10.',
    badLink: '"{value}" in {column} is not a web or file link.',
    duplicateId:
      'The Rec ID "{value}" is also used in row {other}; each recommendation needs its own.',
    badId: 'The Rec ID "{value}" has characters an id cannot have (use letters, digits, - and _).',
    deadlineBeforeMade:
      "The deadline ({value}) is before the date the recommendation was made ({other}).",
    responseBeforeMade:
      "The response date ({value}) is before the date the recommendation was made ({other}).",
    verifiedBeforeMade:
      "The verification date ({value}) is before the date the recommendation was made ({other}).",
    dateInFuture: "The date made ({value}) is in the future.",
    implementedNotVerified: "Marked as implemented but not yet verified by the NPM.",
    verifiedWithoutDate: "Verified by the NPM, but the verification date is empty.",
    dateWithoutVerified: "A verification date is given, but Verified by NPM is not Yes.",
    notImplementedWithoutReason: "Marked as not implemented without a reason.",
    reasonButImplemented:
      "A reason for non-implementation is given, but the recommendation is marked as implemented.",
    repeatOfUnknown: 'It repeats "{value}", but no recommendation has that Rec ID.',
    repeatOfWithoutRepeated: "It names the recommendation it repeats, but Repeated is not Yes.",
    tooManyKey:
      'The report "{other}" has {value} key recommendations; your NPM sets at most {limit} per report. Keep Key = Yes on the most important ones only.',
  },
  fr: {
    missingRequired: "{column} est vide ; chaque recommandation en a besoin.",
    notInList: "« {value} » dans {column} ne fait pas partie des valeurs de la feuille Listes.",
    badDate: "« {value} » dans {column} n'est pas une date lisible ; écrivez-la comme 2026-03-12.",
    badNumber: "« {value} » dans {column} doit être un nombre de 0 à 10.",
    badLink: "« {value} » dans {column} n'est pas un lien web ou de fichier.",
    duplicateId:
      "L'identifiant « {value} » est aussi utilisé à la ligne {other} ; chaque recommandation a le sien.",
    badId:
      "L'identifiant « {value} » contient des caractères interdits (lettres, chiffres, - et _ seulement).",
    deadlineBeforeMade: "L'échéance ({value}) précède la date de la recommandation ({other}).",
    responseBeforeMade:
      "La date de réponse ({value}) précède la date de la recommandation ({other}).",
    verifiedBeforeMade:
      "La date de vérification ({value}) précède la date de la recommandation ({other}).",
    dateInFuture: "La date d'émission ({value}) est dans le futur.",
    implementedNotVerified: "Indiquée comme mise en œuvre mais pas encore vérifiée par le MNP.",
    verifiedWithoutDate: "Vérifiée par le MNP, mais la date de vérification est vide.",
    dateWithoutVerified:
      "Une date de vérification est indiquée, mais « Vérifiée par le MNP » n'est pas Oui.",
    notImplementedWithoutReason: "Indiquée comme non mise en œuvre sans raison.",
    reasonButImplemented:
      "Une raison de non-mise en œuvre est indiquée alors que la recommandation est mise en œuvre.",
    repeatOfUnknown: "Elle réitère « {value} », mais aucune recommandation n'a cet identifiant.",
    repeatOfWithoutRepeated:
      "Elle indique la recommandation réitérée, mais « Réitérée » n'est pas Oui.",
    tooManyKey:
      "Le rapport « {other} » compte {value} recommandations clés ; votre MNP en fixe au plus {limit} par rapport. Ne laissez Clé = Oui que pour les plus importantes.",
  },
  es: {
    missingRequired: "{column} está vacío; cada recomendación lo necesita.",
    notInList: "«{value}» en {column} no es uno de los valores de la hoja Listas.",
    badDate: "«{value}» en {column} no es una fecha legible; escríbala como 2026-03-12.",
    badNumber: "«{value}» en {column} debe ser un número de 0 a 10.",
    badLink: "«{value}» en {column} no es un enlace web o de archivo.",
    duplicateId:
      "El identificador «{value}» también se usa en la fila {other}; cada recomendación necesita el suyo.",
    badId: "El identificador «{value}» tiene caracteres no permitidos (letras, cifras, - y _).",
    deadlineBeforeMade:
      "La fecha límite ({value}) es anterior a la fecha de la recomendación ({other}).",
    responseBeforeMade:
      "La fecha de respuesta ({value}) es anterior a la fecha de la recomendación ({other}).",
    verifiedBeforeMade:
      "La fecha de verificación ({value}) es anterior a la fecha de la recomendación ({other}).",
    dateInFuture: "La fecha de emisión ({value}) está en el futuro.",
    implementedNotVerified: "Marcada como implementada pero aún no verificada por el MNP.",
    verifiedWithoutDate: "Verificada por el MNP, pero falta la fecha de verificación.",
    dateWithoutVerified: "Hay una fecha de verificación, pero «Verificada por el MNP» no es Sí.",
    notImplementedWithoutReason: "Marcada como no implementada sin motivo.",
    reasonButImplemented:
      "Se indica un motivo de no implementación, pero la recomendación está implementada.",
    repeatOfUnknown: "Reitera «{value}», pero ninguna recomendación tiene ese identificador.",
    repeatOfWithoutRepeated: "Indica la recomendación que reitera, pero «Reiterada» no es Sí.",
    tooManyKey:
      "El informe «{other}» tiene {value} recomendaciones clave; su MNP fija un máximo de {limit} por informe. Deje Clave = Sí solo en las más importantes.",
  },
};
