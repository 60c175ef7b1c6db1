import type { RecommendationBatch } from "../../../src/core/model/batch";
import { TRACKER_COLUMNS, type ColumnKey } from "../../../src/core/schema/columns";
import type { TrackerChanges, TrackerContent, TrackerStore } from "../../../src/core/tracker/store";
import type { TrackerRecord, TrackerRow } from "../../../src/core/tracker/types";
import { importInto, planImport, resolveImport } from "../../../src/core/tracker/upsert";
import { validateRows } from "../../../src/core/tracker/validate";

const ALL: ColumnKey[] = TRACKER_COLUMNS.map((c) => c.key);
const NOW = "2026-03-01T09:30:00.000Z";
const TODAY = "2026-03-01";

/** Deterministic ids: a fixed sequence of fractions. */
function seq(): () => number {
  let n = 0;
  return () => (((n++ * 0.618034) % 1) + 1) % 1;
}

function batch(
  recommendations: RecommendationBatch["recommendations"],
  report: Partial<RecommendationBatch["report"]> = {}
): RecommendationBatch {
  return {
    format: "opcat-recommendations",
    version: 1,
    report: {
      id: "visit-h-2026",
      title: "Visit to H prison",
      type: "visit",
      date: "2026-02-12",
      places: ["H prison"],
      link: "https://npm.example/h.pdf",
      ...report,
    },
    recommendations,
  };
}

const tagged = batch([
  {
    id: "rec-0001",
    ref: "1",
    text: "Install a call bell in each cell.",
    authority: "Prison administration",
    groups: ["Prisoners", "Women"],
    priority: "high",
    deadline: "2026-12-31",
    smartScore: 6,
  },
  { id: "rec-0002", ref: "2", text: "Give every detainee access to a doctor within 24 hours." },
]);

/** A tracker store over rows in memory, counting writes, as an adapter would apply them. */
class MemoryStore implements TrackerStore {
  writes = 0;
  constructor(public content: TrackerContent) {}
  async read(): Promise<TrackerContent> {
    return structuredClone(this.content);
  }
  async write(changes: TrackerChanges): Promise<void> {
    this.writes++;
    for (const update of changes.updates) {
      const row = this.content.rows.find((r) => r.row === update.row) as TrackerRow;
      expect(row.values.id).toBe(update.id);
      Object.assign(row.values, update.values);
    }
    let next = Math.max(1, ...this.content.rows.map((r) => r.row)) + 1;
    for (const values of changes.additions) this.content.rows.push({ row: next++, values });
  }
}

function content(rows: TrackerRecord[], columns: ColumnKey[] = ALL): TrackerContent {
  return { language: "en", columns, rows: rows.map((values, i) => ({ row: i + 2, values })) };
}

function run(c: TrackerContent, b: RecommendationBatch, choices = {}) {
  const plan = planImport(c, b, { today: TODAY });
  return { plan, ...resolveImport(plan, choices, { now: NOW, random: seq(), columns: c.columns }) };
}

