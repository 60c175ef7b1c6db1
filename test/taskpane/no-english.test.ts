/**
 * No English in a French or Spanish pane: every message of both panes (and
 * of the shell they share) rendered through the panes' own translators,
 * with each placeholder filled and each plural at 0, 1, 2 and 7, and every
 * problem the Excel pane words (its own codes, and the files the import
 * cannot read), is checked for English sentences. A problem's English
 * sentence may only be kept as details, never as the message.
 */
import type { BatchWarning, BatchWarningCode } from "../../src/core/model/batch-from-report";
import type { InputProblemCode } from "../../src/core/model/errors";
import { InputError } from "../../src/core/model/errors";
import { Language } from "../../src/core/language";
import type { MetadataProblem } from "../../src/core/schema/customxml";
import { ExcelProblem, ExcelProblemCode } from "../../src/office/excel/errors";
import { excelTranslator } from "../../src/taskpane/excel/i18n";
import { en as excelEn, type ExcelMessageKey } from "../../src/taskpane/excel/i18n/en";
import { explainError, unreadableNotice } from "../../src/taskpane/excel/state";
import { batchWarningKey } from "../../src/taskpane/excel/notices";
import { metadataDamagedText, shown } from "../../src/taskpane/excel/paneTexts";
import { FakeOfficeError } from "../support/office";
import { translator } from "../../src/taskpane/shared/i18n";
import { en as sharedEn } from "../../src/taskpane/shared/i18n/en";
import { SignInError, type SignInProblem } from "../../src/graph/auth";
import { GraphProblem, type GraphProblemCode } from "../../src/graph/client";
import { WordProblem, WordReviewError } from "../../src/office/word/errors";
import { noticeFor, problemNotices } from "../../src/taskpane/word/controller";
import { wordTranslator } from "../../src/taskpane/word/i18n";
import { publishProblem } from "../../src/taskpane/word/PublishPanel";
import { problemOf as sendProblemOf } from "../../src/taskpane/word/send";
import { batchWarningsText, problemText } from "../../src/taskpane/word/texts";
import { en as wordEn } from "../../src/taskpane/word/i18n/en";
import { englishSentences, fillings } from "../support/english";

type Render = (key: string, values: Record<string, string>) => string;

const PANES: [string, Record<string, string>, (language: Language) => Render][] = [
  ["shared", sharedEn, (l) => translator(l) as unknown as Render],
  ["excel", excelEn, (l) => excelTranslator(l) as unknown as Render],
  ["word", wordEn, (l) => wordTranslator(l) as unknown as Render],
];

/** Every code of each family (a code added to a family and not here does not compile). */
const EXCEL_CODES: Record<ExcelProblemCode, true> = {
  excelTooOld: true,
  noTracker: true,
  alreadyTracker: true,
  sheetMissing: true,
  sheetEmpty: true,
  noTextColumn: true,
  metadataDamaged: true,
  rowGone: true,
  idRepeated: true,
  rowChanged: true,
  totalsRow: true,
  sheetProtected: true,
  structureProtected: true,
  noHistory: true,
};

/** Why the tracker settings stored in a workbook cannot be read (src/core/schema/customxml.ts). */
const METADATA_PROBLEMS: Record<MetadataProblem, true> = {
  noTrackerElement: true,
  otherFormat: true,
  cutShort: true,
  noSchemaVersion: true,
};

const INPUT_CODES: Record<InputProblemCode, true> = {
  sentence: true,
  notWord: true,
  wordDamaged: true,
  wordTooBig: true,
  wordProtected: true,
  oldWordFormat: true,
  fileEmpty: true,
  notReportOrBatch: true,
  workbookNotReport: true,
  notWorkbook: true,
  workbookDamaged: true,
  workbookTooBig: true,
  workbookProtected: true,
  oldExcelFormat: true,
  noTrackerTable: true,
  tableUnreadable: true,
  tableTotalRow: true,
  rowMoved: true,
  rowBelowTable: true,
  noHistoryTable: true,
  historyNotOwnSheet: true,
  noSuchSheet: true,
  noSheets: true,
  alreadyTracker: true,
  noTextColumn: true,
  cellRightOfTable: true,
  notUpgradable: true,
  sharedFormula: true,
  fileInUse: true,
  createdMeanwhile: true,
  changedMeanwhile: true,
  cellTooLong: true,
  sourceCellTooLong: true,
};

const WORD_CODES: Record<WordProblem, true> = {
  needsWordApi14: true,
  needsWordApi13: true,
  needsHiddenDocument: true,
  needsCompressedFile: true,
  emptySelection: true,
  recommendationNotInDocument: true,
  documentChanged: true,
  selectionInsideRecommendation: true,
};

