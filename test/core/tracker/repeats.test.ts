import type { RecommendationBatch } from "../../../src/core/model/batch";
import { TRACKER_COLUMNS, type ColumnKey } from "../../../src/core/schema/columns";
import { REPEAT_THRESHOLD, RepeatIndex, textSimilarity } from "../../../src/core/tracker/repeats";
import type { TrackerRecord, TrackerRow } from "../../../src/core/tracker/types";
import { planImport, resolveImport } from "../../../src/core/tracker/upsert";

const ALL: ColumnKey[] = TRACKER_COLUMNS.map((c) => c.key);

/** [earlier, later, a repeat?]: reworded repeats, and different asks sharing words, to the same addressee. */
const CASES: [string, string, boolean][] = [
  [
    "Install a call bell in each cell.",
    "The NPM reiterates its recommendation that call bells be installed in every cell.",
    true,
  ],
  [
    "The Ministry of Justice should ensure that every detainee sees a doctor within 24 hours of admission.",
    "The NPM again recommends that all detainees be examined by a doctor within 24 hours of their admission.",
    true,
  ],
  [
    "Ensure that detainees have access to outdoor exercise for at least one hour every day.",
    "The NPM repeats that every detainee must be offered at least one hour of outdoor exercise daily.",
    true,
  ],
  [
    "Ensure that detainees have access to outdoor exercise for at least one hour every day.",
    "Ensure that detainees have access to a doctor within 24 hours.",
    false,
  ],
  [
    "The Ministry of Justice should ensure that every detainee sees a doctor within 24 hours of admission.",
    "The Ministry of Justice should ensure that interpreters are available for detainees who do not speak the language.",
    false,
  ],
  [
    "Record every use of restraint in a central register.",
    "Stop the use of restraint beds as a punishment.",
    false,
  ],
  [
    "Install a call bell in each cell.",
    "Repair the showers in Block C and provide hot water.",
    false,
  ],
];

function row(n: number, values: TrackerRecord): TrackerRow {
  return { row: n + 2, values };
}

describe("textSimilarity", () => {
  it("is symmetric, 1 for the same words and 0 for nothing in common", () => {
    const [a, b] = CASES[1];
    expect(textSimilarity(a, b)).toBe(textSimilarity(b, a));
    expect(textSimilarity(a, a)).toBe(1);
    expect(textSimilarity("Repair the showers.", "Train the staff.")).toBe(0);
    expect(textSimilarity("", "Train the staff.")).toBe(0);
  });
});

describe("repeat proposals", () => {
  const authority = "Ministry of Justice";
  const proposalFor = (earlier: string, later: string) => {
    const index = new RepeatIndex([
      row(0, {
        id: "old-0001",
        ref: "4",
        text: earlier,
        authority,
        source: "visit-2024",
        report: "Visit 2024",
        dateMade: "2024-05-01",
      }),
    ]);
    return index.propose({ text: later, authority, dateMade: "2026-02-12" }, "visit-2026");
  };

  it.each(CASES.map(([a, b, repeat], i) => [i, a, b, repeat] as const))(
    "case %i: proposed only for a reworded repeat",
    (_i, earlier, later, repeat) => {
      const proposal = proposalFor(earlier, later);
      if (repeat) {
        expect(proposal).toMatchObject({
          id: "old-0001",
          ref: "4",
          text: earlier,
          report: "Visit 2024",
        });
        expect(proposal?.similarity).toBeGreaterThanOrEqual(REPEAT_THRESHOLD);
      } else expect(proposal).toBeUndefined();
    }
  );

  it("looks only at earlier recommendations of other reports for the same place or authority", () => {
    const [earlier, later] = CASES[0];
    const base = {
      id: "old-0001",
      text: earlier,
      place: "H Prison",
      source: "visit-2024",
      dateMade: "2024-05-01",
    };
    const incoming = { text: later, place: "h  prison", dateMade: "2026-02-12" };
    expect(new RepeatIndex([row(0, base)]).propose(incoming, "visit-2026")?.id).toBe("old-0001");
    expect(new RepeatIndex([row(0, base)]).propose(incoming, "visit-2024")).toBeUndefined();
    expect(
      new RepeatIndex([row(0, { ...base, dateMade: "2026-03-01" })]).propose(incoming, "visit-2026")
    ).toBeUndefined();
    expect(
      new RepeatIndex([row(0, { ...base, dateMade: undefined })]).propose(incoming, "visit-2026")
        ?.id
    ).toBe("old-0001");
    expect(
      new RepeatIndex([row(0, { ...base, place: "K Prison" })]).propose(incoming, "visit-2026")
    ).toBeUndefined();
  });

  it("picks the closest of several earlier recommendations", () => {
    const index = new RepeatIndex([
      row(0, {
        id: "old-0001",
        text: "Install alarm buttons in the cells.",
        authority: "Director",
        source: "a",
        dateMade: "2023-01-01",
      }),
      row(1, {
        id: "old-0002",
        text: "Install a call bell in each cell.",
        authority: "Director",
        source: "b",
        dateMade: "2024-01-01",
      }),
    ]);
    const proposal = index.propose(
      {
        text: "Call bells should be installed in each cell.",
        authority: "director",
        dateMade: "2026-01-01",
      },
      "c"
    );
    expect(proposal?.id).toBe("old-0002");
  });
});

describe("repeats in the import plan", () => {
  const tracker = {
    language: "en" as const,
    columns: ALL,
    rows: [
      row(0, {
        id: "old-0001",
        ref: "4",
        text: CASES[2][0],
        authority: "Director of H prison",
        source: "visit-2024",
        dateMade: "2024-05-01",
        accepted: "accepted",
      }),
    ],
  };
  const batch: RecommendationBatch = {
    format: "opcat-recommendations",
    version: 1,
    report: {
      id: "visit-2026",
      title: "Visit 2026",
      type: "visit",
      date: "2026-02-12",
      places: [],
      link: "",
    },
    recommendations: [
      { text: CASES[2][1], authority: "Director of H prison" },
      { text: CASES[3][1], authority: "Director of H prison" },
    ],
  };

  it("proposes the earlier one and writes the link only when the user confirms it", () => {
    const plan = planImport(tracker, batch, { today: "2026-03-01" });
    expect(plan.items.map((i) => i.repeatProposal?.id)).toEqual(["old-0001", undefined]);
    const now = "2026-03-01T10:00:00";
    let n = 0;
    const random = () => (n++ % 97) / 97;
    const unconfirmed = resolveImport(plan, {}, { now, columns: ALL, random });
    expect(unconfirmed.changes.additions[0]).toMatchObject({ repeated: false });
    expect(unconfirmed.changes.additions[0]).not.toHaveProperty("repeatOf");
    const confirmed = resolveImport(
      plan,
      { confirmRepeats: { 0: "old-0001" } },
      { now, columns: ALL, random }
    );
    expect(confirmed.changes.additions[0]).toMatchObject({ repeated: true, repeatOf: "old-0001" });
    expect(confirmed.changes.updates).toEqual([]);
  });
});
