/**
 * rectrack in the user's language: --lang on any command, else LC_ALL,
 * LC_MESSAGES or LANG, else English. Every message of the French and
 * Spanish catalogues, filled every way, holds no English sentence (the
 * panes' check), and a refusal and a success of a run in French or Spanish
 * print none either.
 */
import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/rectrack";
import type { CliIo } from "../../src/cli/io";
import { CLI_CATALOGUES, chosenLanguage } from "../../src/cli/i18n";
import { en } from "../../src/cli/i18n/en";
import { messageArguments, messagePlurals, parseMessage } from "../../src/core/language/message";
import { buildDocx, heading, numbered, para } from "../support/docx";
import { legacyBytes } from "../support/xlsx";
import { englishSentences, fillings } from "../support/english";

type Env = Record<string, string | undefined>;

async function run(args: string[], env: Env = {}) {
  let out = "";
  let err = "";
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await main(args, io, env);
  return { code, out, err };
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), "rectrack-language-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const REPORTS = {
  fr: {
    date: "Date du rapport : 2 avril 2026",
    heading: "Recommandations",
    recs: [
      "Le directeur devrait réparer les fenêtres cassées de l'aile C avant le 1er octobre 2026.",
      "Le ministère de la Justice doit veiller à ce que chaque personne détenue voie un médecin dans les 24 heures suivant son arrivée.",
    ],
  },
  es: {
    date: "Fecha del informe: 2 de abril de 2026",
    heading: "Recomendaciones",
    recs: [
      "El director debería reparar las ventanas rotas del módulo C antes del 1 de octubre de 2026.",
      "El Ministerio de Justicia debe garantizar que toda persona detenida sea vista por un médico en las 24 horas siguientes a su llegada.",
    ],
  },
};

async function reportIn(language: "fr" | "es"): Promise<string> {
  const spec = REPORTS[language];
  const path = join(dir, `visite-${language}.docx`);
  await fs.writeFile(
    path,
    await buildDocx({
      blocks: [para(spec.date), heading(1, spec.heading), ...numbered("recs", spec.recs)],
    })
  );
  return path;
}

describe("the language rectrack speaks", () => {
  it("is --lang, else LC_ALL, LC_MESSAGES, LANG in that order, else English", () => {
    const cliLanguage = (argv: string[], env: Env) => chosenLanguage(argv, env) ?? "en";
    expect(chosenLanguage([], { LANG: "C.UTF-8" })).toBeNull();
    expect(chosenLanguage([], { LANG: "en_GB.UTF-8" })).toBe("en");
    expect(cliLanguage(["extract", "a.docx"], {})).toBe("en");
    expect(cliLanguage(["extract", "a.docx"], { LANG: "fr_FR.UTF-8" })).toBe("fr");
    expect(cliLanguage(["extract", "a.docx"], { LANG: "es_ES" })).toBe("es");
    expect(cliLanguage(["extract", "a.docx"], { LANG: "C.UTF-8" })).toBe("en");
    expect(cliLanguage(["extract", "a.docx"], { LANG: "de_DE.UTF-8" })).toBe("en");
    expect(cliLanguage([], { LANG: "fr_FR.UTF-8", LC_MESSAGES: "es_ES.UTF-8" })).toBe("es");
    expect(cliLanguage([], { LC_ALL: "en_GB.UTF-8", LC_MESSAGES: "es_ES", LANG: "fr_FR" })).toBe(
      "en"
    );
    expect(cliLanguage([], { LC_ALL: "", LANG: "fr_FR" })).toBe("fr");
    expect(cliLanguage(["extract", "--lang", "es", "a.docx"], { LANG: "fr_FR" })).toBe("es");
    expect(cliLanguage(["extract", "--lang=fr", "a.docx"], {})).toBe("fr");
    expect(cliLanguage(["extract", "--lang", "de"], { LANG: "es_ES" })).toBe("es");
  });

  it("is taken by every command, and a language it does not speak is refused", async () => {
    const report = await reportIn("fr");
    expect((await run(["extract", report, "--lang", "fr"])).code).toBe(0);
    const refused = await run(["extract", report, "--lang", "de"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/--lang/);
  });
});

describe("the command line's catalogues", () => {
  /** The file layer's problems: English shows its own sentence, the other languages word them from its values. */
  const PROBLEM_VALUES = [
    "file",
    "sentence",
    "path",
    "verb",
    "said",
    "limit",
    "row",
    "id",
    "table",
    "sheet",
    "sheets",
    "cell",
    "column",
    "length",
  ];

  it.each(["fr", "es"] as const)(
    "in %s: every message fills the English one's values",
    (language) => {
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const mine = parseMessage(CLI_CATALOGUES[language][key]);
        const english = messageArguments(parseMessage(en[key]));
        const allowed = /^(input|file_)/.test(key) ? PROBLEM_VALUES : english;
        expect({
          key,
          extra: messageArguments(mine).filter((name) => !allowed.includes(name)),
        }).toEqual({ key, extra: [] });
        for (const plural of messagePlurals(mine))
          expect({
            key,
            plural: plural.name,
            has: ["one", "other"].filter((s) => plural.selectors.includes(s)),
          }).toEqual({
            key,
            plural: plural.name,
            has: ["one", "other"],
          });
      }
    }
  );

  it.each(["fr", "es"] as const)(
    "in %s: no message, filled every way, holds an English sentence",
    async (language) => {
      const { cliTranslator } = await import("../../src/cli/i18n");
      const t = cliTranslator(language);
      const found: string[] = [];
      for (const key of Object.keys(en) as (keyof typeof en)[])
        for (const values of fillings(CLI_CATALOGUES[language][key]))
          for (const sentence of englishSentences(t(key, values)))
            found.push(`${key}: ${sentence}`);
      expect(found).toEqual([]);
    }
  );
});

