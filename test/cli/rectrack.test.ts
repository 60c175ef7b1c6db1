import { readFileSync } from "fs";
import { join } from "path";
import { main } from "../../src/cli/rectrack";
import type { CliIo } from "../../src/cli/io";

export function bufferIo(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    stdout: () => out,
    stderr: () => err,
  };
}

describe("rectrack", () => {
  it("prints its version from package.json", async () => {
    const io = bufferIo();
    const version = (
      JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string }
    ).version;
    await expect(main(["--version"], io)).resolves.toBe(0);
    expect(io.stdout().trim()).toBe(version);
  });

  it("answers --help with a usage text and exit status 0", async () => {
    const io = bufferIo();
    await expect(main(["--help"], io)).resolves.toBe(0);
    expect(io.stdout()).toMatch(/^Usage: rectrack/);
    expect(io.stdout()).toContain("--version");
  });

  it("exits 2 with a one-line reason on an unknown command", async () => {
    const io = bufferIo();
    await expect(main(["frobnicate"], io)).resolves.toBe(2);
    expect(io.stderr().split("\n")[0]).toMatch(/error/i);
  });
});
