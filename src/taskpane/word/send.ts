import * as React from "react";
import type { BatchRecommendation, RecommendationBatch } from "../../core/model/batch";
import type { BatchWarning } from "../../core/model/batch-from-report";
import { withCandidates } from "../../core/model/batch";
import { localDateTime } from "../../core/schema/dates";
import type { ImportChoices, ImportPlan, ImportSummary } from "../../core/tracker/store";
import type { Wording } from "../../core/model/problem";
import {
  createTokenProvider,
  SignInError,
  type SignInProblem,
  TokenProvider,
} from "../../graph/auth";
import { GraphProblem, type GraphProblemCode } from "../../graph/client";
import type { GraphTrackerStore } from "../../graph/store";
import { rememberTrackerLink, rememberedTrackerLink } from "../../office/word/documentSettings";
import { noticeFor } from "./controller";
import type { WordMessageKey } from "./i18n/en";

/**
 * "Send to tracker": the link, the preview, the send and its summary. Side
 * effects (sign-in, Graph, the document's settings) happen here; the
 * deciding is core's planImport/importInto, the same upsert as every
 * other channel, so sending twice writes nothing the second time.
 */

/** A user-worded problem: a catalogue key and its values. */
export interface SendProblem {
  key: WordMessageKey;
  values?: Record<string, string>;
  /** The workbook's address, when known: the olderSchema message offers to open it. */
  webUrl?: string | null;
  /** What Microsoft 365, sign-in or Word said, in English: shown in an English pane only (texts.ts, problemText). */
  details?: string;
}

/** What the preview shows and the send then writes. */
interface SendPlan {
  plan: ImportPlan;
  choices: ImportChoices;
  fileName: string;
  /** Batch warnings the user should see before sending. */
  warnings: BatchWarning[];
  /** Plan items that are possible recommendations (untagged report), offered unticked. */
  candidates: number[];
}

export type SendState =
  | { step: "idle" }
  | { step: "reading" }
  | ({ step: "preview" } & SendPlan)
  | ({ step: "sending" } & SendPlan)
  | {
      step: "done";
      summary: ImportSummary;
      fileName: string;
      webUrl: string | null;
      /** The Dashboard's figures could not be refreshed (the rows are written). */
      figuresFailed?: boolean;
    }
  | { step: "failed"; problem: SendProblem };

export interface SendIntents {
  preview(link: string): Promise<void>;
  choose(choices: ImportChoices): void;
  send(): Promise<void>;
  cancel(): void;
}

/**
 * What the pane hands over: the batch from the report as it is now (stable
 * report id ensured) and, for an untagged report, the possible
 * recommendations the finder was not sure of.
 */
export type BatchSource = () => Promise<{
  batch: RecommendationBatch;
  warnings: BatchWarning[];
  candidates?: BatchRecommendation[];
}>;

interface GraphTestHook {
  getToken(): Promise<string>;
}

/**
 * Browser tests only: window.__opcatGraphTest = { getToken } replaces
 * sign-in with a fake token (the test then routes the Graph endpoint to its
 * fake server). Development builds only: `process.env.NODE_ENV` is
 * "production" in the published build, where this reads nothing.
 */
function testHook(): GraphTestHook | null {
  if (process.env.NODE_ENV === "production") return null;
  const hook = (window as { __opcatGraphTest?: GraphTestHook }).__opcatGraphTest;
  return hook && typeof hook.getToken === "function" ? hook : null;
}

/**
 * The Graph tracker store and the send, loaded on the first send: most sessions only review, and
 * the pane opens without their weight (they are a chunk of their own, beside the pane's script).
 */
async function graphTracker(): Promise<{
  GraphTrackerStore: typeof GraphTrackerStore;
  sendBatch: typeof import("../../graph/send").sendBatch;
}> {
  const [{ GraphTrackerStore }, { sendBatch }] = await Promise.all([
    import("../../graph/store"),
    import("../../graph/send"),
  ]);
  return { GraphTrackerStore, sendBatch };
}

const RECENT_KEY = "opcat-recommendation-tracker.recentTrackers";
const RECENT_MAX = 5;

/** Trackers this person sent to before, newest first (this computer only). */
export function recentTrackers(): string[] {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(RECENT_KEY) ?? "[]");
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

function rememberRecent(link: string): void {
  try {
    const list = [link, ...recentTrackers().filter((l) => l !== link)].slice(0, RECENT_MAX);
    window.localStorage.setItem(RECENT_KEY, JSON.stringify(list));
  } catch {
    // Storage refused (private mode): the document still remembers its own tracker.
  }
}

/**
 * A sharing link or address of a file in OneDrive or SharePoint: https, on
 * sharepoint.com, onedrive.live.com, 1drv.ms or a SharePoint host of the
 * organisation's own domain (any https address is let through to Graph,
 * which answers noAccess for what it cannot resolve); anything else is
 * refused before a request is made.
 */
export function trackerLinkOk(link: string): boolean {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return false;
  }
  return url.protocol === "https:" && url.hostname.includes(".") && url.pathname.length > 1;
}

/** Sign-in's and Microsoft 365's problems in the user's words: a code without its message does not compile. */
const SIGN_IN_KEYS: Wording<SignInProblem, WordMessageKey> = {
  notConfigured: "signIn_notConfigured",
  cancelled: "signIn_cancelled",
  blocked: "signIn_blocked",
  // Consent is worded the same way whichever asked for it.
  consent: "graph_consent",
  failed: "signIn_failed",
};

