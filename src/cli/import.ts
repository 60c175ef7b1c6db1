import { existsSync } from "fs";
import { resolve } from "path";
import { Command, Option } from "commander";
import type { RecommendationBatch } from "../core/model/batch";
import {
  withCandidates,
  type BatchWarning,
  type BatchWarningCode,
} from "../core/model/batch-from-report";
import { formatMessage } from "../core/language/message";
import type { Wording } from "../core/model/problem";
import { InputError } from "../core/model/errors";
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
import { EXIT } from "./io";

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

function label(item: ImportItem, batch: RecommendationBatch): string {
  const rec = batch.recommendations[item.index];
  const ref = rec?.ref ? `Recommendation ${rec.ref}` : `Recommendation #${item.index + 1}`;
  const row = item.existing ? ` (tracker row ${item.existing.row})` : "";
  return `${ref}${row}`;
}

function flagText(
  item: ImportItem,
  accepted: boolean,
  flag: ImportItem["flags"][number],
  columns: readonly ColumnKey[]
): string {
  switch (flag) {
    case "textChanged":
      return accepted
        ? "its text changed in the report; the new text replaces the tracked one (--accept-text-changes)."
        : "its text changed in the report; the tracked text was kept (add --accept-text-changes to replace it).";
    case "duplicateInBatch":
      return "it appears twice in the report; only the first one is imported.";
    case "idOfAnotherReport":
      return `its Rec ID belongs to tracker row ${item.idOfReport?.row ?? "?"} of another report${item.idOfReport?.report ? ` ("${item.idOfReport.report}")` : ""} (a report saved under a new name keeps the old ids), so it was added with a new Rec ID and that row was left as it was.`;
    case "missingColumn": {
      const missing = (Object.keys(item.incoming) as ColumnKey[])
        .filter((key) => key !== "id" && !columns.includes(key))
        .map((key) => `"${columnHeader(key, "en")}"`);
      return `the tracker has no ${missing.join(", ")} column, so that detail was not written; add the column to the table and import again.`;
    }
    default:
      return String(flag);
  }
}

/** The reader's warnings in the command line's words (English): a code without its sentence does not compile. */
const BATCH_WARNINGS: Wording<BatchWarningCode, string> = {
  noText: "Recommendation {number} has no text and was left out.",
  tooLong:
    "Recommendation {number} is longer than an Excel cell holds (32,767 characters) and was left out.",
  taggedTextGone:
    "{count, plural, one {# recommendation was left out: its tagged text is no longer in the report.} other {# recommendations were left out: their tagged text is no longer in the report.}}",
  untaggedLeftOut:
    "{count, plural, one {# recommendation found in the report is not tagged and was left out.} other {# recommendations found in the report are not tagged and were left out.}}",
  trackedChanges:
    "the report has tracked changes; it was read as if all of them were accepted (accept or reject them in Word first if that is not what the report says).",
  otherLanguage:
    "the report seems to be written in a language the finder does not read yet (it reads English, French and Spanish), so no recommendation was found in it; tag them in Word instead.",
};

export function batchWarningText(warning: BatchWarning): string {
  return formatMessage(BATCH_WARNINGS[warning.code], { ...warning.values }, "en");
}

const DATE_FROM: Record<NonNullable<BatchInput["dateFrom"]>, string> = {
  report: "read from the report",
  word: "saved in the report by the Word add-in",
  given: "given with --report-date",
  batch: "from the batch file",
};

function summaryText(
  result: ImportCommandResult,
  batch: RecommendationBatch,
  accepted: Set<number>,
  confirmed: boolean,
  columns: readonly ColumnKey[],
  followUp: string | null
): string {
  const s = result.summary;
  const lines: string[] = [];
  for (const warning of result.warnings) lines.push(`Note: ${warning}`);
  const title = result.report.title ? ` "${result.report.title}"` : "";
  lines.push(
    `${result.input}: report${title}, ${batch.recommendations.length} recommendations (${result.tagged ? "tagged in Word" : result.kind === "json" ? "from a batch" : "found in the text"}).`
  );
  lines.push(
    `Report date: ${result.reportDate.date} (${DATE_FROM[result.reportDate.from ?? "given"]}).`
  );
  lines.push(
    `${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${s.flagged} flagged.`
  );
  if (s.corrected > 0)
    lines.push(
      `${s.corrected} of the updated row${s.corrected === 1 ? " was" : "s were"} corrected: details an earlier import left empty or wrote wrongly (such as a "Date made" that was the day of that import) now come from the report.`
    );
  const { found, included } = result.candidates;
  if (found > 0)
    lines.push(
      included
        ? `${found} possible recommendation${found === 1 ? " was" : "s were"} included (--include-candidates).`
        : found === 1
          ? "1 possible recommendation was left out: the finder found it just below its threshold. Add --include-candidates to import it, or tag it in Word (rectrack extract REPORT.docx lists it)."
          : `${found} possible recommendations were left out: the finder found them just below its threshold. Add --include-candidates to import them, or tag them in Word (rectrack extract REPORT.docx lists them).`
    );
  const flagged = result.items.filter((item) => item.flags.length > 0);
  if (flagged.length > 0) {
    lines.push("", "Please look at:");
    for (const item of flagged) {
      for (const flag of item.flags)
        lines.push(
          `  ${label(item, batch)}: ${flagText(item, accepted.has(item.index), flag, columns)}`
        );
      if (item.textChange) {
        lines.push(`      in the tracker: ${quote(item.textChange.before)}`);
        lines.push(`      in the report:  ${quote(item.textChange.after)}`);
      }
    }
  }
  const repeats = result.items.filter((item) => item.repeatProposal);
  if (repeats.length > 0) {
    lines.push(
      "",
      confirmed
        ? "Linked as repeats of earlier recommendations (--confirm-repeats):"
        : "These may repeat earlier recommendations (not linked; add --confirm-repeats to link them):"
    );
    for (const item of repeats) {
      const p = item.repeatProposal as NonNullable<ImportItem["repeatProposal"]>;
      const earlier = [
        p.ref ? `ref ${p.ref}` : "",
        p.report ? `report ${p.report}` : "",
        `id ${p.id}`,
      ]
        .filter(Boolean)
        .join(", ");
      lines.push(
        `  ${label(item, batch)} is ${Math.round(p.similarity * 100)}% like ${quote(p.text, 70)} (${earlier}).`
      );
    }
  }
  lines.push("");
  if (result.dryRun)
    lines.push(`Dry run: ${result.tracker} was not ${result.created ? "created" : "changed"}.`);
  else if (result.written)
    lines.push(
      result.created ? `Created ${result.tracker} from the template.` : `Wrote ${result.tracker}.`
    );
  else lines.push(`Nothing to change: ${result.tracker} was left as it was.`);
  if (followUp) lines.push(followUp);
  return `${lines.join("\n")}\n`;
}

