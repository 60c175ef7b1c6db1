import { applyTidy, combinedParts, proposeTidy, proposalId } from "../../../src/core/tracker/tidy";
import type { TrackerRecord, TrackerRow } from "../../../src/core/tracker/types";

function rows(values: TrackerRecord[]): TrackerRow[] {
  return values.map((record, i) => ({
    row: i + 2,
    values: { id: `id${i}`, text: `Recommendation ${i}`, ...record },
  }));
}

describe("tidying list values", () => {
  it("proposes one merge for spellings of the same theme, into the list's own word", () => {
    const data = rows([
      { theme: "Health" },
      { theme: "Healthcare" },
      { theme: "health care" },
      { theme: "Health-Care" },
      { theme: "Santé" },
      { theme: "Sante" },
      { theme: "Food" },
    ]);
    const proposals = proposeTidy(data, { language: "en", lists: { theme: ["Health care"] } });
    const health = proposals.find((p) => p.kind === "merge" && p.into === "Health care");
    expect(health).toMatchObject({ column: "theme", rows: 4 });
    expect(health?.kind === "merge" && [...health.from].sort()).toEqual(
      ["Health", "Health-Care", "Healthcare", "health care"].sort()
    );
    const sante = proposals.find((p) => p.kind === "merge" && p.from.length === 1);
    expect(sante).toMatchObject({ into: expect.stringMatching(/^Sant[eé]$/), rows: 1 });
    // Food has no near duplicate: nothing proposed for it.
    expect(JSON.stringify(proposals)).not.toContain("Food");
  });

  it("catches a typo but not two different words that share a prefix", () => {
    const data = rows([
      { authority: "Ministry of Justice" },
      { authority: "Ministery of Justice" },
      { authority: "Ministry of Justice and Security" },
      { place: "North Prison" },
      { place: "South Prison" },
      { place: "Prison 1" },
      { place: "Prison 2" },
      { place: "Block A" },
      { place: "Block B" },
    ]);
    const proposals = proposeTidy(data, { language: "en", lists: {} });
    expect(proposals.filter((p) => p.kind === "merge")).toEqual([
      {
        kind: "merge",
        column: "authority",
        into: "Ministry of Justice",
        from: ["Ministery of Justice"],
        rows: 1,
      },
    ]);
    // "and Security" is not an addressee of its own: the name stays whole.
    expect(proposals.some((p) => p.kind === "split")).toBe(false);
  });

  it("never merges an addressee into a longer name that starts like it (another body)", () => {
    const data = rows([
      { authority: "Prison" },
      { authority: "Prison Service" },
      { authority: "Police" },
      { authority: "Police station" },
      { placeType: "Police" },
      { placeType: "Police station" },
    ]);
    const proposals = proposeTidy(data, { language: "en", lists: {} });
    expect(proposals.filter((p) => p.kind === "merge" && p.column === "authority")).toEqual([]);
    expect(proposals.some((p) => p.kind === "merge" && p.column === "placeType")).toBe(true);
  });

  it("splits combined addressees whose parts are addressees, in three languages", () => {
    const known = new Set(["ministry of health", "police"]);
    expect(combinedParts("Ministry of the Interior and Ministry of Health", known, "en")).toEqual([
      "Ministry of the Interior",
      "Ministry of Health",
    ]);
    expect(
      combinedParts("Prison director / Police", new Set(["prison director", "police"]), "en")
    ).toEqual(["Prison director", "Police"]);
    expect(
      combinedParts("Ministère de la Santé et le Ministère de la Justice", new Set(), "fr")
    ).toEqual(["Ministère de la Santé", "Ministère de la Justice"]);
    expect(
      combinedParts("Ministerio de Sanidad y Ministerio del Interior", new Set(), "es")
    ).toEqual(["Ministerio de Sanidad", "Ministerio del Interior"]);
    expect(combinedParts("Director, Prison Nord", new Set(), "en")).toBeNull();
    expect(
      combinedParts("Ministry of Labour, Social Affairs and Family", new Set(), "en")
    ).toBeNull();
  });

  it("applies the chosen proposals: cells rewritten with '; ', lists told what to add and take out", () => {
    const data = rows([
      { authority: "Ministry of the Interior and Ministry of Health", theme: "Healthcare" },
      { authority: "Ministry of Health", theme: "Health care" },
      { authority: "Ministry of Health; Ministry of the Interior and Ministry of Health" },
      { authority: "Police" },
    ]);
    const proposals = proposeTidy(data, {
      language: "en",
      lists: { authority: ["Ministry of Health"], theme: ["Health care", "Healthcare"] },
    });
    const split = proposals.find((p) => p.kind === "split")!;
    expect(split).toMatchObject({
      value: "Ministry of the Interior and Ministry of Health",
      parts: ["Ministry of the Interior", "Ministry of Health"],
      rows: 2,
    });
    const result = applyTidy(data, proposals);
    expect(result.updates).toEqual([
      {
        row: 2,
        id: "id0",
        values: { authority: "Ministry of the Interior; Ministry of Health", theme: "Health care" },
      },
      {
        row: 4,
        id: "id2",
        values: { authority: "Ministry of Health; Ministry of the Interior" },
      },
    ]);
    expect(result.lists.authority).toEqual({
      add: ["Ministry of the Interior", "Ministry of Health"],
      remove: ["Ministry of the Interior and Ministry of Health"],
    });
    expect(result.lists.theme).toEqual({ add: ["Health care"], remove: ["Healthcare"] });
    // Only what was chosen is applied.
    const merge = proposals.find((p) => p.kind === "merge")!;
    expect(applyTidy(data, [merge]).updates.map((u) => u.row)).toEqual([2]);
    expect(new Set(proposals.map(proposalId)).size).toBe(proposals.length);
  });
});
