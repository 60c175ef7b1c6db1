/**
 * What the Word pane's intents share: the options, one queue the intents run in (so an edit saved
 * while another action runs is never dropped), saving and reading the report.
 */
import { guessReportDetails, type GuessedDetails } from "../../core/model/batch-from-report";
import type { ReportParagraph } from "../../core/model/report";
import type { ReportMetadata } from "../../core/model/reportMetadata";
import type { Language } from "../../core/language";
import { newId as randomId } from "../../core/tracker/ids";
import type { WordHost } from "../../office/word/host";
import { translator } from "../shared/i18n";
import type { Busy, Notice, WordAction, WordState } from "./state";
import type { Translate } from "../shared/i18n";
import { notice, noticeFor, problemNotices } from "./wordNotices";
import { loadFrom, type Loaded } from "./loadReport";

export interface WordOptions {
  /** The pane's language: criterion names in its messages; the controls' titles only where the document's words do not tell its language. */
  language: Language;
  now?: () => Date;
  newId?: () => string;
}

/** What every group of intents is given: the host, the state, and the one queue the intents run in. */
export interface WordContext {
  host: WordHost;
  getState: () => WordState;
  dispatch: (action: WordAction) => void;
  options: WordOptions;
  /** The shell's words (criterion names) in the pane's language. */
  shellT: Translate;
  now: () => Date;
  newId: () => string;
  push: (n: Notice) => void;
  /** Runs one intent after the others; an error becomes a notice. Undo is offered until the next action. */
  run: (busy: Busy, work: () => Promise<void>, keepUndo?: boolean) => Promise<void>;
  metadataNow: () => ReportMetadata;
  /** Saves metadata unless the document cannot keep it or a damaged part awaits the user's decision. */
  save: (metadata: ReportMetadata) => Promise<boolean>;
  /** Reads the report and shows it (see wordContext's load). */
  load: (extra?: Notice[], announce?: boolean) => Promise<Loaded>;
  /** The language of what the pane writes into the document (content-control titles): the document's own. */
  documentLanguage: () => Language;
  tagOptions: (paragraphs: ReportParagraph[]) => {
    language: Language;
    guessed: GuessedDetails;
    newId: () => string;
  };
  candidateNotice: (loaded: Loaded) => Notice[];
}

export function wordContext(
  host: WordHost,
  getState: () => WordState,
  dispatch: (action: WordAction) => void,
  options: WordOptions
): WordContext {
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

  return {
    host,
    getState,
    dispatch,
    options,
    shellT,
    now,
    newId,
    push,
    run,
    metadataNow,
    save,
    load,
    documentLanguage,
    tagOptions,
    candidateNotice,
  };
}
