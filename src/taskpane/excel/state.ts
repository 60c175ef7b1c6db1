/**
 * The Excel pane's state and its reducer. The pure decisions about it sit beside it, one concept a
 * file: the state's parts and drafts (drafts.ts), how an error or a result is worded (notices.ts),
 * which data-quality lines to show (qualityView.ts), what the mapping editor offers (adoptView.ts).
 * No Office calls and no React here.
 */
import { strategiesReducer, type StrategiesAction, type StrategiesState } from "./strategies";
import { ColumnKey } from "../../core/schema/columns";
import type { Language } from "../../core/schema/plan";
import { parseKeyLimit } from "../../core/schema/customxml";
import { correctMapping } from "../../core/tracker/legacy";
import type { ImportChoices } from "../../core/tracker/store";
import type { FollowUpResult, WorkbookSummary } from "../../office/excel";
import { adoptableSheets } from "./adoptView";
import {
  AdoptDraft,
  BusyAction,
  EventDraft,
  EventField,
  ImportDraft,
  ImportOutcome,
  LetterDraft,
  Notice,
  QualityView,
  ReplyDraft,
  Tab,
  emptyEvent,
} from "./drafts";

export interface PaneState {
  tab: Tab;
  busy: BusyAction | null;
  /** Rows done out of rows to do, while a long action reads or writes rows. */
  progress: { done: number; total: number } | null;
  notices: Notice[];
  /** Language of a tracker the pane creates or adopts. */
  language: Language;
  /** The user picked the language: a sheet read for adoption no longer proposes its own. */
  languageChosen: boolean;
  /** Upgrading: also put the columns in the order by task (off unless the user ticks it). */
  reorder: boolean;
  /** The most key recommendations per report (null: no limit): the tracker's own, or what the user typed; written by Create or Upgrade. */
  keyLimit: number | null;
  dueSoonDays: number;
  workbook: WorkbookSummary | null;
  adoptSheet: string | null;
  draft: AdoptDraft | null;
  quality: QualityView | null;
  followUp: FollowUpResult | null;
  importDraft: ImportDraft | null;
  importOutcome: ImportOutcome | null;
  eventDraft: EventDraft;
  letter: LetterDraft;
  replyDraft: ReplyDraft | null;
  strategies: StrategiesState;
}

export type PaneAction =
  | StrategiesAction
  | { type: "tab"; tab: Tab }
  | { type: "busy"; action: BusyAction }
  | { type: "idle" }
  | { type: "progress"; done: number; total: number }
  | { type: "notify"; notice: Omit<Notice, "id"> & { id?: number } }
  | { type: "dismiss"; id: number }
  | { type: "language"; language: Language }
  /** The language a sheet read for adoption is in (languageOfLegacySheet): taken unless the user chose one. */
  | { type: "proposeLanguage"; language: Language }
  | { type: "reorder"; reorder: boolean }
  | { type: "keyLimit"; limit: number | null }
  | { type: "dueSoonDays"; days: number }
  | { type: "workbook"; summary: WorkbookSummary }
  | { type: "chooseSheet"; sheet: string }
  | { type: "draft"; draft: AdoptDraft | null }
  | { type: "mapColumn"; index: number; key: ColumnKey | null }
  | { type: "quality"; view: QualityView }
  | { type: "tidyChoice"; id: string; chosen: boolean }
  | { type: "followUp"; result: FollowUpResult }
  | { type: "importDraft"; draft: ImportDraft | null }
  | { type: "importChoices"; choices: ImportChoices }
  | { type: "imported"; outcome: ImportOutcome }
  | { type: "eventSelection"; ids: string[]; withoutId: number }
  | { type: "eventField"; field: EventField; value: string }
  | { type: "eventIds"; text: string }
  | { type: "eventRecorded" }
  | { type: "letterField"; field: "kind" | "party"; value: string }
  | { type: "replyDraft"; draft: ReplyDraft | null }
  | { type: "replySkip"; id: string; skip: boolean };

export function initialState(language: Language): PaneState {
  return {
    tab: "setup",
    busy: null,
    progress: null,
    notices: [],
    language,
    languageChosen: false,
    reorder: false,
    keyLimit: null,
    dueSoonDays: 30,
    workbook: null,
    adoptSheet: null,
    draft: null,
    quality: null,
    followUp: null,
    importDraft: null,
    importOutcome: null,
    eventDraft: emptyEvent(),
    letter: { kind: "letter", party: "" },
    replyDraft: null,
    strategies: null,
  };
}

let nextNotice = 1;

/** A notice id, given when the notice is raised so every copy of the state agrees on it. */
export function noticeId(): number {
  return nextNotice++;
}

/** The ids with `id` ticked (last) or not: a box in a list of proposals or changes. */
function withId(ids: readonly string[], id: string, ticked: boolean): string[] {
  const others = ids.filter((other) => other !== id);
  return ticked ? [...others, id] : others;
}

