import { LANGUAGES } from "../core/language";
import { existsSync } from "fs";
import { resolve } from "path";
import { Command, Option } from "commander";
import { columnHeader, ColumnKey, isColumnKey, TRACKER_COLUMNS } from "../core/schema/columns";
import type { Language } from "../core/schema/plan";
import { PLAN_TEXTS } from "../core/schema/texts";
import { VOCABULARIES } from "../core/schema/vocabularies";
import { buildWorkbookPlan } from "../core/schema/workbook-plan";
import { computeStats, TrackerStats } from "../core/tracker/stats";
import { historyFigures } from "../core/tracker/figures";
import type { AdoptNote, LegacyColumn } from "../core/tracker/legacy";
import { applyTidy, proposeTidy, TidyProposal } from "../core/tracker/tidy";
import { validateRows } from "../core/tracker/validate";
import type { VocabularyKey } from "../core/schema/vocabularies";
import { XlsxTrackerStore } from "../files/xlsx/store";
import { readStakeholdersFile } from "../files/xlsx/stakeholders";
import { QUADRANT_ORDER, QUADRANTS, STAKEHOLDER_TEXTS } from "../core/schema/stakeholders";
import { quadrantCounts } from "../core/tracker/stakeholders";
import { upgradeTrackerFile } from "../files/xlsx/upgrade";
import {
  adoptWorkbook,
  buildTemplate,
  createFile,
  readInput,
  writeAtomically,
} from "../files/xlsx";
import type { TrackerFile } from "../files/xlsx";
import { changeFile } from "../files/xlsx";
import type { DashboardRefresh } from "../files/xlsx/dashboard";
import type { RegisterCommand } from "./io";
import { CommandIo, EXIT, fileNotes, Refusal } from "./io";
import { metadataProblemText, type CliMessageKey, type CliTranslate } from "./i18n";
import { todayOption } from "./today";
import { MAX_KEY_LIMIT, parseKeyLimit } from "../core/schema/customxml";

/** --key-limit: a whole number of key recommendations per report, or "none" to remove the limit. */
function keyLimitOption(value: string | undefined, t: CliTranslate): number | null | undefined {
  if (value === undefined) return undefined;
  if (/^\s*(none|0)\s*$/i.test(value)) return null;
  const limit = parseKeyLimit(value);
  if (limit === null) throw new Refusal(t("keyLimitBad", { max: String(MAX_KEY_LIMIT), value }));
  return limit;
}

const langOption = (t: CliTranslate) =>
  new Option("--lang <language>", t("help_sheetLang")).choices(LANGUAGES);

/** How adopt found a column, in the user's words. */
const BASIS: Record<LegacyColumn["basis"], CliMessageKey> = {
  header: "basis_header",
  values: "basis_values",
  "header and values": "basis_both",
  user: "basis_user",
  none: "basis_none",
};

function refuseOverwrite(path: string, t: CliTranslate): never {
  throw new Refusal(t("alreadyExists", { path }));
}

/**
 * Writes a file the command makes: created exclusively (a file that appears
 * meanwhile, say from an import, is never overwritten), or replaced under
 * its lock with --force.
 */
export async function writeNew(
  path: string,
  bytes: Uint8Array,
  force: boolean | undefined,
  io: CommandIo
) {
  const warn = fileNotes(io);
  if (force) await writeAtomically(path, bytes, { warn });
  else await createFile(path, bytes, { warn });
}

function parseMap(
  entries: string[] | undefined,
  t: CliTranslate
): Record<string, ColumnKey | null> | undefined {
  if (!entries || entries.length === 0) return undefined;
  const mapping: Record<string, ColumnKey | null> = {};
  for (const entry of entries) {
    const at = entry.lastIndexOf("=");
    if (at <= 0) throw new Refusal(t("mapBad", { entry }));
    const header = entry.slice(0, at).trim();
    const key = entry.slice(at + 1).trim();
    if (key !== "-" && !isColumnKey(key)) throw new Refusal(t("mapKeyBad", { key }));
    mapping[header] = key === "-" ? null : (key as ColumnKey);
  }
  return mapping;
}

