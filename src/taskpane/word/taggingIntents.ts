/** Finding and tagging: read the report, find and tag its recommendations, mark or unmark one, undo. */
import { findRecommendations } from "../../core/extract";
import {
  controlTitle,
  planMark,
  planTagging,
  relocate,
  restored,
  unmarked,
  untaggedFindings,
} from "../../core/review";
import { reportInOtherLanguage } from "../../core/model/paragraph";
import { notice } from "./wordNotices";
import { candidateKey } from "./loadReport";
import type { WordContext } from "./wordContext";

export function taggingIntents(context: WordContext) {
  const { host, getState, dispatch, push, run, newId } = context;
  const { metadataNow, save, load, documentLanguage, tagOptions, candidateNotice } = context;
  return {
    refresh: () => run("read", async () => void (await load([], true))),
    find: () =>
      run("find", async () => {
        const paragraphs = await host.readParagraphs();
        dispatch({ type: "searched" });
        const all = findRecommendations(paragraphs, { candidates: true });
        const found = untaggedFindings(
          all.filter((f) => !f.candidate),
          paragraphs,
          getState().items.map((i) => i.text ?? "")
        );
        if (found.length === 0) {
          const loaded = await load();
          const none =
            getState().items.length === 0 &&
            loaded.action.candidates.length === 0 &&
            reportInOtherLanguage(paragraphs)
              ? "findOtherLanguage"
              : "findNone";
          for (const n of [notice("info", none), ...candidateNotice(loaded)].reverse()) push(n);
          return;
        }
        const plan = planTagging(found, paragraphs, metadataNow(), tagOptions(paragraphs));
        await host.tag(plan.requests);
        await save(plan.metadata);
        const loaded = await load();
        const done = notice("success", "findDone", { count: String(plan.requests.length) });
        for (const n of [done, ...candidateNotice(loaded)].reverse()) push(n);
      }),
    tagCandidate: (key: string) =>
      run("tag", async () => {
        const paragraphs = await host.readParagraphs();
        const candidate = untaggedFindings(
          findRecommendations(paragraphs, { candidates: true }).filter((f) => f.candidate),
          paragraphs,
          getState().items.map((i) => i.text ?? "")
        ).find((f) => candidateKey(f) === key);
        // The document changed since it was listed: read it again rather than tag the wrong text.
        if (!candidate) {
          await load();
          return;
        }
        const plan = planTagging([candidate], paragraphs, metadataNow(), tagOptions(paragraphs));
        await host.tag(plan.requests);
        await save(plan.metadata);
        await load([notice("success", "candidateDone")]);
      }),
    markSelection: () =>
      run("tag", async () => {
        const plan = planMark(metadataNow(), {
          language: documentLanguage(),
          guessed: getState().guessed,
          newId,
        });
        await host.markSelection(plan.id, plan.title);
        await save(plan.metadata);
        await load([notice("success", "markDone")]);
      }),
    unmark: (id: string) =>
      run("unmark", async () => {
        const text = await host.unmark(id);
        const { metadata, removed } = unmarked(metadataNow(), id, text);
        await save(metadata);
        dispatch({ type: "view", view: { kind: "overview" } });
        await load();
        dispatch({ type: "undoable", undo: { kind: "unmark", removed } });
        push(notice("success", "unmarkDone", undefined, { actions: ["undo"], topic: "undo" }));
      }),
    undo: () =>
      run(
        "save",
        async () => {
          const step = getState().undo;
          if (!step) return;
          dispatch({ type: "undoable", undo: null });
          dispatch({ type: "solved", topic: "undo" });
          if (step.kind === "metadata") {
            if (await save(step.before)) push(notice("success", "undoDone"));
            return;
          }
          const { removed } = step;
          const paragraphs = await host.readParagraphs();
          const request = relocate(
            removed.text,
            paragraphs,
            removed.meta.id,
            controlTitle(documentLanguage(), removed.meta.ref)
          );
          if (!request) {
            push(notice("warning", "undoTextGone"));
            return;
          }
          await host.tag([request]);
          await save(restored(metadataNow(), removed));
          await load([notice("success", "undoDone")]);
          dispatch({ type: "open", id: removed.meta.id });
        },
        true
      ),
  };
}