describe.each([
  ["LANG=fr_FR.UTF-8", "fr", [], { LANG: "fr_FR.UTF-8" }],
  ["--lang es", "es", ["--lang", "es"], { LANG: "C.UTF-8" }],
] as const)("rectrack run with %s", (_label, language, flags, env) => {
  it("refuses in the language, with no English sentence", async () => {
    const report = await reportIn(language);
    const notes = join(dir, `notes-${language}.txt`);
    await fs.writeFile(notes, "hello");
    for (const args of [
      ["import", report, report],
      ["import", notes, join(dir, `never-${language}.xlsx`)],
      ["import", report, join(dir, `never-${language}.xlsx`), "--today", "12/03/2026"],
      ["check", "--jsonl", join(dir, "missing.jsonl")],
      ["followup", join(dir, "missing.xlsx")],
      ["extract", dir],
      [
        "log",
        join(dir, "missing.xlsx"),
        "--id",
        "R1",
        "--kind",
        "nonsense",
        "--date",
        "2026-05-01",
      ],
    ]) {
      const result = await run([...args, ...flags], env);
      expect({ args, code: result.code, out: result.out }).toEqual({ args, code: 2, out: "" });
      expect(result.err).toMatch(/^rectrack ?: [^\n]+\n$/);
      expect({ args, english: englishSentences(result.err) }).toEqual({ args, english: [] });
    }
    // The file a reader's problem is about is named in the language too.
    const notReport = await run(["import", notes, join(dir, "x.xlsx"), ...flags], env);
    expect(notReport.err).toContain(`${notes} ${language === "fr" ? "n'est ni" : "no es ni"}`);
    await expect(fs.access(join(dir, `never-${language}.xlsx`))).rejects.toThrow();
  });

  it("reports a success in the language, with no English sentence", async () => {
    const report = await reportIn(language);
    const tracker = join(dir, `suivi-${language}.xlsx`);
    const runs = [
      await run(["extract", report, ...flags], env),
      await run(["import", report, tracker, "--today", "2026-04-10", ...flags], env),
      await run(["import", report, tracker, "--today", "2026-04-10", "--dry-run", ...flags], env),
      await run(["followup", tracker, "--today", "2026-11-10", ...flags], env),
      await run(["validate", tracker, "--today", "2026-11-10", ...flags], env),
      await run(["upgrade", tracker, "--today", "2026-11-10", ...flags], env),
      // The tracker made by the import is in English without --lang: its figures are said in the user's language.
      await run(["stats", tracker, "--today", "2026-11-10", ...flags], env),
      await run(["history", tracker, ...flags], env),
      await run(["history", tracker, "--as-of", "2026-12-31", ...flags], env),
    ];
    // A hand-made French sheet is adopted as a French tracker unless --lang names another language.
    const legacy = join(dir, `legacy-${language}.xlsx`);
    await fs.writeFile(
      legacy,
      await legacyBytes([
        {
          name: "Suivi",
          rows: [
            ["N°", "Recommandation", "Lieu", "Statut"],
            ["1", REPORTS.fr.recs[0], "Prison de l'Est", "en cours"],
            ["2", REPORTS.fr.recs[1], "Prison de l'Est", "?"],
          ],
        },
      ])
    );
    const adopted = await run(
      ["adopt", legacy, join(dir, `adopted-${language}.xlsx`), "--json", ...flags],
      env
    );
    expect(JSON.parse(adopted.out)).toMatchObject({ language: language === "es" ? "es" : "fr" });
    runs.push(
      await run(["adopt", legacy, join(dir, `adopted2-${language}.xlsx`), ...flags], env),
      await run(["template", join(dir, `empty-${language}.xlsx`), ...flags], env)
    );
    for (const result of runs) {
      expect(result.code).toBe(0);
      expect(englishSentences(result.out + result.err)).toEqual([]);
    }
    expect(runs[0].out).toMatch(
      language === "fr" ? /^2 recommandations trouvées :/ : /^2 recomendaciones encontradas:/
    );
    expect(runs[1].out).toMatch(
      language === "fr" ? /2 ajoutées, 0 mise à jour/ : /2 añadidas, 0 actualizadas/
    );
  });
});

