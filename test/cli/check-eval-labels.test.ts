import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { evalLabels } from "../../src/cli/eval-labels";

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
});
