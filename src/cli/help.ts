/**
 * `rectrack --help` and commander's refusals of a command line in the
 * user's language. Commander writes the help; this configures its words
 * through its own hooks (the headings, "[options]", the choices and default
 * of an option, the help option and command) and words its refusals by
 * their code (CommanderError.code) from the catalogues (help_*, cli_*).
 */
import { Argument, Command, CommanderError, Help, Option } from "commander";
import type { CliMessageKey, CliTranslate } from "./i18n";

/** Commander's headings (what it passes to Help.styleTitle), each a catalogue key. */
const TITLES: Readonly<Record<string, CliMessageKey>> = {
  "Usage:": "help_usage",
  "Arguments:": "help_arguments",
  "Options:": "help_options",
  "Global Options:": "help_globalOptions",
  "Commands:": "help_commands",
};

/** The words commander puts in a usage line, each a catalogue key. */
const USAGE_WORDS: Readonly<Record<string, CliMessageKey>> = {
  "[options]": "help_usageOptions",
  "[command]": "help_usageCommand",
};

/** The narrowest column commander still wraps: the Spanish command list's terms are wide. */
const MIN_WIDTH_TO_WRAP = 30;

/** Commander's help as it is, for the parts worded here after it has made them. */
const plain = Object.assign(new Help(), { minWidthToWrap: MIN_WIDTH_TO_WRAP });

/** "[options]" and "[command]" in a usage line or a command's term, in the user's words. */
function usageIn(text: string, t: CliTranslate): string {
  return text
    .split(" ")
    .map((word) => (word in USAGE_WORDS ? t(USAGE_WORDS[word]) : word))
    .join(" ");
}

/**
 * Text wrapped to a width as commander wraps it, never breaking the space
 * French writes before ":", ";", "?", "!" and "»" or after "«".
 */
function wrapped(text: string, width: number): string {
  const glue = "\u0001";
  return plain
    .boxWrap(text.replace(/ (?=[:;!?»])|(?<=«) /g, glue), width)
    .split(glue)
    .join(" ");
}

/** An option's or an argument's description with its choices and default, worded as commander does in English. */
function describedWithExtras(
  item: Option | Argument,
  showDefault: boolean,
  t: CliTranslate
): string {
  const extras: string[] = [];
  if (item.argChoices)
    extras.push(
      t("help_choices", { choices: item.argChoices.map((c) => JSON.stringify(c)).join(", ") })
    );
  if (item.defaultValue !== undefined && showDefault)
    extras.push(
      t("help_default", {
        value: item.defaultValueDescription ?? JSON.stringify(item.defaultValue),
      })
    );
  if (extras.length === 0) return item.description ?? "";
  return [item.description, `(${extras.join(", ")})`].filter(Boolean).join(" ");
}

/**
 * Sets the program's help and refusals in the language of `t`. Called on the
 * program before its commands are added, which inherit it.
 */
export function speakHelp(program: Command, t: CliTranslate): Command {
  return program
    .configureHelp({
      styleTitle: (title) => (title in TITLES ? t(TITLES[title]) : title),
      minWidthToWrap: MIN_WIDTH_TO_WRAP,
      boxWrap: wrapped,
      styleUsage: (usage) => usageIn(usage, t),
      subcommandTerm: (command) => usageIn(plain.subcommandTerm(command), t),
      optionDescription: (option) =>
        describedWithExtras(
          option,
          // As commander: the default of an option that takes a value, or of a yes/no option.
          option.required || option.optional || typeof option.defaultValue === "boolean",
          t
        ),
      argumentDescription: (argument) => describedWithExtras(argument, true, t),
    })
    .helpOption("-h, --help", t("help_help"))
    .configureOutput({
      // Commander's own sentence is English: main words it by its code (commanderRefusal).
      outputError: () => undefined,
    });
}

/** The program's `help [command]` command, worded in the language of `t` (added once its commands are). */
export function speakHelpCommand(program: Command, t: CliTranslate): Command {
  return program.helpCommand(`help ${t("help_usageCommand")}`, t("help_helpCommand"));
}

/** Text after a command's help: paragraphs, wrapped as commander wraps the rest. */
export function helpAfter(...paragraphs: string[]): string {
  return `\n${paragraphs.map((paragraph) => wrapped(paragraph, 80)).join("\n\n")}\n`;
}

/**
 * Commander's refusals by code: how to read the values from its sentence
 * (commander 14 gives them only there) and the key that words them.
 */
const REFUSALS: Readonly<
  Record<string, { key: CliMessageKey; sentence: RegExp; values: readonly string[] }>
> = {
  "commander.unknownOption": {
    key: "cli_unknownOption",
    sentence: /^error: unknown option '(.*)'$/,
    values: ["option"],
  },
  "commander.unknownCommand": {
    key: "cli_unknownCommand",
    sentence: /^error: unknown command '(.*)'$/,
    values: ["command"],
  },
  "commander.missingArgument": {
    key: "cli_missingArgument",
    sentence: /^error: missing required argument '(.*)'$/,
    values: ["argument"],
  },
  "commander.optionMissingArgument": {
    key: "cli_optionMissingArgument",
    sentence: /^error: option '(.*)' argument missing$/,
    values: ["option"],
  },
  "commander.missingMandatoryOptionValue": {
    key: "cli_missingMandatoryOptionValue",
    sentence: /^error: required option '(.*)' not specified$/,
    values: ["option"],
  },
  "commander.invalidArgument": {
    key: "cli_invalidArgument",
    sentence: /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
    values: ["option", "value", "choices"],
  },
  "commander.excessArguments": {
    key: "cli_excessArguments",
    sentence: /^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/,
    values: ["command", "expected", "got"],
  },
};

/**
 * A refusal of the command line in the user's words, then the hint to the
 * help; its English sentence, as details, when its code or shape is one this
 * does not know (a later commander).
 */
export function commanderRefusal(error: CommanderError, t: CliTranslate): string {
  const [sentence, ...rest] = error.message.split("\n");
  const refusal = REFUSALS[error.code];
  const match = refusal?.sentence.exec(sentence);
  const suggestion = /^\(Did you mean (.*)\?\)$/.exec(rest.join("\n"));
  const lines =
    refusal && match
      ? [
          t(
            refusal.key,
            Object.fromEntries(refusal.values.map((name, i) => [name, match[i + 1] ?? ""]))
          ),
        ]
      : [t("cli_other", { sentence: error.message.replace(/\n/g, " ") })];
  if (match && suggestion) lines.push(t("cli_didYouMean", { suggestion: suggestion[1] }));
  lines.push(t("help_afterError"));
  return `${lines.join("\n")}\n`;
}
