import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { evalLabels, inRanges, REAL_SPLIT } from "../../src/cli/eval-labels";
import { bufferIo } from "../support/cli-io";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "rectrack-eval-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("eval --labels", () => {
  it("prints accuracy, kappa and n per criterion and overall", async () => {
    const path = join(dir, "labels.jsonl");
    writeFileSync(
      path,
      [
        {
          id: "1",
          text: "The Governor should immediately install a call bell in every cell.",
          labels: { timebound: 1, targeted: 1 },
        },
        { id: "2", text: "Conditions should be improved.", labels: { timebound: 0, targeted: 0 } },
      ]
        .map((x) => JSON.stringify(x))
        .join("\n")
    );
    const io = bufferIo();
    expect(await evalLabels(path, io)).toBe(0);
    expect(io.stdout).toMatch(/^criterion\s+accuracy\s+kappa\s+n$/m);
    expect(io.stdout).toMatch(/^timebound\s+1\.000\s+1\.000\s+2$/m);
    expect(io.stdout).toMatch(/^specific\s+-\s+-\s+0$/m);
    expect(io.stdout).toMatch(/^overall\s+1\.000\s+4$/m);
  });

  it("names the malformed line and exits 2", async () => {
    const path = join(dir, "bad.jsonl");
    writeFileSync(
      path,
      '{"id":"1","text":"x","labels":{"specific":1}}\n{"id":"2","text":"y","labels":{"specific":2}}\n'
    );
    const io = bufferIo();
    expect(await evalLabels(path, io)).toBe(2);
    expect(io.stderr.trim()).toMatch(/line 2: label of "specific" must be 0 or 1/);
    expect(io.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("prints one table per language (the file's lang, else the detected one) and the needs-review rate", async () => {
    const path = join(dir, "langs.jsonl");
    writeFileSync(
      path,
      [
        {
          id: "D001",
          text: "The Governor should immediately install a call bell in every cell.",
          labels: { timebound: 1 },
        },
        {
          id: "D002",
          text: "Le directeur de la maison d'arrêt devrait installer immédiatement un bouton d'appel dans chaque cellule.",
          labels: { timebound: 1 },
        },
        {
          id: "D003",
          lang: "es",
          text: "Instalar un timbre.",
          labels: { timebound: 0 },
        },
      ]
        .map((x) => JSON.stringify(x))
        .join("\n")
    );
    const io = bufferIo();
    expect(await evalLabels(path, io)).toBe(0);
    expect(io.stdout).toMatch(/^language en \(1 recommendations\)$/m);
    expect(io.stdout).toMatch(/^language fr \(1 recommendations\)$/m);
    expect(io.stdout).toMatch(/^language es \(1 recommendations\)$/m);
    expect(io.stdout).toMatch(/^all languages \(3 recommendations\)$/m);
    expect(io.stdout).toMatch(/^needs review: \d+\.\d% of 3 verdicts/m);
  });

  it("selects a half of the real set with --split, and refuses --misses on the held-back half", async () => {
    const path = join(dir, "split.jsonl");
    const ids = ["D001", "D003", "D127"];
    writeFileSync(
      path,
      ids
        .map((id) =>
          JSON.stringify({ id, text: "The Governor should act.", labels: { targeted: 1 } })
        )
        .join("\n")
    );
    const dev = bufferIo();
    expect(await evalLabels(path, dev, { split: "dev" })).toBe(0);
    expect(dev.stdout).toMatch(/development half: 2 of 3 recommendations/);
    const held = bufferIo();
    expect(await evalLabels(path, held, { split: "held" })).toBe(0);
    expect(held.stdout).toMatch(/held-back half: 1 of 3 recommendations/);
    const refused = bufferIo();
    expect(await evalLabels(path, refused, { split: "held", misses: true })).toBe(2);
    expect(refused.stderr).toMatch(/only for reporting/);
  });

  it("leaves one document out with --lodo: a cue only that document needs is removed while it is checked", async () => {
    const path = join(dir, "lodo.jsonl");
    writeFileSync(
      path,
      [
        // the vague verb "endeavour" appears in this document only
        { id: "D001", text: "Staff should endeavour to visit detainees.", labels: { specific: 0 } },
        {
          id: "D005",
          text: "The Governor should install a call bell in every cell.",
          labels: { specific: 1 },
        },
      ]
        .map((x) => JSON.stringify(x))
        .join("\n")
    );
    const plain = bufferIo();
    expect(await evalLabels(path, plain, { split: "dev" })).toBe(0);
    expect(plain.stdout).toMatch(/^specific\s+1\.000\s/m);

    const left = bufferIo();
    expect(await evalLabels(path, left, { split: "dev", lodo: true })).toBe(0);
    expect(left.stdout).toMatch(/entries removed: D001-D002 \(en\): [1-9]/);
    expect(left.stdout).toMatch(/^specific\s+0\.500\s/m);

    // the same cue met in another labelled file is not specific to the document
    const other = join(dir, "elsewhere.jsonl");
    writeFileSync(
      other,
      JSON.stringify({
        id: "X1",
        text: "The police should endeavour to call a lawyer.",
        labels: {},
      })
    );
    const kept = bufferIo();
    expect(await evalLabels(path, kept, { split: "dev", lodo: true, elsewhere: [other] })).toBe(0);
    expect(kept.stdout).toMatch(/^specific\s+1\.000\s/m);

    const refused = bufferIo();
    expect(await evalLabels(path, refused, { split: "held", lodo: true })).toBe(2);
    expect(refused.stderr).toMatch(/--split dev/);
  });

  it("keeps the documents of the real set whole and in exactly one half", () => {
    for (let n = 1; n <= 127; n++) {
      const id = `D${String(n).padStart(3, "0")}`;
      expect([inRanges(id, REAL_SPLIT.dev), inRanges(id, REAL_SPLIT.held)]).toEqual(
        expect.arrayContaining([true, false])
      );
    }
    expect(inRanges("D080", ["D080-D081"])).toBe(true);
    expect(inRanges("D082", ["D080-D081"])).toBe(false);
    expect(inRanges("R001", ["D001-D002"])).toBe(false);
  });
});
