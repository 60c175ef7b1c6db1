import * as React from "react";
import { findRecommendations, type FoundRecommendation } from "../../core/extract";
import type { BatchRecommendation, RecommendationBatch } from "../../core/model/batch";
import {
  guessReportDetails,
  reportToBatch,
  type GuessedDetails,
} from "../../core/model/batch-from-report";
import type { ReportParagraph } from "../../core/model/report";
import {
  ReportDetails,
  ReportMetadata,
  ReviewState,
  VerdictOverride,
  newRecommendationMeta,
} from "../../core/model/reportMetadata";
import {
  EditableField,
  OpenProblem,
  OpenedReport,
  ReviewItem,
  contextsOf,
  metaForFinding,
  openReport,
  reviewSession,
  untaggedFindings,
  setFields,
  setOverride,
  setReviewState,
} from "../../core/review";
import { reportInOtherLanguage } from "../../core/model/paragraph";
import { detectLanguage } from "../../core/language";
import { checkRecommendation } from "../../core/smart";
import type { CriterionKey } from "../../core/smart/types";
import { newId } from "../../core/tracker/ids";
import { documentFileName } from "../../office/word/documentSettings";
import { WordReviewError } from "../../office/word/errors";
import { readReport } from "../../office/word/readReport";
import {
  CommentRequest,
  TagRequest,
  insertComments,
  insertReviewSheet,
  keepDamagedPart,
  markSelection,
  readStoredReview,
  reviewSheetInNewDocument,
  saveReportMetadata,
  selectRecommendation,
  tagRecommendations,
  unmarkRecommendation,
} from "../../office/word/reviewDocument";
import type { WordMessageKey } from "./i18n/en";

/**
 * The pane's one side-effect layer: every Office call goes through here.
 * Components get the state and raise intents; deciding is left to the pure
 * functions of src/core/review.
 */

export type Notice =
  | {
      id: number;
      intent: "error" | "warning" | "success" | "info";
      key: WordMessageKey;
      values?: Record<string, string>;
    }
  | { id: number; intent: "error"; key: "err_other"; values: { message: string } };

/** A text the finder was not sure of, shown unticked as "possibly a recommendation". */
export interface Candidate {
  /** Stable while the document is unchanged: paragraph and position. */
  key: string;
  found: FoundRecommendation;
}

export interface PaneReview {
  phase: "loading" | "ready";
  opened: OpenedReport | null;
  items: ReviewItem[];
  /** Untagged texts just below the finder's threshold, for the user to tag or leave. */
  candidates: Candidate[];
  /** "Find" ran in this session: its possible recommendations are shown even when it tagged none. */
  searched: boolean;
  /** Title, date and type as the document suggests them, for the details the user left empty. */
  guessed: GuessedDetails;
  notices: Notice[];
  busy: boolean;
}

export interface ReviewIntents {
  refresh(): Promise<void>;
  find(): Promise<void>;
  /** Tags one "possibly a recommendation" text (by Candidate.key). */
  tagCandidate(key: string): Promise<void>;
  markSelection(): Promise<void>;
  unmark(id: string): Promise<void>;
  goTo(id: string): Promise<void>;
  saveDetails(details: ReportDetails): Promise<void>;
  saveFields(
    id: string,
    fields: Partial<Pick<ReportMetadata["recommendations"][number], EditableField>>
  ): Promise<void>;
  override(id: string, criterion: CriterionKey, override: VerdictOverride | null): Promise<void>;
  setState(id: string, state: ReviewState): Promise<void>;
  addComments(lines: (item: ReviewItem) => string | null): Promise<void>;
  reviewSheet(where: "end" | "new", heading: string, rows: string[][]): Promise<void>;
  startFresh(): Promise<void>;
  dismiss(noticeId: number): void;
  /**
   * The recommendations as a batch, from the document as it is now, with
   * the reviewers' overrides in the scores. Gives the report a stable id
   * first (saved in the document) so that sending it again updates rather
   * than duplicates. Throws instead of adding a notice: export and send
   * word their own failures.
   */
  batch(): Promise<{
    batch: RecommendationBatch;
    warnings: string[];
    candidates: BatchRecommendation[];
  }>;
}

let noticeCounter = 0;
function notice(
  intent: Notice["intent"],
  key: WordMessageKey,
  values?: Record<string, string>
): Notice {
  return { id: ++noticeCounter, intent, key, values } as Notice;
}

