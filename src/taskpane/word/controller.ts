import { findRecommendations, type FoundRecommendation } from "../../core/extract";
import type { BatchRecommendation, RecommendationBatch } from "../../core/model/batch";
import {
  guessReportDetails,
  reportToBatch,
  type GuessedDetails,
} from "../../core/model/batch-from-report";
import { identityChange, keyedNow, rekeyed } from "../../core/model/identity";
import type { ReportParagraph } from "../../core/model/report";
import type {
  ReportDetails,
  ReportMetadata,
  ReviewState,
  RecommendationMeta,
} from "../../core/model/reportMetadata";
import {
  Decision,
  EditableField,
  OpenProblem,
  ReviewItem,
  ReviewSheet,
  contextsOf,
  controlTitle,
  openReport,
  overrideFor,
  planMark,
  planTagging,
  relocate,
  restored,
  reviewSession,
  DEFAULT_KEY_LIMIT,
  keyCount,
  setFields,
  setKey,
  setReviewState,
  settle,
  settleAll,
  unmarked,
  untaggedFindings,
  withReportId,
} from "../../core/review";
import { reportInOtherLanguage, reportLanguage } from "../../core/model/paragraph";
import type { Language } from "../../core/language";
import { checkRecommendation } from "../../core/smart";
import type { CriterionKey } from "../../core/smart/types";
import { newId as randomId } from "../../core/tracker/ids";
import type { Wording } from "../../core/model/problem";
import { WordReviewError, type WordProblem } from "../../office/word/errors";
import type { ReviewSnapshot, WordHost } from "../../office/word/host";
import { translator } from "../shared/i18n";
import type { WordMessageKey } from "./i18n/en";
import type { Busy, Candidate, Notice, WordAction, WordState } from "./state";

export type { Candidate, Notice } from "./state";

/**
 * The Word pane's intents: its one side-effect layer. Every Word call goes
 * through the WordHost; what to do is decided by src/core/review and the
 * reducer (./state.ts). Intents run one after the other, so an edit saved
 * while another action runs is never dropped.
 */

let noticeCounter = 0;
function notice(
  intent: Notice["intent"],
  key: WordMessageKey,
  values?: Record<string, string>,
  extra: Pick<Notice, "actions" | "topic" | "details"> = {}
): Notice {
  return { id: ++noticeCounter, intent, key, values, ...extra };
}

/** The Word adapter's problems in the user's words: a code without its message does not compile. */
const WORD_PROBLEM_KEYS: Wording<WordProblem, WordMessageKey> = {
  needsWordApi14: "err_needsWordApi14",
  needsWordApi13: "err_needsWordApi13",
  needsHiddenDocument: "err_needsHiddenDocument",
  needsCompressedFile: "err_needsCompressedFile",
  emptySelection: "err_emptySelection",
  recommendationNotInDocument: "err_recommendationNotInDocument",
  documentChanged: "err_documentChanged",
  selectionInsideRecommendation: "err_selectionInsideRecommendation",
};

/**
 * Turns whatever was thrown into a message the user can read. What Word or
 * a library said (in English) is kept as details, never in the message:
 * the pane shows it in an English pane only (texts.ts, problemText).
 */
export function noticeFor(error: unknown): Notice {
  if (error instanceof WordReviewError) return notice("error", WORD_PROBLEM_KEYS[error.problem]);
  const details = error instanceof Error ? error.message : String(error);
  return { id: ++noticeCounter, intent: "error", key: "err_other", details };
}

export function problemNotices(problems: OpenProblem[]): Notice[] {
  return problems.map((p) => {
    switch (p.code) {
      case "damagedPart":
        return notice("warning", "problemDamaged", undefined, {
          actions: ["startFresh"],
          topic: "damaged",
          details: p.problem,
        });
      case "missingControls":
        return notice("warning", "problemMissing", { count: String(p.ids.length) });
      case "duplicateTags":
        return notice("warning", "problemDuplicate", { count: String(p.ids.length) });
      case "extraParts":
        return notice("warning", "problemExtra", { count: String(p.count) });
      case "partWarnings":
        return notice("warning", "problemWarnings", undefined, {
          details: p.warnings.join("; "),
        });
    }
  });
}