describe("by default", () => {
  it("speaks English, as before, which the check above finds", async () => {
    const report = await reportIn("fr");
    const result = await run(["import", report, report], {});
    expect(result.err).toBe("rectrack: the report and the tracker must be two different files.\n");
    expect(englishSentences(result.err)).toHaveLength(1);
    const imported = await run([
      "import",
      report,
      join(dir, "english.xlsx"),
      "--today",
      "2026-04-10",
    ]);
    expect(englishSentences(imported.out).length).toBeGreaterThan(0);
  });
});

describe("a file given as a tracker that is not one", () => {
  it.each(["fr", "es"] as const)(
    "is refused in %s, naming the file, with no English sentence",
    async (language) => {
      const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
      const files: Record<string, Uint8Array> = {
        "notes.xlsx": Buffer.from("hello"),
        "empty.xlsx": new Uint8Array(0),
        "old.xls": Buffer.from([...cfb, 1, 2, 3, 4]),
        "locked.xlsx": Buffer.concat([Buffer.from(cfb), Buffer.from("EncryptionInfo", "utf16le")]),
        "broken.xlsx": Buffer.from("PK\u0003\u0004 not a zip", "latin1"),
        "report.xlsx": await buildDocx({ blocks: [para("A report.")] }),
        "plain.xlsx": await legacyBytes([{ name: "Sheet", rows: [["a", "b"]] }]),
      };
      const said = new Set<string>();
      for (const [name, bytes] of Object.entries(files)) {
        const path = join(dir, `${language}-${name}`);
        await fs.writeFile(path, bytes);
        for (const command of ["followup", "validate"]) {
          const result = await run([command, path, "--lang", language]);
          expect({ name, command, code: result.code, out: result.out }).toEqual({
            name,
            command,
            code: 2,
            out: "",
          });
          expect(result.err).toContain(`rectrack${language === "fr" ? " :" : ":"} ${path} `);
          expect({ name, english: englishSentences(result.err) }).toEqual({ name, english: [] });
          // Worded from its code, not as the general sentence with English details.
          expect(result.err).not.toMatch(/anglais|inglés/);
          said.add(result.err.replace(path, "FILE"));
        }
      }
      // Each problem in its own words: empty, not a workbook (twice), old, protected, damaged, no table.
      expect(said.size).toBe(6);
      // adopt's refusals of a sheet: no such sheet, already a tracker, no column of recommendations.
      const tracker = join(dir, `${language}-tracker.xlsx`);
      expect((await run(["template", tracker, "--lang", language])).code).toBe(0);
      for (const args of [
        ["adopt", join(dir, `${language}-plain.xlsx`), join(dir, "never.xlsx"), "--sheet", "Nope"],
        ["adopt", tracker, join(dir, "never.xlsx")],
        ["adopt", join(dir, `${language}-plain.xlsx`), join(dir, "never.xlsx")],
      ]) {
        const result = await run([...args, "--lang", language]);
        expect({ args, code: result.code }).toEqual({ args, code: 2 });
        expect({ args, english: englishSentences(result.err) }).toEqual({ args, english: [] });
        expect(result.err).not.toMatch(/anglais|inglés/);
      }
      await expect(fs.access(join(dir, "never.xlsx"))).rejects.toThrow();
      // A note before writing a tracker open elsewhere is in the language too.
      await fs.writeFile(join(dir, `.~lock.${language}-tracker.xlsx#`), "someone");
      const open = await run(["template", tracker, "--force", "--lang", language]);
      expect(open.code).toBe(0);
      expect(open.err).toContain(
        language === "fr" ? "semble ouvert dans LibreOffice" : "parece estar abierto en LibreOffice"
      );
      expect(englishSentences(open.err)).toEqual([]);
    }
  );
});