/**
 * Refuses a tracker whose user deleted or renamed a column the command needs:
 * otherwise every row would read as empty there (40 "Rec ID is empty" lines,
 * or a total of 0) without saying why.
 */
function requireColumns(
  tracker: TrackerFile,
  path: string,
  keys: readonly ColumnKey[],
  t: CliTranslate
): void {
  const missing = keys.filter((key) => tracker.headers[key] === undefined);
  if (missing.length === 0) return;
  const names = missing.map((key) => `"${columnHeader(key, tracker.language)}"`).join(", ");
  throw new Refusal(
    t("columnsMissing", {
      path,
      table: tracker.tableName ?? tracker.sheetName,
      names,
      count: String(missing.length),
    })
  );
}

const REQUIRED_COLUMNS = TRACKER_COLUMNS.filter((column) => column.required).map(
  (column) => column.key
);

function percent(count: number, total: number): string {
  return total === 0 ? "0%" : `${Math.round((count / total) * 100)}%`;
}

function statsText(stats: TrackerStats, language: Language): string {
  const t = PLAN_TEXTS[language];
  const lines = [
    `${t.total}: ${stats.total}`,
    `${t.overdue}: ${stats.overdue}`,
    `${t.dueSoon}: ${stats.dueSoon}`,
    `${t.notVerified}: ${stats.implementedNotVerified}`,
    ...(stats.replyOverdue !== null ? [`${t.reasons.replyOverdue}: ${stats.replyOverdue}`] : []),
  ];
  if (stats.key.total > 0)
    lines.push(
      `${t.keyTotal}: ${stats.key.total}`,
      `${t.keyImplemented}: ${stats.key.implemented}`,
      `${t.keyOverdue}: ${stats.key.overdue}`
    );
  const fixed = (title: string, vocab: "status" | "accepted", counts: Record<string, number>) => {
    lines.push("", `${title}:`);
    for (const value of VOCABULARIES[vocab].values) {
      const count = counts[value.key] ?? 0;
      lines.push(`  ${value.labels[language]}: ${count} (${percent(count, stats.total)})`);
    }
  };
  fixed(t.byStatus, "status", stats.byStatus);
  fixed(t.byAcceptance, "accepted", stats.byAccepted);
  for (const [title, entries] of [
    [t.byAuthority, stats.byAuthority],
    [t.byTheme, stats.byTheme],
    [t.byPlace, stats.byPlace],
    [t.byPlaceType, stats.byPlaceType],
  ] as const) {
    lines.push("", `${title}:`);
    for (const entry of entries)
      lines.push(`  ${entry.label}: ${entry.count} (${percent(entry.count, stats.total)})`);
  }
  lines.push("", `${t.byYear}:`);
  for (const year of stats.byYear) {
    const parts = VOCABULARIES.status.values.map(
      (value) => `${value.labels[language]} ${year.byStatus[value.key]}`
    );
    lines.push(`  ${year.year}: ${year.total} (${parts.join(", ")})`);
  }
  trendsText(stats, language, lines);
  return `${lines.join("\n")}\n`;
}

/** The trends from the history, after the Dashboard's counts; a section with nothing to show is left out. */
function trendsText(stats: TrackerStats, language: Language, lines: string[]): void {
  const t = PLAN_TEXTS[language].trends;
  const section = (title: string, rows: string[]) => {
    if (rows.length > 0) lines.push("", `${title}:`, ...rows.map((row) => `  ${row}`));
  };
  const share = (part: number, whole: number) => `${percent(part, whole)} (${part}/${whole})`;
  const { trends } = stats;
  section(
    t.yearEnd,
    stats.byYearEnd.map((year) => {
      const parts = VOCABULARIES.status.values.map(
        (value) => `${value.labels[language]} ${year.byStatus[value.key]}`
      );
      return `${year.asOf}: ${year.total} (${parts.join(", ")})`;
    })
  );
  section(
    t.rateByYear,
    trends.implementationByYear
      .filter((year) => year.total > 0)
      .map((year) => `${year.year}: ${share(year.implemented, year.total)}`)
  );
  section(
    t.toResponse,
    trends.byAuthority
      .filter((a) => a.medianDaysToResponse !== null)
      .map((a) => `${a.authority}: ${a.medianDaysToResponse} (${a.responses})`)
  );
  section(
    t.toImplementation,
    trends.byAuthority
      .filter((a) => a.medianDaysToImplementation !== null)
      .map((a) => `${a.authority}: ${a.medianDaysToImplementation} (${a.implemented})`)
  );
  section(
    t.onTime,
    trends.byAuthority
      .filter((a) => a.onTimeShare !== null)
      .map((a) => `${a.authority}: ${share(a.repliesOnTime, a.repliesDue)}`)
  );
  section(
    t.repeated,
    trends.repeatedByPlaceAndTheme.map((r) => `${r.place}, ${r.theme}: ${r.repeated}/${r.total}`)
  );
}

