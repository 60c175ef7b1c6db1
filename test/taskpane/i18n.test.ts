/**
 * Every string the user reads exists in English, French and Spanish: the
 * panes' catalogues, the manifest's ribbon and store strings, and what the
 * plan writes into the workbook (headers, lists, sheet and dashboard words).
 * A French or Spanish text identical to the English one is an untranslated
 * string unless it is a proper name, holds no words, or is listed below as
 * the same word in that language.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { XMLParser } from "fast-xml-parser";
import * as shared from "../../src/taskpane/shared/i18n/en";
import { es as sharedEs } from "../../src/taskpane/shared/i18n/es";
import { fr as sharedFr } from "../../src/taskpane/shared/i18n/fr";
import { en as excelEn } from "../../src/taskpane/excel/i18n/en";
import { es as excelEs } from "../../src/taskpane/excel/i18n/es";
import { fr as excelFr } from "../../src/taskpane/excel/i18n/fr";
import { en as wordEn } from "../../src/taskpane/word/i18n/en";
import { es as wordEs } from "../../src/taskpane/word/i18n/es";
import { fr as wordFr } from "../../src/taskpane/word/i18n/fr";
import { languageFromLocale } from "../../src/taskpane/shared/i18n";
import {
  MessagePart,
  messageArguments,
  messagePlurals,
  parseMessage,
} from "../../src/taskpane/shared/i18n/format";
import { TRACKER_COLUMNS } from "../../src/core/schema/columns";
import { VOCABULARIES } from "../../src/core/schema/vocabularies";
import { PLAN_TEXTS } from "../../src/core/schema/texts";
import { detectHost } from "../../src/office/host";
import { installOfficeFakes } from "../support/office";

type Catalogue = Record<string, string>;
type Other = "fr" | "es";

/** Proper names: the same in every language. */
const PROPER_NAMES = new Set(["Excel", "Word", "Double-SMART"]);
/** Words spelt the same as in English, checked one by one. */
const SAME_WORD: Record<Other, Set<string>> = {
  fr: new Set([
    "Messages",
    "Date",
    "Type",
    "Urgent",
    "Suggestion",
    "Score",
    "Notes",
    "Prison",
    "Budget",
    "Total",
  ]),
  es: new Set(["Error", "No", "Ref.", "Total", "Neutral"]),
};

/** The names a message fills, plain or plural; a message that does not parse has "unparsable" instead. */
const placeholders = (text: string): string[] => {
  try {
    return messageArguments(parseMessage(text));
  } catch (error) {
    return [`unparsable: ${(error as Error).message}`];
  }
};

/** What is wrong with a message's syntax: it does not parse, or a plural lacks "one" or "other". */
function syntaxProblems(text: string): string[] {
  let parts: MessagePart[];
  try {
    parts = parseMessage(text);
  } catch (error) {
    return [(error as Error).message];
  }
  return messagePlurals(parts).flatMap(({ name, selectors }) =>
    ["one", "other"]
      .filter((needed) => !selectors.includes(needed))
      .map((needed) => `{${name}, plural} has no “${needed}”`)
  );
}

/**
 * A count written without its plural forms, as in "{count} rows": a plain placeholder followed by an
 * English plural noun (as its first or second word, after an adjective). Words ending in "s" that are not nouns are excused.
 */
const NOT_PLURAL_NOUNS = new Set(["is", "was", "has", "its", "this", "as"]);
function countsWithoutPlural(text: string): string[] {
  const parts = parseMessage(text);
  return parts.flatMap((part, index) => {
    const next = parts[index + 1];
    if (part.kind !== "argument" || next?.kind !== "text") return [];
    const firstWords = /^ (\p{L}+)(?: (\p{L}+))?/u.exec(next.text)?.slice(1) ?? [];
    const plural = firstWords.some(
      (word) => word && /s$/.test(word) && !NOT_PLURAL_NOUNS.has(word)
    );
    return plural ? [`{${part.name}}${next.text}`] : [];
  });
}

/** A text left in English by mistake: the same as English, with words in it, and not excused above. */
function untranslated(language: Other, english: string, translated: string): boolean {
  if (translated !== english) return false;
  const words = english.replace(/\{\w+\}/g, "");
  if (!/\p{L}/u.test(words)) return false;
  return !PROPER_NAMES.has(english) && !SAME_WORD[language].has(english);
}

