import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/rectrack";
import { CRITERION_KEYS } from "../../src/core/smart";
import { buildDocx, heading, numbered } from "../support/docx";

function bufferIo() {
  const io = {
    stdout: "",
    stderr: "",
    out: (t: string) => void (io.stdout += t),
    err: (t: string) => void (io.stderr += t),
  };
  return io;
}

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
