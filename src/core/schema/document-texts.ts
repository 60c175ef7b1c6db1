import type { Language } from "./plan";

/**
 * The words of the documents the tracker prepares for follow-up (a letter to
 * one authority, a brief for the team visiting one place), per language. The
 * documents are Word files the NPM edits before sending: these are drafts.
 * {party}, {date}, {reports}, {column} and {values} are filled in.
 */
export interface DocumentTexts {
  letterTitle: string;
  letterTo: string;
  /** The covering text of a reminder. */
  letterReminder: string;
  /** The covering text of a request for an action plan. */
  letterActionPlan: string;
  letterReports: string;
  letterTableTitle: string;
  letterTableNote: string;
  letterClosing: string;
  letterSignature: string;
  briefTitle: string;
  briefIntro: string;
  briefNone: string;
  briefRecommendation: string;
  briefMade: string;
  briefHistory: string;
  briefNoHistory: string;
  briefTableTitle: string;
  briefTableNote: string;
  /** How to fill a list column: {column} and the {values} it takes. */
  valuesHint: string;
  dateHint: string;
  /** "with" in an event line ("Meeting with the director"). */
  eventWith: string;
  dated: string;
}

export const DOCUMENT_TEXTS: Record<Language, DocumentTexts> = {
  en: {
    letterTitle: "Follow-up of recommendations: {party}",
    letterTo: "To: {party}",
    letterReminder:
      "The National Preventive Mechanism made the recommendations listed below. We have not yet received your response to them, or the time set for them has passed. We would be grateful if you would tell us, for each of them, whether it is accepted, what has been done or is planned, and by when, by filling in the last three columns of the table and returning this document to us.",
    letterActionPlan:
      "The National Preventive Mechanism made the recommendations listed below. To follow their implementation, we ask you to send us an action plan: for each recommendation, whether it is accepted, the measures planned and the date by which they will be taken. Please fill in the last three columns of the table and return this document to us.",
    letterReports: "Reports concerned: {reports}.",
    letterTableTitle: "Recommendations awaiting your reply",
    letterTableNote:
      "Please leave the first three columns as they are: the Rec ID lets us record your answer against the right recommendation.",
    letterClosing: "Yours sincerely,",
    letterSignature: "For the National Preventive Mechanism",
    briefTitle: "Brief for the follow-up visit: {party}",
    briefIntro:
      "The open recommendations for {party}, with what has been recorded about each of them. During the visit, note for each one its implementation, whether you verified it and how, in the last three columns of the table at the end: the tracker reads them back.",
    briefNone: "No open recommendation is recorded for this place.",
    briefRecommendation: "Recommendation {ref} ({id})",
    briefMade: "Made on {date} ({reports}).",
    briefHistory: "What has happened so far:",
    briefNoHistory: "No event has been recorded yet.",
    briefTableTitle: "To fill in during the visit",
    briefTableNote:
      "Leave the first three columns as they are: the Rec ID lets the tracker record what you found against the right recommendation.",
    valuesHint: "In the column “{column}”, write one of: {values}.",
    dateHint: "In the column “{column}”, write a date such as {date}.",
    eventWith: "with {party}",
    dated: "{date}",
  },
  fr: {
    letterTitle: "Suivi des recommandations : {party}",
    letterTo: "Destinataire : {party}",
    letterReminder:
      "Le Mécanisme national de prévention a formulé les recommandations ci-dessous. Nous n'avons pas encore reçu votre réponse, ou le délai fixé est passé. Nous vous serions reconnaissants de nous indiquer, pour chacune, si elle est acceptée, ce qui a été fait ou est prévu, et dans quel délai, en remplissant les trois dernières colonnes du tableau et en nous retournant ce document.",
    letterActionPlan:
      "Le Mécanisme national de prévention a formulé les recommandations ci-dessous. Pour en suivre la mise en œuvre, nous vous demandons de nous adresser un plan d'action : pour chaque recommandation, si elle est acceptée, les mesures prévues et la date à laquelle elles seront prises. Merci de remplir les trois dernières colonnes du tableau et de nous retourner ce document.",
    letterReports: "Rapports concernés : {reports}.",
    letterTableTitle: "Recommandations en attente de votre réponse",
    letterTableNote:
      "Merci de ne pas modifier les trois premières colonnes : l'identifiant permet d'enregistrer votre réponse pour la bonne recommandation.",
    letterClosing: "Veuillez agréer l'expression de notre haute considération.",
    letterSignature: "Pour le Mécanisme national de prévention",
    briefTitle: "Fiche pour la visite de suivi : {party}",
    briefIntro:
      "Les recommandations en cours pour {party}, avec ce qui a été enregistré pour chacune. Pendant la visite, notez pour chacune sa mise en œuvre, si vous l'avez vérifiée et comment, dans les trois dernières colonnes du tableau final : le suivi les relit.",
    briefNone: "Aucune recommandation en cours n'est enregistrée pour ce lieu.",
    briefRecommendation: "Recommandation {ref} ({id})",
    briefMade: "Formulée le {date} ({reports}).",
    briefHistory: "Ce qui s'est passé jusqu'ici :",
    briefNoHistory: "Aucun événement n'a encore été enregistré.",
    briefTableTitle: "À remplir pendant la visite",
    briefTableNote:
      "Ne modifiez pas les trois premières colonnes : l'identifiant permet au suivi d'enregistrer vos constats pour la bonne recommandation.",
    valuesHint: "Dans la colonne « {column} », écrivez l'une de ces valeurs : {values}.",
    dateHint: "Dans la colonne « {column} », écrivez une date, par exemple {date}.",
    eventWith: "avec {party}",
    dated: "{date}",
  },
  es: {
    letterTitle: "Seguimiento de las recomendaciones: {party}",
    letterTo: "Destinatario: {party}",
    letterReminder:
      "El Mecanismo Nacional de Prevención formuló las recomendaciones que figuran a continuación. Aún no hemos recibido su respuesta, o el plazo fijado ha vencido. Les agradeceríamos que nos indicaran, para cada una, si la aceptan, qué se ha hecho o se prevé hacer y en qué plazo, completando las tres últimas columnas del cuadro y devolviéndonos este documento.",
    letterActionPlan:
      "El Mecanismo Nacional de Prevención formuló las recomendaciones que figuran a continuación. Para seguir su implementación, les pedimos que nos envíen un plan de acción: para cada recomendación, si la aceptan, las medidas previstas y la fecha en que se adoptarán. Les rogamos completen las tres últimas columnas del cuadro y nos devuelvan este documento.",
    letterReports: "Informes de que se trata: {reports}.",
    letterTableTitle: "Recomendaciones pendientes de su respuesta",
    letterTableNote:
      "Les rogamos no modifiquen las tres primeras columnas: el identificador permite registrar su respuesta en la recomendación correcta.",
    letterClosing: "Atentamente,",
    letterSignature: "Por el Mecanismo Nacional de Prevención",
    briefTitle: "Ficha para la visita de seguimiento: {party}",
    briefIntro:
      "Las recomendaciones abiertas para {party}, con lo registrado sobre cada una. Durante la visita, anoten para cada una su implementación, si la verificaron y cómo, en las tres últimas columnas del cuadro final: el seguimiento las vuelve a leer.",
    briefNone: "No hay ninguna recomendación abierta registrada para este lugar.",
    briefRecommendation: "Recomendación {ref} ({id})",
    briefMade: "Formulada el {date} ({reports}).",
    briefHistory: "Lo ocurrido hasta ahora:",
    briefNoHistory: "Aún no se ha registrado ningún evento.",
    briefTableTitle: "Para completar durante la visita",
    briefTableNote:
      "No modifiquen las tres primeras columnas: el identificador permite al seguimiento registrar lo constatado en la recomendación correcta.",
    valuesHint: "En la columna «{column}», escriban uno de estos valores: {values}.",
    dateHint: "En la columna «{column}», escriban una fecha, por ejemplo {date}.",
    eventWith: "con {party}",
    dated: "{date}",
  },
};

/** Fills {name} placeholders. */
export function fillText(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
