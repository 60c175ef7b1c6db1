/**
 * The review: open a recommendation, settle its criteria (one, or all in the criterion walk), the
 * reviewer's name asked once, its review state, and the pane following the cursor.
 */
import type { ReviewState } from "../../core/model/reportMetadata";
import {
  Decision,
  DEFAULT_KEY_LIMIT,
  keyCount,
  overrideFor,
  setKey,
  setReviewState,
  settle,
  settleAll,
} from "../../core/review";
import type { CriterionKey } from "../../core/smart/types";
import { notice } from "./wordNotices";
import type { WordContext } from "./wordContext";

export function reviewIntents(context: WordContext) {
  const { host, getState, dispatch, push, run, now, shellT, metadataNow, save } = context;
  const decideNow = async (
    id: string,
    criterion: CriterionKey,
    decision: Decision,
    note: string,
    reviewer: string
  ) => {
    const override = overrideFor(decision, note, reviewer, now().toISOString());
    if (await save(settle(metadataNow(), id, criterion, override)))
      dispatch({ type: "decided", id, criterion });
  };

  const decideAllNow = async (
    criterion: CriterionKey,
    decision: Decision,
    note: string,
    reviewer: string
  ) => {
    const before = metadataNow();
    const override = overrideFor(decision, note, reviewer, now().toISOString());
    const { metadata, ids } = settleAll(before, getState().items, criterion, override);
    if (ids.length === 0 || !(await save(metadata))) return;
    dispatch({ type: "undoable", undo: { kind: "metadata", before } });
    push(
      notice(
        "success",
        decision === "met"
          ? "settledAllMet"
          : decision === "not_met"
            ? "settledAllKept"
            : "settledAllNotApplicable",
        { count: String(ids.length), criterion: shellT(`criterion_${criterion}`) },
        { actions: ["undo"], topic: "undo" }
      )
    );
    dispatch({ type: "walk", criterion: null });
    dispatch({ type: "view", view: { kind: "overview" } });
  };

  return {
    open: async (id: string) => {
      dispatch({ type: "open", id });
      const item = getState().items.find((i) => i.meta.id === id);
      if (item && item.text !== null)
        // Showing it in Word is a courtesy: a failure there is not worth a message.
        await host.select(id).catch(() => undefined);
    },
    goTo: (id: string, words?: string) => run("read", () => host.select(id, words), true),
    decide: async (id: string, criterion: CriterionKey, decision: Decision, note: string) => {
      const reviewer = getState().reviewer.trim();
      if (!reviewer) {
        dispatch({ type: "pending", pending: { id, criterion, decision, note } });
        return;
      }
      await run("save", () => decideNow(id, criterion, decision, note, reviewer));
    },
    decideAll: async (criterion: CriterionKey, decision: Decision, note: string) => {
      const reviewer = getState().reviewer.trim();
      if (!reviewer) {
        const id = getState().view.kind === "detail" ? (getState().view as { id: string }).id : "";
        dispatch({ type: "pending", pending: { id, criterion, decision, note, all: true } });
        return;
      }
      await run("save", () => decideAllNow(criterion, decision, note, reviewer));
    },
    giveName: async (name: string) => {
      const reviewer = name.trim();
      if (!reviewer) return;
      dispatch({ type: "reviewer", name: reviewer });
      const pending = getState().pending;
      if (!pending) return;
      dispatch({ type: "pending", pending: null });
      await run("save", () =>
        pending.all
          ? decideAllNow(pending.criterion, pending.decision, pending.note, reviewer)
          : decideNow(pending.id, pending.criterion, pending.decision, pending.note, reviewer)
      );
    },
    clearDecision: (id: string, criterion: CriterionKey) =>
      run("save", async () => {
        await save(settle(metadataNow(), id, criterion, null));
      }),
    setState: (id: string, reviewState: ReviewState) =>
      run("save", async () => {
        await save(setReviewState(metadataNow(), id, reviewState));
      }),
    setKey: (id: string, key: boolean) =>
      run("save", async () => {
        const next = setKey(metadataNow(), id, key);
        await save(next);
        const count = keyCount(next);
        if (key && count > DEFAULT_KEY_LIMIT)
          push(
            notice("warning", "keyOverLimit", {
              count: String(count),
              limit: String(DEFAULT_KEY_LIMIT),
            })
          );
      }),
    followSelection: async () => {
      const state = getState();
      if (state.busy || state.phase !== "ready") return;
      const id = await host.selected().catch(() => null);
      const now = getState();
      if (!id || now.busy || !now.items.some((i) => i.meta.id === id)) return;
      if (now.view.kind === "detail" && now.view.id === id) return;
      // Only from the review's own views: a form being filled in is not taken away.
      if (now.view.kind !== "overview" && now.view.kind !== "detail") return;
      dispatch({ type: "open", id });
    },
  };
}
