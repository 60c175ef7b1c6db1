import {
  STRATEGIES_BY_REASON,
  STRATEGY_KINDS,
  strategiesFor,
  strategiesText,
} from "../../../src/core/schema/strategies";
import { literalList } from "../../../src/core/schema/workbook-plan";
import { VOCABULARIES, vocabularyLabel } from "../../../src/core/schema/vocabularies";
import { followUpList, followUpRows } from "../../../src/core/tracker/followup";
import { isEventKind, type HistoryRow } from "../../../src/core/tracker/history";
import { normaliseHistoryField } from "../../../src/core/tracker/history";
import { computeStats } from "../../../src/core/tracker/stats";
import { needsStrategy, strategyOutcomes } from "../../../src/core/tracker/strategies";
import type { TrackerRecord } from "../../../src/core/tracker/types";

const LANGUAGES = ["en", "fr", "es"] as const;

function event(row: number, values: HistoryRow["values"]): HistoryRow {
  return { row, values };
}

describe("strategies suggested by the reason a recommendation is not implemented", () => {
  it("gives every reason of the list (and none yet) strategies, each an event kind worded in every language", () => {
    const reasons = VOCABULARIES.reasonNotImplemented.values.map((value) => value.key);
    expect(Object.keys(STRATEGIES_BY_REASON).sort()).toEqual([...reasons, "none"].sort());
    for (const suggestions of Object.values(STRATEGIES_BY_REASON)) {
      expect(suggestions.length).toBeGreaterThan(0);
      for (const suggestion of suggestions) {
        expect(isEventKind(suggestion.kind)).toBe(true);
        expect(STRATEGY_KINDS).toContain(suggestion.kind);
        for (const language of LANGUAGES) {
          expect(suggestion.labels[language].trim().length).toBeGreaterThan(10);
          expect(vocabularyLabel("eventKind", suggestion.kind, language)).toBeTruthy();
        }
      }
    }
  });

  it("suggests what the guidance says, in English, French and Spanish", () => {
    expect(strategiesFor("notUnderstood").map((s) => s.kind)).toEqual(["explained", "meeting"]);
    expect(strategiesFor("budget")[0].kind).toBe("advocacy");
    expect(strategiesFor("resistance").map((s) => s.kind)).toEqual([
      "meeting",
      "coalition",
      "inspectorates",
      "media",
    ]);
    expect(strategiesFor("otherBody")[0].kind).toBe("redirected");
    expect(strategiesText("budget", "en")).toMatch(/parliament and the finance ministry/);
    expect(strategiesText("budget", "fr")).toMatch(/parlement et du ministère des finances/);
    expect(strategiesText("budget", "es")).toMatch(/parlamento y el ministerio de hacienda/);
    expect(strategiesText("notUnderstood", "en")).toMatch(/^Explain .*reformulate/);
    expect(strategiesText("notUnderstood", "fr")).toMatch(/^Expliquer .*reformuler/);
    expect(strategiesText("notUnderstood", "es")).toMatch(/^Explicar .*reformularla/);
    expect(strategiesText("resistance", "fr")).toMatch(/médias/);
    expect(strategiesText("otherBody", "es")).toMatch(/órgano competente/);
    // No reason yet: find out why; a word outside the list counts as "Other"; nothing inherited.
    expect(strategiesText(null, "en")).toMatch(/why/);
    expect(strategiesFor("toString")).toBe(STRATEGIES_BY_REASON.other);
    expect(strategiesFor("Something else")).toBe(STRATEGIES_BY_REASON.other);
  });

  it("keeps the History's list of event kinds within Excel's 255 characters, and reads a strategy typed in any language", () => {
    for (const language of LANGUAGES) {
      const rule = literalList(VOCABULARIES.eventKind.values.map((v) => v.labels[language]));
      expect(rule.length).toBeLessThanOrEqual(255);
    }
    expect(normaliseHistoryField("kind", "Plaidoyer")).toEqual({ value: "advocacy", ok: true });
    expect(normaliseHistoryField("kind", "medios")).toEqual({ value: "media", ok: true });
    expect(normaliseHistoryField("kind", "Redirected")).toEqual({ value: "redirected", ok: true });
  });

  it("lists a recommendation not implemented on the Follow-up sheet with its strategies", () => {
    const records: TrackerRecord[] = [
      { id: "A", text: "t", status: "notImplemented", reasonNotImplemented: "budget" },
      { id: "B", text: "t", status: "inProgress", reasonNotImplemented: "resistance" },
      { id: "C", text: "t", status: "implemented", verified: true, reasonNotImplemented: "budget" },
      { id: "D", text: "t", status: "inProgress" },
      { id: "E", text: "t", status: "notImplemented" },
    ];
    expect(records.map(needsStrategy)).toEqual([true, true, false, false, true]);
    const items = followUpList(records, { today: "2026-01-01" });
    expect(items.map((item) => [item.reason, item.record.id])).toEqual([
      ["notImplemented", "A"],
      ["notImplemented", "B"],
      ["notImplemented", "E"],
    ]);
    const rows = followUpRows(items, "fr");
    expect(rows[0][0]).toBe("Non mise en œuvre");
    expect(rows[0][rows[0].length - 1]).toBe(strategiesText("budget", "fr"));
    expect(rows[2][rows[2].length - 1]).toBe(strategiesText(null, "fr"));
  });
});