const GRAPH_CODES: Record<GraphProblemCode, true> = {
  signedOut: true,
  consent: true,
  noAccess: true,
  readOnly: true,
  notTracker: true,
  olderSchema: true,
  throttled: true,
  offline: true,
  sessionExpired: true,
  changed: true,
  unknown: true,
};

const SIGN_IN_CODES: Record<SignInProblem, true> = {
  notConfigured: true,
  cancelled: true,
  blocked: true,
  consent: true,
  failed: true,
};

/** Every warning of reading a report into a batch, each with its values at 1 and 2 (a code not here does not compile). */
const BATCH_WARNINGS: Record<BatchWarningCode, BatchWarning["values"][]> = {
  noText: [{ number: "1" }, { number: "2" }],
  tooLong: [{ number: "1" }, { number: "2" }],
  taggedTextGone: [{ count: "1" }, { count: "2" }],
  untaggedLeftOut: [{ count: "1" }, { count: "2" }],
  trackedChanges: [{}],
  otherLanguage: [{}],
};

const batchWarnings = (): BatchWarning[] =>
  (Object.entries(BATCH_WARNINGS) as [BatchWarningCode, BatchWarning["values"][]][]).flatMap(
    ([code, all]) => all.map((values) => ({ code, values }))
  );

/** What Word, Microsoft 365, sign-in or a file reader may say: English, for developers. */
const SAID = "The operation could not be completed because the item is locked.";

/** Every problem the Word pane words: its adapter's codes, and whatever Word, Graph, sign-in or the copy threw. */
function wordProblems(): [string, ReturnType<typeof sendProblemOf>][] {
  return [
    ...(Object.keys(WORD_CODES) as WordProblem[]).map(
      (code) =>
        [code, noticeFor(new WordReviewError(code, "paragraph 3"))] as [
          string,
          ReturnType<typeof sendProblemOf>,
        ]
    ),
    ...(Object.keys(GRAPH_CODES) as GraphProblemCode[]).map(
      (code) =>
        [`Graph code ${code}`, sendProblemOf(new GraphProblem(code, { missing: ["Theme"] }))] as [
          string,
          ReturnType<typeof sendProblemOf>,
        ]
    ),
    ...(Object.keys(SIGN_IN_CODES) as SignInProblem[]).map(
      (code) =>
        [`sign-in code ${code}`, sendProblemOf(new SignInError(code))] as [
          string,
          ReturnType<typeof sendProblemOf>,
        ]
    ),
    ["Word threw", noticeFor(new Error(SAID))],
    ["review data damaged", problemNotices([{ code: "damagedPart", problem: SAID }])[0]],
    ["review data skipped", problemNotices([{ code: "partWarnings", warnings: [SAID] }])[0]],
    ["Graph unknown", sendProblemOf(new GraphProblem("unknown", { detail: SAID }))],
    ["send threw", sendProblemOf(new Error(SAID))],
    ["sign-in failed", sendProblemOf(new SignInError("failed", SAID))],
    ["copy unreadable", publishProblem(new InputError(SAID))],
    ["copy: Word threw", publishProblem(new Error(SAID))],
  ];
}

describe("the English detector", () => {
  it("finds an English sentence, and none in French or Spanish", () => {
    expect(englishSentences("The file is damaged and cannot be opened.")).toHaveLength(1);
    expect(englishSentences("Le fichier est endommagé : il ne peut pas être ouvert.")).toEqual([]);
    expect(englishSentences("El archivo está dañado y no se puede abrir.")).toEqual([]);
    expect(englishSentences("Rapport « Visit to the prison » envoyé.")).toEqual([]);
  });
});

