import { LANGUAGES } from "../core/language";
import { existsSync } from "fs";
import { resolve } from "path";
import { Command, Option } from "commander";
import type { RecommendationBatch } from "../core/model/batch";
import type { BatchWarning } from "../core/model/batch-from-report";
import { withCandidates } from "../core/model/batch";
import { columnHeader, ColumnKey } from "../core/schema/columns";
import type { Language } from "../core/schema/plan";
import { buildWorkbookPlan } from "../core/schema/workbook-plan";
import { defaultRandom } from "../core/tracker/ids";
import type {
  ImportChoices,
  ImportItem,
  ImportPlan,
  ImportSummary,
  TrackerChanges,
  TrackerContent,
} from "../core/tracker/store";
import { planImport, resolveImport } from "../core/tracker/upsert";
import { readBatchInput, type BatchInput } from "../files/docx/batch";
import { buildTemplate, changeFile, readInput } from "../files/xlsx";
import { XlsxTrackerStore } from "../files/xlsx/store";
import { followUpText } from "./followup";
import { localDateTime } from "../core/schema/dates";
import { dateOption, todayOption } from "./today";
import type { RegisterCommand } from "./io";
import { helpAfter } from "./help";
import { EXIT, fileNotes, Refusal } from "./io";
import { InputError } from "../core/model/errors";
import type { CliTranslate } from "./i18n";

/**
 * rectrack import: a report or a batch into a tracker workbook, through the
 * same upsert as the panes (src/core/tracker/upsert). The tracker is
 * rewritten only when something changes, and then atomically: a failure at
 * any point leaves it byte for byte as it was.
 */

export interface ImportCommandResult {
  input: string;
  tracker: string;
  created: boolean;
  dryRun: boolean;
  written: boolean;
  kind: "docx" | "json";
  tagged: boolean;
  report: RecommendationBatch["report"];
  /** The report's date used as "Date made", and where it came from. */
  reportDate: { date: string; from: BatchInput["dateFrom"]; line?: string };
  warnings: string[];
  /** Possible recommendations the finder found below its threshold in an untagged report. */
  candidates: { found: number; included: boolean };
  summary: ImportSummary;
  items: ImportItem[];
}

interface ImportOutcome {
  store: XlsxTrackerStore;
  content: TrackerContent;
  plan: ImportPlan;
  choices: ImportChoices;
  changes: TrackerChanges;
  summary: ImportSummary;
  created: boolean;
}

/** The choices the command line makes for the user: its flags, applied to every item they concern. */
function choicesFor(
  plan: ImportPlan,
  options: { acceptTextChanges?: boolean; confirmRepeats?: boolean }
): ImportChoices {
  const choices: ImportChoices = {};
  if (options.acceptTextChanges)
    choices.acceptTextChanges = plan.items
      .filter((item) => item.textChange !== undefined)
      .map((item) => item.index);
  if (options.confirmRepeats) {
    choices.confirmRepeats = {};
    for (const item of plan.items)
      if (item.repeatProposal) choices.confirmRepeats[item.index] = item.repeatProposal.id;
  }
  return choices;
}