describe("first import", () => {
  it("adds new rows that validate cleanly, keeping the report's ids", () => {
    const { plan, changes, summary } = run(content([]), tagged);
    expect(plan.source).toBe("visit-h-2026");
    expect(plan.items.map((i) => i.state)).toEqual(["new", "new"]);
    expect(summary).toEqual({ added: 2, updated: 0, corrected: 0, unchanged: 0, flagged: 0 });
    expect(changes.updates).toEqual([]);
    expect(changes.additions[0]).toEqual({
      id: "rec-0001",
      ref: "1",
      dateMade: "2026-02-12",
      repeated: false,
      text: "Install a call bell in each cell.",
      type: "visit",
      place: "H prison",
      authority: "Prison administration",
      report: "Visit to H prison",
      reportLink: "https://npm.example/h.pdf",
      groups: "Prisoners; Women",
      priority: "high",
      deadline: "2026-12-31",
      accepted: "noResponse",
      status: "notStarted",
      smartScore: 6,
      source: "visit-h-2026",
      updated: "2026-03-01T09:30:00",
    });
    const rows = changes.additions.map((values, i) => ({ row: i + 2, values }));
    expect(validateRows(rows, { today: TODAY })).toEqual([]);
  });

  it("gives untagged recommendations new ids, unique against the tracker, and today's date when the report has none", () => {
    const existing = content([{ id: "AAAAAAAAAAAA", text: "Other", dateMade: "2020-01-01" }]);
    const b = batch([{ text: "One." }, { text: "Two." }], { date: "" });
    const plan = planImport(existing, b, { today: TODAY });
    // Draws that first give the tracker's id twice, then the id just given to the first new row.
    let calls = 0;
    const random = () => {
      const n = calls++;
      return n < 24 ? 0 : n < 48 ? 0.5 : 0.25;
    };
    const { changes } = resolveImport(plan, {}, { now: NOW, random, columns: ALL });
    const ids = changes.additions.map((a) => a.id);
    expect(ids).toEqual(["gggggggggggg", "QQQQQQQQQQQQ"]);
    expect(changes.additions.map((a) => a.dateMade)).toEqual([TODAY, TODAY]);
  });
});

describe("importing again", () => {
  it("writes nothing when the same report is imported twice", async () => {
    const store = new MemoryStore(content([]));
    const first = await importInto(store, tagged, { today: TODAY, now: NOW, random: seq() });
    expect(first.summary.added).toBe(2);
    expect(store.writes).toBe(1);
    const untagged = batch([{ text: "Ensure showers work." }, { text: "Train staff." }], {
      id: "letter-1",
    });
    await importInto(store, untagged, { today: TODAY, now: NOW, random: seq() });
    expect(store.writes).toBe(2);
    const snapshot = structuredClone(store.content);
    for (const b of [tagged, untagged]) {
      const again = await importInto(store, b, { today: TODAY, now: "2027-01-01T00:00:00Z" });
      expect(again.changes).toEqual({ updates: [], additions: [] });
      expect(again.plan.items.every((i) => i.state === "unchanged")).toBe(true);
      expect(again.summary).toEqual({
        added: 0,
        updated: 0,
        corrected: 0,
        unchanged: 2,
        flagged: 0,
      });
    }
    expect(store.writes).toBe(2);
    expect(store.content).toEqual(snapshot);
  });

  it("a dry run reads and plans but never writes", async () => {
    const store = new MemoryStore(content([]));
    const result = await importInto(store, tagged, { today: TODAY, now: NOW, dryRun: true });
    expect(result.summary.added).toBe(2);
    expect(store.writes).toBe(0);
  });

  it("updates report-side fields only and never touches tracking fields", () => {
    const row: TrackerRecord = {
      id: "rec-0001",
      ref: "1",
      dateMade: "2026-02-12",
      text: "Install a call bell in each cell.",
      authority: "Ministry",
      priority: "low",
      source: "visit-h-2026",
      accepted: "accepted",
      status: "inProgress",
      response: "We will.",
      notes: "Chased twice.",
      staff: "Ana",
    };
    const { plan, changes } = run(content([row]), tagged);
    expect(plan.items[0]).toMatchObject({ state: "update", matchedBy: "id" });
    const update = changes.updates[0];
    expect(update.id).toBe("rec-0001");
    expect(update.row).toBe(2);
    expect(Object.keys(update.values).sort()).toEqual([...plan.items[0].changed, "updated"].sort());
    expect(update.values).toMatchObject({ authority: "Prison administration", priority: "high" });
    for (const key of ["accepted", "status", "response", "notes", "staff", "dateMade", "text"])
      expect(update.values).not.toHaveProperty(key);
  });

  it("an empty incoming value never clears a filled cell", () => {
    const row: TrackerRecord = {
      id: "rec-0002",
      ref: "2",
      dateMade: "2026-02-12",
      text: "Give every detainee access to a doctor within 24 hours.",
      type: "visit",
      place: "H prison",
      report: "Visit to H prison",
      reportLink: "https://npm.example/h.pdf",
      theme: "Health",
      priority: "medium",
      deadline: "2026-06-30",
      source: "visit-h-2026",
      repeated: false,
    };
    const { plan, changes } = run(
      content([row]),
      batch([{ ...tagged.recommendations[1], theme: "" }])
    );
    expect(plan.items[0].state).toBe("unchanged");
    expect(changes.updates).toEqual([]);
  });
});

