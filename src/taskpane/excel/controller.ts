/**
 * The Excel pane's one side-effect layer: every Office call goes through
 * these intents. Components get the state and raise intents; what to do with
 * results is decided by the pure functions in state.ts and src/core. An
 * error becomes a message bar, in plain words with Office's text as details.
 */
import * as React from "react";
import { withCandidates } from "../../core/model/batch-from-report";
import { columnHeader } from "../../core/schema/columns";
import type { Language } from "../../core/schema/plan";
import type {
  ImportChoices,
  ImportPlan,
  TrackerChanges,
  TrackerContent,
} from "../../core/tracker/store";
import { proposeMapping } from "../../core/tracker/legacy";
import { applyTidy, proposalId, proposeTidy } from "../../core/tracker/tidy";
import type { TrackerRow } from "../../core/tracker/types";
import type { VocabularyKey } from "../../core/schema/vocabularies";
import type { TrackerIssue } from "../../core/tracker/validate";
import { validateRows } from "../../core/tracker/validate";
import { statusDrift } from "../../core/tracker/history";
import {
  planDriftRecords,
  planReply,
  recordEvent,
  resolveReply,
  type EventFields,
} from "../../core/tracker/observe";
import { buildBrief, buildLetter, findParty, partiesOf } from "../../core/tracker/letters";
import { followUpDocx, readReplyDocx } from "../../files/docx/followup";
import { DOCX_TYPE, downloadFile } from "../shared/download";
import {
  adoptSheet,
  applyTracker,
  describeWorkbook,
  ExcelHost,
  ExcelTrackerStore,
  readSheet,
  refreshFigures,
  refreshFollowUp,
  selectCell,
  showSheet,
  selectedRecommendations,
} from "../../office/excel";
import {
  adoptNotices,
  applyNotices,
  BusyAction,
  canRecordEvent,
  chosenTidy,
  explainError,
  ImportDraft,
  importFileProblem,
  importNotices,
  IssueLine,
  PaneAction,
  PaneState,
  reducer,
  initialState,
  noticeId,
  nowIso,
  todayIso,
  unreadableNotice,
} from "./state";
import { figuresNotice, refreshFiguresAfterWrite } from "./figures";
import {
  importServices as defaultImportServices,
  type ImportInput,
  type ImportServices,
} from "./importServices";

