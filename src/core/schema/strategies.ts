import type { Language } from "./plan";
import type { Labels } from "./vocabularies";

/**
 * What to do about a recommendation that is not implemented, as data: the
 * reason recorded for it (the "Reason not implemented" list) suggests
 * strategies, as the guidance NPMs follow does (not understood: explain or
 * reformulate; budget: advocacy with parliament and the finance ministry;
 * resistance: meetings with the key people, coalition partners, other
 * inspectorates, the media; another body's competence: redirect). Each
 * strategy is a kind of follow-up event (the eventKind list), so a strategy
 * tried is recorded in the History like any event, and counted by
 * src/core/tracker/strategies.ts.
 */

/** The event kinds that are strategies (keys of the eventKind list). */
export type StrategyKind =
  "explained" | "advocacy" | "meeting" | "coalition" | "inspectorates" | "media" | "redirected";

export const STRATEGY_KINDS: readonly StrategyKind[] = [
  "explained",
  "advocacy",
  "meeting",
  "coalition",
  "inspectorates",
  "media",
  "redirected",
];

/** A reason of the reasonNotImplemented list, or "none" when no reason is recorded yet. */
export type StrategyReason =
  "budget" | "notUnderstood" | "resistance" | "legalObstacle" | "otherBody" | "other" | "none";

export interface StrategySuggestion {
  /** The event recorded when the strategy is tried. */
  kind: StrategyKind;
  /** What to do, in plain words. */
  labels: Labels;
}

function s(kind: StrategyKind, en: string, fr: string, es: string): StrategySuggestion {
  return { kind, labels: { en, fr, es } };
}

/** For each reason, the strategies to try, the first most likely to help. */
export const STRATEGIES_BY_REASON: Record<StrategyReason, readonly StrategySuggestion[]> = {
  notUnderstood: [
    s(
      "explained",
      "Explain the recommendation to those who must act on it, or reformulate it more clearly",
      "Expliquer la recommandation à ceux qui doivent agir, ou la reformuler plus clairement",
      "Explicar la recomendación a quienes deben actuar, o reformularla con más claridad"
    ),
    s(
      "meeting",
      "Meet the people responsible to go through it together",
      "Rencontrer les responsables pour la passer en revue ensemble",
      "Reunirse con los responsables para revisarla juntos"
    ),
  ],
  budget: [
    s(
      "advocacy",
      "Advocacy with parliament and the finance ministry for the budget it needs",
      "Plaidoyer auprès du parlement et du ministère des finances pour le budget nécessaire",
      "Incidencia ante el parlamento y el ministerio de hacienda para obtener el presupuesto necesario"
    ),
    s(
      "coalition",
      "Build support with coalition partners (civil society, professional bodies)",
      "Chercher l'appui de partenaires de coalition (société civile, organisations professionnelles)",
      "Buscar el apoyo de socios de coalición (sociedad civil, colegios profesionales)"
    ),
  ],
  resistance: [
    s(
      "meeting",
      "Meetings with the key people who decide",
      "Rencontres avec les personnes clés qui décident",
      "Reuniones con las personas clave que deciden"
    ),
    s(
      "coalition",
      "Work with coalition partners (civil society, families, professional bodies)",
      "Agir avec des partenaires de coalition (société civile, familles, organisations professionnelles)",
      "Actuar con socios de coalición (sociedad civil, familias, colegios profesionales)"
    ),
    s(
      "inspectorates",
      "Raise it with other inspectorates and oversight bodies",
      "En saisir d'autres inspections et organes de contrôle",
      "Plantearla a otras inspecciones y órganos de supervisión"
    ),
    s(
      "media",
      "Make the issue public through the media",
      "Rendre la question publique par les médias",
      "Hacer pública la cuestión a través de los medios de comunicación"
    ),
  ],
  legalObstacle: [
    s(
      "advocacy",
      "Advocacy with parliament and the ministry of justice to change the law",
      "Plaidoyer auprès du parlement et du ministère de la justice pour changer la loi",
      "Incidencia ante el parlamento y el ministerio de justicia para cambiar la ley"
    ),
    s(
      "explained",
      "Reformulate it so that it can be done within the law as it stands",
      "La reformuler pour qu'elle puisse être mise en œuvre dans le cadre de la loi actuelle",
      "Reformularla para que pueda cumplirse con la ley vigente"
    ),
  ],
  otherBody: [
    s(
      "redirected",
      "Redirect the recommendation to the competent body",
      "Réorienter la recommandation vers l'organe compétent",
      "Remitir la recomendación al órgano competente"
    ),
    s(
      "meeting",
      "Meet the competent body to present it",
      "Rencontrer l'organe compétent pour la lui présenter",
      "Reunirse con el órgano competente para presentársela"
    ),
  ],
  other: [
    s(
      "meeting",
      "Meet the authority to find out what stands in the way",
      "Rencontrer l'autorité pour comprendre ce qui fait obstacle",
      "Reunirse con la autoridad para entender qué lo impide"
    ),
    s(
      "inspectorates",
      "Raise it with other inspectorates and oversight bodies",
      "En saisir d'autres inspections et organes de contrôle",
      "Plantearla a otras inspecciones y órganos de supervisión"
    ),
  ],
  none: [
    s(
      "meeting",
      "Ask the authority why it is not implemented, then record the reason",
      "Demander à l'autorité pourquoi elle n'est pas mise en œuvre, puis noter la raison",
      "Preguntar a la autoridad por qué no se implementa y anotar el motivo"
    ),
  ],
};

/** The strategies a reason suggests (no reason: find out why; a reason outside the list counts as "other"). */
export function strategiesFor(reason: string | null | undefined): readonly StrategySuggestion[] {
  if (!reason) return STRATEGIES_BY_REASON.none;
  return Object.prototype.hasOwnProperty.call(STRATEGIES_BY_REASON, reason)
    ? STRATEGIES_BY_REASON[reason as StrategyReason]
    : STRATEGIES_BY_REASON.other;
}

/** The strategies of a reason as one line of text (the Follow-up sheet's column). */
export function strategiesText(reason: string | null | undefined, language: Language): string {
  return strategiesFor(reason)
    .map((strategy) => strategy.labels[language])
    .join("; ");
}
