/**
 * The Excel pane's one side-effect layer: every Office call goes through
 * these intents. Components get the state and raise intents; what to do with
 * results is decided by the pure functions in state.ts and src/core. An
 * error becomes a message bar, in plain words with Office's text as details.
 * The intents are grouped by tab (setupIntents, importIntents, qualityIntents,
 * followUpIntents), each built on one context (intentContext.ts).
 */
import { strategyIntents, type StrategyIntents } from "./strategies";
import type { Language } from "../../core/schema/plan";
import { ExcelHost } from "../../office/excel";
import { IssueLine, PaneAction, PaneState, reducer, initialState, noticeId } from "./state";
import { ChosenFile, intentContext } from "./intentContext";
import { intentsOver, usePaneIntents } from "../shared/usePaneIntents";
import { setupIntents } from "./setupIntents";
import { importIntents } from "./importIntents";
import { qualityIntents } from "./qualityIntents";
import { followUpIntents } from "./followUpIntents";

export type { ChosenFile, ControllerOptions } from "./intentContext";

export interface ExcelIntents extends StrategyIntents {
  /** A change to the pane's state alone (a field typed, a tab chosen): no Office call. */
  dispatch(action: PaneAction): void;
  refresh(): Promise<void>;
  apply(): Promise<void>;
  readForAdopt(): Promise<void>;
  adopt(): Promise<void>;
  checkQuality(): Promise<void>;
  /** Writes the tidying proposals the user kept ticked, then checks the data again. */
  applyTidy(): Promise<void>;
  goTo(line: IssueLine): Promise<void>;
  /** The next step after an import: brings the Recommendations sheet or the Dashboard to the front. */
  showSheet(sheet: "tracker" | "dashboard"): Promise<void>;
  refreshFollowUp(): Promise<void>;
  /** Writes the Dashboard's figures from the history (and their chart) now. */
  refreshFigures(): Promise<void>;
  /** Takes the rows selected in the Recommendations sheet for "Record a follow-up event". */
  takeSelection(): Promise<void>;
  /** Records the event for the recommendations taken: History rows and current columns in one write. */
  recordEvent(): Promise<void>;
  /** Records what the data check found typed in the sheet since the last recorded event. */
  recordDrift(): Promise<void>;
  /** Makes the letter (or visit brief) for the party typed, and saves it as a .docx. */
  prepareDocument(): Promise<void>;
  /** Reads a returned letter or brief (.docx) and previews what it would change. */
  chooseReplyFile(file: ChosenFile): Promise<void>;
  /** Writes the reply's changes the user kept, with one history event each. */
  applyReply(): Promise<void>;
  /** Reads a report or batch file the user chose and previews what importing it would change. */
  chooseImportFile(file: ChosenFile): Promise<void>;
  /**
   * The report's date as the user enters it in the preview (yyyy-mm-dd; ""
   * goes back to the report's own): the file is read again with it, so
   * deadlines such as "within three months" count from it. No Office call.
   */
  setReportDate(date: string): Promise<void>;
  /** Writes what the user chose in the preview. */
  runImport(): Promise<void>;
}

/** The intents, one group per tab over one context: each group keeps the stores it read. */
export function makeIntents(...given: Parameters<typeof intentContext>): ExcelIntents {
  return intentsOver(
    intentContext(...given),
    setupIntents,
    importIntents,
    qualityIntents,
    followUpIntents,
    (context) => strategyIntents({ ...context, language: context.options.uiLanguage })
  );
}

/** The pane's state and intents; `host` is null outside Excel (the pane then only explains). */
export function useExcelPane(
  host: ExcelHost | null,
  uiLanguage: Language
): [PaneState, ExcelIntents] {
  return usePaneIntents(
    reducer,
    () => initialState(uiLanguage),
    (getState, dispatch) => makeIntents(host, getState, dispatch, { uiLanguage }),
    // Each notice gets its id as it is raised.
    (raised: PaneAction): PaneAction =>
      raised.type === "notify" && raised.notice.id === undefined
        ? { ...raised, notice: { ...raised.notice, id: noticeId() } }
        : raised,
    [host, uiLanguage]
  );
}