export const registerImportCommand: RegisterCommand = (program: Command, io, setExit) => {
  program
    .command("import")
    .description(
      "add a report's recommendations (.docx) or a batch (.json) to a tracker workbook; imported again, nothing is duplicated and no tracking data is lost"
    )
    .argument("<input>", "the Word report (.docx) or recommendation batch (.json)")
    .argument(
      "<tracker>",
      "the tracker .xlsx workbook (made from the template if it does not exist)"
    )
    .option("--dry-run", "show what would change; write nothing")
    .option("--json", "print the result as one JSON object")
    .option(
      "--report-date <date>",
      "the report's date (YYYY-MM-DD), 'Date made' of its recommendations: needed when the report does not say it, and wins over what it says"
    )
    .option(
      "--today <date>",
      "the import's date, for the Follow-up sheet's overdue and due-soon lists (default: today)"
    )
    .option(
      "--accept-text-changes",
      "where the report's text of a tracked recommendation differs, take the report's text (by default the tracked text is kept and flagged)"
    )
    .option(
      "--include-candidates",
      "from a report, also import the possible recommendations the finder found just below its threshold and nobody tagged (by default they are left out and counted)"
    )
    .option(
      "--confirm-repeats",
      "link recommendations to the earlier ones they seem to repeat (by default the links are only proposed)"
    )
    .addOption(
      new Option("--lang <language>", "language of a tracker made from the template")
        .choices(["en", "fr", "es"])
        .default("en")
    )
    .addHelpText(
      "after",
      "\nExit status: 0 imported; 1 imported, but some recommendations are flagged for a look (their tracked text was kept, or they appear twice); 2 bad input, nothing written.\n"
    )
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
        if (resolve(input) === resolve(trackerPath))
          throw new InputError("the report and the tracker must be two different files.");
        const today = todayOption(options.today);
        const reportDate = dateOption("--report-date", options.reportDate);
        const read = await readBatchInput(await readInput(input, "a report"), input, {
          reportDate,
        });
        const includeCandidates = Boolean(options.includeCandidates) && read.candidates.length > 0;
        const batch = includeCandidates
          ? withCandidates(read.batch, read.candidates).batch
          : read.batch;
        if (read.otherLanguage)
          throw new InputError(
            `${input} seems to be written in a language the finder does not read yet (it reads English, French and Spanish), so no recommendation was found and nothing was written; mark them in Word, then import again.`
          );
        if (!batch.report.date)
          throw new InputError(
            `could not find the report's date in ${input}; give it with --report-date YYYY-MM-DD (nothing was written).`
          );
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
            { warn: (text) => io.err(`Note: ${text}\n`) }
          );
          written = change.written;
        }
        if (!done.outcome) throw new Error("the tracker was not read");
        const { store, content, plan, choices, summary, created } = done.outcome;
        const withoutId = plan.rowsWithoutId ?? [];
        if (withoutId.length > 0)
          io.err(
            `Note: ${withoutId.length === 1 ? `row ${withoutId[0]} has` : `rows ${withoutId.join(", ")} have`} no Rec ID, so the import left ${withoutId.length === 1 ? "it" : "them"} as ${withoutId.length === 1 ? "it was" : "they were"}; if ${withoutId.length === 1 ? "it is" : "they are"} one of this report's recommendations, give ${withoutId.length === 1 ? "it its" : "them their"} Rec ID back.\n`
          );
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
          warnings: read.warnings.map(batchWarningText),
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
                ? followUpText(store.followUp, today)
                : null
            )
          );
        setExit(summary.flagged > 0 ? EXIT.problemsFound : EXIT.ok);
      }
    );
};
