/**
 * Strategies for recommendations that are not implemented: which ones need
 * one, and, from the history, which strategies preceded implementation. The
 * suggestions themselves are data (src/core/schema/strategies.ts); a
 * strategy tried is a History event of its kind.
 */
import { STRATEGY_KINDS, type StrategyKind } from "../schema/strategies";
import { VOCABULARIES } from "../schema/vocabularies";
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
  const counts = new Map<StrategyKind, { tried: number; implementedAfter: number }>(
    STRATEGY_KINDS.map((kind) => [kind, { tried: 0, implementedAfter: 0 }])
  );
  const byId = eventsById(history);
  // The rows' IDs only when there are events to match (a tracker without a history has none).
  const ids = new Set(
    byId.size === 0
      ? []
      : records
          .map((record) => (typeof record.id === "string" ? record.id.trim() : ""))
          .filter(Boolean)
  );
  for (const [id, events] of byId) {
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

const REASON_ORDER: readonly string[] = VOCABULARIES.reasonNotImplemented.values.map(
  (value) => value.key
);

/** Recommendations picked that call for a strategy, grouped by their reason. */
export interface StrategyGroup {
  /** The reason's key, or null when none is recorded yet. */
  reason: string | null;
  ids: string[];
}

export interface StrategyPick {
  /** In the order of the reasons list, then those without a reason. */
  groups: StrategyGroup[];
  /** Picked, found, and not calling for a strategy (implemented, or neither not implemented nor with a reason). */
  others: string[];
  /** Picked and not found in the tracker. */
  unknown: string[];
}

/** What the recommendations `ids` call for: the strategies of their reasons, grouped, as the pane shows them. */
export function strategyPick(
  records: readonly TrackerRecord[],
  ids: readonly string[]
): StrategyPick {
  const byId = new Map<string, TrackerRecord>();
  for (const record of records)
    if (typeof record.id === "string" && !byId.has(record.id.trim()))
      byId.set(record.id.trim(), record);
  const groups = new Map<string | null, string[]>();
  const others: string[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const record = byId.get(id.trim());
    if (!record) unknown.push(id);
    else if (!needsStrategy(record)) others.push(id);
    else {
      const reason =
        typeof record.reasonNotImplemented === "string" && record.reasonNotImplemented.trim()
          ? record.reasonNotImplemented.trim()
          : null;
      groups.set(reason, [...(groups.get(reason) ?? []), id]);
    }
  }
  const order = (reason: string | null) => {
    const at = REASON_ORDER.indexOf(reason ?? "");
    return reason === null ? REASON_ORDER.length + 1 : at < 0 ? REASON_ORDER.length : at;
  };
  return {
    groups: [...groups.entries()]
      .map(([reason, list]) => ({ reason, ids: list }))
      .sort((a, b) => order(a.reason) - order(b.reason)),
    others,
    unknown,
  };
}
