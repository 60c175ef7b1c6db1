/**
 * Strategies for recommendations that are not implemented: which ones need
 * one, and, from the history, which strategies preceded implementation. The
 * suggestions themselves are data (src/core/schema/strategies.ts); a
 * strategy tried is a History event of its kind.
 */
import { STRATEGY_KINDS, type StrategyKind } from "../schema/strategies";
import { eventsById, type HistoryRow } from "./history";
import type { TrackerRecord } from "./types";

/**
 * A recommendation that calls for a strategy: not implemented, or with a
 * reason for not being implemented recorded while it is not implemented.
 */
export function needsStrategy(record: TrackerRecord): boolean {
  if (record.status === "implemented") return false;
  const reason = typeof record.reasonNotImplemented === "string" ? record.reasonNotImplemented : "";
  return record.status === "notImplemented" || reason.trim() !== "";
}

export interface StrategyOutcome {
  strategy: StrategyKind;
  /** Recommendations of the tracker with this strategy tried at least once (an event of its kind). */
  tried: number;
  /** Of them, recorded as implemented (an event observing "Implemented") on or after the first try. */
  implementedAfter: number;
  /** implementedAfter / tried, rounded to 3 decimals; null when never tried. */
  share: number | null;
}

/**
 * Which strategies preceded implementation: for each strategy, how many of
 * the tracker's recommendations had it tried and how many of those the
 * history then records as implemented. Events of recommendations no longer
 * in the tracker, and events without a readable date, are left out. The one
 * figure `rectrack stats` and the Dashboard show.
 */
export function strategyOutcomes(
  records: readonly TrackerRecord[],
  history: readonly HistoryRow[]
): StrategyOutcome[] {
  const ids = new Set(
    records.map((record) => (typeof record.id === "string" ? record.id.trim() : "")).filter(Boolean)
  );
  const counts = new Map<StrategyKind, { tried: number; implementedAfter: number }>(
    STRATEGY_KINDS.map((kind) => [kind, { tried: 0, implementedAfter: 0 }])
  );
  for (const [id, events] of eventsById(history)) {
    if (!ids.has(id)) continue;
    const implementedOn = events
      .filter((event) => event.values.status === "implemented")
      .map((event) => String(event.values.date));
    for (const [kind, count] of counts) {
      const first = events.find((event) => event.values.kind === kind);
      if (!first) continue;
      count.tried++;
      const since = String(first.values.date);
      if (implementedOn.some((day) => day >= since)) count.implementedAfter++;
    }
  }
  return STRATEGY_KINDS.map((strategy) => {
    const { tried, implementedAfter } = counts.get(strategy) as {
      tried: number;
      implementedAfter: number;
    };
    return {
      strategy,
      tried,
      implementedAfter,
      share: tried === 0 ? null : Math.round((implementedAfter / tried) * 1000) / 1000,
    };
  });
}