describe("text changes", () => {
  const row: TrackerRecord = {
    id: "rec-0001",
    dateMade: "2026-02-12",
    text: "Install a call bell in every cell.",
    source: "visit-h-2026",
  };
  const changed = batch([{ id: "rec-0001", text: "Install a working call bell in every cell." }]);

  it("on a tracked recommendation is flagged and kept unless accepted", () => {
    const tracked = { ...row, accepted: "accepted" };
    const { plan, changes, summary } = run(content([tracked]), changed);
    expect(plan.items[0].flags).toEqual(["textChanged"]);
    expect(plan.items[0].textChange).toEqual({
      before: "Install a call bell in every cell.",
      after: "Install a working call bell in every cell.",
    });
    expect(changes.updates.flatMap((u) => Object.keys(u.values))).not.toContain("text");
    expect(summary.flagged).toBe(1);
    const accepted = run(content([tracked]), changed, { acceptTextChanges: [0] });
    expect(accepted.changes.updates[0].values.text).toBe(
      "Install a working call bell in every cell."
    );
    expect(accepted.summary.flagged).toBe(0);
  });

  it("on a recommendation not yet tracked is an ordinary update", () => {
    const fresh = { ...row, accepted: "noResponse", status: "notStarted", verified: false };
    const { plan, changes } = run(content([fresh]), changed);
    expect(plan.items[0].flags).toEqual([]);
    expect(changes.updates[0].values.text).toBe("Install a working call bell in every cell.");
  });

  it("ignores case, spacing, quotes, dashes and final punctuation", () => {
    const retyped = batch([{ id: "rec-0001", text: "  install a call  bell in every cell " }]);
    const { plan } = run(content([{ ...row, accepted: "accepted" }]), retyped);
    expect(plan.items[0].flags).toEqual([]);
    expect(plan.items[0].changed).not.toContain("text");
    expect(plan.items[0].textChange).toBeUndefined();
  });
});

describe("untagged reports", () => {
  const rows: TrackerRecord[] = [
    {
      id: "r1aaaaaa",
      ref: "1",
      dateMade: "2025-05-01",
      text: "Repair the showers.",
      source: "letter-1",
      status: "implemented",
    },
    {
      id: "r2aaaaaa",
      ref: "2",
      dateMade: "2025-05-01",
      text: "Train the staff in de-escalation.",
      source: "letter-1",
    },
    {
      id: "r3aaaaaa",
      ref: "1",
      dateMade: "2025-05-01",
      text: "Repair the showers.",
      source: "other-report",
    },
  ];
  const b = (recs: RecommendationBatch["recommendations"]) =>
    batch(recs, { id: "letter-1", title: "Letter", places: [] });

  it("match by source document and folded text", () => {
    const { plan } = run(content(rows), b([{ ref: "1", text: "Repair the \u201cshowers\u201d" }]));
    expect(plan.items[0]).toMatchObject({ matchedBy: "text", existing: { row: 2 } });
  });

  it("match by source document and printed ref when it is unique on both sides", () => {
    const { plan, changes } = run(
      content(rows),
      b([{ ref: "2", text: "Train all staff in de-escalation techniques." }])
    );
    expect(plan.items[0]).toMatchObject({
      matchedBy: "ref",
      existing: { row: 3 },
      state: "update",
    });
    expect(plan.items[0].textChange?.before).toBe("Train the staff in de-escalation.");
    expect(changes.updates[0].values.text).toBe("Train all staff in de-escalation techniques.");
    // Refs repeated in the batch say nothing: no match, a new row.
    const twice = run(
      content(rows),
      b([
        { ref: "2", text: "Train all staff." },
        { ref: "2", text: "Hire staff." },
      ])
    );
    expect(twice.plan.items.map((i) => i.state)).toEqual(["new", "new"]);
  });

  it("match by printed ref only when the texts agree too", () => {
    const { plan } = run(
      content(rows),
      b([{ ref: "2", text: "Publish the complaints procedure in every wing." }])
    );
    expect(plan.items[0]).toMatchObject({ state: "new" });
    expect(plan.items[0].existing).toBeUndefined();
  });

  it("leave a row whose Rec ID was cleared out of the matching, and say which", () => {
    const cleared = rows.map((r, i) => (i === 0 ? { ...r, id: null } : r));
    const { plan, changes } = run(content(cleared), b([{ ref: "1", text: "Repair the showers." }]));
    expect(plan.rowsWithoutId).toEqual([2]);
    expect(plan.items[0].state).toBe("new");
    expect(changes.updates).toEqual([]);
  });

  it("never match a row of another report", () => {
    const { plan } = run(content(rows.slice(2)), b([{ text: "Repair the showers." }]));
    expect(plan.items[0].state).toBe("new");
  });
});

