/**
 * demo-word.html, first script: stands in for office.js with the strict Word fake the browser
 * tests use, holding the sample report, and shows that report beside the pane (the Word pane's
 * own bundle follows on the page and mounts in #root).
 */
import { DocumentModel, installOfficeFakes } from "../test/support/office";
import type { WordParagraph } from "../test/support/office/wordModel";
import { documentView, el, language, texts } from "./frame";
import { sampleReportParagraphs } from "./sampleReport";
import { officeLocale } from "./texts";

const doc = new DocumentModel(sampleReportParagraphs());
const host = installOfficeFakes({
  host: "word",
  document: doc,
  displayLanguage: officeLocale(language),
});

const HEADINGS: Record<string, "h3" | "h4"> = { Title: "h3", "Heading 1": "h4" };

function isTagged(p: WordParagraph): boolean {
  const at = doc.index(p);
  return doc.contentControls.some((cc) => doc.index(cc.start.p) <= at && at <= doc.index(cc.end.p));
}

function isSelected(p: WordParagraph): boolean {
  const selection = doc.selection;
  if (!selection) return false;
  const at = doc.index(p);
  return doc.index(selection.start.p) <= at && at <= doc.index(selection.end.p);
}

/** Clicking a paragraph puts Word's cursor in it, and tells the pane as Word does. */
function placeCursor(p: WordParagraph): void {
  doc.selection = doc.range(doc.pos(p, 0, "start"), doc.pos(p, 0, "end"));
  host.raise("documentSelectionChanged");
  view.redraw();
}

const view = documentView(texts.reportLabel, texts.reportNote, host, (body) => {
  for (const p of doc.paragraphs) {
    const tagged = isTagged(p);
    const block = el(HEADINGS[p.style] ?? "p", {
      className: [
        "demo-paragraph",
        tagged ? "demo-tagged" : "",
        isSelected(p) ? "demo-selected" : "",
      ].join(" "),
      attrs: tagged ? { "data-tagged": "true", title: texts.recommendationTag } : {},
    });
    if (p.list) block.append(el("span", { className: "demo-label", text: `${p.list.label} ` }));
    block.append(document.createTextNode(p.text));
    block.addEventListener("click", () => placeCursor(p));
    body.append(block);
  }
  if (doc.comments.length > 0) {
    body.append(el("h4", { text: texts.comments }));
    const list = el("ul", { className: "demo-comments" });
    for (const comment of doc.comments)
      list.append(
        el("li", {
          text: `${doc.text(comment)}: ${comment.content}`,
          attrs: { "data-comment": "" },
        })
      );
    body.append(list);
  }
});
Object.assign(window, { fakeWordDocument: doc, fakeWordHost: host });