export interface ExcelIntents {
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
  dispatch(action: PaneAction): void;
}

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
  // After a write that changes the rows or the history: the Dashboard's figures from the history follow.
  const figuresIn = async (h: ExcelHost) => {
    try {
      const notice = await refreshFiguresAfterWrite(h, todayIso(now()));
      if (notice) dispatch({ type: "notify", notice });
    } catch (error) {
      // The write itself succeeded: its message still shows, this one beside it.
      dispatch({ type: "notify", notice: explainError(error) });
    }
  };
  const services = options.services ?? defaultImportServices;
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
  // The store that read the tracker for a reply's preview writes it, finding the rows again by Rec ID.
  let replyStore: { store: ExcelTrackerStore; columns: TrackerContent["columns"] } | null = null;
  // The store that read the tracker for the preview writes the import: it checks the rows against that read.
  let importStore: { store: ExcelTrackerStore; content: TrackerContent } | null = null;
  // The chosen file, kept so that a date entered in the preview can be read into it again.
  let importFile: { data: Uint8Array; name: string } | null = null;
  const draftOf = (
    fileName: string,
    input: ImportInput,
    plan: ImportPlan,
    choices: ImportChoices,
    candidates: number[]
  ): ImportDraft => ({
    fileName,
    report: input.batch.report.title || input.batch.report.id,
    plan,
    choices,
    tagged: input.tagged,
    warnings: input.warnings,
    reportDate: input.batch.report.date,
    dateFrom: input.dateFrom,
    dateLine: input.dateLine,
    reference: input.batch.report.reference ?? "",
    candidates,
  });
  return {
    dispatch,
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
    goTo: (line) =>
      run("select", async (h) => {
        if (line.target) await selectCell(h, line.target);
      }),
    showSheet: (sheet) =>
      run("show", async (h) => {
        const workbook = getState().workbook;
        const name = sheet === "tracker" ? workbook?.tracker?.sheet : workbook?.dashboard;
        if (name) await showSheet(h, name);
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
    refreshFigures: () =>
      run("figures", async (h) => {
        const result = await refreshFigures(h, { today: todayIso(now()) });
        dispatch({ type: "notify", notice: figuresNotice(result) });
      }),
    chooseImportFile: async (file) => {
      const problem = importFileProblem(file);
      if (problem) {
        dispatch({ type: "notify", notice: problem });
        return;
      }
      await run("importRead", async (h) => {
        let input: ImportInput;
        const data = new Uint8Array(await file.arrayBuffer());
        try {
          input = await services.readInput(data, file.name);
        } catch (error) {
          const notice = unreadableNotice(file.name, error);
          if (!notice) throw error;
          dispatch({ type: "notify", notice });
          return;
        }
        const offered = withCandidates(input.batch, input.candidates ?? []);
        if (offered.batch.recommendations.length === 0) {
          dispatch({
            type: "notify",
            notice: {
              intent: "warning",
              key: input.otherLanguage ? "importOtherLanguage" : "importNothing",
              values: { file: file.name },
            },
          });
          return;
        }
        const store = new ExcelTrackerStore(h, { progress });
        const content = await store.read();
        const plan = services.planImport(content, offered.batch);
        importStore = { store, content };
        importFile = { data, name: file.name };
        // Possible recommendations start unticked: the user takes each one that is.
        const choices = offered.candidates.length > 0 ? { skip: offered.candidates } : {};
        dispatch({
          type: "importDraft",
          draft: draftOf(file.name, input, plan, choices, offered.candidates),
        });
      });
    },
    setReportDate: (date) =>
      run("importRead", async () => {
        const draft = getState().importDraft;
        if (!draft || !importStore || !importFile) return;
        const given = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
        const input = await services.readInput(importFile.data, importFile.name, {
          reportDate: given,
        });
        // The same report read again: its recommendations keep their places, so the user's choices hold.
        const offered = withCandidates(input.batch, input.candidates ?? []);
        const plan = services.planImport(importStore.content, offered.batch);
        dispatch({
          type: "importDraft",
          draft: draftOf(importFile.name, input, plan, draft.choices, offered.candidates),
        });
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
        if (plan.blocked === "noHistory") {
          dispatch({ type: "notify", notice: { intent: "error", key: "problemNoHistory" } });
          return;
        }
        if (plan.events > 0)
          dispatch({
            type: "notify",
            notice: {
              intent: "success",
              key: "eventRecorded",
              values: { events: String(plan.events), updated: String(plan.updated) },
            },
          });
        const missing = [...plan.unknownIds, ...plan.repeatedIds];
        if (missing.length > 0)
          dispatch({
            type: "notify",
            notice: {
              intent: "warning",
              key: "eventNotFound",
              values: { ids: missing.join(", ") },
            },
          });
        dispatch({ type: "eventRecorded" });
        if (plan.events > 0) await figuresIn(h);
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
    chooseReplyFile: (file) =>
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
    runImport: () =>
      run("import", async (h) => {
        const draft = getState().importDraft;
        if (!draft || !importStore || !draft.reportDate) return;
        const { store, content } = importStore;
        const { changes, summary } = services.resolveImport(
          draft.plan,
          draft.choices,
          content.columns,
          nowIso(now())
        );
        await store.write(changes);
        importStore = null;
        importFile = null;
        const written = store.lastWrite;
        const outcome = {
          fileName: draft.fileName,
          summary,
          missingColumns: (written?.missingColumns ?? []).map((key) =>
            columnHeader(key, content.language)
          ),
          moved: written?.moved ?? 0,
          listEntries: written?.listEntries ?? 0,
        };
        dispatch({ type: "imported", outcome });
        for (const notice of importNotices(outcome)) dispatch({ type: "notify", notice });
        await refreshIn(h);
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
