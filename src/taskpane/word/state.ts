/**
 * The Word pane's state and its reducer: pure, no Office and no React.
 * The intents (./controller.ts) call Word through a WordHost and dispatch
 * what came of it; the components render the state and raise intents.
 */
import type { FoundRecommendation } from "../../core/extract";
import type { Language } from "../../core/language";
import type { GuessedDetails } from "../../core/model/batch-from-report";
import type { IdentityChange } from "../../core/model/identity";
import type { ReportMetadata } from "../../core/model/reportMetadata";
import {
  NO_FILTER,
  OpenedReport,
  ReviewFilter,
  ReviewItem,
  Unmarked,
  criterionWalk,
  filterItems,
  isSettled,
  nextToSettle,
  toSettle,
} from "../../core/review";
import { CRITERION_KEYS, CriterionKey } from "../../core/smart/types";
import type { WordMessageKey } from "./i18n/en";

/** Buttons a notice can carry; the pane knows what each does. */
export type NoticeAction = "undo" | "startFresh" | "newIds" | "sameReport";

export interface Notice {
  id: number;
  intent: "error" | "warning" | "success" | "info";
  key: WordMessageKey;
  values?: Record<string, string>;
  /** What Word or a library said, in English: shown under the message in an English pane only. */
  details?: string;
  actions?: NoticeAction[];
  /**
   * What the notice is about, for a problem that stays until it is solved:
   * solving it (the "solved" action) takes the notice away.
   */
  topic?: "damaged" | "identity" | "trackedChanges" | "cannotSave" | "undo";
}

/** A text the finder was not sure of, shown unticked as "possibly a recommendation". */
export interface Candidate {
  /** Stable while the document is unchanged: paragraph and position. */
  key: string;
  found: FoundRecommendation;
}

export type View =
  | { kind: "overview" }
  | { kind: "detail"; id: string }
  | { kind: "guide" }
  | { kind: "details" }
  | { kind: "share" };

/** A decision waiting for the reviewer's name, asked beside the button that was pressed. */
export interface PendingDecision {
  id: string;
  criterion: CriterionKey;
  decision: "met" | "not_met" | "not_applicable";
  note: string;
  /** For the criterion walk's "apply to all". */
  all?: boolean;
}

/** What Undo puts back. */
export type UndoStep =
  { kind: "unmark"; removed: Unmarked } | { kind: "metadata"; before: ReportMetadata };

export type Busy = "read" | "find" | "tag" | "save" | "comments" | "sheet" | "unmark" | "rekey";

export interface WordState {
  phase: "loading" | "ready";
  opened: OpenedReport | null;
  items: ReviewItem[];
  candidates: Candidate[];
  /** "Find" ran in this session: its possible recommendations are shown even when it tagged none. */
  searched: boolean;
  /** Title, date and type as the document suggests them, for the details the user left empty. */
  guessed: GuessedDetails;
  /** The report's own language once read (null before): controls the pane adds are titled in it. */
  documentLanguage: Language | null;
  /** False on Word without WordApi 1.4: the review is shown but cannot be kept in the document. */
  canSave: boolean;
  /** The report looks like a copy of another one (title or date changed since its ids were given). */
  identity: IdentityChange | null;
  notices: Notice[];
  busy: Busy | null;
  view: View;
  /** The criterion walked across the recommendations, or null for one recommendation at a time. */
  walk: CriterionKey | null;
  filter: ReviewFilter;
  /** The criterion the keyboard's Accept and Keep act on, in the detail view. */
  focus: CriterionKey | null;
  /** The reviewer's name, remembered on this computer. */
  reviewer: string;
  pending: PendingDecision | null;
  undo: UndoStep | null;
}

export type WordAction =
  | {
      type: "loaded";
      opened: OpenedReport;
      items: ReviewItem[];
      candidates: Candidate[];
      guessed: GuessedDetails;
      /** The report's own language: what the pane writes into the document is written in it. */
      documentLanguage: Language;
      canSave: boolean;
      identity: IdentityChange | null;
    }
  | { type: "saved"; metadata: ReportMetadata; partId: string }
  | { type: "searched" }
  | { type: "busy"; busy: Busy }
  | { type: "idle" }
  | { type: "notify"; notice: Notice }
  | { type: "dismiss"; id: number }
  | { type: "solved"; topic: NonNullable<Notice["topic"]> }
  | { type: "view"; view: View }
  | { type: "open"; id: string }
  | { type: "step"; direction: 1 | -1 }
  | { type: "walk"; criterion: CriterionKey | null }
  | { type: "filter"; filter: ReviewFilter }
  | { type: "focus"; criterion: CriterionKey }
  | { type: "decided"; id: string; criterion: CriterionKey }
  | { type: "reviewer"; name: string }
  | { type: "pending"; pending: PendingDecision | null }
  | { type: "undoable"; undo: UndoStep | null }
  | { type: "identity"; identity: IdentityChange | null }
  | { type: "undamaged" };

export function initialWordState(reviewer = ""): WordState {
  return {
    phase: "loading",
    opened: null,
    items: [],
    candidates: [],
    searched: false,
    guessed: { title: "", date: "", type: "" },
    documentLanguage: null,
    canSave: true,
    identity: null,
    notices: [],
    busy: null,
    view: { kind: "overview" },
    walk: null,
    filter: NO_FILTER,
    focus: null,
    reviewer,
    pending: null,
    undo: null,
  };
}

/** How many notices the pane keeps at once: the newest first. */
const MAX_NOTICES = 4;