describe("a Rec ID that belongs to another report", () => {
  const lastYear: TrackerRecord = {
    id: "rec-0001",
    ref: "1",
    dateMade: "2025-02-12",
    text: "Install a call bell in each cell.",
    place: "H prison",
    report: "Visit to H prison 2025",
    source: "visit-h-2025",
    accepted: "accepted",
    status: "inProgress",
  };

  it("is added as a new recommendation with a new id, and last year's row is left alone", () => {
    const { plan, changes, summary } = run(content([lastYear]), tagged);
    expect(plan.items[0].flags).toEqual(["idOfAnotherReport"]);
    expect(plan.items[0].idOfReport).toEqual({ row: 2, report: "Visit to H prison 2025" });
    expect(plan.items[0].state).toBe("new");
    expect(changes.updates).toEqual([]);
    expect(changes.additions).toHaveLength(2);
    expect(changes.additions[0].id).not.toBe("rec-0001");
    expect(changes.additions[0].source).toBe("visit-h-2026");
    expect(summary.flagged).toBe(1);
  });

  it("still updates a row of the same report by its id", () => {
    const same = { ...lastYear, source: "visit-h-2026", dateMade: "2026-02-12" };
    const { plan } = run(content([same]), tagged);
    expect(plan.items[0]).toMatchObject({ matchedBy: "id", flags: [] });
  });
});

describe("a report imported untagged, then tagged in Word", () => {
  it("finds its rows by text and changes nothing", async () => {
    const store = new MemoryStore(content([]));
    const untagged = batch(tagged.recommendations.map(({ text, ref }) => ({ text, ref })));
    await importInto(store, untagged, { today: TODAY, now: NOW, random: seq() });
    const again = await importInto(store, tagged, { today: TODAY, now: NOW, random: seq() });
    expect(again.plan.items.map((i) => i.matchedBy)).toEqual(["text", "text"]);
    expect(again.summary.added).toBe(0);
    expect(store.content.rows).toHaveLength(2);
  });
});

describe("a later version of the report says it reiterates", () => {
  it("turns Repeated from No to Yes", () => {
    const row: TrackerRecord = {
      id: "rec-0002",
      dateMade: "2026-02-12",
      text: tagged.recommendations[1].text,
      repeated: false,
    };
    const b = batch([{ ...tagged.recommendations[1], repeated: true }]);
    const { changes } = run(content([row]), b);
    expect(changes.updates[0].values).toMatchObject({ repeated: true });
    expect(changes.updates[0].values).not.toHaveProperty("repeatOf");
  });
});

describe("ids of new rows", () => {
  it("a random source that keeps repeating itself is an error, not an endless loop", () => {
    const plan = planImport(content([]), batch([{ text: "A." }, { text: "B." }]), { today: TODAY });
    expect(() => resolveImport(plan, {}, { now: NOW, random: () => 0.3, columns: ALL })).toThrow(
      "The random source keeps giving ids already in use."
    );
  });
});