/** Turns whatever was thrown into a message the user can read. */
export function noticeFor(error: unknown): Notice {
  if (error instanceof WordReviewError)
    return notice("error", `err_${error.problem}` as WordMessageKey);
  const message = error instanceof Error ? error.message : String(error);
  return { id: ++noticeCounter, intent: "error", key: "err_other", values: { message } };
}

export function problemNotices(problems: OpenProblem[]): Notice[] {
  return problems.map((p) => {
    switch (p.code) {
      case "damagedPart":
        return notice("warning", "problemDamaged", { problem: p.problem });
      case "missingControls":
        return notice("warning", "problemMissing", { count: String(p.ids.length) });
      case "duplicateTags":
        return notice("warning", "problemDuplicate", { count: String(p.ids.length) });
      case "extraParts":
        return notice("warning", "problemExtra", { count: String(p.count) });
      case "partWarnings":
        return notice("warning", "problemWarnings", { details: p.warnings.join("; ") });
    }
  });
}

interface Loaded {
  opened: OpenedReport;
  items: ReviewItem[];
  candidates: Candidate[];
  /** Metadata with re-checked texts recorded; differs from opened.metadata when a text changed. */
  metadata: ReportMetadata;
  rechecked: number;
  guessed: GuessedDetails;
  /** False on Word without WordApi 1.4: the review can be shown but not saved in the document. */
  canSave: boolean;
}

function candidateKey(f: FoundRecommendation): string {
  return `${f.paragraph}:${f.span?.start ?? 0}`;
}

async function load(): Promise<Loaded> {
  const stored = await readStoredReview();
  const { paragraphs } = await readReport();
  const opened = openReport(stored.parts ?? [], stored.tagged);
  const all = findRecommendations(paragraphs, { candidates: true });
  const contexts = contextsOf(
    stored.tagged,
    paragraphs,
    all.filter((f) => !f.candidate)
  );
  // a short recommendation is read in the report's language when its own words do not tell
  const reportLanguage = detectLanguage(paragraphs.map((p) => p.text).join("\n"));
  const session = reviewSession(opened.metadata, stored.tagged, contexts, (input) =>
    checkRecommendation(input, { fallbackLanguage: reportLanguage })
  );
  const candidates = untaggedFindings(
    all.filter((f) => f.candidate),
    paragraphs,
    stored.tagged.map((t) => t.text)
  ).map((found) => ({ key: candidateKey(found), found }));
  return {
    opened: { ...opened, metadata: session.metadata },
    items: session.items,
    candidates,
    metadata: session.metadata,
    rechecked: session.rechecked,
    guessed: guessReportDetails(paragraphs),
    canSave: stored.parts !== null,
  };
}