const CATALOGUES: [string, Catalogue, Record<Other, Catalogue>][] = [
  ["shared", shared.en, { fr: sharedFr, es: sharedEs }],
  ["excel", excelEn, { fr: excelFr, es: excelEs }],
  ["word", wordEn, { fr: wordFr, es: wordEs }],
];

describe.each(CATALOGUES)("the %s pane's strings", (_pane, en, others) => {
  it("follow the message syntax in English: each parses, each plural has “one” and “other”", () => {
    const wrong = Object.entries(en).flatMap(([key, text]) =>
      syntaxProblems(text).map((problem) => `${key}: ${problem}`)
    );
    expect(wrong).toEqual([]);
  });

  it("give every count its plural forms in English", () => {
    const bare = Object.entries(en).flatMap(([key, text]) =>
      countsWithoutPlural(text).map((found) => `${key}: ${found}`)
    );
    expect(bare).toEqual([]);
  });

  describe.each(["fr", "es"] as const)("in %s", (language) => {
    const catalogue = others[language];

    it("have exactly the English keys", () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    });

    it("keep every {placeholder} and leave nothing empty", () => {
      for (const key of Object.keys(en)) {
        expect({ key, placeholders: placeholders(catalogue[key] ?? "") }).toEqual({
          key,
          placeholders: placeholders(en[key]),
        });
        expect({ key, empty: (catalogue[key] ?? "").trim() === "" }).toEqual({ key, empty: false });
      }
    });

    it("follow the message syntax: each parses, each plural has “one” and “other”", () => {
      const wrong = Object.keys(en).flatMap((key) =>
        syntaxProblems(catalogue[key] ?? "").map((problem) => `${key}: ${problem}`)
      );
      expect(wrong).toEqual([]);
    });

    it("are translated", () => {
      const left = Object.keys(en).filter((key) => untranslated(language, en[key], catalogue[key]));
      expect(left.map((key) => `${key}: ${en[key]}`)).toEqual([]);
    });
  });
});

describe("the checks of the message syntax", () => {
  it("catch a broken plural, a missing branch, a lost placeholder and a bare count", () => {
    expect(syntaxProblems("{n, plural, one {# row} other {# rows}}")).toEqual([]);
    expect(syntaxProblems("{n, plural, one {# row} other {# rows}")).toHaveLength(1);
    expect(syntaxProblems("{n, plural, other {# rows}}")).toEqual(["{n, plural} has no “one”"]);
    expect(syntaxProblems("{n, plural, one {# row}}")).toHaveLength(1);
    expect(placeholders("{a} and {n, plural, one {# {b}} other {# {b}s}}")).toEqual([
      "a",
      "b",
      "n",
    ]);
    expect(placeholders("{n, plural, one {x}")[0]).toMatch(/^unparsable/);
    expect(countsWithoutPlural("{count} rows were left out")).toEqual([
      "{count} rows were left out",
    ]);
    expect(countsWithoutPlural("{count} new entries")).toEqual(["{count} new entries"]);
    expect(countsWithoutPlural("“{file}” is too big ({size} MB)")).toEqual([]);
    expect(countsWithoutPlural("{n, plural, one {# row} other {# rows}}")).toEqual([]);
  });
});

