import { spawn } from "child_process";
import { join } from "path";

/**
 * The layer boundaries are lint rules (tools/eslint-plugin-layers): a file
 * that breaks one fails `npm run lint`. Each probe is linted as that file
 * would be, with the project's configuration, through ESLint's command line
 * (what `npm run lint` runs), the file's text given on stdin so nothing on
 * disk changes.
 */

const root = join(__dirname, "..", "..");

function lint(filePath: string, code: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(root, "node_modules", "eslint", "bin", "eslint.js"),
        "-c",
        join(root, "eslint.config.mjs"),
        "--stdin",
        "--stdin-filename",
        join(root, filePath),
        "--rule",
        "prettier/prettier: off",
      ],
      { cwd: root, stdio: ["pipe", "pipe", "pipe"] }
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    // "close", not "exit": the output pipes may still hold data when the process has exited.
    child.on("close", (status) => resolve({ code: status ?? -1, out }));
    child.stdin.end(code);
  });
}

it.each([
  [
    "core imports an adapter",
    "src/core/tracker/probe.ts",
    'import { readTracker } from "../../files/xlsx";\nexport const probe = readTracker;\n',
    /src\/core is pure/,
  ],
  [
    "core imports a Node module",
    "src/core/tracker/probe.ts",
    'import { readFileSync } from "fs";\nexport const probe = readFileSync;\n',
    /src\/core is pure/,
  ],
  [
    "a pane imports the command line",
    "src/taskpane/excel/probe.ts",
    'import { main } from "../../cli/rectrack";\nexport const probe = main;\n',
    /the panes run in a browser/,
  ],
  [
    "a pane imports the Node-only file adapter",
    "src/taskpane/excel/probe.ts",
    'import { readTracker } from "../../files/xlsx";\nexport const probe = readTracker;\n',
    /the panes run in a browser/,
  ],
  [
    "src imports test code",
    "src/cli/probe.ts",
    'import { seededRandom } from "../../test/support/xlsx";\nexport const probe = seededRandom;\n',
    /src never imports test code/,
  ],
  [
    "src imports the demo page",
    "src/taskpane/excel/probe.ts",
    'import { sampleWorkbook } from "../../../demo/sampleWorkbook";\nexport const probe = sampleWorkbook;\n',
    /src never imports the demo page/,
  ],
  [
    "the demo imports test code other than the host fakes",
    "demo/probe.ts",
    'import { seededRandom } from "../test/support/xlsx";\nexport const probe = seededRandom;\n',
    /the demo runs in a browser, on the Office host fakes only/,
  ],
  [
    "an import closes a cycle (type-only)",
    "src/core/language/types.ts",
    'import type { Sentence } from "../smart/text";\nexport type Language = "en" | "fr" | "es";\nexport const LANGUAGES: readonly Language[] = ["en", "fr", "es"];\nexport type Probe = Sentence;\n',
    /import cycle: core\/language\/types\.ts → core\/smart\/text\.ts → .*core\/language\/types\.ts/,
  ],
])(
  "npm run lint fails when %s",
  async (_case, file, code, message) => {
    const result = await lint(file, code);
    expect(result.out).toMatch(message);
    expect(result.code).toBe(1);
  },
  60_000
);

it("passes an import the layers allow", async () => {
  const result = await lint(
    "src/files/xlsx/probe.ts",
    'import { foldText } from "../../core/schema/vocabularies";\nexport const probe = foldText;\n'
  );
  expect(result.out).toBe("");
  expect(result.code).toBe(0);
}, 60_000);
