import { TRACKER_COLUMNS, type ColumnKey } from "../../../src/core/schema/columns";
import { HISTORY_COLUMNS, HISTORY_KEYS } from "../../../src/core/schema/history";
import { followUpList, followUpRows } from "../../../src/core/tracker/followup";
import {
  historyRecordToCells,
  historyRowsFromGrid,
  locateHistoryColumns,
  replyDaysOf,
  statusByYearEnd,
  statusDrift,
  type HistoryRow,
} from "../../../src/core/tracker/history";
import {
  buildBrief,
  buildLetter,
  parseDocumentMarker,
  documentMarker,
} from "../../../src/core/tracker/letters";
import {
  chosenReplyItems,
  planRecord,
  planReply,
  resolveReply,
  type ReplyTable,
} from "../../../src/core/tracker/observe";
import { computeStats } from "../../../src/core/tracker/stats";
import type { TrackerContent } from "../../../src/core/tracker/store";
import type { TrackerRecord, TrackerRow } from "../../../src/core/tracker/types";

const ALL: ColumnKey[] = TRACKER_COLUMNS.map((c) => c.key);
const NOW = "2026-03-01T10:00:00";

function content(rows: TrackerRecord[], history = true): TrackerContent {
  return {
    language: "en",
    columns: ALL,
    history,
    rows: rows.map((values, i) => ({ row: i + 2, values })),
  };
}

const base: TrackerRecord[] = [
  {
    id: "rec-a",
    ref: "1",
    text: "Install a call bell in every cell.",
    dateMade: "2024-03-01",
    authority: "Ministry of Justice",
    place: "North Prison",
    accepted: "noResponse",
    status: "notStarted",
  },
  {
    id: "rec-b",
    ref: "2",
    text: "Give every detainee a medical examination on arrival.",
    dateMade: "2024-03-01",
    authority: "Ministry of Health; Ministry of Justice",
    place: "North Prison",
    accepted: "accepted",
    responseDate: "2024-05-01",
    status: "inProgress",
  },
  {
    id: "rec-c",
    ref: "3",
    text: "Keep a register of the use of force.",
    dateMade: "2025-06-10",
    authority: "Police headquarters",
    place: "Harbour Police Station",
    status: "implemented",
    verified: true,
  },
];

describe("History cells", () => {
  it("reads and writes events the way the tracker reads and writes its own columns", () => {
    const event = {
      date: "2026-02-03",
      recId: "rec-a",
      kind: "followUpVisit",
      with: "Director",
      summary: "Bells fitted on two floors of four.",
      status: "partiallyImplemented",
      accepted: "accepted",
      verified: true,
      recorded: "2026-02-04T09:00:00",
    };
    for (const language of ["en", "fr", "es"] as const) {
      const cells = historyRecordToCells(event, language);
      expect(cells[HISTORY_KEYS.indexOf("date")]).toBe(46056);
      const kindCell = cells[HISTORY_KEYS.indexOf("kind")];
      expect(kindCell).toBe(
        { en: "Follow-up visit", fr: "Visite de suivi", es: "Visita de seguimiento" }[language]
      );
      const headers = HISTORY_COLUMNS.map((column) => column.headers[language]);
      const found = locateHistoryColumns(headers);
      expect([...found.keys()]).toEqual(HISTORY_KEYS);
      expect(historyRowsFromGrid([cells], found, { firstRow: 6 })).toEqual([
        { row: 6, values: event },
      ]);
    }
  });

  it("takes the reply deadline only as a whole number of days", () => {
    expect(replyDaysOf(60)).toBe(60);
    expect(replyDaysOf(" 90 ")).toBe(90);
    expect(replyDaysOf(null)).toBeNull();
    expect(replyDaysOf("sixty")).toBeNull();
    expect(replyDaysOf(-3)).toBeNull();
  });
});

describe("recording one event for several recommendations", () => {
  it("appends one event each and sets the current columns to what it observed", () => {
    const plan = planRecord(
      content(base),
      ["rec-a", "rec-b", "rec-x", "rec-a"],
      {
        kind: "responseReceived",
        date: "2026-02-20",
        with: "Ministry of Justice",
        accepted: "accepted",
        status: "inProgress",
      },
      { now: NOW }
    );
    expect(plan.blocked).toBeNull();
    expect(plan.unknownIds).toEqual(["rec-x"]);
    expect(plan.events).toBe(2);
    expect(plan.changes.events).toEqual([
      {
        date: "2026-02-20",
        recId: "rec-a",
        kind: "responseReceived",
        with: "Ministry of Justice",
        status: "inProgress",
        accepted: "accepted",
        recorded: NOW,
      },
      expect.objectContaining({ recId: "rec-b", kind: "responseReceived" }),
    ]);
    // rec-a: accepted, in progress, answered today; rec-b already held both and had its response date.
    expect(plan.changes.updates).toEqual([
      {
        row: 2,
        id: "rec-a",
        values: {
          accepted: "accepted",
          status: "inProgress",
          responseDate: "2026-02-20",
          updated: NOW,
        },
      },
    ]);
    expect(plan.updated).toBe(1);
  });

  it("records the day of a verification, and refuses a tracker without a History", () => {
    const visit = { kind: "followUpVisit" as const, date: "2026-02-21", verified: true };
    expect(planRecord(content(base), ["rec-a"], visit, { now: NOW }).changes.updates).toEqual([
      { row: 2, id: "rec-a", values: { verified: true, verifiedOn: "2026-02-21", updated: NOW } },
    ]);
    expect(planRecord(content(base, false), ["rec-a"], visit, { now: NOW }).blocked).toBe(
      "noHistory"
    );
    expect(planRecord(content(base), [" "], visit, { now: NOW }).blocked).toBe("noRecommendations");
  });
});

