/** demo.html: says what the page is, in the browser's language, and holds the two demo frames. */
import { el, language, texts } from "./frame";

document.documentElement.lang = language;
document.title = texts.title;
const root = document.getElementById("demo");
if (!root) throw new Error("demo.html has no #demo element.");

function section(id: string, heading: string, steps: string, frame: string, src: string): Node {
  return el(
    "section",
    { attrs: { "aria-labelledby": `${id}-heading` } },
    el("h2", { text: heading, attrs: { id: `${id}-heading` } }),
    el("p", { text: steps }),
    el("iframe", { className: "demo-frame", attrs: { src, title: frame } })
  );
}

root.append(
  el("header", {}, el("h1", { text: texts.title })),
  el(
    "main",
    {},
    el("p", { text: texts.intro }),
    el("p", { text: texts.local, attrs: { "data-testid": "demo-local" } }),
    el("p", { text: texts.notOffice }),
    section("word", texts.wordHeading, texts.wordSteps, texts.wordFrame, "demo-word.html"),
    section("excel", texts.excelHeading, texts.excelSteps, texts.excelFrame, "demo-excel.html")
  )
);
