import { readFileSync } from "node:fs";
import type { AxeResults, ImpactValue, RunOptions } from "axe-core";
import type { Page } from "playwright-core";

export const AXE_SCRIPT = require.resolve("axe-core/axe.min.js");

let axeText: string | undefined;
function axeSource(): string {
  axeText ??= readFileSync(AXE_SCRIPT, "utf8");
  return axeText;
}

export interface AxeNode {
  /** CSS selectors of the element (several when it is inside iframes or shadow roots). */
  target: string[];
  html: string;
  failureSummary: string;
}

export interface AxeViolation {
  id: string;
  impact: ImpactValue | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

export interface AxeOptions {
  /** Rules switched off, each with the reason in a comment at the call site. */
  disableRules?: string[];
  /** false: the page's own document only (a page whose frames are pages checked on their own). */
  iframes?: boolean;
}

/**
 * Runs axe-core on the page as it is now (all rules axe enables by default:
 * WCAG 2.x A and AA plus best practices) and returns the violations.
 */
export async function runAxe(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  // axe checks iframes by messaging a copy of itself in each one; without it
  // the run waits frameWaitTime per frame (office.js adds a hidden one).
  for (const frame of page.frames()) {
    const injected = await frame.evaluate(() => "axe" in window).catch(() => true);
    // Evaluated, not added as a <script>: the pages' Content-Security-Policy refuses inline scripts.
    if (!injected) await frame.evaluate(axeSource()).catch(() => undefined);
  }
  const runOptions: RunOptions = {
    resultTypes: ["violations"],
    frameWaitTime: 5000,
    iframes: options.iframes ?? true,
  };
  if (options.disableRules?.length) {
    runOptions.rules = Object.fromEntries(
      options.disableRules.map((id) => [id, { enabled: false }])
    );
  }
  return page.evaluate(async (opts) => {
    const axe = (
      window as unknown as { axe: { run(context: Document, o: RunOptions): Promise<AxeResults> } }
    ).axe;
    const results = await axe.run(document, opts);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map((t) => (Array.isArray(t) ? t.join(" >> ") : String(t))),
        html: n.html,
        failureSummary: n.failureSummary ?? "",
      })),
    }));
  }, runOptions);
}

/** Readable text for a failing assertion: rule, impact, help, then each element and why it fails. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  if (violations.length === 0) return "no accessibility violation";
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map(
          (n) =>
            `    - ${n.target.join(" ")}\n      ${n.html}\n      ${n.failureSummary.replace(/\n/g, "\n      ")}`
        )
        .join("\n");
      return `${v.id} (${v.impact ?? "no impact given"}): ${v.help}\n  ${v.helpUrl}\n${nodes}`;
    })
    .join("\n");
}