export interface WordIntents {
  /** Reads the document again (and opens the review the first time). */
  refresh(): Promise<void>;
  find(): Promise<void>;
  /** Tags one "possibly a recommendation" text (by Candidate.key). */
  tagCandidate(key: string): Promise<void>;
  markSelection(): Promise<void>;
  /** Removes the tag (the text stays); Undo puts it back with its review data. */
  unmark(id: string): Promise<void>;
  undo(): Promise<void>;
  /** Opens a recommendation in the pane and shows it in the document. */
  open(id: string): Promise<void>;
  /** Selects a recommendation, or words of it, in the document. */
  goTo(id: string, words?: string): Promise<void>;
  /** Settles a criterion; asks the reviewer's name first when the pane does not know it. */
  decide(id: string, criterion: CriterionKey, decision: Decision, note: string): Promise<void>;
  /** The criterion walk's "apply to all": the decision for every recommendation where the criterion is left. */
  decideAll(criterion: CriterionKey, decision: Decision, note: string): Promise<void>;
  clearDecision(id: string, criterion: CriterionKey): Promise<void>;
  /** The reviewer's name, then the decision that waited for it. */
  giveName(name: string): Promise<void>;
  setState(id: string, state: ReviewState): Promise<void>;
  /** Marks a recommendation as key (or not); past DEFAULT_KEY_LIMIT in the report, says so. */
  setKey(id: string, key: boolean): Promise<void>;
  saveDetails(changes: Partial<ReportDetails>): Promise<void>;
  saveFields(id: string, fields: Partial<Pick<RecommendationMeta, EditableField>>): Promise<void>;
  /** Writes the add-in's comment on each recommendation (updated when there is one). */
  addComments(text: (item: ReviewItem) => string | null): Promise<void>;
  reviewSheet(where: "end" | "new", heading: string, sheet: ReviewSheet): Promise<void>;
  startFresh(): Promise<void>;
  /** "Is this a new report?": yes, new ids; no, keep them. */
  newIds(): Promise<void>;
  sameReport(): Promise<void>;
  /** Opens the recommendation the cursor is in (the pane follows the cursor). */
  followSelection(): Promise<void>;
  /** Re-reads the report when a tagged text changed (after an edit in Word). */
  recheckIfChanged(): Promise<void>;
  /**
   * The recommendations as a batch, from the document as it is now, with
   * the reviewers' decisions in the scores. Gives the report a stable id
   * first (saved in the document) so that sending it again updates rather
   * than duplicates. Throws instead of adding a notice: export and send
   * word their own failures.
   */
  batch(): Promise<{
    batch: RecommendationBatch;
    warnings: string[];
    candidates: BatchRecommendation[];
  }>;
  dispatch(action: WordAction): void;
}

export interface WordOptions {
  /** The pane's language: criterion names in its messages; the controls' titles only where the document's words do not tell its language. */
  language: Language;
  now?: () => Date;
  newId?: () => string;
}

interface Loaded {
  action: Extract<WordAction, { type: "loaded" }>;
  /** Metadata with re-checked texts recorded; differs from what was stored when a text changed. */
  metadata: ReportMetadata;
  rechecked: number;
  paragraphs: ReportParagraph[];
  trackedChanges: boolean | null;
}

function candidateKey(f: FoundRecommendation): string {
  return `${f.paragraph}:${f.span?.start ?? 0}`;
}

/** What the pane shows of a report as Word gave it: the review session, possible recommendations, guesses. */
function loadFrom(snapshot: ReviewSnapshot, paneLanguage: Language): Loaded {
  const { paragraphs, tagged } = snapshot;
  const opened = openReport(snapshot.parts ?? [], tagged);
  const all = findRecommendations(paragraphs, { candidates: true });
  const contexts = contextsOf(
    tagged,
    paragraphs,
    all.filter((f) => !f.candidate)
  );
  // a short recommendation is read in the report's language when its own words do not tell
  const language = reportLanguage(paragraphs);
  const session = reviewSession(opened.metadata, tagged, contexts, (input) =>
    checkRecommendation(input, { fallbackLanguage: language })
  );
  const candidates: Candidate[] = untaggedFindings(
    all.filter((f) => f.candidate),
    paragraphs,
    tagged.map((t) => t.text)
  ).map((found) => ({ key: candidateKey(found), found }));
  const guessed: GuessedDetails = guessReportDetails(paragraphs);
  return {
    action: {
      type: "loaded",
      opened: { ...opened, metadata: session.metadata },
      items: session.items,
      candidates,
      guessed,
      // What the pane writes into the document is in the document's language; the pane's when its words do not tell.
      documentLanguage: reportLanguage(paragraphs, paneLanguage),
      canSave: snapshot.parts !== null,
      identity: identityChange(opened.metadata, guessed),
    },
    metadata: session.metadata,
    rechecked: session.rechecked,
    paragraphs,
    trackedChanges: snapshot.trackedChanges,
  };
}