describe("which strategies preceded implementation", () => {
  // A hand-made history. Worked out by hand:
  // advocacy: tried for R1, R2, R3 (R9 is not in the tracker) -> R1 implemented after it
  //   (2025-05-01 >= 2025-02-01), R2 implemented before it only (2024-12-01 < 2025-01-15),
  //   R3 never -> tried 3, implemented after 1.
  // meeting: tried for R2 (2024-06-01) and R4 (twice, first 2025-03-01) -> R2 implemented
  //   2024-12-01 after it, R4 implemented the same day as its second meeting -> tried 2, after 2.
  // media: tried for R3 only, never implemented -> 1, 0.
  // explained: R5's event has no readable date: left out -> 0, 0.
  const records: TrackerRecord[] = ["R1", "R2", "R3", "R4", "R5"].map((id) => ({
    id,
    text: "t",
    dateMade: "2024-01-10",
    status: "notImplemented",
  }));
  const history: HistoryRow[] = [
    event(6, { date: "2025-02-01", recId: "R1", kind: "advocacy" }),
    event(7, { date: "2025-05-01", recId: "R1", kind: "statusChanged", status: "implemented" }),
    event(8, { date: "2024-06-01", recId: "R2", kind: "meeting" }),
    event(9, { date: "2024-12-01", recId: "R2", kind: "followUpVisit", status: "implemented" }),
    event(10, { date: "2025-01-15", recId: "R2", kind: "advocacy" }),
    event(11, { date: "2025-01-20", recId: "R3", kind: "advocacy" }),
    event(12, { date: "2025-02-20", recId: "R3", kind: "media", status: "inProgress" }),
    event(13, { date: "2025-03-01", recId: "R4", kind: "meeting" }),
    event(14, { date: "2025-04-01", recId: "R4", kind: "meeting", status: "implemented" }),
    event(15, { date: "not a day", recId: "R5", kind: "explained" }),
    event(16, { date: "2025-02-01", recId: "R9", kind: "advocacy", status: "implemented" }),
  ];

  it("counts, for each strategy, the recommendations it was tried for and those implemented after it", () => {
    const outcomes = strategyOutcomes(records, history);
    expect(outcomes.map((o) => o.strategy)).toEqual([...STRATEGY_KINDS]);
    const by = new Map(outcomes.map((o) => [o.strategy, o]));
    expect(by.get("advocacy")).toEqual({
      strategy: "advocacy",
      tried: 3,
      implementedAfter: 1,
      share: 0.333,
    });
    expect(by.get("meeting")).toEqual({
      strategy: "meeting",
      tried: 2,
      implementedAfter: 2,
      share: 1,
    });
    expect(by.get("media")).toEqual({ strategy: "media", tried: 1, implementedAfter: 0, share: 0 });
    expect(by.get("explained")).toEqual({
      strategy: "explained",
      tried: 0,
      implementedAfter: 0,
      share: null,
    });
  });

  it("is part of the tracker's statistics", () => {
    const stats = computeStats(records, { today: "2026-01-01", history });
    expect(stats.strategies).toEqual(strategyOutcomes(records, history));
  });
});