const GRAPH_KEYS: Wording<GraphProblemCode, WordMessageKey> = {
  signedOut: "graph_signedOut",
  consent: "graph_consent",
  noAccess: "graph_noAccess",
  readOnly: "graph_readOnly",
  notTracker: "graph_notTracker",
  olderSchema: "graph_olderSchema",
  throttled: "graph_throttled",
  offline: "graph_offline",
  sessionExpired: "graph_sessionExpired",
  changed: "graph_changed",
  unknown: "graph_unknown",
};

/** The user's words for whatever a preview or a send threw. */
export function problemOf(error: unknown, webUrl: string | null = null): SendProblem {
  if (error instanceof SignInError) {
    if (error.problem === "failed")
      return { key: "signIn_failed", details: error.message.replace(/^failed: /, "") };
    return { key: SIGN_IN_KEYS[error.problem] };
  }
  if (error instanceof GraphProblem) {
    if (error.info.partlyWritten) return { key: "graph_partlyWritten", webUrl };
    switch (error.code) {
      case "olderSchema":
        return {
          key: "graph_olderSchema",
          values: { columns: (error.info.missing ?? []).join(", ") },
          webUrl,
        };
      case "readOnly":
        return { key: "graph_readOnly", webUrl };
      case "unknown":
        return { key: "graph_unknown", details: error.info.detail ?? error.message };
      default:
        return { key: GRAPH_KEYS[error.code] };
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return { key: "graph_unknown", details: message };
}

function graphEndpoint(): string {
  return process.env.GRAPH_ENDPOINT || "https://graph.microsoft.com/v1.0";
}

export function useTrackerSend(source: BatchSource): [SendState, SendIntents, string] {
  const [state, setState] = React.useState<SendState>({ step: "idle" });
  const stateRef = React.useRef(state);
  stateRef.current = state;
  const [link] = React.useState(rememberedTrackerLink);
  const tokens = React.useRef<TokenProvider | null>(null);
  const session = React.useRef<{ store: GraphTrackerStore; batch: RecommendationBatch } | null>(
    null
  );

  const getToken = React.useCallback((): Promise<string> => {
    const hook = testHook();
    if (hook) return hook.getToken();
    tokens.current ??= createTokenProvider();
    return tokens.current();
  }, []);

  const fail = React.useCallback((error: unknown) => {
    const store = session.current?.store ?? null;
    if (error instanceof GraphProblem && error.code === "signedOut") tokens.current?.forget();
    setState({ step: "failed", problem: problemOf(error, store?.webUrl ?? null) });
    session.current = null;
    void store?.close();
  }, []);

  const intents: SendIntents = {
    preview: async (raw) => {
      const trackerLink = raw.trim();
      if (!trackerLinkOk(trackerLink)) {
        setState({ step: "failed", problem: { key: "linkInvalid" } });
        return;
      }
      setState({ step: "reading" });
      try {
        rememberRecent(trackerLink);
        await rememberTrackerLink(trackerLink);
        let made: Awaited<ReturnType<BatchSource>>;
        try {
          made = await source();
        } catch (error) {
          // Reading the report failed: Word's problem, worded as the rest of the pane words it.
          const { key, values, details } = noticeFor(error);
          setState({ step: "failed", problem: { key, values, details } });
          return;
        }
        const { warnings } = made;
        // Possible recommendations go after the others, unticked until the user takes them.
        const offered = withCandidates(made.batch, made.candidates ?? []);
        const batch = offered.batch;
        // Signed in first, so a sign-in problem is worded as one (the Graph client words any as signedOut).
        await getToken();
        const { GraphTrackerStore, sendBatch } = await graphTracker();
        const store = new GraphTrackerStore(
          { shareUrl: trackerLink },
          {
            getToken,
            renewToken: () => tokens.current?.forget(),
            baseUrl: graphEndpoint(),
            fetch: (url, init) => window.fetch(url, init),
          }
        );
        session.current = { store, batch };
        // A dry run of the very send: read, plan, and no session left open while the user chooses.
        const now = localDateTime(new Date());
        // No "today" for a report without a date: the preview asks for the report's own.
        const { plan } = await sendBatch(store, batch, { now, dryRun: true });
        setState({
          step: "preview",
          plan,
          choices: offered.candidates.length > 0 ? { skip: offered.candidates } : {},
          fileName: store.fileName ?? "",
          warnings,
          candidates: offered.candidates,
        });
      } catch (error) {
        fail(error);
      }
    },
    choose: (choices) => setState((s) => (s.step === "preview" ? { ...s, choices } : s)),
    send: async () => {
      const current = stateRef.current;
      const open = session.current;
      if (current.step !== "preview" || !open) return;
      setState({ ...current, step: "sending" });
      try {
        await getToken();
        // Read again and plan again inside the send: the tracker may have changed since the preview.
        const now = localDateTime(new Date());
        const { sendBatch } = await graphTracker();
        const result = await sendBatch(open.store, open.batch, {
          choices: current.choices,
          now,
        });
        session.current = null;
        setState({
          step: "done",
          summary: result.summary,
          fileName: open.store.fileName ?? current.fileName,
          webUrl: result.webUrl,
          figuresFailed: result.figures === "failed",
        });
      } catch (error) {
        fail(error);
      }
    },
    cancel: () => {
      const open = session.current;
      session.current = null;
      void open?.store.close();
      setState({ step: "idle" });
    },
  };
  return [state, intents, link];
}
