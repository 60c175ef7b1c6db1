/**
 * Stands in for office.js in the Excel pane's browser test: installs the
 * strict Excel fake as the page's Office and Excel globals, with a
 * hand-made sheet to adopt. `?theme=dark` gives Office's dark theme,
 * `?lang=fr-FR` its display language. The test reads the fake through
 * window.__excelFake.
 */
import { installOfficeFakes, WorkbookModel } from "../support/office";

const params = new URLSearchParams(window.location.search);
const workbook = new WorkbookModel(["Suivi 2023"]);
workbook.sheet("Suivi 2023").seed("A1", [
  ["No.", "Date of visit", "Recommendation", "Addressed to", "Status", "Comments"],
  [1, "2023-03-12", "=1+1 is not a formula here", "Police", "Implemented", "checked"],
  [
    2,
    "sometime in spring",
    "Ensure that detainees see a doctor within 24 hours.",
    "Ministry of Health",
    "In progress",
    "",
  ],
  [
    3,
    "2023-04-02",
    "Install call bells in every cell.",
    // The same addressee written another way: the data check offers to write it one way.
    "ministry of health",
    "half done",
    "@SUM(A1)",
  ],
]);
const dark = params.get("theme") === "dark";
const fake = installOfficeFakes({
  host: "excel",
  workbook,
  displayLanguage: params.get("lang") ?? "en-US",
  officeTheme: dark
    ? {
        bodyBackgroundColor: "#1f1f1f",
        bodyForegroundColor: "#ffffff",
        controlBackgroundColor: "#292929",
        controlForegroundColor: "#ffffff",
      }
    : undefined,
});
(window as unknown as { __excelFake: typeof fake }).__excelFake = fake;