/** The recommendations the list and Previous / Next go through: the walk's stops, or the filtered list. */
export function visibleItems(state: Pick<WordState, "items" | "walk" | "filter">): ReviewItem[] {
  if (!state.walk) return filterItems(state.items, state.filter);
  const stops = new Set(
    criterionWalk(state.items, state.walk, { ...state.filter, criterionNotMet: null }).map(
      (s) => s.id
    )
  );
  return state.items.filter((i) => stops.has(i.meta.id));
}

/** The criterion the keyboard acts on when a recommendation opens: the walked one, else the first left. */
function firstFocus(item: ReviewItem | undefined, walk: CriterionKey | null): CriterionKey | null {
  if (!item) return null;
  if (walk) return walk;
  return toSettle(item)[0] ?? null;
}

function openDetail(state: WordState, id: string): WordState {
  const item = state.items.find((i) => i.meta.id === id);
  if (!item) return state;
  return {
    ...state,
    view: { kind: "detail", id },
    focus: firstFocus(item, state.walk),
    pending: null,
  };
}

/**
 * After a decision: the next criterion left in the same recommendation, or
 * else the next recommendation with something left (in the walk, the next
 * stop where the walked criterion is left), as PerfectIt moves on after Fix.
 * With nothing left anywhere, back to the overview, which says so.
 */
function advance(state: WordState, id: string, criterion: CriterionKey): WordState {
  if (state.view.kind !== "detail" || state.view.id !== id || state.focus !== criterion)
    return state;
  const item = state.items.find((i) => i.meta.id === id);
  if (!item) return state;
  if (!state.walk) {
    const left = toSettle(item);
    const after = left.find((k) => CRITERION_KEYS.indexOf(k) > CRITERION_KEYS.indexOf(criterion));
    if (after ?? left[0]) return { ...state, focus: after ?? left[0] };
  }
  const visible = visibleItems(state);
  const next = nextToSettle(visible, id, state.walk);
  if (next && next !== id) return openDetail(state, next);
  const stillHere = state.walk ? !isSettled(item, state.walk) : toSettle(item).length > 0;
  if (stillHere) return state;
  return { ...state, view: { kind: "overview" }, focus: null, walk: null };
}

function withNotice(notices: Notice[], notice: Notice): Notice[] {
  // The same message is not stacked twice; an older success gives way to news.
  const others = notices.filter(
    (n) =>
      !(n.key === notice.key && JSON.stringify(n.values) === JSON.stringify(notice.values)) &&
      !(notice.topic && n.topic === notice.topic)
  );
  return [notice, ...others].slice(0, MAX_NOTICES);
}

export function wordReducer(state: WordState, action: WordAction): WordState {
  switch (action.type) {
    case "loaded": {
      const next: WordState = {
        ...state,
        phase: "ready",
        opened: action.opened,
        items: action.items,
        candidates: action.candidates,
        guessed: action.guessed,
        documentLanguage: action.documentLanguage,
        canSave: action.canSave,
        identity: action.identity,
      };
      // A recommendation open in the detail view and gone from the report: back to the overview.
      if (
        state.view.kind === "detail" &&
        !action.items.some((i) => i.meta.id === (state.view as { id: string }).id)
      )
        return { ...next, view: { kind: "overview" }, focus: null, pending: null };
      return next;
    }
    case "saved": {
      if (!state.opened) return state;
      const byId = new Map(action.metadata.recommendations.map((r) => [r.id, r]));
      return {
        ...state,
        opened: { ...state.opened, partId: action.partId, metadata: action.metadata },
        items: state.items
          .filter((item) => byId.has(item.meta.id))
          .map((item) => ({ ...item, meta: byId.get(item.meta.id)! })),
      };
    }
    case "searched":
      return { ...state, searched: true };
    case "busy":
      return { ...state, busy: action.busy };
    case "idle":
      return { ...state, busy: null, phase: "ready" };
    case "notify":
      return { ...state, notices: withNotice(state.notices, action.notice) };
    case "dismiss":
      return { ...state, notices: state.notices.filter((n) => n.id !== action.id) };
    case "solved":
      return { ...state, notices: state.notices.filter((n) => n.topic !== action.topic) };
    case "view":
      return {
        ...state,
        view: action.view,
        pending: null,
        ...(action.view.kind === "overview" ? { focus: null } : {}),
      };
    case "open":
      return openDetail(state, action.id);
    case "step": {
      const visible = visibleItems(state);
      if (visible.length === 0) return state;
      const current = state.view.kind === "detail" ? state.view.id : null;
      const at = current === null ? -1 : visible.findIndex((i) => i.meta.id === current);
      const index =
        at < 0
          ? action.direction === 1
            ? 0
            : visible.length - 1
          : (at + action.direction + visible.length) % visible.length;
      return openDetail(state, visible[index].meta.id);
    }
    case "walk": {
      const walking = { ...state, walk: action.criterion, pending: null };
      if (!action.criterion)
        return { ...walking, focus: state.view.kind === "detail" ? state.focus : null };
      const first =
        nextToSettle(visibleItems(walking), null, action.criterion) ??
        visibleItems(walking)[0]?.meta.id;
      return first ? openDetail(walking, first) : { ...walking, view: { kind: "overview" } };
    }
    case "filter":
      return { ...state, filter: action.filter };
    case "focus":
      return { ...state, focus: action.criterion };
    case "decided":
      return advance({ ...state, pending: null }, action.id, action.criterion);
    case "reviewer":
      return { ...state, reviewer: action.name };
    case "pending":
      return { ...state, pending: action.pending };
    case "undoable":
      return { ...state, undo: action.undo };
    case "identity":
      return { ...state, identity: action.identity };
    case "undamaged":
      return state.opened ? { ...state, opened: { ...state.opened, damaged: null } } : state;
  }
}
