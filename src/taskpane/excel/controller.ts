/**
 * The Excel pane's one side-effect layer: every Office call goes through
 * these intents. Components get the state and raise intents; what to do with
 * results is decided by the pure functions in state.ts and src/core. An
 * error becomes a message bar, in plain words with Office's text as details.
 */
import * as React from "react";
import type { Language } from "../../core/schema/plan";
import { proposeMapping } from "../../core/tracker/legacy";
import type { TrackerIssue } from "../../core/tracker/validate";
import { validateRows } from "../../core/tracker/validate";
import {
  adoptSheet,
  applyTracker,
  describeWorkbook,
  ExcelHost,
  readSheet,
  readTracker,
  refreshFollowUp,
  selectCell,
} from "../../office/excel";
import {
  adoptNotices,
  applyNotices,
  BusyAction,
  explainError,
  IssueLine,
  PaneAction,
  PaneState,
  reducer,
  initialState,
  noticeId,
  todayIso,
} from "./state";

export interface ExcelIntents {
  refresh(): Promise<void>;
  apply(): Promise<void>;
  readForAdopt(): Promise<void>;
  adopt(): Promise<void>;
  checkQuality(): Promise<void>;
  goTo(line: IssueLine): Promise<void>;
  refreshFollowUp(): Promise<void>;
  dispatch(action: PaneAction): void;
}

export interface ControllerOptions {
  /** The pane's language: the language of data-quality messages. */
  uiLanguage: Language;
  now?: () => Date;
}

/** Runs one intent: shows progress, reports any error, never runs two at once. */
export function makeIntents(
  host: ExcelHost | null,
  getState: () => PaneState,
  dispatch: (action: PaneAction) => void,
  options: ControllerOptions
): ExcelIntents {
  const now = options.now ?? (() => new Date());
  const run = async (
    action: BusyAction,
    work: (host: ExcelHost) => Promise<void>
  ): Promise<void> => {
    if (!host || getState().busy) return;
    dispatch({ type: "busy", action });
    try {
      await work(host);
    } catch (error) {
      dispatch({ type: "notify", notice: explainError(error) });
    } finally {
      dispatch({ type: "idle" });
    }
  };
  const progress = (done: number, total: number) => dispatch({ type: "progress", done, total });
  const refreshIn = async (h: ExcelHost) =>
    dispatch({ type: "workbook", summary: await describeWorkbook(h) });
  return {
    dispatch,
    refresh: () => run("read", refreshIn),
    apply: () =>
      run(getState().workbook?.tracker ? "upgrade" : "apply", async (h) => {
        const result = await applyTracker(h, { language: getState().language, progress });
        for (const notice of applyNotices(result)) dispatch({ type: "notify", notice });
        await refreshIn(h);
      }),
    readForAdopt: () =>
      run("read", async (h) => {
        const sheet = getState().adoptSheet;
        if (!sheet) return;
        const rows = await readSheet(h, sheet, { progress });
        dispatch({ type: "draft", draft: { sheet, rows, mapping: proposeMapping(rows) } });
      }),
    adopt: () =>
      run("adopt", async (h) => {
        const draft = getState().draft;
        if (!draft) return;
        const result = await adoptSheet(h, {
          sheet: draft.sheet,
          mapping: draft.mapping,
          language: getState().language,
          today: todayIso(now()),
          progress,
        });
        dispatch({ type: "draft", draft: null });
        for (const notice of adoptNotices(result, draft.sheet))
          dispatch({ type: "notify", notice });
        await refreshIn(h);
      }),
    checkQuality: () =>
      run("quality", async (h) => {
        const snapshot = await readTracker(h, { progress });
        const issues: TrackerIssue[] = validateRows(snapshot.rows, {
          language: options.uiLanguage,
          today: todayIso(now()),
          headers: snapshot.headers,
        });
        dispatch({
          type: "quality",
          view: {
            sheet: snapshot.sheet,
            columns: snapshot.columns,
            headers: snapshot.headers,
            rows: snapshot.rows.length,
            issues,
          },
        });
      }),
    goTo: (line) =>
      run("select", async (h) => {
        if (line.target) await selectCell(h, line.target);
      }),
    refreshFollowUp: () =>
      run("followUp", async (h) => {
        const result = await refreshFollowUp(h, {
          today: todayIso(now()),
          withinDays: getState().dueSoonDays,
          progress,
        });
        dispatch({ type: "followUp", result });
        if (result.skipped.length > 0) {
          dispatch({
            type: "notify",
            notice: {
              intent: "warning",
              key: "skippedFeatures",
              values: { features: result.skipped.join(",") },
            },
          });
        }
      }),
  };
}

/** The pane's state and intents; `host` is null outside Excel (the pane then only explains). */
export function useExcelPane(
  host: ExcelHost | null,
  uiLanguage: Language
): [PaneState, ExcelIntents] {
  const [state, dispatch] = React.useReducer(reducer, uiLanguage, initialState);
  const stateRef = React.useRef(state);
  stateRef.current = state;
  const intents = React.useMemo(
    () =>
      makeIntents(
        host,
        () => stateRef.current,
        (raised) => {
          const action: PaneAction =
            raised.type === "notify" && raised.notice.id === undefined
              ? { ...raised, notice: { ...raised.notice, id: noticeId() } }
              : raised;
          // Busy is tracked on the ref at once so a double click cannot start the same work twice.
          stateRef.current = reducer(stateRef.current, action);
          dispatch(action);
        },
        { uiLanguage }
      ),
    [host, uiLanguage]
  );
  React.useEffect(() => {
    void intents.refresh();
  }, [intents]);
  return [state, intents];
}
