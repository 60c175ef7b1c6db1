/**
 * `rectrack --help` and commander's refusals of a command line in the
 * user's language: the headings, every description and the refusals are
 * French or Spanish for a French or Spanish user, and English as before
 * otherwise.
 */
import type { Command, Option } from "commander";
import { buildProgram, main } from "../../src/cli/rectrack";
import type { CliIo, CommandIo } from "../../src/cli/io";
import { cliTranslator } from "../../src/cli/i18n";
import type { Language } from "../../src/core/language";
import { englishSentences } from "../support/english";

type Env = Record<string, string | undefined>;

/** A help text with its lines joined, as commander wraps them to the width of the terminal. */
const unwrapped = (text: string) => text.replace(/\s+/g, " ");

async function run(args: string[], env: Env) {
  let out = "";
  let err = "";
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await main(args, io, env);
  return { code, out, err };
}

const FR: Env = { LANG: "fr_FR.UTF-8" };
const ES: Env = { LANG: "es_ES.UTF-8" };
const EN: Env = { LANG: "C.UTF-8" };

/** Commander's English words, none of which a French or Spanish help may hold ("[options]" is French too). */
const ENGLISH_WORDS = [
  "Usage:",
  "Options:",
  "Commands:",
  "Arguments:",
  "[command]",
  "display help",
  "show this help",
  "print the version",
  "choices:",
  "default:",
  "Exit status",
  "the tracker .xlsx workbook",
];

function programIn(language: Language): Command {
  const io: CommandIo = {
    out: () => undefined,
    err: () => undefined,
    language,
    chosenLanguage: language,
    t: cliTranslator(language),
  };
  return buildProgram(io, () => undefined);
}

/** Every text the help of a program shows for its commands: descriptions of commands, arguments and options. */
function descriptions(program: Command): Map<string, string> {
  const texts = new Map<string, string>([["rectrack", program.description()]]);
  for (const command of program.commands) {
    const name = command.name();
    texts.set(name, command.description());
    command.registeredArguments.forEach((argument, i) =>
      texts.set(`${name} argument ${i + 1}`, argument.description)
    );
    for (const option of command.options as readonly Option[])
      texts.set(`${name} ${option.long ?? option.flags}`, option.description);
  }
  return texts;
}

describe("rectrack --help", () => {
  it.each([
    ["fr", FR, ["Utilisation : rectrack [options] [commande]", "Commandes :", "Options :"]],
    ["es", ES, ["Uso: rectrack [opciones] [comando]", "Comandos:", "Opciones:"]],
  ] as const)("in %s: headings and descriptions in the language", async (_l, env, words) => {
    const result = await run(["--help"], env);
    expect(result.code).toBe(0);
    for (const word of words) expect(unwrapped(result.out)).toContain(word);
    for (const word of ENGLISH_WORDS)
      expect({ word, found: result.out.includes(word) }).toEqual({
        word,
        found: false,
      });
    expect(englishSentences(result.out)).toEqual([]);
    // Command names and flags are the same in every language.
    expect(result.out).toMatch(/^ {2}import \[\S+\] <\S+> <\S+> /m);
    expect(result.out).toContain("-h, --help");
  });

  it.each([
    [
      "fr",
      "import",
      FR,
      ["Arguments :", "Options :", "(au choix : ", "par défaut : ", "Code de sortie : 0 importé"],
    ],
    [
      "es",
      "import",
      ES,
      ["Argumentos:", "Opciones:", "(a elegir: ", "por defecto: ", "Código de salida: 0 importado"],
    ],
    [
      "fr",
      "publish",
      FR,
      ["Utilisation : rectrack publish [options] <rapport> <sortie>", "remplace SORTIE"],
    ],
    [
      "es",
      "publish",
      ES,
      ["Uso: rectrack publish [opciones] <informe> <salida>", "reemplaza SALIDA"],
    ],
    ["fr", "log", FR, ["--kind <kind>", "un résumé de ce qui s'est passé"]],
    ["es", "check", ES, ["--jsonl <file>", 'un objeto {"id","text"} por línea']],
    ["es", "extract", ES, ["«paragraph» numera desde 1"]],
  ] as const)(
    "in %s: %s --help has no English heading or description",
    async (_l, command, env, words) => {
      for (const args of [
        [command, "--help"],
        ["help", command],
      ]) {
        const result = await run(args, env);
        expect(result.code).toBe(0);
        for (const word of words) expect(unwrapped(result.out)).toContain(word);
        for (const word of ENGLISH_WORDS)
          expect({ args, word, found: result.out.includes(word) }).toEqual({
            args,
            word,
            found: false,
          });
        expect(englishSentences(result.out)).toEqual([]);
      }
    }
  );

  it("keeps French spaces before colons when it wraps a long text", async () => {
    const result = await run(["publish", "--help"], FR);
    expect(result.out).not.toMatch(/^[:;»]/m);
    expect(result.out).not.toMatch(/«$/m);
  });

  it("is in English as before without a language", async () => {
    const result = await run(["import", "--help"], EN);
    expect(result.out).toMatch(/^Usage: rectrack import \[options\] <input> <tracker>\n/);
    expect(result.out).toContain("Arguments:");
    expect(unwrapped(result.out)).toContain('(choices: "en", "fr", "es", default: "en")');
    expect(result.out).toContain("\nExit status: 0 imported;");
  });

  it("describes every command, argument and option in every language, each in its own words", () => {
    const english = descriptions(programIn("en"));
    expect(english.size).toBeGreaterThan(80);
    for (const [what, text] of english)
      expect({ what, text: text.trim() !== "" }).toEqual({ what, text: true });
    for (const language of ["fr", "es"] as const) {
      const own = descriptions(programIn(language));
      expect([...own.keys()]).toEqual([...english.keys()]);
      const same = [...own].filter(
        ([what, text]) => text === english.get(what) || text.trim() === ""
      );
      expect({ language, same }).toEqual({ language, same: [] });
    }
  });
});