export function makeWordIntents(
  host: WordHost,
  getState: () => WordState,
  dispatch: (action: WordAction) => void,
  options: WordOptions
): WordIntents {
  const shellT = translator(options.language);
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => randomId());
  const push = (n: Notice) => dispatch({ type: "notify", notice: n });
  let queue: Promise<void> = Promise.resolve();

  /** Runs one intent after the others; an error becomes a notice. Undo is offered until the next action. */
  const run = (busy: Busy, work: () => Promise<void>, keepUndo = false): Promise<void> => {
    const task = queue.then(async () => {
      if (!keepUndo && getState().undo) {
        dispatch({ type: "undoable", undo: null });
        dispatch({ type: "solved", topic: "undo" });
      }
      dispatch({ type: "busy", busy });
      try {
        await work();
      } catch (error) {
        push(noticeFor(error));
      } finally {
        dispatch({ type: "idle" });
      }
    });
    queue = task;
    return task;
  };

  const metadataNow = (): ReportMetadata => {
    const opened = getState().opened;
    if (!opened) throw new Error("The report is not read yet.");
    return opened.metadata;
  };

  /** Saves metadata unless the document cannot keep it or a damaged part awaits the user's decision. */
  const save = async (metadata: ReportMetadata): Promise<boolean> => {
    const state = getState();
    const opened = state.opened;
    if (!opened) return false;
    if (!state.canSave) {
      push(notice("warning", "err_needsWordApi14", undefined, { topic: "cannotSave" }));
      return false;
    }
    if (opened.damaged) {
      push(notice("warning", "blockedByDamage"));
      return false;
    }
    const partId = await host.save(metadata, opened.partId);
    dispatch({ type: "saved", metadata, partId });
    return true;
  };

  /**
   * Reads the report and shows it; the first time, says what needs the
   * user's attention. Texts re-checked after an edit in Word are announced
   * only when that is why the report was read again (announce): after the
   * pane's own tagging they are simply the new recommendations.
   */
  const load = async (extra: Notice[] = [], announce = false): Promise<Loaded> => {
    const first = getState().opened === null;
    const loaded = loadFrom(await host.read(), options.language);
    dispatch(first ? loaded.action : { ...loaded.action, identity: getState().identity });
    const notices = first ? problemNotices(loaded.action.opened.problems) : [];
    if (first && !loaded.action.canSave)
      notices.push(notice("warning", "err_needsWordApi14", undefined, { topic: "cannotSave" }));
    if (first && loaded.trackedChanges)
      notices.push(notice("info", "trackedChanges", undefined, { topic: "trackedChanges" }));
    if (first && loaded.action.identity)
      notices.push(
        notice(
          "warning",
          "identityChanged",
          {
            before: loaded.action.identity.before.title || loaded.action.identity.before.date,
            now: loaded.action.identity.now.title || loaded.action.identity.now.date,
          },
          { actions: ["newIds", "sameReport"], topic: "identity" }
        )
      );
    for (const n of [...extra, ...notices].reverse()) push(n);
    if (loaded.rechecked > 0 && loaded.action.canSave && !loaded.action.opened.damaged) {
      await save(loaded.metadata);
      if (!first && announce) push(notice("info", "recheckDone"));
    }
    return loaded;
  };

  /** The language of what the pane writes into the document (content-control titles): the document's own. */
  const documentLanguage = (): Language => getState().documentLanguage ?? options.language;

  const tagOptions = (paragraphs: ReportParagraph[]) => ({
    language: documentLanguage(),
    guessed: guessReportDetails(paragraphs),
    newId,
  });

  const candidateNotice = (loaded: Loaded): Notice[] =>
    loaded.action.candidates.length > 0
      ? [notice("info", "findCandidates", { count: String(loaded.action.candidates.length) })]
      : [];

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
    dispatch,
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
    tagCandidate: (key) =>
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
    unmark: (id) =>
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
    open: async (id) => {
      dispatch({ type: "open", id });
      const item = getState().items.find((i) => i.meta.id === id);
      if (item && item.text !== null)
        // Showing it in Word is a courtesy: a failure there is not worth a message.
        await host.select(id).catch(() => undefined);
    },
    goTo: (id, words) => run("read", () => host.select(id, words), true),
    decide: async (id, criterion, decision, note) => {
      const reviewer = getState().reviewer.trim();
      if (!reviewer) {
        dispatch({ type: "pending", pending: { id, criterion, decision, note } });
        return;
      }
      await run("save", () => decideNow(id, criterion, decision, note, reviewer));
    },
    decideAll: async (criterion, decision, note) => {
      const reviewer = getState().reviewer.trim();
      if (!reviewer) {
        const id = getState().view.kind === "detail" ? (getState().view as { id: string }).id : "";
        dispatch({ type: "pending", pending: { id, criterion, decision, note, all: true } });
        return;
      }
      await run("save", () => decideAllNow(criterion, decision, note, reviewer));
    },
    giveName: async (name) => {
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
    clearDecision: (id, criterion) =>
      run("save", async () => {
        await save(settle(metadataNow(), id, criterion, null));
      }),
    setState: (id, reviewState) =>
      run("save", async () => {
        await save(setReviewState(metadataNow(), id, reviewState));
      }),
    setKey: (id, key) =>
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
    saveDetails: (changes) =>
      run(
        "save",
        async () => {
          const metadata = metadataNow();
          await save({ ...metadata, report: { ...metadata.report, ...changes } });
        },
        true
      ),
    saveFields: (id, fields) =>
      run(
        "save",
        async () => {
          const metadata = metadataNow();
          if (!metadata.recommendations.some((r) => r.id === id)) return;
          await save(setFields(metadata, id, fields));
        },
        true
      ),
    addComments: (text) =>
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
    reviewSheet: (where, heading, sheet) =>
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
