/**
 * What the pane keeps in the document besides the verdicts: report and recommendation details,
 * comments, the review sheet, the report's identity, a damaged part, and the batch for Excel or a tracker.
 */
import { reportToBatch } from "../../core/model/batch-from-report";
import { keyedNow, rekeyed } from "../../core/model/identity";
import type { ReportDetails, RecommendationMeta } from "../../core/model/reportMetadata";
import { EditableField, ReviewItem, ReviewSheet, setFields, withReportId } from "../../core/review";
import { notice } from "./wordNotices";
import type { WordContext } from "./wordContext";

export function documentIntents(context: WordContext) {
  const { host, getState, dispatch, push, run, now, newId, metadataNow, save, load } = context;
  return {
    saveDetails: (changes: Partial<ReportDetails>) =>
      run(
        "save",
        async () => {
          const metadata = metadataNow();
          await save({ ...metadata, report: { ...metadata.report, ...changes } });
        },
        true
      ),
    saveFields: (id: string, fields: Partial<Pick<RecommendationMeta, EditableField>>) =>
      run(
        "save",
        async () => {
          const metadata = metadataNow();
          if (!metadata.recommendations.some((r) => r.id === id)) return;
          await save(setFields(metadata, id, fields));
        },
        true
      ),
    addComments: (text: (item: ReviewItem) => string | null) =>
      run("comments", async () => {
        const requests = getState()
          .items.filter((item) => item.text !== null)
          .map((item) => ({ id: item.meta.id, text: text(item) }));
        const written = await host.comments(requests);
        push(
          notice("success", "commentsDone", {
            added: String(written.added),
            updated: String(written.updated),
            resolved: String(written.resolved),
          })
        );
        if (written.missing.length > 0)
          push(notice("warning", "commentsMissing", { count: String(written.missing.length) }));
      }),
    reviewSheet: (where: "end" | "new", heading: string, sheet: ReviewSheet) =>
      run("sheet", async () => {
        await host.reviewSheet(where, heading, sheet);
        push(notice("success", "reviewSheetDone"));
      }),
    startFresh: () =>
      run("save", async () => {
        const opened = getState().opened;
        if (!opened?.damaged) return;
        await host.keepDamaged(opened.damaged.partId, opened.damaged.xml, now());
        dispatch({ type: "undamaged" });
        dispatch({ type: "solved", topic: "damaged" });
        dispatch({ type: "solved", topic: "cannotSave" });
        await save(opened.metadata);
        push(notice("success", "startFreshDone"));
      }),
    newIds: () =>
      run("rekey", async () => {
        const opened = getState().opened;
        if (!opened) return;
        if (opened.damaged) {
          push(notice("warning", "blockedByDamage"));
          return;
        }
        const { metadata, ids } = rekeyed(opened.metadata, getState().guessed, newId);
        const partId = await host.rekey(ids, metadata, opened.partId);
        dispatch({ type: "saved", metadata, partId });
        dispatch({ type: "identity", identity: null });
        dispatch({ type: "solved", topic: "identity" });
        dispatch({ type: "view", view: { kind: "overview" } });
        await load([notice("success", "newIdsDone", { count: String(ids.size) })]);
      }),
    sameReport: () =>
      run("save", async () => {
        if (await save(keyedNow(metadataNow(), getState().guessed))) {
          dispatch({ type: "identity", identity: null });
          dispatch({ type: "solved", topic: "identity" });
          push(notice("success", "sameReportDone"));
        }
      }),
    recheckIfChanged: async () => {
      if (getState().busy) return;
      const tagged = await host.readTagged().catch(() => null);
      if (!tagged) return;
      const current = new Map(getState().items.map((i) => [i.meta.id, i.text]));
      const changed =
        tagged.some((t) => current.get(t.id) !== t.text) ||
        tagged.length !== [...current.values()].filter((text) => text !== null).length;
      if (changed) await run("read", async () => void (await load([], true)), true);
    },
    batch: async () => {
      // The controls' own texts, as the pane lists them: a paragraph does not name a control inside it.
      const snapshot = await host.read();
      const state = getState();
      let opened = state.opened;
      if (!opened) throw new Error("The report is not read yet.");
      if (!opened.metadata.report.id) {
        const metadata = withReportId(opened.metadata, state.guessed, newId);
        // Unsaved, a new id would differ at the next send; without it the batch falls back to an id from title and date.
        let saved = false;
        await run("save", async () => void (saved = await save(metadata)), true);
        if (saved) opened = { ...opened, metadata };
      }
      const { batch, warnings, candidates } = reportToBatch({
        paragraphs: snapshot.paragraphs,
        opened,
        tagged: snapshot.tagged,
        fileName: host.fileName(),
        created: now().toISOString(),
        generator: "OPCAT Recommendation Tracker (Word)",
      });
      return { batch, warnings, candidates };
    },
  };
}
