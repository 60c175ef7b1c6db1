/**
 * `npm run eval -- --model-lodo | --train | --model`: the learned layer's
 * comparison with the rules, its deterministic training and its use, on a
 * small labelled set written for these tests.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { evalLabels } from "../../src/cli/eval-labels";
import { readModel, usable } from "../../src/cli/eval-model";
import { bufferIo } from "../support/cli-io";

const lines = (items: object[]) => items.map((x) => JSON.stringify(x)).join("\n");

let dir: string;
let real: string;
let synthetic: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "rectrack-model-"));
  real = join(dir, "real.jsonl");
  synthetic = join(dir, "synthetic.jsonl");
  // ids in three documents of the development half (D001-D002, D005-D008, D024-D027)
  writeFileSync(
    real,
    lines([
      {
        id: "D001",
        text: "The Governor of Elmbank Prison should repair the showers of wing B by 1 May 2027.",
        labels: { timebound: 1, targeted: 1, specific: 1 },
      },
      {
        id: "D002",
        text: "Conditions in the prison should be improved.",
        labels: { timebound: 0, targeted: 0, specific: 0 },
      },
      {
        id: "D005",
        text: "The Ministry of Health should publish a protocol on restraint within six months.",
        labels: { timebound: 1, targeted: 1, specific: 1 },
      },
      {
        id: "D006",
        text: "Staff should consider improving access to exercise.",
        labels: { timebound: 0, targeted: 0, specific: 0 },
      },
      {
        id: "D024",
        text: "The police chief of Harwick should record every arrest in a register from 1 March 2027.",
        labels: { timebound: 1, targeted: 1, specific: 1 },
      },
      {
        id: "D025",
        text: "The situation of detainees should be addressed.",
        labels: { timebound: 0, targeted: 0, specific: 0 },
      },
    ])
  );
  writeFileSync(
    synthetic,
    lines([
      {
        id: "S1",
        lang: "fr",
        text: "Le directeur de la prison de Belmont devrait réparer les douches avant le 1er mai 2027.",
        labels: { timebound: 1, targeted: 1, specific: 1 },
      },
      {
        id: "S2",
        lang: "es",
        text: "Se deberían mejorar las condiciones.",
        labels: { timebound: 0, targeted: 0, specific: 0 },
      },
      {
        id: "S3",
        text: "Efforts should be made to improve the situation.",
        labels: { timebound: 0, targeted: 0, specific: 0 },
      },
    ])
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("eval --model-lodo", () => {
  it("compares the rules and the learned layer document by document, per criterion", async () => {
    const io = bufferIo();
    expect(
      await evalLabels(real, io, { split: "dev", modelLodo: true, elsewhere: [synthetic] })
    ).toBe(0);
    expect(io.stdout).toMatch(/leave one document out: 3 documents, 6 recommendations/);
    expect(io.stdout).toMatch(/^criterion\s+rules\s+model\s+n$/m);
    expect(io.stdout).toMatch(/^timebound\s+\d\.\d{3}\s+\d\.\d{3}\s+6$/m);
    expect(io.stdout).toMatch(/^words\s+100\s+1\s+1\s+\d\.\d{3}\s+\d\.\d{3}$/m);
    expect(io.stdout).toMatch(/needs review: rules \d+\.\d%, model \d+\.\d%/);
  });

  it("is refused outside the development half", async () => {
    const io = bufferIo();
    expect(await evalLabels(real, io, { split: "held", modelLodo: true })).toBe(2);
    expect(io.stderr).toMatch(/--split dev/);
  });
});

describe("eval --train and --model", () => {
  it("writes the same weights twice, which --model then applies over the rules", async () => {
    const one = join(dir, "one.json");
    const two = join(dir, "two.json");
    for (const out of [one, two]) {
      const io = bufferIo();
      expect(await evalLabels(real, io, { split: "dev", train: out, elsewhere: [synthetic] })).toBe(
        0
      );
      expect(io.stdout).toMatch(/weights per criterion: specific \d+/);
    }
    const text = readFileSync(one, "utf8");
    expect(readFileSync(two, "utf8")).toBe(text);
    const model = readModel(text, one);
    expect(model.weights.timebound["own:met"]).toBeGreaterThan(0);

    const io = bufferIo();
    expect(await evalLabels(real, io, { split: "dev", model: one })).toBe(0);
    expect(io.stdout).toMatch(/^overall\s+\d\.\d{3}\s+18$/m);

    // a model that says "not met" to every addressee is applied over the rules
    const contrary = join(dir, "contrary.json");
    const follow = { "own:met": 4, "own:not_met": -4 };
    writeFileSync(
      contrary,
      JSON.stringify({
        reviewMargin: 0,
        weights: {
          specific: follow,
          measurable: follow,
          achievable: follow,
          results: follow,
          timebound: follow,
          solution: follow,
          prioritised: follow,
          argued: follow,
          rootcause: follow,
          targeted: { bias: -5 },
        },
      })
    );
    const rules = bufferIo();
    expect(await evalLabels(real, rules, { split: "dev", rulesOnly: true })).toBe(0);
    expect(rules.stdout).toMatch(/^targeted\s+1\.000\s/m);
    const applied = bufferIo();
    expect(await evalLabels(real, applied, { split: "dev", model: contrary })).toBe(0);
    expect(applied.stdout).toMatch(/^targeted\s+0\.500\s/m);
    expect(applied.stdout).toMatch(/^timebound\s+1\.000\s/m);
  });

  it("trains the other approaches compared on request: a model of the cue families alone, without the rules", async () => {
    const out = join(dir, "cues.json");
    const io = bufferIo();
    expect(
      await evalLabels(real, io, {
        split: "dev",
        train: out,
        trainSettings: { features: "cues", lambda: 1 },
        elsewhere: [synthetic],
      })
    ).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toMatch(/cues features, lambda 1,/);
    const model = readModel(text, out);
    for (const weights of Object.values(model.weights)) {
      expect(Object.keys(weights).filter((f) => /^(own|rule|basis):/.test(f))).toEqual([]);
    }
    const words = bufferIo();
    expect(
      await evalLabels(real, words, {
        split: "dev",
        train: out,
        trainSettings: { features: "words" },
      })
    ).toBe(2);
    expect(words.stderr).toMatch(/--model-lodo only/);
  });

  it("refuses a file that is not a model, in plain words", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ weights: { specific: { bias: "x" } } }));
    const io = bufferIo();
    expect(await evalLabels(real, io, { model: bad })).toBe(2);
    expect(io.stderr).toMatch(/is not a model written by --train/);
  });
});

describe("the feature sets compared", () => {
  it("keep raw words out of every set but 'words', and the rules' verdicts out of 'cues'", () => {
    expect(usable("all", "specific", "word:bell")).toBe(false);
    expect(usable("words", "specific", "word:bell")).toBe(true);
    expect(usable("cues", "specific", "own:met")).toBe(false);
    expect(usable("cues", "specific", "op:vague")).toBe(true);
    expect(usable("focused", "timebound", "op:vague")).toBe(false);
    expect(usable("focused", "timebound", "op:timeframe")).toBe(true);
    expect(usable("focused", "timebound", "met&op:timeframe")).toBe(false);
    expect(usable("pairs", "timebound", "met&op:timeframe")).toBe(true);
  });
});
