import { spawn, spawnSync } from "child_process";
import { promises as fs } from "fs";
import { tmpdir } from "os";
import { basename, extname, join } from "path";
import { pathToFileURL } from "url";

/**
 * LibreOffice headless for tests: converts or recalculates .xlsx/.docx the
 * way a user without Excel would open them. Each run gets its own profile
 * (parallel runs would otherwise fight over one) that tells Calc to
 * recalculate every formula on load, so the figures checked are computed
 * by LibreOffice, not cached values from the file.
 */

const SOFFICE = process.env.SOFFICE ?? "soffice";

let available: boolean | null = null;
export function libreOfficeAvailable(): boolean {
  if (available === null) {
    const probe = spawnSync(SOFFICE, ["--version"], { timeout: 30000, encoding: "utf8" });
    available = probe.status === 0 && /LibreOffice/i.test(probe.stdout ?? "");
  }
  return available;
}

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface ConvertOptions {
  /** e.g. "xlsx", "pdf", or a full filter string "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1". */
  format: string;
  outDir: string;
  timeoutMs?: number;
}

/** Converts files with one LibreOffice start (starting it is the slow part); resolves to the files written in outDir. */
export async function convertWithLibreOffice(
  inputs: string[],
  options: ConvertOptions
): Promise<string[]> {
  const profile = await fs.mkdtemp(join(tmpdir(), "rectrack-lo-"));
  await fs.mkdir(join(profile, "user"), { recursive: true });
  await fs.writeFile(join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
  await fs.mkdir(options.outDir, { recursive: true });
  const before = new Set(await fs.readdir(options.outDir));
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--convert-to",
    options.format,
    "--outdir",
    options.outDir,
    ...inputs,
  ];
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(SOFFICE, args, { stdio: ["ignore", "pipe", "pipe"], detached: true });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      const timer = setTimeout(() => {
        try {
          process.kill(-(child.pid as number), "SIGKILL");
        } catch {
          // already gone
        }
        reject(
          new Error(
            `LibreOffice did not finish within ${options.timeoutMs ?? 120000} ms: ${output}`
          )
        );
      }, options.timeoutMs ?? 120000);
      child.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.on("close", (code) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`LibreOffice exited with ${code}: ${output}`));
      });
    });
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
  const written = (await fs.readdir(options.outDir)).filter((name) => !before.has(name));
  if (written.length === 0)
    throw new Error(
      `LibreOffice wrote nothing for ${inputs.map((input) => basename(input)).join(", ")}`
    );
  return written.map((name) => join(options.outDir, name));
}

/** Every sheet, every file: CSV export after recalculation; values as LibreOffice computed them (not as formatted). */
const CSV_ALL_SHEETS =
  "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Recalculates workbooks in LibreOffice and returns, per input file, each
 * sheet as rows of cell texts (keyed by sheet name).
 */
export async function recalculatedSheets(
  inputs: string[],
  outDir: string
): Promise<Map<string, Map<string, string[][]>>> {
  const files = await convertWithLibreOffice(inputs, { format: CSV_ALL_SHEETS, outDir });
  const result = new Map<string, Map<string, string[][]>>();
  for (const input of inputs) {
    const base = basename(input, extname(input));
    const sheets = new Map<string, string[][]>();
    for (const file of files) {
      const name = basename(file);
      if (!name.startsWith(`${base}-`) || !name.endsWith(".csv")) continue;
      sheets.set(name.slice(base.length + 1, -4), parseCsv(await fs.readFile(file, "utf8")));
    }
    result.set(input, sheets);
  }
  return result;
}
