import { InputError } from "../core/model/errors";
import { PublishSummary, publishCopy, removedAnything } from "../files/docx/publish";
import { readInput, realTarget } from "../files/local";
import type { RegisterCommand } from "./io";
import { helpAfter } from "./help";
import { EXIT, Refusal } from "./io";
import type { CliTranslate } from "./i18n";
import { writeNew } from "./tracker-commands";

/** What the copy no longer holds, one line each, in plain words. */
export function publishLines(
  summary: PublishSummary,
  keepTags: boolean,
  t: CliTranslate
): string[] {
  const lines: string[] = [];
  const count = (n: number) => ({ count: String(n) });
  if (summary.reportPartsRemoved > 0)
    lines.push(t(keepTags ? "publishReportPartsWhole" : "publishReportParts"));
  if (summary.reportPartsCleaned > 0) lines.push(t("publishReportPartsCleaned"));
  if (summary.backupPartsRemoved > 0)
    lines.push(t("publishBackups", count(summary.backupPartsRemoved)));
  if (summary.tagsRemoved > 0) lines.push(t("publishTags", count(summary.tagsRemoved)));
  if (summary.trackerLinkRemoved) lines.push(t("publishTrackerLink"));
  if (summary.otherSettingsRemoved > 0)
    lines.push(t("publishSettings", count(summary.otherSettingsRemoved)));
  if (summary.commentsRemoved > 0) {
    const comments = t("publishComments", count(summary.commentsRemoved));
    lines.push(
      summary.repliesRemoved > 0
        ? t("publishReplies", { comments, ...count(summary.repliesRemoved) })
        : comments
    );
  }
  if (summary.authorsRemoved > 0) lines.push(t("publishAuthors", count(summary.authorsRemoved)));
  if (summary.reviewSheetsRemoved > 0)
    lines.push(t("publishReviewSheets", count(summary.reviewSheetsRemoved)));
  return lines;
}

export const registerPublishCommand: RegisterCommand = (program, io, setExit) => {
  program
    .command("publish")
    .description(io.t("help_publish"))
    .argument(`<${io.t("arg_report")}>`, io.t("help_publish_report"))
    .argument(`<${io.t("arg_out")}>`, io.t("help_publish_out"))
    .option("--keep-tags", io.t("help_publish_keepTags"))
    .option("--force", io.t("help_force"))
    .option("--json", io.t("help_publish_json"))
    .addHelpText(
      "after",
      helpAfter(io.t("help_publish_after"), io.t("help_exit", { text: io.t("help_publish_exit") }))
    )
    .action(
      async (
        report: string,
        out: string,
        options: { keepTags?: boolean; force?: boolean; json?: boolean }
      ) => {
        const { t } = io;
        const keepTags = options.keepTags ?? false;
        const bytes = await readInput(report, "a Word document");
        if ((await realTarget(out)) === (await realTarget(report)))
          throw new Refusal(t("publishReportItself", { out }));
        let copy;
        try {
          copy = await publishCopy(bytes, { keepTags });
        } catch (error) {
          if (error instanceof InputError)
            throw new InputError(`${report}: ${error.message}`, error.code, {
              ...error.values,
              file: report,
            });
          throw error;
        }
        await writeNew(out, copy.bytes, options.force, io);
        const { summary } = copy;
        if (options.json) {
          io.out(
            `${JSON.stringify({ report, output: out, keepTags, removed: removedAnything(summary), summary }, null, 2)}\n`
          );
        } else if (!removedAnything(summary)) {
          io.out(`${t("publishNothing", { report, out })}\n`);
        } else {
          const lines = publishLines(summary, keepTags, t).map((line) => `  - ${line}`);
          io.out(`${t("publishWrote", { out, report })}\n${lines.join("\n")}\n`);
          if (summary.commentsKept > 0)
            io.out(`${t("publishKept", { count: String(summary.commentsKept) })}\n`);
        }
        setExit(EXIT.ok);
      }
    );
};
