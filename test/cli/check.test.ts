import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/rectrack";
import { CRITERION_KEYS } from "../../src/core/smart";
import { buildDocx, heading, numbered } from "../support/docx";
import { bufferIo } from "../support/cli-io";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "rectrack-check-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("rectrack check --jsonl", () => {
  it("writes one result line per input, all ten criteria in checklist order", async () => {
    const path = file(
      "recs.jsonl",
      [
        JSON.stringify({
          id: "a",
          text: "The Governor of Ashdown Prison should install a call bell in every cell by 1 May 2027.",
        }),
        "",
        JSON.stringify({
          id: 7,
          text: "Conditions should be improved.",
          context: "The delegation found cells without light.",
        }),
        "",
      ].join("\n")
    );
    const io = bufferIo();
    expect(await main(["check", "--jsonl", path], io)).toBe(0);
    const lines = io.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].id).toBe("a");
    expect(Object.keys(lines[0].criteria)).toEqual([...CRITERION_KEYS]);
    const first =
      "The Governor of Ashdown Prison should install a call bell in every cell by 1 May 2027.";
    const deadline = first.indexOf("by 1 May 2027");
    expect(lines[0].criteria.timebound).toEqual({
      verdict: "met",
      evidence: [[deadline, deadline + "by 1 May 2027".length]],
      suggestion: null,
    });
    expect(lines[0].score).toBe(
      CRITERION_KEYS.filter((k) => lines[0].criteria[k].verdict === "met").length
    );
    expect(lines[1].id).toBe(7);
    expect(lines[1].criteria.specific.verdict).toBe("not_met");
    expect(lines[1].criteria.specific.suggestion).toContain("improved");
    expect(lines[1].criteria.argued.contextEvidence.length).toBeGreaterThan(0);
  });

  it.each([
    ["not JSON", '{"id":"a","text":"x"}\n{oops', /line 2 is not valid JSON/],
    ["no text", '{"id":"a"}', /line 1 has no "text"/],
    ["no id", '\n\n{"text":"Install bells."}', /line 3 has no "id"/],
    ["an array", "[1,2]", /line 1 must be an object/],
    ["a bad context", '{"id":"a","text":"x","context":5}', /line 1: "context" must be a string/],
  ])(
    "rejects a line that is %s with its line number and exit 2",
    async (_what, content, message) => {
      const io = bufferIo();
      expect(await main(["check", "--jsonl", file("bad.jsonl", content)], io)).toBe(2);
      expect(io.stdout).toBe("");
      const err = io.stderr.trim();
      expect(err.split("\n")).toHaveLength(1);
      expect(err).toMatch(message);
    }
  );

  it("reads each recommendation in its language and words the advice in --lang, with examples in the recommendation's language", async () => {
    const path = file(
      "langs.jsonl",
      [
        { id: "es", text: "Se recomienda mejorar las condiciones de las celdas." },
        { id: "fr", text: "Les autorités devraient améliorer les conditions de détention." },
      ]
        .map((x) => JSON.stringify(x))
        .join("\n")
    );
    const english = bufferIo();
    expect(await main(["check", "--jsonl", path], english)).toBe(0);
    const [es, fr] = english.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(es.language).toBe("es");
    expect(fr.language).toBe("fr");
    // English advice, Spanish example
    expect(es.criteria.specific.suggestion).toMatch(/does not say what must be done/);
    expect(es.criteria.specific.suggestion).toMatch(/instalar un timbre/);
    const french = bufferIo();
    expect(await main(["check", "--jsonl", path, "--lang", "fr"], french)).toBe(0);
    const [es2, fr2] = french.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    // French advice, Spanish example; French advice, French example
    expect(es2.criteria.specific.suggestion).toMatch(/ne dit pas ce qui doit être fait/);
    expect(es2.criteria.specific.suggestion).toMatch(/instalar un timbre/);
    expect(fr2.criteria.targeted.suggestion).toMatch(/ne dit pas qui doit agir/);
    expect(fr2.criteria.targeted.suggestion).toMatch(/Le ministère de la Justice devrait/);
  });

  it("refuses a --lang it does not speak", async () => {
    const io = bufferIo();
    const path = file("one.jsonl", JSON.stringify({ id: 1, text: "Install bells." }));
    expect(await main(["check", "--jsonl", path, "--lang", "de"], io)).toBe(2);
    expect(io.stdout).toBe("");
  });

  it("says so when the file does not exist", async () => {
    const io = bufferIo();
    expect(await main(["check", "--jsonl", join(dir, "missing.jsonl")], io)).toBe(2);
    expect(io.stderr).toMatch(/does not exist/);
  });
});

describe("rectrack check REPORT.docx", () => {
  async function report(): Promise<string> {
    return file(
      "report.docx",
      await buildDocx({
        blocks: [
          heading(1, "Recommendations"),
          ...numbered("recs", [
            "The Director of Ashdown Prison should install a call bell in every cell by 1 May 2027.",
            "The authorities should improve conditions.",
          ]),
        ],
      })
    );
  }

  it("prints each recommendation with its paragraph, score and the advice for what is not met", async () => {
    const io = bufferIo();
    expect(await main(["check", await report()], io)).toBe(0);
    expect(io.stdout).toMatch(/Paragraph 2.*: \d+\/10/);
    expect(io.stdout).toMatch(/Paragraph 3.*: \d+\/10/);
    expect(io.stdout).toMatch(/Targeted \(not met\): .*who must act/);
  });

  it("prints the criterion names, verdicts, advice and evidence labels in --lang", async () => {
    const io = bufferIo();
    expect(await main(["check", await report(), "--lang", "es"], io)).toBe(0);
    // --lang is also the language of rectrack's own words: "Párrafo", not "Paragraph".
    expect(io.stdout).toMatch(/Párrafo 3.*: \d+\/10 \(en\)/);
    expect(io.stdout).toMatch(
      /Con destinatario \(no cumple\): .*no dice quién debe actuar.*\[nadie nombrado\]/
    );
  });

  it("prints a JSON array with --json", async () => {
    const io = bufferIo();
    expect(await main(["check", await report(), "--json"], io)).toBe(0);
    const array = JSON.parse(io.stdout);
    expect(array).toHaveLength(2);
    expect(array[0]).toMatchObject({ paragraph: 2, text: expect.stringContaining("call bell") });
    expect(Object.keys(array[1].criteria)).toEqual([...CRITERION_KEYS]);
    expect(array[1].criteria.targeted.verdict).toBe("not_met");
  });

  it("exits 2 with one line for a file that is not a Word document", async () => {
    const io = bufferIo();
    expect(await main(["check", file("notes.docx", "just some text")], io)).toBe(2);
    expect(io.stderr.trim().split("\n")).toHaveLength(1);
    expect(io.stdout).toBe("");
  });

  it("exits 2 when given neither a report nor --jsonl", async () => {
    const io = bufferIo();
    expect(await main(["check"], io)).toBe(2);
    expect(io.stderr).toMatch(/--jsonl/);
  });
});
