/** Follow-up: refresh the follow-up list, record a follow-up event, prepare letters and briefs, read replies. */
import type { TrackerContent } from "../../core/tracker/store";
import { planReply, recordEvent, resolveReply, type EventFields } from "../../core/tracker/observe";
import { buildBrief, buildLetter, findParty, partiesOf } from "../../core/tracker/letters";
import { followUpDocx, readReplyDocx } from "../../files/docx/followup";
import { DOCX_TYPE, downloadFile } from "../shared/download";
import {
  ExcelTrackerStore,
  refreshFigures,
  refreshFollowUp,
  selectedRecommendations,
} from "../../office/excel";
import { figuresNotice } from "./figures";
import { recordNotices } from "./notices";
import { canRecordEvent, nowIso, todayIso } from "./state";
import type { ChosenFile, IntentContext } from "./intentContext";

export function followUpIntents(context: IntentContext) {
  const { run, getState, dispatch, now, progress, figuresIn, options } = context;
  // The store that read the tracker for a reply's preview writes it, finding the rows again by Rec ID.
  let replyStore: { store: ExcelTrackerStore; columns: TrackerContent["columns"] } | null = null;
  return {
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
    refreshFigures: () =>
      run("figures", async (h) => {
        const result = await refreshFigures(h, { today: todayIso(now()) });
        dispatch({ type: "notify", notice: figuresNotice(result) });
      }),
    takeSelection: () =>
      run("read", async (h) => {
        const selected = await selectedRecommendations(h);
        dispatch({ type: "eventSelection", ids: selected.ids, withoutId: selected.withoutId });
        if (!getState().eventDraft.date)
          dispatch({ type: "eventField", field: "date", value: todayIso(now()) });
        if (selected.ids.length === 0)
          dispatch({ type: "notify", notice: { intent: "warning", key: "eventNoSelection" } });
      }),
    recordEvent: () =>
      run("record", async (h) => {
        const draft = getState().eventDraft;
        if (!canRecordEvent(draft)) return;
        const event: EventFields = {
          kind: draft.kind,
          date: draft.date,
          with: draft.with,
          summary: draft.summary,
          ...(draft.status ? { status: draft.status } : {}),
          ...(draft.accepted ? { accepted: draft.accepted } : {}),
        };
        const store = new ExcelTrackerStore(h, { progress });
        const plan = await recordEvent(store, draft.ids, event, { now: nowIso(now()) });
        const success = {
          intent: "success",
          key: "eventRecorded",
          values: { events: String(plan.events), updated: String(plan.updated) },
        } as const;
        for (const notice of recordNotices(plan, success)) dispatch({ type: "notify", notice });
        if (plan.blocked === "noHistory") return;
        dispatch({ type: "eventRecorded" });
        if (plan.events > 0) await figuresIn(h);
      }),
    prepareDocument: () =>
      run("letter", async (h) => {
        const { kind, party } = getState().letter;
        if (!party.trim()) return;
        const store = new ExcelTrackerStore(h, { progress });
        const { history } = await store.readWithHistory();
        const snapshot = store.tracker as NonNullable<ExcelTrackerStore["tracker"]>;
        const records = snapshot.rows.map((row) => row.values);
        const key = kind === "letter" ? "authority" : "place";
        const found = findParty(records, key, party);
        if (!found) {
          const known = partiesOf(records, key)
            .map((entry) => entry.label)
            .slice(0, 20)
            .join(", ");
          dispatch({
            type: "notify",
            notice: { intent: "warning", key: "letterUnknownParty", values: { party, known } },
          });
          return;
        }
        const input = {
          records,
          language: snapshot.language,
          trackerLanguage: snapshot.language,
          headers: snapshot.headers,
          today: todayIso(now()),
        };
        const doc =
          kind === "letter"
            ? buildLetter({ ...input, authority: found })
            : buildBrief({ ...input, place: found, history: history.rows });
        const fileName = `${doc.title
          .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
          .replace(/\s+/g, " ")
          .trim()}.docx`;
        (options.save ?? ((name, bytes) => downloadFile(name, bytes, DOCX_TYPE)))(
          fileName,
          await followUpDocx(doc)
        );
        dispatch({
          type: "notify",
          notice: {
            intent: "success",
            key: "letterReady",
            values: { file: fileName, count: String(doc.ids.length), party: found },
          },
        });
      }),
    chooseReplyFile: (file: ChosenFile) =>
      run("reply", async (h) => {
        replyStore = null;
        dispatch({ type: "replyDraft", draft: null });
        const table = await readReplyDocx(new Uint8Array(await file.arrayBuffer()));
        if (!table) {
          dispatch({
            type: "notify",
            notice: { intent: "warning", key: "replyNoTable", values: { file: file.name } },
          });
          return;
        }
        const store = new ExcelTrackerStore(h, { progress });
        const { content } = await store.readWithHistory();
        const snapshot = store.tracker as NonNullable<ExcelTrackerStore["tracker"]>;
        const plan = planReply(content, table, {
          date: todayIso(now()),
          headers: snapshot.headers,
          source: file.name,
        });
        if (plan.blocked === "noHistory") {
          dispatch({ type: "notify", notice: { intent: "error", key: "problemNoHistory" } });
          return;
        }
        if (plan.blocked) {
          dispatch({
            type: "notify",
            notice: { intent: "warning", key: "replyNoTable", values: { file: file.name } },
          });
          return;
        }
        replyStore = { store, columns: content.columns };
        dispatch({ type: "replyDraft", draft: { fileName: file.name, plan, skip: [] } });
      }),
    applyReply: () =>
      run("reply", async (h) => {
        const draft = getState().replyDraft;
        if (!draft || !replyStore) return;
        const changes = resolveReply(
          draft.plan,
          { skip: draft.skip },
          { now: nowIso(now()), columns: replyStore.columns }
        );
        await replyStore.store.write(changes);
        replyStore = null;
        await figuresIn(h);
        dispatch({ type: "replyDraft", draft: null });
        dispatch({
          type: "notify",
          notice: {
            intent: "success",
            key: "replyApplied",
            values: { count: String(changes.updates.length), file: draft.fileName },
          },
        });
      }),
  };
}
