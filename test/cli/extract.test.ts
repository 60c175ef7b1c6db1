import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/rectrack";
import { buildDocx, heading, numbered, para } from "../support/docx";
import { bufferIo } from "../support/cli-io";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "rectrack-extract-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function reportFile(name: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(
    path,
    await buildDocx({
      blocks: [
        heading(1, "Findings"),
        para(
          "The cells had no heating. The NPM reiterates its recommendation that the Ministry of Justice install heating in Block C by 1 October 2026."
        ),
        heading(1, "Recommendations"),
        ...numbered("recs", ["The director should open the library every day."]),
      ],
    })
  );
  return path;
}

describe("rectrack extract", () => {
  it("prints a JSON array with 1-based paragraph numbers", async () => {
    const path = await reportFile("report.docx");
    const io = bufferIo();
    expect(await main(["extract", path, "--json"], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toEqual([
      {
        text: "The NPM reiterates its recommendation that the Ministry of Justice install heating in Block C by 1 October 2026.",
        paragraph: 2,
        addressee: "Ministry of Justice",
        deadline: "1 October 2026",
        repeated: true,
      },
      {
        text: "The director should open the library every day.",
        paragraph: 4,
        addressee: "director",
      },
    ]);
    expect(io.stderr).toBe("");
  });

  it("prints a numbered list without --json", async () => {
    const path = await reportFile("report2.docx");
    const io = bufferIo();
    expect(await main(["extract", path], io)).toBe(0);
    expect(io.stdout).toContain("2 recommendations found:");
    expect(io.stdout).toContain("2. The director should open the library every day.");
    expect(io.stdout).toContain("(paragraph 4; ref. 1; to: director)");
  });

  it("lists texts just below the threshold as candidates, in JSON and in text", async () => {
    const path = join(dir, "candidates.docx");
    writeFileSync(
      path,
      await buildDocx({
        blocks: [
          heading(1, "Findings"),
          para("The NPM recommends that the director repair the heating."),
          para("The NPM recommends that the kitchen be renovated."),
          para("The showers were cold. The director should offer hot showers every day."),
        ],
      })
    );
    const io = bufferIo();
    expect(await main(["extract", path, "--json"], io)).toBe(0);
    const json = JSON.parse(io.stdout) as { text: string; candidate?: true; reasons?: string[] }[];
    expect(json.map((r) => [r.text, r.candidate ?? false])).toEqual([
      ["The NPM recommends that the director repair the heating.", false],
      ["The NPM recommends that the kitchen be renovated.", false],
      ["The director should offer hot showers every day.", true],
    ]);
    expect(json[2].reasons).toEqual(["modal", "addressee", "explicitElsewhere"]);
    expect(json[0].reasons).toBeUndefined();
    const plain = bufferIo();
    expect(await main(["extract", path], plain)).toBe(0);
    expect(plain.stdout).toContain("2 recommendations found:");
    expect(plain.stdout).toContain(
      "1 possible recommendation, below the finder's threshold and not counted above"
    );
    expect(plain.stdout).toContain("?1. The director should offer hot showers every day.");
    expect(plain.stdout).toContain("possibly a recommendation: says what should be done");
  });

  it("says so when there is none", async () => {
    const path = join(dir, "none.docx");
    writeFileSync(path, await buildDocx({ blocks: [para("Nothing to see.")] }));
    const io = bufferIo();
    expect(await main(["extract", path, "--json"], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toEqual([]);
    const plain = bufferIo();
    expect(await main(["extract", path], plain)).toBe(0);
    expect(plain.stdout).toBe("No recommendations found.\n");
  });

  it.each([
    ["a missing file", "missing.docx", null, /missing\.docx does not exist\.$/],
    [
      "a text file",
      "notes.docx",
      "just some notes",
      /notes\.docx: This file is not a Word document \(\.docx\)\.$/,
    ],
    [
      "a truncated file",
      "cut.docx",
      "PK\u0003\u0004broken",
      /cut\.docx: This file is damaged or incomplete/,
    ],
  ])("exits 2 with one line for %s", async (_, name, content, message) => {
    const path = join(dir, name);
    if (content !== null) writeFileSync(path, content);
    const io = bufferIo();
    expect(await main(["extract", path], io)).toBe(2);
    expect(io.stdout).toBe("");
    expect(io.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(io.stderr.trimEnd()).toMatch(message);
  });

  it("explains the paragraph numbers in --help", async () => {
    const io = bufferIo();
    expect(await main(["extract", "--help"], io)).toBe(0);
    expect(io.stdout).toContain('"paragraph" counts from 1');
  });
});
