/**
 * What both demo frames share: the page's language, the document view's heading and note, and a
 * redraw whenever the pane has changed the document (each change of the pane goes through a
 * context.sync() of the host fake, which counts them).
 */
import type { FakeHost } from "../test/support/office";
import { DEMO_TEXTS, DemoTexts, demoLanguage } from "./texts";

export const language = demoLanguage(navigator.language);
export const texts: DemoTexts = DEMO_TEXTS[language];

/** An element with its class and children; text is always set as text, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * Fills the page's document view: a labelled region whose heading and note say what it shows,
 * and a body that `draw` refills after every change the pane makes.
 */
export function documentView(
  heading: string,
  note: string,
  host: FakeHost,
  draw: (body: HTMLElement) => void
): { redraw(): void } {
  document.documentElement.lang = language;
  const view = document.getElementById("document");
  if (!view) throw new Error("The demo frame has no #document element.");
  const body = el("div", { className: "demo-body" });
  view.setAttribute("aria-labelledby", "document-heading");
  view.append(
    el("h2", { text: heading, attrs: { id: "document-heading" } }),
    el("p", { className: "demo-note", text: note }),
    body
  );
  let drawnAt = -1;
  const redraw = () => {
    drawnAt = host.syncCount;
    body.replaceChildren();
    draw(body);
  };
  redraw();
  window.setInterval(() => {
    if (host.syncCount !== drawnAt) redraw();
  }, 300);
  return { redraw };
}
