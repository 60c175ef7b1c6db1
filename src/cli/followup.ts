import type { Command } from "commander";
import { changeFile } from "../files/xlsx";
import type { FollowUpRefresh } from "../files/xlsx/followup";
import { XlsxTrackerStore } from "../files/xlsx/store";
import type { RegisterCommand } from "./io";
import { todayOption } from "./today";
import { EXIT } from "./io";

/**
 * rectrack followup: refreshes a tracker's Follow-up sheet (what is overdue,
 * due soon, or implemented but not verified) from its rows, as the Excel
 * pane's "Refresh follow-up" does; the import refreshes it too. Only that
 * sheet's parts change, and the file is written atomically, or not at all
 * when the sheet already holds the list.
 */

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The list's counts in plain words, and what happened to the sheet. */
export function followUpText(refresh: FollowUpRefresh, today: string): string {
  const { overdue, dueSoon, notVerified, notImplemented } = refresh.counts;
  const stalled =
    notImplemented > 0 ? `, ${notImplemented} not implemented (with strategies to try)` : "";
  const counts = `${plural(overdue, "recommendation", "recommendations")} overdue, ${dueSoon} due within 30 days, ${notVerified} implemented but not verified by the NPM${stalled}`;
  switch (refresh.outcome) {
    case "refreshed":
      return `Follow-up sheet "${refresh.sheet}" refreshed for ${today}: ${counts}.`;
    case "unchanged":
      return `Follow-up sheet "${refresh.sheet}" was already up to date for ${today}: ${counts}.`;
    case "missing":
      return `The tracker has no Follow-up sheet (it was deleted, or its FollowUp table renamed), so none was refreshed. For ${today}: ${counts}.`;
    case "blocked":
      return `The "${refresh.sheet}" sheet was changed by hand (its table's columns or total row, or cells just below the table), so it was left as it was. For ${today}: ${counts}.`;
  }
}

export const registerFollowUpCommand: RegisterCommand = (program: Command, io, setExit) => {
  program
    .command("followup")
    .description(
      "refresh a tracker's Follow-up sheet: what is overdue, due soon, or implemented but not verified"
    )
    .argument("<tracker>", "the tracker .xlsx workbook")
    .option("--today <date>", "date used for overdue and due-soon (default: today)")
    .option("--json", "print the result as one JSON object")
    .addHelpText(
      "after",
      "\nExit status: 0 refreshed (or already up to date); 1 the Follow-up sheet is missing or was changed by hand, so the file was left as it was; 2 bad input, nothing written.\n"
    )
    .action(async (path: string, options: { today?: string; json?: boolean }) => {
      const today = todayOption(options.today);
      const done: { store?: XlsxTrackerStore; refresh?: FollowUpRefresh } = {};
      await changeFile(
        path,
        async (current) => {
          const store = (done.store = new XlsxTrackerStore(current as Uint8Array, path));
          done.refresh = await store.refreshFollowUp(today);
          return store.changed ? store.bytes() : null;
        },
        { missing: "refuse", warn: (text) => io.err(`Note: ${text}\n`) }
      );
      const { store, refresh } = done as Required<typeof done>;
      if (options.json) {
        io.out(
          `${JSON.stringify(
            {
              file: path,
              today,
              sheet: refresh.sheet,
              outcome: refresh.outcome,
              written: store.changed,
              rows: refresh.items.length,
              ...refresh.counts,
              items: refresh.items.map((item) => ({
                reason: item.reason,
                days: item.days,
                id: item.record.id ?? null,
                ref: item.record.ref ?? null,
              })),
            },
            null,
            2
          )}\n`
        );
      } else {
        io.out(`${followUpText(refresh, today)}\n`);
        io.out(store.changed ? `Wrote ${path}.\n` : `${path} was left as it was.\n`);
      }
      const refreshed = refresh.outcome === "refreshed" || refresh.outcome === "unchanged";
      setExit(refreshed ? EXIT.ok : EXIT.problemsFound);
    });
};