describe("the manifest", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
  const app = parser.parse(readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8"))
    .OfficeApp as Record<string, never>;
  type Resource = {
    "@id"?: string;
    "@DefaultValue": string;
    Override?: unknown;
    "bt:Override"?: unknown;
  };
  const resources = app.VersionOverrides["Resources"] as Record<string, { "bt:String": unknown }>;
  const strings: [string, Resource][] = [
    ["DisplayName", app.DisplayName as Resource],
    ["Description", app.Description as Resource],
    ...[resources["bt:ShortStrings"], resources["bt:LongStrings"]].flatMap((group) =>
      [group["bt:String"]]
        .flat()
        .map((s) => [(s as Resource)["@id"] ?? "", s as Resource] as [string, Resource])
    ),
  ];

  it("has the strings the ribbon and the store show", () => {
    expect(strings.length).toBeGreaterThanOrEqual(8);
  });

  it.each(strings)("translates %s into fr-FR and es-ES", (_id, resource) => {
    const overrides = [resource.Override ?? resource["bt:Override"]]
      .flat()
      .filter(Boolean) as Record<string, string>[];
    const byLocale = new Map(overrides.map((o) => [o["@Locale"], o["@Value"]]));
    expect([...byLocale.keys()].sort()).toEqual(["es-ES", "fr-FR"]);
    const english = resource["@DefaultValue"];
    for (const [locale, language] of [
      ["fr-FR", "fr"],
      ["es-ES", "es"],
    ] as const) {
      const value = byLocale.get(locale) ?? "";
      expect(value.trim()).not.toBe("");
      expect({ locale, untranslated: untranslated(language, english, value) }).toEqual({
        locale,
        untranslated: false,
      });
    }
  });
});

describe("the workbook's words", () => {
  it.each(["fr", "es"] as const)("headers of every column in %s", (language) => {
    const left = TRACKER_COLUMNS.filter((column) =>
      untranslated(language, column.headers.en, column.headers[language])
    ).map((column) => column.key);
    expect(left).toEqual([]);
    for (const column of TRACKER_COLUMNS) expect(column.headers[language].trim()).not.toBe("");
  });

  it.each(["fr", "es"] as const)("list names and values in %s", (language) => {
    const left: string[] = [];
    for (const vocabulary of Object.values(VOCABULARIES)) {
      if (untranslated(language, vocabulary.header.en, vocabulary.header[language]))
        left.push(vocabulary.key);
      for (const value of vocabulary.values) {
        expect(value.labels[language].trim()).not.toBe("");
        if (untranslated(language, value.labels.en, value.labels[language]))
          left.push(`${vocabulary.key}.${value.key}`);
      }
    }
    expect(left).toEqual([]);
  });

  it.each(["fr", "es"] as const)("sheet names, dashboard and messages in %s", (language) => {
    const flat = (texts: object, prefix = ""): [string, string][] =>
      Object.entries(texts).flatMap(([key, value]) =>
        typeof value === "string"
          ? [[prefix + key, value] as [string, string]]
          : flat(value as object, `${prefix}${key}.`)
      );
    const english = new Map(flat(PLAN_TEXTS.en));
    const translated = new Map(flat(PLAN_TEXTS[language]));
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    const left = [...english].filter(([key, text]) =>
      untranslated(language, text, translated.get(key) ?? "")
    );
    expect(left).toEqual([]);
  });

  it("gives different sheet names per language, so a French tracker is recognised as French", () => {
    for (const language of ["fr", "es"] as const)
      expect(PLAN_TEXTS[language].sheets.recommendations).not.toBe(
        PLAN_TEXTS.en.sheets.recommendations
      );
  });
});

describe("the check for untranslated strings", () => {
  it("catches an English sentence left in a French catalogue and excuses names and cognates", () => {
    expect(untranslated("fr", "Check the tracker", "Check the tracker")).toBe(true);
    expect(untranslated("fr", "Excel", "Excel")).toBe(false);
    expect(untranslated("fr", "Date", "Date")).toBe(false);
    expect(untranslated("es", "Date", "Date")).toBe(true);
    expect(untranslated("es", "{score}/10", "{score}/10")).toBe(false);
  });
});

describe("the panes' language", () => {
  let uninstall: (() => void) | undefined;
  afterEach(() => {
    uninstall?.();
    uninstall = undefined;
  });

  it.each([
    ["fr-FR", "fr"],
    ["fr-CA", "fr"],
    ["es-ES", "es"],
    ["es-MX", "es"],
    ["en-GB", "en"],
    ["de-DE", "en"],
  ])("follows Office's display language %s (%s)", async (display, language) => {
    const fake = installOfficeFakes({ host: "excel", displayLanguage: display });
    uninstall = () => fake.uninstall();
    const host = await detectHost();
    if (host === "office-unavailable") throw new Error("the fake Office was not seen");
    expect(host.displayLanguage).toBe(display);
    expect(languageFromLocale(host.displayLanguage)).toBe(language);
  });
});