describe.each(["fr", "es"] as const)("in %s", (language) => {
  it.each(PANES)(
    "every message of the %s strings, filled every way, has no English sentence",
    (_pane, en, make) => {
      const render = make(language);
      const found: string[] = [];
      for (const key of Object.keys(en)) {
        for (const values of fillings(en[key])) {
          for (const sentence of englishSentences(render(key, values)))
            found.push(`${key}: ${sentence}`);
        }
      }
      expect([...new Set(found)]).toEqual([]);
    }
  );

  it("every problem the Excel pane words, its own and the files it cannot read, is in the language", () => {
    const t = excelTranslator(language);
    const found: string[] = [];
    const check = (label: string, key: ExcelMessageKey, values: Record<string, string>) => {
      const text = t(key, values);
      expect({ label, filled: /\{\w+\}/.test(text) }).toEqual({ label, filled: false });
      for (const sentence of englishSentences(text)) found.push(`${label}: ${sentence}`);
    };
    for (const code of Object.keys(EXCEL_CODES) as ExcelProblemCode[]) {
      const notice = explainError(new ExcelProblem(code));
      check(code, notice.key as ExcelMessageKey, {
        ...fillAll(excelEn[notice.key as ExcelMessageKey]),
      });
    }
    for (const code of Object.keys(INPUT_CODES) as InputProblemCode[]) {
      const notice = unreadableNotice(
        "visit.docx",
        new InputError("This file could not be opened as a report, and it is not a batch.", code)
      );
      expect(notice).not.toBeNull();
      check(code, notice!.key as ExcelMessageKey, notice!.values ?? {});
      // The English sentence is kept for support only, as details.
      expect(Object.values(notice!.values ?? {}).join(" ")).not.toMatch(/could not be opened/);
    }
    for (const code of Object.keys(METADATA_PROBLEMS) as MetadataProblem[]) {
      const text = metadataDamagedText(code, t);
      for (const sentence of englishSentences(text)) found.push(`settings ${code}: ${sentence}`);
    }
    expect(found).toEqual([]);
  });
});

describe("the Excel pane's notices of errors Office or the pane's code threw", () => {
  const thrown = (): [string, unknown][] => [
    ["Office error with a code", new FakeOfficeError("ItemNotFound", SAID)],
    ["Office error without a known code", new FakeOfficeError("GeneralException", SAID)],
    ["anything else", new Error(SAID)],
    ["a file it cannot read", new InputError(SAID)],
  ];
  const noticeOf = (error: unknown) => ({
    id: 1,
    ...(unreadableNotice("visit.docx", error) ?? explainError(error)),
  });

  it.each(["fr", "es"] as const)("in %s: no English, what Office said left out", (language) => {
    const t = excelTranslator(language);
    const found: string[] = [];
    for (const [label, error] of thrown()) {
      const words = shown(noticeOf(error), t, language);
      for (const sentence of englishSentences([words.text, words.details ?? ""].join(" ")))
        found.push(`${label}: ${sentence}`);
    }
    expect(found).toEqual([]);
  });

  it("in en: what Office said is kept as details", () => {
    const t = excelTranslator("en");
    const kept = thrown().map(([label, error]) => [label, shown(noticeOf(error), t, "en").details]);
    expect(kept).toEqual(kept.map(([label]) => [label, `Details: ${SAID}`]));
  });
});

describe("the warnings of reading a report (Send to tracker, Export, the Excel import)", () => {
  it.each(["fr", "es"] as const)(
    "in %s: every code, in both panes, is in the language with its values filled",
    (language) => {
      const word = wordTranslator(language);
      const excel = excelTranslator(language);
      const found: string[] = [];
      for (const warning of batchWarnings()) {
        const label = `${warning.code} ${JSON.stringify(warning.values)}`;
        const texts = [
          batchWarningsText([warning], word),
          excel("importWarning", {
            message: excel(batchWarningKey(warning.code), { ...warning.values }),
          }),
        ];
        for (const text of texts) {
          expect({ label, text, filled: /\{\w+\}|#/.test(text) }).toEqual({
            label,
            text,
            filled: false,
          });
          for (const sentence of englishSentences(text)) found.push(`${label}: ${sentence}`);
        }
      }
      expect(found).toEqual([]);
    }
  );
});

describe("the Word pane's problems", () => {
  it.each(["fr", "es"] as const)(
    "in %s: each is in the language, and what Word or Microsoft 365 said (English) is left out",
    (language) => {
      const t = wordTranslator(language);
      const found: string[] = [];
      for (const [label, problem] of wordProblems()) {
        const words = problemText(problem, t, language);
        expect({ label, filled: /\{\w+\}/.test(words.text) }).toEqual({ label, filled: false });
        for (const sentence of englishSentences([words.text, words.details ?? ""].join(" ")))
          found.push(`${label}: ${sentence}`);
      }
      expect(found).toEqual([]);
    }
  );

  it("in en: what Word or Microsoft 365 said is kept under the message", () => {
    const t = wordTranslator("en");
    const kept = wordProblems()
      .filter(([label]) => !(label in WORD_CODES) && !/^(Graph|sign-in) code /.test(label))
      .map(([label, problem]) => [label, problemText(problem, t, "en").details]);
    expect(kept).toEqual(kept.map(([label]) => [label, SAID]));
  });
});

function fillAll(message: string): Record<string, string> {
  return fillings(message)[1];
}
