import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";
import { Command, CommanderError } from "commander";
import { InputError } from "../core/model/errors";
import { fileProblem } from "../files/local";
import { CliIo, EXIT, processIo } from "./io";
import { commands } from "./commands";

/** The version in our package.json, found above this file (src/cli, lib/cli or the benchmarks' build). */
function packageVersion(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const path = join(dir, "package.json");
    if (existsSync(path)) {
      const manifest = JSON.parse(readFileSync(path, "utf8")) as { name?: string; version: string };
      if (manifest.name === "opcat-recommendation-tracker") return manifest.version;
    }
    if (dirname(dir) === dir) return "unknown";
  }
}

export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command("rectrack")
    .description(
      "OPCAT Recommendation Tracker: check recommendations against Double-SMART and keep the tracking workbook, on .docx and .xlsx files."
    )
    .version(packageVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show this help")
    .showHelpAfterError("(run `rectrack --help` for usage)")
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride();
  for (const register of commands) register(program, io, setExit);
  return program;
}

/** Runs rectrack with the given arguments and resolves to its exit status. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT.ok;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (error instanceof InputError) {
      io.err(`rectrack: ${error.message}\n`);
      return EXIT.badInput;
    }
    const system = error as NodeJS.ErrnoException;
    if (system && typeof system.code === "string" && /^E[A-Z]+$/.test(system.code)) {
      // A file problem no command foresaw: in words, never as a raw code.
      io.err(`rectrack: ${fileProblem(error, system.path ?? "a file", "use").message}\n`);
      return EXIT.badInput;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`rectrack: unexpected error: ${message.split("\n")[0]}\n`);
    return EXIT.badInput;
  }
}