export function reducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "tab":
      return { ...state, tab: action.tab };
    case "busy":
      return { ...state, busy: action.action, progress: null };
    case "idle":
      return { ...state, busy: null, progress: null };
    case "progress":
      return state.busy
        ? { ...state, progress: { done: action.done, total: action.total } }
        : state;
    case "notify":
      // The newest message first; the same message is not stacked twice.
      return {
        ...state,
        notices: [
          { ...action.notice, id: action.notice.id ?? nextNotice++ },
          ...state.notices.filter(
            (n) =>
              !(
                n.key === action.notice.key &&
                JSON.stringify(n.values) === JSON.stringify(action.notice.values)
              )
          ),
        ].slice(0, 5),
      };
    case "dismiss":
      return { ...state, notices: state.notices.filter((notice) => notice.id !== action.id) };
    case "language":
      return { ...state, language: action.language, languageChosen: true };
    case "proposeLanguage":
      return state.languageChosen ? state : { ...state, language: action.language };
    case "reorder":
      return { ...state, reorder: action.reorder };
    case "keyLimit":
      return action.limit === null || parseKeyLimit(action.limit) !== null
        ? { ...state, keyLimit: action.limit }
        : state;
    case "dueSoonDays":
      return Number.isInteger(action.days) && action.days >= 1 && action.days <= 365
        ? { ...state, dueSoonDays: action.days }
        : state;
    case "workbook": {
      const candidates = adoptableSheets(action.summary);
      const keep = state.adoptSheet && candidates.some((sheet) => sheet.name === state.adoptSheet);
      return {
        ...state,
        workbook: action.summary,
        keyLimit: action.summary.tracker ? action.summary.tracker.keyLimit : state.keyLimit,
        adoptSheet: keep ? state.adoptSheet : (candidates[0]?.name ?? null),
      };
    }
    case "chooseSheet":
      return {
        ...state,
        adoptSheet: action.sheet,
        draft: state.draft?.sheet === action.sheet ? state.draft : null,
      };
    case "draft":
      return { ...state, draft: action.draft };
    case "mapColumn": {
      if (!state.draft) return state;
      const mapping = correctMapping(state.draft.mapping, { [String(action.index)]: action.key });
      return { ...state, draft: { ...state.draft, mapping } };
    }
    case "quality":
      return { ...state, quality: action.view };
    case "tidyChoice":
      if (!state.quality) return state;
      return {
        ...state,
        quality: {
          ...state.quality,
          tidyChosen: withId(state.quality.tidyChosen, action.id, action.chosen),
        },
      };
    case "followUp":
      return { ...state, followUp: action.result };
    case "importDraft":
      return { ...state, importDraft: action.draft, importOutcome: null };
    case "importChoices":
      return state.importDraft
        ? { ...state, importDraft: { ...state.importDraft, choices: action.choices } }
        : state;
    case "imported":
      return { ...state, importDraft: null, importOutcome: action.outcome };
    case "eventSelection":
      return {
        ...state,
        eventDraft: {
          ...state.eventDraft,
          ids: action.ids,
          idsText: action.ids.join(", "),
          withoutId: action.withoutId,
        },
      };
    case "eventIds":
      return {
        ...state,
        eventDraft: {
          ...state.eventDraft,
          ids: [...new Set(action.text.split(/[,;\s]+/).filter(Boolean))],
          idsText: action.text,
          withoutId: 0,
        },
      };
    case "eventField":
      return { ...state, eventDraft: { ...state.eventDraft, [action.field]: action.value } };
    case "letterField":
      return {
        ...state,
        letter:
          action.field === "kind"
            ? { ...state.letter, kind: action.value === "brief" ? "brief" : "letter" }
            : { ...state.letter, party: action.value },
      };
    case "strategies":
      return { ...state, strategies: strategiesReducer(state.strategies, action) };
    case "replyDraft":
      return { ...state, replyDraft: action.draft };
    case "replySkip":
      if (!state.replyDraft) return state;
      return {
        ...state,
        replyDraft: {
          ...state.replyDraft,
          skip: withId(state.replyDraft.skip, action.id, action.skip),
        },
      };
    case "eventRecorded":
      // The recommendations and what happened go; the kind and the date stay for the next event.
      return {
        ...state,
        eventDraft: {
          ...emptyEvent(),
          kind: state.eventDraft.kind,
          date: state.eventDraft.date,
        },
      };
  }
}

/** Today and now on the user's clock, as core wants them: core's one rule (src/core/schema/dates.ts). */
export { localDate as todayIso, localDateTime as nowIso } from "../../core/schema/dates";

// The state's parts and the pure views of it live beside it; "./state" still exports them all.
export * from "./drafts";
export * from "./adoptView";
export * from "./qualityView";
export * from "./notices";
