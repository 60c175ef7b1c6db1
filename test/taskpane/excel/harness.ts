import type { Language } from "../../../src/core/language";
import { officeExcelHost } from "../../../src/office/excel";
import { makeIntents } from "../../../src/taskpane/excel/controller";
import { initialState, PaneAction, PaneState, reducer } from "../../../src/taskpane/excel/state";

/**
 * The Excel pane's intents over the installed host fake, with the pane's state kept as the
 * React pane keeps it (one reducer). Files the pane would save are collected in `saved`.
 */
export function excelPaneHarness(
  language: Language = "en",
  now: () => Date = () => new Date(2026, 2, 1, 9, 30)
) {
  let state: PaneState = initialState(language);
  const saved: { name: string; bytes: Uint8Array }[] = [];
  const dispatch = (action: PaneAction) => (state = reducer(state, action));
  const intents = makeIntents(officeExcelHost(), () => state, dispatch, {
    uiLanguage: language,
    now,
    save: (name, bytes) => saved.push({ name, bytes }),
  });
  return {
    intents,
    dispatch,
    saved,
    get state() {
      return state;
    },
  };
}
