/**
 * The Excel pane's strategies for recommendations not implemented: the
 * recommendations picked (the sheet's selection, or the Rec IDs typed for
 * "Record a follow-up event") grouped by their reason, each reason with the
 * strategies core suggests; a strategy tried is recorded as a History event
 * of its kind through the one recording path (core's recordEvent and
 * planRecord), so the History, `rectrack history` and the statistics see it.
 * Its own slice of the pane's state and its own intents, hooked into
 * state.ts and controller.ts in one line each.
 */
import { localDate, localDateTime } from "../../core/schema/dates";
import type { StrategyKind } from "../../core/schema/strategies";
import { vocabularyLabel } from "../../core/schema/vocabularies";
import type { Language } from "../../core/schema/plan";
import { recordEvent } from "../../core/tracker/observe";
import { recordNotices } from "./notices";
import { strategyPick, type StrategyPick } from "../../core/tracker/strategies";
import { type ExcelHost, ExcelTrackerStore, selectedRecommendations } from "../../office/excel";
import type { ExcelMessageKey } from "./i18n";

export type StrategiesAction = { type: "strategies"; pick: StrategyPick | null };

/** The slice of the pane's state: what the recommendations picked call for, once looked up. */
export type StrategiesState = StrategyPick | null;

export function strategiesReducer(
  _state: StrategiesState,
  action: StrategiesAction
): StrategiesState {
  return action.pick;
}

export interface StrategyIntents {
  /** Looks up the reasons of the recommendations picked (the sheet's selection when none is) and shows their strategies. */
  showStrategies(): Promise<void>;
  /** Records `kind` as tried for `ids`: one History event each, dated as the event form says (today otherwise). */
  recordStrategy(kind: StrategyKind, ids: readonly string[]): Promise<void>;
}

/** The pane actions these intents raise (a part of PaneAction). */
type Raised =
  | StrategiesAction
  | {
      type: "notify";
      notice: {
        intent: "error" | "warning" | "success";
        key: ExcelMessageKey;
        values?: Record<string, string>;
      };
    }
  | { type: "eventSelection"; ids: string[]; withoutId: number };

interface Deps {
  run(action: "read" | "record", work: (host: ExcelHost) => Promise<void>): Promise<void>;
  getState(): {
    eventDraft: { ids: string[]; date: string; with: string; summary: string };
    strategies: StrategiesState;
  };
  dispatch(action: Raised): void;
  now(): Date;
  /** The language strategies are named in, in the pane's messages. */
  language: Language;
  progress(done: number, total: number): void;
  /** After the write: the Dashboard's figures from the history follow (as after any event recorded). */
  figuresIn?(host: ExcelHost): Promise<void>;
}

export function strategyIntents(deps: Deps): StrategyIntents {
  const { run, getState, dispatch } = deps;
  const lookUp = async (host: ExcelHost, ids: readonly string[]) => {
    const store = new ExcelTrackerStore(host, { progress: deps.progress });
    const content = await store.read();
    dispatch({
      type: "strategies",
      pick: strategyPick(
        content.rows.map((row) => row.values),
        ids
      ),
    });
  };
  return {
    showStrategies: () =>
      run("read", async (host) => {
        let ids = getState().eventDraft.ids;
        if (ids.length === 0) {
          const selected = await selectedRecommendations(host);
          dispatch({ type: "eventSelection", ids: selected.ids, withoutId: selected.withoutId });
          ids = selected.ids;
        }
        if (ids.length === 0) {
          dispatch({ type: "strategies", pick: null });
          dispatch({ type: "notify", notice: { intent: "warning", key: "eventNoSelection" } });
          return;
        }
        await lookUp(host, ids);
      }),
    recordStrategy: (kind, ids) =>
      run("record", async (host) => {
        if (ids.length === 0) return;
        const draft = getState().eventDraft;
        const date = /^\d{4}-\d{2}-\d{2}$/.test(draft.date) ? draft.date : localDate(deps.now());
        const store = new ExcelTrackerStore(host, { progress: deps.progress });
        const plan = await recordEvent(
          store,
          ids,
          { kind, date, with: draft.with, summary: draft.summary },
          { now: localDateTime(deps.now()) }
        );
        const success = {
          intent: "success",
          key: "strategyRecorded",
          values: {
            strategy: vocabularyLabel("eventKind", kind, deps.language) ?? kind,
            count: String(plan.events),
            date,
          },
        } as const;
        for (const notice of recordNotices(plan, success)) dispatch({ type: "notify", notice });
        if (plan.events > 0) await deps.figuresIn?.(host);
      }),
  };
}