function quote(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

function label(item: ImportItem, batch: RecommendationBatch, t: CliTranslate): string {
  const rec = batch.recommendations[item.index];
  const ref = rec?.ref
    ? t("importLabelRef", { ref: rec.ref })
    : t("importLabelNumber", { number: String(item.index + 1) });
  return item.existing ? t("importLabelRow", { label: ref, row: String(item.existing.row) }) : ref;
}

function flagText(
  item: ImportItem,
  accepted: boolean,
  flag: ImportItem["flags"][number],
  columns: readonly ColumnKey[],
  t: CliTranslate
): string {
  switch (flag) {
    case "textChanged":
      return t(accepted ? "flagTextChangedAccepted" : "flagTextChangedKept");
    case "duplicateInBatch":
      return t("flagDuplicateInBatch");
    case "idOfAnotherReport":
      return t("flagIdOfAnotherReport", {
        row: String(item.idOfReport?.row ?? "?"),
        report: item.idOfReport?.report
          ? t("flagIdReport", { report: item.idOfReport.report })
          : "",
      });
    case "missingColumn": {
      // The tracker's headers are in its own language; the ones it lacks are named as an English tracker has them.
      const missing = (Object.keys(item.incoming) as ColumnKey[])
        .filter((key) => key !== "id" && !columns.includes(key))
        .map((key) => `"${columnHeader(key, "en")}"`);
      return t("flagMissingColumn", { columns: missing.join(", ") });
    }
    default:
      return String(flag);
  }
}

/** The reader's warnings in the user's words: a code without its message does not compile. */
export function batchWarningText(warning: BatchWarning, t: CliTranslate): string {
  return t(`warning_${warning.code}`, { ...warning.values });
}

function summaryText(
  result: ImportCommandResult,
  batch: RecommendationBatch,
  accepted: Set<number>,
  confirmed: boolean,
  columns: readonly ColumnKey[],
  followUp: string | null,
  t: CliTranslate
): string {
  const s = result.summary;
  const lines: string[] = [];
  for (const warning of result.warnings) lines.push(t("note", { text: warning }));
  lines.push(
    t("importRead", {
      input: result.input,
      title: result.report.title ? t("importTitle", { title: result.report.title }) : "",
      count: String(batch.recommendations.length),
      how: t(
        result.tagged
          ? "importHowTagged"
          : result.kind === "json"
            ? "importHowBatch"
            : "importHowFound"
      ),
    })
  );
  lines.push(
    t("importReportDate", {
      date: result.reportDate.date,
      from: t(`dateFrom_${result.reportDate.from ?? "given"}`),
    })
  );
  lines.push(
    t("importCounts", {
      added: String(s.added),
      updated: String(s.updated),
      unchanged: String(s.unchanged),
      flagged: String(s.flagged),
    })
  );
  if (s.corrected > 0) lines.push(t("importCorrected", { count: String(s.corrected) }));
  const { found, included } = result.candidates;
  if (found > 0)
    lines.push(
      t(included ? "importCandidatesIncluded" : "importCandidatesLeftOut", { count: String(found) })
    );
  const flagged = result.items.filter((item) => item.flags.length > 0);
  if (flagged.length > 0) {
    lines.push("", t("importLookAt"));
    for (const item of flagged) {
      for (const flag of item.flags)
        lines.push(
          `  ${label(item, batch, t)}: ${flagText(item, accepted.has(item.index), flag, columns, t)}`
        );
      if (item.textChange) {
        lines.push(`      ${t("importInTracker", { text: quote(item.textChange.before) })}`);
        lines.push(`      ${t("importInReport", { text: quote(item.textChange.after) })}`);
      }
    }
  }
  const repeats = result.items.filter((item) => item.repeatProposal);
  if (repeats.length > 0) {
    lines.push("", t(confirmed ? "importRepeatsLinked" : "importRepeatsProposed"));
    for (const item of repeats) {
      const p = item.repeatProposal as NonNullable<ImportItem["repeatProposal"]>;
      const earlier = [
        p.ref ? t("importEarlierRef", { ref: p.ref }) : "",
        p.report ? t("importEarlierReport", { report: p.report }) : "",
        t("importEarlierId", { id: p.id }),
      ]
        .filter(Boolean)
        .join(", ");
      lines.push(
        `  ${t("importRepeatLine", {
          label: label(item, batch, t),
          percent: String(Math.round(p.similarity * 100)),
          text: quote(p.text, 70),
          earlier,
        })}`
      );
    }
  }
  lines.push("");
  const tracker = result.tracker;
  if (result.dryRun)
    lines.push(t(result.created ? "importDryRunCreated" : "importDryRunChanged", { tracker }));
  else if (result.written)
    lines.push(t(result.created ? "importCreated" : "importWrote", { tracker }));
  else lines.push(t("importNothing", { tracker }));
  if (followUp) lines.push(followUp);
  return `${lines.join("\n")}\n`;
}

export const registerImportCommand: RegisterCommand = (program: Command, io, setExit) => {
  program
    .command("import")
    .description(io.t("help_import"))
    .argument(`<${io.t("arg_input")}>`, io.t("help_import_input"))
    .argument(`<${io.t("arg_tracker")}>`, io.t("help_import_tracker"))
    .option("--dry-run", io.t("help_dryRun"))
    .option("--json", io.t("help_json"))
    .option("--report-date <date>", io.t("help_import_reportDate"))
    .option("--today <date>", io.t("help_import_today"))
    .option("--accept-text-changes", io.t("help_import_acceptTextChanges"))
    .option("--include-candidates", io.t("help_import_includeCandidates"))
    .option("--confirm-repeats", io.t("help_import_confirmRepeats"))
    .addOption(
      new Option("--lang <language>", io.t("help_import_lang")).choices(LANGUAGES).default("en")
    )
    .addHelpText("after", helpAfter(io.t("help_exit", { text: io.t("help_import_exit") })))
    .action(
      async (
        input: string,
        trackerPath: string,
        options: {
          dryRun?: boolean;
          json?: boolean;
          today?: string;
          reportDate?: string;
          acceptTextChanges?: boolean;
          confirmRepeats?: boolean;
          includeCandidates?: boolean;
          lang: Language;
        }
      ) => {
        const { t } = io;
        if (resolve(input) === resolve(trackerPath)) throw new Refusal(t("importSameFile"));
        const today = todayOption(options.today, io.t);
        const reportDate = dateOption("--report-date", options.reportDate, io.t);
        const read = await readBatchInput(await readInput(input, "a report"), input, {
          reportDate,
        }).catch((error: unknown) => {
          // The readers' problems name the file in their sentence; the other languages name it from its value.
          if (error instanceof InputError && !error.values.file)
            throw new InputError(error.message, error.code, { ...error.values, file: input });
          throw error;
        });
        const includeCandidates = Boolean(options.includeCandidates) && read.candidates.length > 0;
        const batch = includeCandidates
          ? withCandidates(read.batch, read.candidates).batch
          : read.batch;
        if (read.otherLanguage) throw new Refusal(t("importOtherLanguage", { input }));
        if (!batch.report.date) throw new Refusal(t("importNoDate", { input }));
        const done: { outcome?: ImportOutcome } = {};
        const compute = async (current: Uint8Array | null): Promise<ImportOutcome> => {
          const bytes =
            current ?? (await buildTemplate(buildWorkbookPlan({ language: options.lang })));
          const store = new XlsxTrackerStore(bytes, trackerPath, { followUpToday: today });
          const content = await store.read();
          const plan = planImport(content, batch, {});
          const choices = choicesFor(plan, options);
          const { changes, summary } = resolveImport(plan, choices, {
            now: localDateTime(new Date()),
            random: defaultRandom,
            columns: content.columns,
          });
          return { store, content, plan, choices, changes, summary, created: current === null };
        };
        let written = false;
        if (options.dryRun) {
          done.outcome = await compute(
            existsSync(trackerPath) ? await readInput(trackerPath) : null
          );
        } else {
          // Read, decide and write under the tracker's lock: a run beside this one waits.
          const change = await changeFile(
            trackerPath,
            async (current) => {
              const outcome = (done.outcome = await compute(current));
              await outcome.store.write(outcome.changes);
              return outcome.store.changed || outcome.created ? outcome.store.bytes() : null;
            },
            { warn: fileNotes(io) }
          );
          written = change.written;
        }
        if (!done.outcome) throw new Error("the tracker was not read");
        const { store, content, plan, choices, summary, created } = done.outcome;
        const withoutId = plan.rowsWithoutId ?? [];
        if (withoutId.length > 0) {
          const text = t("importRowsWithoutId", {
            count: String(withoutId.length),
            rows: withoutId.join(", "),
          });
          io.err(`${t("note", { text })}\n`);
        }
        const result: ImportCommandResult = {
          input,
          tracker: trackerPath,
          created,
          dryRun: Boolean(options.dryRun),
          written,
          kind: read.kind,
          tagged: read.tagged,
          report: batch.report,
          reportDate: {
            date: batch.report.date,
            from: read.dateFrom,
            ...(read.dateLine ? { line: read.dateLine } : {}),
          },
          warnings: read.warnings.map((warning) => batchWarningText(warning, t)),
          candidates: { found: read.candidates.length, included: includeCandidates },
          summary,
          items: plan.items,
        };
        if (options.json) io.out(`${JSON.stringify(result, null, 2)}\n`);
        else
          io.out(
            summaryText(
              result,
              batch,
              new Set(choices.acceptTextChanges ?? []),
              Boolean(options.confirmRepeats),
              content.columns,
              // A missing or hand-changed sheet is not the import's concern: only a refreshed one is mentioned.
              written &&
                (store.followUp?.outcome === "refreshed" || store.followUp?.outcome === "unchanged")
                ? followUpText(store.followUp, today, t)
                : null,
              t
            )
          );
        setExit(summary.flagged > 0 ? EXIT.problemsFound : EXIT.ok);
      }
    );
};
