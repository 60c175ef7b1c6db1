import type { Command } from "commander";
import { changeFile } from "../files/xlsx";
import type { FollowUpRefresh } from "../files/xlsx/followup";
import { XlsxTrackerStore } from "../files/xlsx/store";
import type { RegisterCommand } from "./io";
import { helpAfter } from "./help";
import { todayOption } from "./today";
import { EXIT, fileNotes } from "./io";
import type { CliTranslate } from "./i18n";

/**
 * rectrack followup: refreshes a tracker's Follow-up sheet (what is overdue,
 * due soon, or implemented but not verified) from its rows, as the Excel
 * pane's "Refresh follow-up" does; the import refreshes it too. Only that
 * sheet's parts change, and the file is written atomically, or not at all
 * when the sheet already holds the list.
 */

/** The list's counts in plain words, and what happened to the sheet. */
export function followUpText(refresh: FollowUpRefresh, today: string, t: CliTranslate): string {
  const { overdue, dueSoon, notVerified, notImplemented } = refresh.counts;
  const counts = t("followUpCounts", {
    overdue: String(overdue),
    dueSoon: String(dueSoon),
    notVerified: String(notVerified),
    stalled: notImplemented > 0 ? t("followUpStalled", { count: String(notImplemented) }) : "",
  });
  return t(`followUp_${refresh.outcome}`, { sheet: refresh.sheet ?? "", today, counts });
}

export const registerFollowUpCommand: RegisterCommand = (program: Command, io, setExit) => {
  program
    .command("followup")
    .description(io.t("help_followup"))
    .argument(`<${io.t("arg_tracker")}>`, io.t("help_argTracker"))
    .option("--today <date>", io.t("help_followup_today"))
    .option("--json", io.t("help_json"))
    .addHelpText("after", helpAfter(io.t("help_exit", { text: io.t("help_followup_exit") })))
    .action(async (path: string, options: { today?: string; json?: boolean }) => {
      const { t } = io;
      const today = todayOption(options.today, t);
      const done: { store?: XlsxTrackerStore; refresh?: FollowUpRefresh } = {};
      await changeFile(
        path,
        async (current) => {
          const store = (done.store = new XlsxTrackerStore(current as Uint8Array, path));
          done.refresh = await store.refreshFollowUp(today);
          return store.changed ? store.bytes() : null;
        },
        { missing: "refuse", warn: fileNotes(io) }
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
        io.out(`${followUpText(refresh, today, t)}\n`);
        io.out(`${t(store.changed ? "wrote" : "leftAsItWas", { path })}\n`);
      }
      const refreshed = refresh.outcome === "refreshed" || refresh.outcome === "unchanged";
      setExit(refreshed ? EXIT.ok : EXIT.problemsFound);
    });
};