function history(events: Partial<Record<string, unknown>>[]): HistoryRow[] {
  return events.map((values, i) => ({ row: 6 + i, values: values as HistoryRow["values"] }));
}

describe("what the history tells", () => {
  const events = history([
    {
      date: "2024-06-01",
      recId: "rec-a",
      kind: "responseReceived",
      accepted: "accepted",
      status: "inProgress",
    },
    { date: "2025-03-01", recId: "rec-a", kind: "followUpVisit", status: "implemented" },
    { date: "2024-04-01", recId: "rec-b", kind: "meeting" },
    { date: "2025-09-01", recId: "rec-c", kind: "statusChanged", status: "inProgress" },
    {
      date: "2025-12-01",
      recId: "rec-c",
      kind: "followUpVisit",
      status: "implemented",
      verified: true,
    },
  ]);

  it("notices an implementation typed in the sheet since the last recorded event", () => {
    const rows: TrackerRow[] = content(base).rows;
    // rec-a's last event says implemented, the sheet says not started; rec-b has no status event; rec-c agrees.
    expect(statusDrift(rows, events)).toEqual([
      {
        id: "rec-a",
        row: 2,
        field: "status",
        recorded: "implemented",
        current: "notStarted",
        since: "2025-03-01",
      },
      {
        id: "rec-a",
        row: 2,
        field: "accepted",
        recorded: "accepted",
        current: "noResponse",
        since: "2024-06-01",
      },
    ]);
  });

  it("counts each status at every year's end from the history (computed by hand)", () => {
    const years = statusByYearEnd(base, events, "2026-03-01");
    expect(years.map((y) => [y.year, y.asOf, y.total])).toEqual([
      [2024, "2024-12-31", 2],
      [2025, "2025-12-31", 3],
      [2026, "2026-03-01", 3],
    ]);
    // 2024: rec-a in progress (event of June), rec-b has no status event: its current "in progress".
    expect(years[0].byStatus).toMatchObject({ inProgress: 2, implemented: 0, notStarted: 0 });
    // 2025: rec-a implemented (March), rec-b in progress, rec-c implemented (December).
    expect(years[1].byStatus).toMatchObject({ inProgress: 1, implemented: 2 });
    const stats = computeStats(base, { today: "2026-03-01", history: events });
    expect(stats.byYearEnd).toEqual(years);
    // Before its first status event a recommendation was not started: rec-c on 2025-08-31.
    expect(statusByYearEnd([base[2]], events, "2025-08-31")[0].byStatus.notStarted).toBe(1);
  });

  it("lists replies overdue once the reply deadline passed with no response recorded", () => {
    const records: TrackerRecord[] = [
      { text: "a", dateMade: "2025-12-01", accepted: "noResponse", status: "notStarted" },
      { text: "b", dateMade: "2025-12-01", accepted: "accepted", status: "notStarted" },
      { text: "c", dateMade: "2026-02-15", status: "notStarted" },
      { text: "d", dateMade: "2025-10-01", status: "implemented", verified: true },
    ];
    const items = followUpList(records, { today: "2026-03-01", replyDays: 60 });
    expect(items.map((item) => [item.record.text, item.reason, item.days])).toEqual([
      ["a", "replyOverdue", 30],
    ]);
    expect(followUpRows(items, "fr")[0].slice(0, 2)).toEqual(["Réponse en retard", 30]);
    expect(followUpList(records, { today: "2026-03-01" })).toEqual([]);
    expect(computeStats(records, { today: "2026-03-01", replyDays: 60 }).replyOverdue).toBe(1);
    expect(computeStats(records, { today: "2026-03-01" }).replyOverdue).toBeNull();
  });
});

