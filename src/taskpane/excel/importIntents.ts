/**
 * Import: read a report or batch file, preview what it would change (again with a date the user
 * enters), and write what the user chose. The store that read the tracker for the preview writes it.
 */
import { withCandidates } from "../../core/model/batch";
import { columnHeader } from "../../core/schema/columns";
import type { ImportChoices, ImportPlan, TrackerContent } from "../../core/tracker/store";
import { ExcelTrackerStore } from "../../office/excel";
import { ImportDraft, importFileProblem, importNotices, nowIso, unreadableNotice } from "./state";
import { importServices as defaultImportServices, type ImportInput } from "./importServices";
import type { ChosenFile, IntentContext } from "./intentContext";

export function importIntents({
  run,
  getState,
  dispatch,
  now,
  progress,
  refreshIn,
  options,
}: IntentContext) {
  const services = options.services ?? defaultImportServices;
  // The store that read the tracker for the preview writes the import: it checks the rows against that read.
  let importStore: { store: ExcelTrackerStore; content: TrackerContent } | null = null;
  // The chosen file, kept so that a date entered in the preview can be read into it again.
  let importFile: { data: Uint8Array; name: string } | null = null;
  const draftOf = (
    fileName: string,
    input: ImportInput,
    plan: ImportPlan,
    choices: ImportChoices,
    candidates: number[]
  ): ImportDraft => ({
    fileName,
    report: input.batch.report.title || input.batch.report.id,
    plan,
    choices,
    tagged: input.tagged,
    warnings: input.warnings,
    reportDate: input.batch.report.date,
    dateFrom: input.dateFrom,
    dateLine: input.dateLine,
    reference: input.batch.report.reference ?? "",
    candidates,
  });
  return {
    chooseImportFile: async (file: ChosenFile) => {
      const problem = importFileProblem(file);
      if (problem) {
        dispatch({ type: "notify", notice: problem });
        return;
      }
      await run("importRead", async (h) => {
        let input: ImportInput;
        const data = new Uint8Array(await file.arrayBuffer());
        try {
          input = await services.readInput(data, file.name);
        } catch (error) {
          const notice = unreadableNotice(file.name, error);
          if (!notice) throw error;
          dispatch({ type: "notify", notice });
          return;
        }
        const offered = withCandidates(input.batch, input.candidates ?? []);
        if (offered.batch.recommendations.length === 0) {
          dispatch({
            type: "notify",
            notice: {
              intent: "warning",
              key: input.otherLanguage ? "importOtherLanguage" : "importNothing",
              values: { file: file.name },
            },
          });
          return;
        }
        const store = new ExcelTrackerStore(h, { progress });
        const content = await store.read();
        const plan = services.planImport(content, offered.batch);
        importStore = { store, content };
        importFile = { data, name: file.name };
        // Possible recommendations start unticked: the user takes each one that is.
        const choices = offered.candidates.length > 0 ? { skip: offered.candidates } : {};
        dispatch({
          type: "importDraft",
          draft: draftOf(file.name, input, plan, choices, offered.candidates),
        });
      });
    },
    setReportDate: (date: string) =>
      run("importRead", async () => {
        const draft = getState().importDraft;
        if (!draft || !importStore || !importFile) return;
        const given = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
        const input = await services.readInput(importFile.data, importFile.name, {
          reportDate: given,
        });
        // The same report read again: its recommendations keep their places, so the user's choices hold.
        const offered = withCandidates(input.batch, input.candidates ?? []);
        const plan = services.planImport(importStore.content, offered.batch);
        dispatch({
          type: "importDraft",
          draft: draftOf(importFile.name, input, plan, draft.choices, offered.candidates),
        });
      }),
    runImport: () =>
      run("import", async (h) => {
        const draft = getState().importDraft;
        if (!draft || !importStore || !draft.reportDate) return;
        const { store, content } = importStore;
        const { changes, summary } = services.resolveImport(
          draft.plan,
          draft.choices,
          content.columns,
          nowIso(now())
        );
        await store.write(changes);
        importStore = null;
        importFile = null;
        const written = store.lastWrite;
        const outcome = {
          fileName: draft.fileName,
          summary,
          missingColumns: (written?.missingColumns ?? []).map((key) =>
            columnHeader(key, content.language)
          ),
          moved: written?.moved ?? 0,
          listEntries: written?.listEntries ?? 0,
        };
        dispatch({ type: "imported", outcome });
        for (const notice of importNotices(outcome)) dispatch({ type: "notify", notice });
        await refreshIn(h);
      }),
  };
}
