/** Set up: read the workbook, create or upgrade its tracker, adopt a hand-made sheet, show a sheet. */
import { proposeMapping } from "../../core/tracker/legacy";
import { languageOfLegacySheet } from "../../core/tracker/sheet-language";
import { adoptSheet, applyTracker, readSheet, showSheet } from "../../office/excel";
import { adoptNotices, applyNotices, todayIso } from "./state";
import type { IntentContext } from "./intentContext";

export function setupIntents({ run, getState, dispatch, now, progress, refreshIn }: IntentContext) {
  return {
    refresh: () => run("read", refreshIn),
    apply: () =>
      run(getState().workbook?.tracker ? "upgrade" : "apply", async (h) => {
        const result = await applyTracker(h, {
          language: getState().language,
          progress,
          today: todayIso(now()),
          reorder: getState().reorder,
          keyLimit: getState().keyLimit,
        });
        if (result.reordered) dispatch({ type: "reorder", reorder: false });
        for (const notice of applyNotices(result)) dispatch({ type: "notify", notice });
        await refreshIn(h);
      }),
    readForAdopt: () =>
      run("read", async (h) => {
        const sheet = getState().adoptSheet;
        if (!sheet) return;
        const rows = await readSheet(h, sheet, { progress });
        const mapping = proposeMapping(rows);
        dispatch({ type: "draft", draft: { sheet, rows, mapping } });
        dispatch({
          type: "proposeLanguage",
          language: languageOfLegacySheet(rows, mapping, getState().language),
        });
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
    showSheet: (sheet: "tracker" | "dashboard") =>
      run("show", async (h) => {
        const workbook = getState().workbook;
        const name = sheet === "tracker" ? workbook?.tracker?.sheet : workbook?.dashboard;
        if (name) await showSheet(h, name);
      }),
  };
}