/** What `stats --refresh` did to the Dashboard, in a sentence. */
function refreshText(
  refresh: DashboardRefresh | null,
  path: string,
  written: boolean,
  t: CliTranslate
): string {
  switch (refresh?.outcome) {
    case "refreshed":
    case "unchanged":
      return t(written ? "refresh_written" : "refresh_unchanged", {
        sheet: refresh.sheet ?? "",
        path,
      });
    case "blocked":
      return t("refresh_blocked", { sheet: refresh.sheet ?? "", path });
    default:
      return t("refresh_missing", { path });
  }
}

/** What validate says about tidying the lists: a hint, the proposals (--fix), what was written (--write). */
function tidyText(
  proposals: readonly TidyProposal[],
  tracker: TrackerFile,
  path: string,
  fix: boolean,
  tidied: { changes: number; rows: number } | null,
  t: CliTranslate
): string {
  if (proposals.length === 0) return fix ? `${t("tidyNothing")}\n` : "";
  if (!fix) return `${t("tidyHint", { count: String(proposals.length) })}\n`;
  const header = (key: ColumnKey) => tracker.headers[key] ?? columnHeader(key, tracker.language);
  const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(", ");
  const rows = (n: number) => t("tidyRows", { count: String(n) });
  const lines = ["", t("tidyTitle")];
  for (const proposal of proposals)
    lines.push(
      `  ${
        proposal.kind === "merge"
          ? t("tidyMerge", {
              column: header(proposal.column),
              from: quoted(proposal.from),
              into: proposal.into,
              rows: rows(proposal.rows),
            })
          : t("tidySplit", {
              column: header(proposal.column),
              value: proposal.value,
              parts: quoted(proposal.parts),
              rows: rows(proposal.rows),
            })
      }`
    );
  lines.push(
    tidied
      ? t("tidyApplied", { changes: String(tidied.changes), rows: rows(tidied.rows), path })
      : t("tidyDryRun")
  );
  return `${lines.join("\n")}\n`;
}