describe("a command line rectrack cannot take", () => {
  it("is refused in Spanish: an unknown option", async () => {
    const result = await run(["import", "--frob", "a.docx", "b.xlsx"], ES);
    expect(result).toEqual({
      code: 2,
      out: "",
      err: "error: opción desconocida «--frob»\n(escriba `rectrack --help` para ver cómo usarlo)\n",
    });
  });

  it("is refused in the language, with the suggestion commander makes", async () => {
    const result = await run(["import", "--dry-rn", "a.docx", "b.xlsx"], FR);
    expect(result.err).toBe(
      "erreur : option inconnue « --dry-rn »\n(Vouliez-vous dire --dry-run ?)\n(tapez `rectrack --help` pour voir comment l'utiliser)\n"
    );
  });

  it.each([
    [["impor"], "comando desconocido «impor»", "commande inconnue « impor »"],
    [
      ["import"],
      "falta el argumento obligatorio «entrada»",
      "il manque l'argument obligatoire « entrée »",
    ],
    [
      ["followup", "--today"],
      "la opción «--today <date>» necesita un valor",
      "l'option « --today <date> » attend une valeur",
    ],
    [
      ["log", "t.xlsx", "--id", "R1", "--kind", "meeting"],
      "falta la opción obligatoria «--date <date>»",
      "l'option obligatoire « --date <date> » n'a pas été donnée",
    ],
    [
      ["extract", "a.docx", "--lang", "de"],
      "«de» no es un valor posible de la opción «--lang <language>». Valores posibles: en, fr, es.",
      "« de » n'est pas une valeur possible pour l'option « --lang <language> »",
    ],
    [
      ["extract", "a.docx", "b.docx"],
      "demasiados argumentos para «extract». Se esperaba 1 argumento y se dieron 2.",
      "trop d'arguments pour « extract ». 1 argument attendu, 2 donnés.",
    ],
  ])("is refused in Spanish and French: %j", async (args, spanish, french) => {
    for (const [env, words] of [
      [ES, spanish],
      [FR, french],
    ] as const) {
      const result = await run(args, env);
      expect(result.code).toBe(2);
      expect(result.out).toBe("");
      expect(result.err).toContain(words);
      // Each of commander's refusals is known by its code and shape: none falls back to its English sentence.
      expect(result.err).not.toMatch(/anglais|inglés|error: (unknown|missing|option|required|too)/);
      expect(englishSentences(result.err)).toEqual([]);
    }
  });

  it("is refused in English as commander words it, without a language", async () => {
    const result = await run(["import", "--frob"], EN);
    expect(result.err).toBe("error: unknown option '--frob'\n(run `rectrack --help` for usage)\n");
    const extra = await run(["extract", "a.docx", "b.docx"], EN);
    expect(extra.err).toBe(
      "error: too many arguments for 'extract'. Expected 1 argument but got 2.\n(run `rectrack --help` for usage)\n"
    );
  });
});