export function useReview(enabled: boolean): [PaneReview, ReviewIntents] {
  const [state, setState] = React.useState<PaneReview>({
    phase: "loading",
    opened: null,
    items: [],
    candidates: [],
    searched: false,
    guessed: { title: "", date: "", type: "" },
    notices: [],
    busy: false,
  });
  const stateRef = React.useRef(state);
  const canSave = React.useRef(true);
  stateRef.current = state;

  const push = React.useCallback(
    (n: Notice[]) => setState((s) => ({ ...s, notices: [...s.notices, ...n] })),
    []
  );

  const apply = React.useCallback((loaded: Loaded, extra: Notice[] = []) => {
    setState((s) => ({
      ...s,
      phase: "ready",
      opened: loaded.opened,
      items: loaded.items,
      candidates: loaded.candidates,
      guessed: loaded.guessed,
      notices: [...s.notices, ...extra],
    }));
  }, []);

  /** Saves metadata unless a damaged part is waiting for the user's decision. */
  const save = React.useCallback(
    async (metadata: ReportMetadata): Promise<boolean> => {
      const opened = stateRef.current.opened;
      if (!opened) return false;
      if (!canSave.current) {
        push([notice("warning", "err_needsWordApi14")]);
        return false;
      }
      if (opened.damaged) {
        push([notice("warning", "blockedByDamage")]);
        return false;
      }
      const partId = await saveReportMetadata(metadata, opened.partId);
      setState((s) => ({
        ...s,
        opened: s.opened && { ...s.opened, partId, metadata },
        items: s.items.map((item) => ({
          ...item,
          meta: metadata.recommendations.find((r) => r.id === item.meta.id) ?? item.meta,
        })),
      }));
      return true;
    },
    [push]
  );

  const run = React.useCallback(
    async (work: () => Promise<void>) => {
      setState((s) => ({ ...s, busy: true }));
      try {
        await work();
      } catch (error) {
        push([noticeFor(error)]);
      } finally {
        setState((s) => ({ ...s, busy: false, phase: "ready" }));
      }
    },
    [push]
  );

  const refresh = React.useCallback(
    () =>
      run(async () => {
        const loaded = await load();
        const first = stateRef.current.opened === null;
        canSave.current = loaded.canSave;
        const notices = first ? problemNotices(loaded.opened.problems) : [];
        if (first && !loaded.canSave) notices.push(notice("warning", "err_needsWordApi14"));
        apply(loaded, notices);
        if (loaded.rechecked > 0 && loaded.canSave && !loaded.opened.damaged) {
          stateRef.current = { ...stateRef.current, opened: loaded.opened };
          await save(loaded.metadata);
          if (!first) push([notice("info", "recheckDone")]);
        }
      }),
    [apply, push, run, save]
  );

  React.useEffect(() => {
    if (enabled) void refresh();
  }, [enabled, refresh]);

  // A re-check when the text changes: Word signals selection changes, which follow every edit.
  React.useEffect(() => {
    if (!enabled || typeof Office === "undefined" || !("document" in Office.context)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const handler = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!stateRef.current.busy) void recheckTexts();
      }, 1500);
    };
    const recheckTexts = async () => {
      try {
        const stored = await readStoredReview();
        const current = new Map(stateRef.current.items.map((i) => [i.meta.id, i.text]));
        if (
          stored.tagged.some((t) => current.get(t.id) !== t.text) ||
          stored.tagged.length !== [...current.values()].filter((t) => t !== null).length
        ) {
          await refresh();
        }
      } catch (error) {
        push([noticeFor(error)]);
      }
    };
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
    return () => {
      clearTimeout(timer);
      Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, {
        handler,
      });
    };
  }, [enabled, refresh, push]);

  const metadataNow = () => {
    const opened = stateRef.current.opened;
    if (!opened) throw new Error("The report is not read yet.");
    return opened.metadata;
  };

  /** Tags the given findings in the document and records their details; then reads the report again. */
  const tagFindings = async (
    found: FoundRecommendation[],
    paragraphs: ReportParagraph[]
  ): Promise<Loaded> => {
    const metadata = metadataNow();
    const used = new Set(metadata.recommendations.map((r) => r.id));
    const requests: TagRequest[] = [];
    const metas = found.map((f) => {
      let id = newId();
      while (used.has(id)) id = newId();
      used.add(id);
      // readReport numbers the body paragraphs in document.body.paragraphs order.
      const paragraph = paragraphs.find((p) => p.index === f.paragraph)!;
      requests.push({
        id,
        bodyParagraph: paragraph.index,
        paragraphText: paragraph.text,
        span: f.span,
        title: f.ref ? `Recommendation ${f.ref}` : "Recommendation",
      });
      return metaForFinding(id, f, metadata.report);
    });
    await tagRecommendations(requests);
    await save({ ...metadata, recommendations: [...metadata.recommendations, ...metas] });
    return load();
  };

  const intents: ReviewIntents = {
    refresh,
    find: () =>
      run(async () => {
        const { paragraphs } = await readReport();
        setState((s) => ({ ...s, searched: true }));
        const all = findRecommendations(paragraphs, { candidates: true });
        const found = untaggedFindings(
          all.filter((f) => !f.candidate),
          paragraphs,
          stateRef.current.items.map((i) => i.text ?? "")
        );
        if (found.length === 0) {
          const loaded = await load();
          apply(loaded, [
            notice(
              "info",
              stateRef.current.items.length === 0 &&
                loaded.candidates.length === 0 &&
                reportInOtherLanguage(paragraphs)
                ? "findOtherLanguage"
                : "findNone"
            ),
            ...(loaded.candidates.length > 0
              ? [notice("info", "findCandidates", { count: String(loaded.candidates.length) })]
              : []),
          ]);
          return;
        }
        const loaded = await tagFindings(found, paragraphs);
        apply(loaded, [
          notice("success", "findDone", { count: String(found.length) }),
          ...(loaded.candidates.length > 0
            ? [notice("info", "findCandidates", { count: String(loaded.candidates.length) })]
            : []),
        ]);
      }),
    tagCandidate: (key) =>
      run(async () => {
        const { paragraphs } = await readReport();
        const candidate = untaggedFindings(
          findRecommendations(paragraphs, { candidates: true }).filter((f) => f.candidate),
          paragraphs,
          stateRef.current.items.map((i) => i.text ?? "")
        ).find((f) => candidateKey(f) === key);
        // The document changed since it was listed: read it again rather than tag the wrong text.
        if (!candidate) {
          apply(await load());
          return;
        }
        apply(await tagFindings([candidate], paragraphs), [notice("success", "candidateDone")]);
      }),
    markSelection: () =>
      run(async () => {
        const metadata = metadataNow();
        let id = newId();
        while (metadata.recommendations.some((r) => r.id === id)) id = newId();
        await markSelection(id, "Recommendation");
        await save({
          ...metadata,
          recommendations: [
            ...metadata.recommendations,
            newRecommendationMeta(id, {
              addressee: metadata.report.addressee,
              theme: metadata.report.theme,
              type: metadata.report.type,
            }),
          ],
        });
        apply(await load(), [notice("success", "markDone")]);
      }),
    unmark: (id) =>
      run(async () => {
        await unmarkRecommendation(id);
        const metadata = metadataNow();
        await save({
          ...metadata,
          recommendations: metadata.recommendations.filter((r) => r.id !== id),
        });
        apply(await load(), [notice("success", "unmarkDone")]);
      }),
    goTo: (id) => run(() => selectRecommendation(id)),
    saveDetails: (details) =>
      run(async () => {
        if (await save({ ...metadataNow(), report: details })) push([notice("success", "saved")]);
      }),
    saveFields: (id, fields) =>
      run(async () => {
        if (await save(setFields(metadataNow(), id, fields))) push([notice("success", "saved")]);
      }),
    override: (id, criterion, value) =>
      run(async () => {
        await save(setOverride(metadataNow(), id, criterion, value));
      }),
    setState: (id, reviewState) =>
      run(async () => {
        await save(setReviewState(metadataNow(), id, reviewState));
      }),
    addComments: (lines) =>
      run(async () => {
        const requests: CommentRequest[] = [];
        for (const item of stateRef.current.items) {
          const text = item.text === null ? null : lines(item);
          if (text) requests.push({ id: item.meta.id, text });
        }
        const missing = await insertComments(requests);
        const out = [
          notice("success", "commentsDone", { count: String(requests.length - missing.length) }),
        ];
        if (missing.length > 0)
          out.push(notice("warning", "commentsMissing", { count: String(missing.length) }));
        push(out);
      }),
    reviewSheet: (where, heading, rows) =>
      run(async () => {
        if (where === "end") await insertReviewSheet(heading, rows);
        else await reviewSheetInNewDocument(heading, rows);
        push([notice("success", "reviewSheetDone")]);
      }),
    startFresh: () =>
      run(async () => {
        const opened = stateRef.current.opened;
        if (!opened?.damaged) return;
        await keepDamagedPart(opened.damaged.partId, opened.damaged.xml, new Date());
        const next = { ...opened, damaged: null };
        stateRef.current = { ...stateRef.current, opened: next };
        setState((s) => ({ ...s, opened: next }));
        await save(opened.metadata);
        push([notice("success", "startFreshDone")]);
      }),
    dismiss: (noticeId) =>
      setState((s) => ({ ...s, notices: s.notices.filter((n) => n.id !== noticeId) })),
    batch: async () => {
      // The controls' own texts, as the pane lists them: a paragraph does not name a control inside it.
      const { tagged } = await readStoredReview();
      const { paragraphs } = await readReport();
      let opened = stateRef.current.opened;
      if (!opened) throw new Error("The report is not read yet.");
      if (!opened.metadata.report.id) {
        const metadata = {
          ...opened.metadata,
          report: { ...opened.metadata.report, id: newId() },
        };
        // Unsaved, a new id would differ at the next send; without it the batch falls back to an id from title and date.
        if (await save(metadata)) {
          opened = { ...opened, metadata };
          stateRef.current = { ...stateRef.current, opened };
        }
      }
      const { batch, warnings, candidates } = reportToBatch({
        paragraphs,
        opened,
        tagged,
        fileName: documentFileName(),
        created: new Date().toISOString(),
        generator: "OPCAT Recommendation Tracker (Word)",
      });
      return { batch, warnings, candidates };
    },
  };
  return [state, intents];
}