export const registerTrackerCommands: RegisterCommand = (program: Command, io, setExit) => {
  program
    .command("template")
    .description(io.t("help_template"))
    .argument(`<${io.t("arg_out")}>`, io.t("help_template_out"))
    .addOption(langOption(io.t).default("en"))
    .option("--force", io.t("help_force"))
    .option("--key-limit <n>", io.t("help_keyLimit"))
    .action(
      async (out: string, options: { lang: Language; force?: boolean; keyLimit?: string }) => {
        const keyLimit = keyLimitOption(options.keyLimit, io.t);
        // The block of figures from the history is there from the start, with its chart (empty until events are recorded).
        const figures = historyFigures([], {
          today: todayOption(undefined, io.t),
          language: options.lang,
          history: [],
        });
        const bytes = await buildTemplate(
          buildWorkbookPlan({
            language: options.lang,
            keyLimit,
            dashboard: { sections: {}, figures },
          })
        );
        await writeNew(out, bytes, options.force, io);
        io.out(`${io.t("templateWrote", { out, language: options.lang })}\n`);
        setExit(EXIT.ok);
      }
    );

  program
    .command("adopt")
    .description(io.t("help_adopt"))
    .argument(`<${io.t("arg_in")}>`, io.t("help_adopt_in"))
    .argument(`<${io.t("arg_out")}>`, io.t("help_adopt_out"))
    .option("--sheet <name>", io.t("help_adopt_sheet"))
    .addOption(langOption(io.t))
    .option(
      "--map <header=key...>",
      io.t("help_adopt_map", { example: '"Follow-up visit=verified" "Internal=-"' })
    )
    .option("--today <date>", io.t("help_todayFollowUp"))
    .option("--force", io.t("help_force"))
    .option("--json", io.t("help_adopt_json"))
    .action(
      async (
        input: string,
        out: string,
        options: {
          sheet?: string;
          lang?: Language;
          map?: string[];
          today?: string;
          force?: boolean;
          json?: boolean;
        }
      ) => {
        const { t } = io;
        if (resolve(out) === resolve(input)) throw new Refusal(t("adoptSameFile", { input }));
        if (!options.force && existsSync(out)) refuseOverwrite(out, t);
        const data = await readInput(input);
        const result = await adoptWorkbook(data, input, {
          sheet: options.sheet,
          language: options.lang,
          mapping: parseMap(options.map, t),
          today: todayOption(options.today, io.t),
        });
        await writeNew(out, result.bytes, options.force, io);
        const { mapping, adopted } = result;
        if (options.json) {
          io.out(
            `${JSON.stringify(
              {
                sheet: result.sheetName,
                headerRow: mapping.headerRow + 1,
                language: result.language,
                rows: adopted.records.length,
                columns: mapping.columns.map((column) => ({
                  column: column.index + 1,
                  header: column.header,
                  key: column.key,
                  confidence: column.confidence,
                  basis: column.basis,
                })),
                extraColumns: adopted.extraHeaders,
                idsMade: adopted.idsMade,
                notes: adopted.notes,
                notCarried: result.notCarried,
              },
              null,
              2
            )}\n`
          );
        } else {
          const lines = [
            t("adoptSheet", {
              sheet: result.sheetName,
              row: String(mapping.headerRow + 1),
              count: String(adopted.records.length),
            }),
            t("adoptMapping"),
          ];
          for (const column of mapping.columns) {
            const header =
              column.header || t("adoptNoHeader", { number: String(column.index + 1) });
            lines.push(
              `  ${
                column.key
                  ? t("adoptMapped", {
                      header,
                      key: column.key,
                      name: columnHeader(column.key, result.language),
                      percent: String(Math.round(column.confidence * 100)),
                      basis: t(BASIS[column.basis]),
                    })
                  : t("adoptOwn", { header })
              }`
            );
          }
          const counts = new Map<AdoptNote["kind"], number>();
          for (const note of adopted.notes) counts.set(note.kind, (counts.get(note.kind) ?? 0) + 1);
          for (const [kind, count] of counts)
            lines.push(`  ${t(`adoptNote_${kind}`, { count: String(count) })}`);
          if (adopted.idsMade)
            lines.push(`  ${t("adoptIdsMade", { count: String(adopted.idsMade) })}`);
          if (result.notCarried.length) {
            const text = t("adoptNotCarried", { parts: result.notCarried.join(", "), input });
            lines.push(t("note", { text }));
          }
          lines.push(t("adoptWrote", { out, input }));
          io.out(`${lines.join("\n")}\n`);
        }
        setExit(EXIT.ok);
      }
    );

  program
    .command("validate")
    .description(io.t("help_validate"))
    .argument(`<${io.t("arg_tracker")}>`, io.t("help_argTracker"))
    .option("--json", io.t("help_validate_json"))
    .option("--strict", io.t("help_validate_strict"))
    .option("--today <date>", io.t("help_validate_today"))
    .option("--fix", io.t("help_validate_fix"))
    .option("--write", io.t("help_validate_write"))
    .action(
      async (
        path: string,
        options: {
          json?: boolean;
          strict?: boolean;
          today?: string;
          fix?: boolean;
          write?: boolean;
        }
      ) => {
        const { t } = io;
        if (options.write && !options.fix) throw new Refusal(t("validateWriteWithoutFix"));
        const today = todayOption(options.today, io.t);
        const store = new XlsxTrackerStore(await readInput(path), path, { followUpToday: today });
        await store.read();
        const tracker = store.tracker as TrackerFile;
        requireColumns(tracker, path, REQUIRED_COLUMNS, t);
        const proposals = proposeTidy(tracker.rows, {
          language: tracker.language,
          lists: await store.listItems(),
        });
        let tidied: { changes: number; rows: number } | null = null;
        if (options.fix && options.write && proposals.length > 0) {
          const result = applyTidy(tracker.rows, proposals);
          const listRemovals: Partial<Record<VocabularyKey, string[]>> = {};
          for (const [key, entry] of Object.entries(result.lists) as [
            VocabularyKey,
            { remove: string[] },
          ][])
            if (entry.remove.length > 0) listRemovals[key] = entry.remove;
          await store.write({ updates: result.updates, additions: [], listRemovals });
          if (store.changed) await writeAtomically(path, store.bytes());
          tidied = { changes: proposals.length, rows: result.updates.length };
        }
        const issues = validateRows(tracker.rows, {
          language: io.language,
          today,
          headers: tracker.headers,
          keyLimit: tracker.metadata?.keyLimit,
        });
        const errors = issues.filter((issue) => issue.severity === "error").length;
        const problems = options.strict ? issues.length : errors;
        if (options.json) {
          io.out(
            `${JSON.stringify(
              {
                file: path,
                rows: tracker.rows.length,
                errors,
                warnings: issues.length - errors,
                metadataProblem: tracker.metadataProblem ?? null,
                issues,
                ...(options.fix ? { tidy: proposals, written: tidied !== null } : {}),
              },
              null,
              2
            )}\n`
          );
        } else {
          if (tracker.metadataProblem)
            io.out(`${metadataProblemText(tracker.metadataProblem, t)}\n`);
          for (const issue of issues) {
            const where = issue.column
              ? `, ${tracker.headers[issue.column] ?? columnHeader(issue.column, tracker.language)}`
              : "";
            const message =
              issue.severity === "error"
                ? issue.message
                : t("validateWarning", { message: issue.message });
            io.out(`${t("validateRow", { row: String(issue.row), where, message })}\n`);
          }
          io.out(
            `${t("validateSummary", {
              count: String(tracker.rows.length),
              errors: String(errors),
              warnings: String(issues.length - errors),
            })}\n`
          );
          io.out(tidyText(proposals, tracker, path, options.fix === true, tidied, t));
        }
        setExit(problems > 0 ? EXIT.problemsFound : EXIT.ok);
      }
    );

  program
    .command("upgrade")
    .description(io.t("help_upgrade"))
    .argument(`<${io.t("arg_tracker")}>`, io.t("help_argTrackerInPlace"))
    .option("--reorder", io.t("help_upgrade_reorder"))
    .option("--today <date>", io.t("help_todayFollowUp"))
    .option("--key-limit <n>", io.t("help_keyLimit"))
    .option("--json", io.t("help_json"))
    .action(
      async (
        path: string,
        options: { reorder?: boolean; today?: string; json?: boolean; keyLimit?: string }
      ) => {
        const { t } = io;
        const today = todayOption(options.today, t);
        const limit = keyLimitOption(options.keyLimit, t);
        const result = await upgradeTrackerFile(await readInput(path), path, {
          today,
          reorder: options.reorder,
          keyLimit: limit,
        });
        await writeAtomically(path, result.bytes);
        if (options.json) {
          const { bytes: _bytes, ...rest } = result;
          void _bytes;
          io.out(`${JSON.stringify({ file: path, ...rest }, null, 2)}\n`);
        } else {
          const list = (items: string[]) => (items.length ? items.join(", ") : t("upgradeNone"));
          const lines = [
            t("upgraded", { path }),
            `  ${t("upgradeAdded", { list: list(result.addedColumns) })}`,
            `  ${t("upgradeKept", { list: list(result.extraKept) })}`,
          ];
          if (result.addedHistory) lines.push(`  ${t("upgradeHistory")}`);
          if (result.addedStakeholders) lines.push(`  ${t("upgradeStakeholders")}`);
          if (limit !== undefined)
            lines.push(
              `  ${limit === null ? t("upgradeNoLimit") : t("upgradeLimit", { limit: String(limit) })}`
            );
          if (result.reordered) lines.push(`  ${t("upgradeReordered")}`);
          else if (result.reorderRefused)
            lines.push(`  ${t("upgradeNotReordered", { reason: result.reorderRefused })}`);
          io.out(`${lines.join("\n")}\n`);
        }
        setExit(EXIT.ok);
      }
    );

  program
    .command("stats")
    .description(io.t("help_stats"))
    .argument(`<${io.t("arg_tracker")}>`, io.t("help_argTracker"))
    .option("--json", io.t("help_stats_json"))
    .option("--today <date>", io.t("help_stats_today"))
    .option("--refresh", io.t("help_stats_refresh"))
    .action(
      async (path: string, options: { json?: boolean; today?: string; refresh?: boolean }) => {
        const today = todayOption(options.today, io.t);
        const done: { store?: XlsxTrackerStore; refresh?: DashboardRefresh } = {};
        const statsOf = async (store: XlsxTrackerStore) => {
          await store.read();
          const tracker = store.tracker as TrackerFile;
          // The Dashboard counts rows with a recommendation text: without that column every count is 0.
          requireColumns(tracker, path, ["text"], io.t);
          // Schema v2: the status at each year's end from the history, replies overdue from the setting.
          const history = await store.readHistory();
          if (options.refresh && !history.present)
            throw new Refusal(io.t("statsNoHistory", { path }));
          // Actors per quadrant of the power-interest grid (null: the tracker has no Stakeholders sheet).
          const actors = await readStakeholdersFile(store.bytes(), path);
          return {
            // The Dashboard's words in the language the user asked for, else the tracker's.
            language: io.chosenLanguage ?? tracker.language,
            stakeholders: actors ? quadrantCounts(actors) : null,
            stats: computeStats(
              tracker.rows.map((row) => row.values),
              { today, replyDays: history.replyDays, history: history.rows }
            ),
          };
        };
        let result: Awaited<ReturnType<typeof statsOf>> | undefined;
        if (options.refresh) {
          // Under the file's lock, read and written in one step; nothing is written when nothing changes.
          await changeFile(
            path,
            async (current) => {
              const store = (done.store = new XlsxTrackerStore(current as Uint8Array, path));
              result = await statsOf(store);
              done.refresh = await store.refreshFigures(today);
              return store.changed ? store.bytes() : null;
            },
            { missing: "refuse", warn: fileNotes(io) }
          );
        } else result = await statsOf(new XlsxTrackerStore(await readInput(path), path));
        if (!result) throw new Error("the tracker was not read");
        const { stats, language, stakeholders } = result;
        const written = done.store?.changed ?? false;
        if (options.json)
          io.out(
            `${JSON.stringify(
              options.refresh
                ? {
                    ...stats,
                    stakeholders,
                    refresh: { outcome: done.refresh?.outcome ?? null, written },
                  }
                : { ...stats, stakeholders },
              null,
              2
            )}\n`
          );
        else {
          io.out(statsText(stats, language) + stakeholdersText(stakeholders, language));
          if (options.refresh)
            io.out(`\n${refreshText(done.refresh ?? null, path, written, io.t)}\n`);
        }
        if (
          options.refresh &&
          done.refresh?.outcome !== "refreshed" &&
          done.refresh?.outcome !== "unchanged"
        ) {
          setExit(EXIT.problemsFound);
          return;
        }
        setExit(EXIT.ok);
      }
    );
};

/** The power-interest grid's quadrants in the tracker's language, after the Dashboard's figures. */
function stakeholdersText(
  counts: ReturnType<typeof quadrantCounts> | null,
  language: Language
): string {
  if (!counts) return "";
  const t = STAKEHOLDER_TEXTS[language];
  const lines = QUADRANT_ORDER.map(
    (quadrant) => `  ${QUADRANTS[quadrant].name[language]}: ${counts[quadrant]}`
  );
  return `\n${t.gridTitle}\n${lines.join("\n")}\n  ${t.notPlaced}: ${counts.notPlaced}\n`;
}
