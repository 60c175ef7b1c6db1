/**
 * What the Excel pane's intents share: the options the pane or a test gives, and the context every
 * group of intents (setup, import, quality, follow-up) is built on.
 */
import type { Language } from "../../core/schema/plan";
import { describeWorkbook, ExcelHost } from "../../office/excel";
import { BusyAction, explainError, PaneAction, PaneState, todayIso } from "./state";
import { refreshFiguresAfterWrite } from "./figures";
import { type ImportServices } from "./importServices";

/** A file from the page's file input (a File, or its likeness in tests). */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ControllerOptions {
  /** The pane's language: the language of data-quality messages. */
  uiLanguage: Language;
  now?: () => Date;
  /** Tests give their own; the pane uses the real readers and upsert. */
  services?: ImportServices;
  /** Saves a prepared document; the pane downloads it (tests keep it). */
  save?: (fileName: string, bytes: Uint8Array) => void;
}

/** What every intent is given: the state, the dispatcher, the clock, and the one way to run Office work. */
export interface IntentContext {
  getState: () => PaneState;
  dispatch: (action: PaneAction) => void;
  /** Runs one intent: shows progress, reports any error, never runs two at once. */
  run: (action: BusyAction, work: (host: ExcelHost) => Promise<void>) => Promise<void>;
  now: () => Date;
  /** Rows done out of rows to do, for the progress line. */
  progress: (done: number, total: number) => void;
  /** Reads the workbook again for Set up's summary. */
  refreshIn: (host: ExcelHost) => Promise<void>;
  /** After a write that changes the rows or the history: the Dashboard's figures from the history follow. */
  figuresIn: (host: ExcelHost) => Promise<void>;
  options: ControllerOptions;
}

export function intentContext(
  host: ExcelHost | null,
  getState: () => PaneState,
  dispatch: (action: PaneAction) => void,
  options: ControllerOptions
): IntentContext {
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
  const now = options.now ?? (() => new Date());
  return {
    getState,
    dispatch,
    run,
    now,
    progress: (done, total) => dispatch({ type: "progress", done, total }),
    refreshIn: async (h) => dispatch({ type: "workbook", summary: await describeWorkbook(h) }),
    figuresIn: async (h) => {
      try {
        const notice = await refreshFiguresAfterWrite(h, todayIso(now()));
        if (notice) dispatch({ type: "notify", notice });
      } catch (error) {
        // The write itself succeeded: its message still shows, this one beside it.
        dispatch({ type: "notify", notice: explainError(error) });
      }
    },
    options,
  };
}