describe("flags", () => {
  it("duplicates in the batch: only the first is imported", () => {
    const { plan, changes, summary } = run(
      content([]),
      batch([{ id: "rec-0001", text: "A." }, { id: "rec-0001", text: "B." }, { text: "a" }])
    );
    expect(plan.items.map((i) => i.flags)).toEqual([
      [],
      ["duplicateInBatch"],
      ["duplicateInBatch"],
    ]);
    expect(changes.additions.map((a) => a.text)).toEqual(["A."]);
    expect(summary).toEqual({ added: 1, updated: 0, corrected: 0, unchanged: 2, flagged: 2 });
  });

  it("a value for a column the tracker lacks is flagged, never written, never fatal", () => {
    const columns = ALL.filter((key) => key !== "theme");
    const { plan, changes } = run(
      content([], columns),
      batch([{ text: "A.", theme: "Health" }, { text: "B." }])
    );
    expect(plan.items.map((i) => i.flags)).toEqual([["missingColumn"], []]);
    expect(changes.additions[0]).not.toHaveProperty("theme");
    expect(changes.additions).toHaveLength(2);
  });

  it("skipped items are not written", () => {
    const { changes, summary } = run(content([]), tagged, { skip: [0] });
    expect(changes.additions.map((a) => a.id)).toEqual(["rec-0002"]);
    expect(summary).toMatchObject({ added: 1, unchanged: 1 });
  });
});

describe("repeats", () => {
  it("'reiterates' sets Repeated without a link; a confirmed repeat sets the link", () => {
    const { changes } = run(content([]), batch([{ text: "A.", repeated: true }, { text: "B." }]), {
      confirmRepeats: { 1: "old-0001" },
    });
    expect(changes.additions[0]).toMatchObject({ repeated: true });
    expect(changes.additions[0]).not.toHaveProperty("repeatOf");
    expect(changes.additions[1]).toMatchObject({ repeated: true, repeatOf: "old-0001" });
  });
});

