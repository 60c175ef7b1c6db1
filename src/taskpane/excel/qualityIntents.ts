/**
 * Data quality: check the tracker, tidy its lists, go to a problem's cell, record what was typed
 * since the last recorded event. The store that read the tracker for the check writes what follows.
 */
import type { TrackerChanges } from "../../core/tracker/store";
import { applyTidy, proposalId, proposeTidy } from "../../core/tracker/tidy";
import type { TrackerRow } from "../../core/tracker/types";
import type { VocabularyKey } from "../../core/schema/vocabularies";
import type { TrackerIssue } from "../../core/tracker/validate";
import { validateRows } from "../../core/tracker/validate";
import { statusDrift } from "../../core/tracker/history";
import { planDriftRecords } from "../../core/tracker/observe";
import { ExcelHost, ExcelTrackerStore, selectCell } from "../../office/excel";
import { chosenTidy, IssueLine, nowIso, todayIso } from "./state";
import type { IntentContext } from "./intentContext";

export function qualityIntents(context: IntentContext) {
  const { run, getState, dispatch, now, progress, figuresIn, options } = context;
  // The store that read the tracker for the data check writes its tidying: it finds the rows again by Rec ID.
  let qualityStore: { store: ExcelTrackerStore; rows: TrackerRow[] } | null = null;
  const checkIn = async (h: ExcelHost) => {
    const store = new ExcelTrackerStore(h, { progress });
    // Schema v2: the History too, in the same run, to notice what was typed since the last event.
    const { history } = await store.readWithHistory();
    const snapshot = store.tracker as NonNullable<ExcelTrackerStore["tracker"]>;
    const issues: TrackerIssue[] = validateRows(snapshot.rows, {
      language: options.uiLanguage,
      today: todayIso(now()),
      headers: snapshot.headers,
      keyLimit: snapshot.metadata?.keyLimit,
    });
    const lists: Partial<Record<VocabularyKey, string[]>> = {};
    for (const [key, list] of snapshot.state.lists) lists[key] = list.items;
    const tidy = proposeTidy(snapshot.rows, { language: snapshot.language, lists });
    // An implementation or acceptance typed since the last recorded event is offered for recording.
    const drift = history.present ? statusDrift(snapshot.rows, history.rows) : [];
    qualityStore = { store, rows: snapshot.rows };
    dispatch({
      type: "quality",
      view: {
        sheet: snapshot.sheet,
        columns: snapshot.columns,
        headers: snapshot.headers,
        rows: snapshot.rows.length,
        issues,
        tidy,
        tidyChosen: tidy.map(proposalId),
        drift,
      },
    });
  };
  return {
    checkQuality: () => run("quality", checkIn),
    applyTidy: () =>
      run("tidy", async (h) => {
        const view = getState().quality;
        if (!view || !qualityStore) return;
        const chosen = chosenTidy(view);
        if (chosen.length === 0) return;
        const { store, rows } = qualityStore;
        const result = applyTidy(rows, chosen);
        const listRemovals: TrackerChanges["listRemovals"] = {};
        for (const [key, entry] of Object.entries(result.lists))
          if (entry && entry.remove.length > 0)
            listRemovals[key as keyof typeof listRemovals] = entry.remove;
        await store.write({ updates: result.updates, additions: [], listRemovals });
        qualityStore = null;
        dispatch({
          type: "notify",
          notice: {
            intent: "success",
            key: "tidyDone",
            values: {
              changes: String(chosen.length),
              rows: String(result.updates.length),
            },
          },
        });
        await checkIn(h);
      }),
    goTo: (line: IssueLine) =>
      run("select", async (h) => {
        if (line.target) await selectCell(h, line.target);
      }),
    recordDrift: () =>
      run("record", async (h) => {
        const view = getState().quality;
        if (!view || !qualityStore || view.drift.length === 0) return;
        const changes = planDriftRecords(view.drift, {
          date: todayIso(now()),
          now: nowIso(now()),
        });
        await qualityStore.store.write(changes);
        qualityStore = null;
        await figuresIn(h);
        dispatch({
          type: "notify",
          notice: {
            intent: "success",
            key: "driftRecorded",
            values: { count: String(changes.events?.length ?? 0) },
          },
        });
        await checkIn(h);
      }),
  };
}
