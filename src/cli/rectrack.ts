import { existsSync, readFileSync } from "fs";
import { dirname, join } from "path";
import { Command, CommanderError, Option } from "commander";
import { LANGUAGES } from "../core/language";
import { InputError } from "../core/model/errors";
import { fileProblem } from "../files/local";
import { CliIo, CommandIo, EXIT, processIo, Refusal } from "./io";
import { commands } from "./commands";
import { chosenLanguage, cliTranslator, inputProblemText } from "./i18n";
import { commanderRefusal, speakHelp, speakHelpCommand } from "./help";

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

export function buildProgram(io: CommandIo, setExit: (code: number) => void): Command {
  const { t } = io;
  const program = speakHelp(new Command("rectrack"), t)
    .description(t("help_program"))
    .version(packageVersion(), "-V, --version", t("help_version"))
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride();
  for (const register of commands) register(program, io, setExit);
  speakHelpCommand(program, t);
  // Every command takes --lang; those that make or read a document in a language already have it.
  for (const command of program.commands) {
    if (!command.options.some((option) => option.long === "--lang"))
      command.addOption(new Option("--lang <language>", t("help_lang")).choices(LANGUAGES));
  }
  return program;
}

/**
 * Runs rectrack with the given arguments and resolves to its exit status,
 * speaking the language of --lang, else of the environment (LC_ALL,
 * LC_MESSAGES, LANG), else English.
 */
export async function main(
  argv: string[],
  cliIo: CliIo = processIo,
  env: Readonly<Record<string, string | undefined>> = process.env
): Promise<number> {
  let exitCode: number = EXIT.ok;
  const chosen = chosenLanguage(argv, env);
  const language = chosen ?? "en";
  const t = cliTranslator(language);
  const io: CommandIo = { out: cliIo.out, err: cliIo.err, language, chosenLanguage: chosen, t };
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
      // --help and --version end through here with exit code 0; help shown for want of a command has nothing to add.
      if (error.exitCode === 0) return EXIT.ok;
      if (error.code !== "commander.help") io.err(commanderRefusal(error, t));
      return EXIT.badInput;
    }
    if (error instanceof InputError) {
      const message = inputProblemText(error, t, error instanceof Refusal);
      io.err(`${t("error", { message })}\n`);
      return EXIT.badInput;
    }
    const system = error as NodeJS.ErrnoException;
    if (system && typeof system.code === "string" && /^E[A-Z]+$/.test(system.code)) {
      // A file problem no command foresaw: in words, never as a raw code.
      const problem = fileProblem(error, system.path ?? t("aFile"), "use");
      io.err(`${t("error", { message: inputProblemText(problem, t, false) })}\n`);
      return EXIT.badInput;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`${t("unexpected", { message: message.split("\n")[0] })}\n`);
    return EXIT.badInput;
  }
}