describe("re-importing a report into a tracker filled before report details were read", () => {
  const TITLE = "Report on the visit to Bramley Prison";
  const DATED = "report-on-the-visit-to-bramley-prison-2025-06-02";
  const TEXT_A =
    "The Ministry of Justice and the Ministry of Health should fill the doctors' posts within three months.";
  const TEXT_B = "The director should repair the heating by 30 November 2025.";
  // What an import wrote before: its own day as "Date made", the title alone as source, no place or deadline.
  const earlier = (extra: TrackerRecord = {}): TrackerRecord[] => [
    {
      id: "rowA0001",
      dateMade: "2026-01-15",
      text: TEXT_A,
      type: "visit",
      authority: "Ministry of Justice and the Ministry of Health",
      report: TITLE,
      source: "report-on-the-visit-to-bramley-prison",
      accepted: "accepted",
      status: "inProgress",
      response: "Posts advertised.",
      updated: "2026-01-15T10:02:00",
      ...extra,
    },
    {
      id: "rowB0001",
      dateMade: "2026-01-15",
      text: TEXT_B,
      type: "visit",
      authority: "Director",
      report: TITLE,
      source: "report-on-the-visit-to-bramley-prison",
      accepted: "noResponse",
      status: "notStarted",
      updated: "2026-01-15T10:02:00",
    },
  ];
  const reread = batch(
    [
      {
        text: TEXT_A,
        authority: "Ministry of Justice; Ministry of Health",
        deadline: "2025-09-02",
        place: "Bramley Prison",
        placeType: "Prison",
        theme: "Health care",
        origin: {
          authority: "report",
          deadline: "report",
          place: "report",
          placeType: "guessed",
          theme: "guessed",
        },
      },
      {
        text: TEXT_B,
        authority: "Director",
        deadline: "2025-11-30",
        place: "Bramley Prison",
        origin: { authority: "report", deadline: "report", place: "report" },
      },
    ],
    { id: DATED, title: TITLE, date: "2025-06-02", places: ["Bramley Prison"], link: "" }
  );

  it("finds the earlier rows, corrects what that import got wrong and never a tracking field", () => {
    const { plan, changes, summary } = run(content(earlier()), reread);
    expect(plan.items.map((i) => [i.state, i.matchedBy])).toEqual([
      ["update", "text"],
      ["update", "text"],
    ]);
    expect(plan.items[0].corrected?.sort()).toEqual(
      ["authority", "dateMade", "deadline", "place", "placeType", "theme"].sort()
    );
    expect(changes.updates[0].values).toMatchObject({
      dateMade: "2025-06-02",
      authority: "Ministry of Justice; Ministry of Health",
      deadline: "2025-09-02",
      place: "Bramley Prison",
      placeType: "Prison",
      theme: "Health care",
      source: DATED,
    });
    for (const key of ["accepted", "status", "response", "text", "notes"])
      expect(changes.updates[0].values).not.toHaveProperty(key);
    expect(changes.additions).toEqual([]);
    expect(summary).toMatchObject({ added: 0, updated: 2, corrected: 2 });
  });

  it("never replaces a value a user typed, and a second import changes nothing", async () => {
    const typed = earlier({
      dateMade: "2025-05-30",
      place: "Bramley (wing B)",
      deadline: "2025-12-31",
      authority: "Ministry of Justice",
    });
    const { changes, summary } = run(content(typed), reread);
    expect(changes.updates[0].values).toEqual({
      placeType: "Prison",
      theme: "Health care",
      source: DATED,
      updated: "2026-03-01T09:30:00",
    });
    expect(summary.corrected).toBe(2);

    const store = new MemoryStore(content(earlier()));
    await importInto(store, reread, { now: NOW, random: seq() });
    const again = await importInto(store, reread, { now: NOW, random: seq() });
    expect(again.summary).toMatchObject({ updated: 0, corrected: 0, unchanged: 2 });
    expect(store.writes).toBe(1);
  });

  it("leaves 'Date made' empty rather than writing the import's day when neither is known", () => {
    const { changes } = run(content([]), batch([{ text: TEXT_B }], { date: "" }));
    expect(changes.additions[0].dateMade).toBe(TODAY);
    const plan = planImport(content([]), batch([{ text: TEXT_B }], { date: "" }), {});
    expect(plan.items[0].incoming.dateMade).toBeUndefined();
  });
});

describe("the user's edits in the preview", () => {
  it("are written as given, on new rows and over the tracker's value; a bad date is left out", () => {
    const row: TrackerRecord = {
      id: "rec-0001",
      dateMade: "2026-02-12",
      text: "Install a call bell in each cell.",
      place: "H prison",
      authority: "Prison administration",
      source: "visit-h-2026",
    };
    const plan = planImport(content([row]), tagged, { today: TODAY });
    const { changes, summary } = resolveImport(
      plan,
      {
        edits: {
          0: { place: "H prison, block C", deadline: "2026-13-45" },
          1: { theme: "Health care", dateMade: "2026-02-20", authority: "" },
        },
      },
      { now: NOW, random: seq(), columns: ALL }
    );
    expect(changes.updates[0].values.place).toBe("H prison, block C");
    expect(changes.updates[0].values).not.toHaveProperty("deadline", "2026-13-45");
    expect(changes.additions[0]).toMatchObject({ theme: "Health care", dateMade: "2026-02-20" });
    expect(changes.additions[0]).not.toHaveProperty("authority");
    expect(summary.corrected).toBe(0);
  });
});

describe("types of place and themes of the seeded lists", () => {
  it("are written in the tracker's language", () => {
    const c: TrackerContent = { ...content([]), language: "fr" };
    const plan = planImport(
      c,
      batch([{ text: "Open a ward.", placeType: "Psychiatric hospital", theme: "Soins de santé" }]),
      { today: TODAY }
    );
    expect(plan.items[0].incoming).toMatchObject({
      placeType: "Hôpital psychiatrique",
      theme: "Soins de santé",
    });
  });
});