describe("letters and briefs", () => {
  it("lists an authority's recommendations awaiting a reply, its blank columns under the tracker's headers", () => {
    const letter = buildLetter({
      records: base,
      authority: "ministry of justice",
      language: "fr",
      trackerLanguage: "en",
      today: "2026-03-01",
    });
    // rec-b (also addressed to the Ministry of Justice) has its response: not listed.
    expect(letter.ids).toEqual(["rec-a"]);
    expect(letter.table.headers).toEqual([
      "ID rec.",
      "Réf.",
      "Recommandation",
      "Acceptée",
      "Réponse de l'autorité",
      "Échéance",
    ]);
    expect(letter.table.rows).toEqual([["rec-a", "1", base[0].text, "", "", ""]]);
    expect(letter.tableNotes.join(" ")).toContain("« Acceptée »");
    const marker = parseDocumentMarker(documentMarker(letter).xml);
    expect(marker).toEqual({
      kind: "letter",
      party: "ministry of justice",
      language: "fr",
      date: "2026-03-01",
    });
  });

  it("briefs a visit on every open recommendation of a place, with its history", () => {
    const brief = buildBrief({
      records: base,
      place: "North Prison",
      history: history([
        {
          date: "2025-01-10",
          recId: "rec-b",
          kind: "meeting",
          with: "the director",
          summary: "Plan discussed",
        },
      ]),
      language: "en",
      trackerLanguage: "en",
      headers: { status: "Where it stands" },
      today: "2026-03-01",
    });
    expect(brief.ids).toEqual(["rec-a", "rec-b"]);
    expect(brief.table.headers.slice(3)).toEqual([
      "Where it stands",
      "Verified by NPM",
      "Verification",
    ]);
    expect(brief.sections[1].history).toEqual([
      "2025-01-10: Meeting with the director. Plan discussed",
    ]);
    expect(brief.sections[0].history).toEqual(["No event has been recorded yet."]);
  });
});

describe("reading a reply", () => {
  const table: ReplyTable = {
    headers: ["Rec ID", "Ref.", "Recommendation", "Accepted", "Authority response", "Deadline"],
    kind: "letter",
    party: "Ministry of Justice",
    rows: [
      {
        line: 1,
        cells: ["rec-a", "1", base[0].text, "Partially accepted", "Bells on order.", "2026-09-30"],
      },
      { line: 2, cells: ["rec-b", "2", "Give a medical examination.", "Accepted", "", ""] },
      { line: 3, cells: ["rec-zz", "9", "Unknown", "Accepted", "", ""] },
      { line: 4, cells: ["rec-c", "3", base[2].text, "Maybe later", "", "next spring"] },
      { line: 5, cells: ["", "", "", "Accepted", "", ""] },
    ],
  };

  it("shows each change, reports what it cannot read and guesses nothing", () => {
    const plan = planReply(content(base), table, { date: "2026-03-05", source: "reply.docx" });
    expect(plan.kind).toBe("responseReceived");
    expect(plan.unknownIds).toEqual([{ line: 3, id: "rec-zz" }]);
    expect(plan.withoutId).toEqual([5]);
    const [a, b, c] = plan.items;
    expect(a.changes).toEqual([
      { key: "accepted", before: "noResponse", after: "partiallyAccepted" },
      { key: "response", before: null, after: "Bells on order." },
      { key: "deadline", before: null, after: "2026-09-30" },
      { key: "responseDate", before: null, after: "2026-03-05" },
    ]);
    expect(b.textChanged).toEqual({ before: base[1].text, after: "Give a medical examination." });
    expect(c.invalid).toEqual([
      { key: "accepted", value: "Maybe later", problem: "notInList" },
      { key: "deadline", value: "next spring", problem: "notADate" },
    ]);
    expect(chosenReplyItems(plan).map((item) => item.id)).toEqual(["rec-a"]);
  });

  it("writes one event per recommendation changed, and nothing when read again", () => {
    const plan = planReply(content(base), table, { date: "2026-03-05", source: "reply.docx" });
    const changes = resolveReply(plan, {}, { now: NOW, columns: ALL });
    expect(changes.updates.map((u) => u.id)).toEqual(["rec-a"]);
    expect(changes.events).toEqual([
      {
        date: "2026-03-05",
        recId: "rec-a",
        kind: "responseReceived",
        with: "Ministry of Justice",
        summary: "Bells on order.",
        accepted: "partiallyAccepted",
        link: "reply.docx",
        recorded: NOW,
      },
    ]);
    const after = base.map((record) =>
      record.id === "rec-a" ? { ...record, ...changes.updates[0].values } : record
    );
    const again = planReply(content(after), table, { date: "2026-03-09", source: "reply.docx" });
    expect(resolveReply(again, {}, { now: NOW, columns: ALL })).toEqual({
      updates: [],
      additions: [],
      events: [],
    });
  });

  it("reads a visit brief filled in as a follow-up visit", () => {
    const brief: ReplyTable = {
      headers: [
        "ID rec.",
        "Réf.",
        "Recommandation",
        "Mise en œuvre",
        "Vérifiée par le MNP",
        "Vérification",
      ],
      rows: [
        { line: 1, cells: ["rec-b", "2", base[1].text, "Mise en œuvre", "Oui", "Registre vu."] },
      ],
    };
    const plan = planReply(content(base), brief, { date: "2026-03-05" });
    expect(plan.kind).toBe("followUpVisit");
    expect(plan.items[0].changes).toEqual([
      { key: "status", before: "inProgress", after: "implemented" },
      { key: "verified", before: null, after: true },
      { key: "evidence", before: null, after: "Registre vu." },
      { key: "verifiedOn", before: null, after: "2026-03-05" },
    ]);
  });
});
