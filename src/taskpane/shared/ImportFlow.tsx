/**
 * The one way recommendations go into a tracker, in both panes: the
 * preview with the user's choices and one button to write them (Excel's
 * Import, Word's Send to tracker), then the summary of what was written
 * with the next steps. Each pane brings its own words for the button and
 * its own next steps; the preview, the counts and their order are shared.
 */
import * as React from "react";
import { Body1, Button, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ImportChoices, ImportPlan, ImportSummary } from "../../core/tracker/store";
import type { Language, Translate } from "./i18n";
import { ImportPreview } from "./ImportPreview";
import { selectedCount } from "./importChoices";
import { column, count, counts, wrapRow } from "./layout";

const useStyles = makeStyles({
  stack: column(tokens.spacingVerticalM),
  row: wrapRow("center"),
  counts,
  count,
  heading: {
    margin: 0,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
  links: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  // The write and Cancel stay in sight at the bottom of the pane however long the preview is.
  stickyActions: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface ImportFlowProps {
  /** "Recommendations of “report.docx”": the preview's heading. */
  heading: string;
  plan: ImportPlan;
  choices: ImportChoices;
  onChoices: (choices: ImportChoices) => void;
  t: Translate;
  language: Language;
  /** While the write runs. */
  busy: boolean;
  dateGiven?: boolean;
  candidates?: readonly number[];
  /** The button's words for a number of recommendations ("Import 3 recommendations"). */
  commitLabel: (count: number) => string;
  /** False while something must be settled first (the report's date). */
  ready?: boolean;
  onCommit: () => void;
  cancelLabel: string;
  onCancel: () => void;
  /** What goes between the heading and the preview: the report's date, what the reader noticed. */
  children?: React.ReactNode;
  testId?: string;
}

export function ImportFlow(props: ImportFlowProps): React.JSX.Element {
  const styles = useStyles();
  const count = selectedCount(props.plan, props.choices);
  return (
    <section
      className={styles.stack}
      aria-labelledby="import-flow-heading"
      data-testid={props.testId}
    >
      <Subtitle2 as="h3" id="import-flow-heading" className={styles.heading}>
        {props.heading}
      </Subtitle2>
      {props.children}
      <ImportPreview
        plan={props.plan}
        choices={props.choices}
        onChange={props.onChoices}
        t={props.t}
        language={props.language}
        disabled={props.busy}
        dateGiven={props.dateGiven}
        candidates={props.candidates}
      />
      <div className={styles.stickyActions}>
        <Button
          appearance="primary"
          disabled={props.busy || count === 0 || props.ready === false}
          onClick={props.onCommit}
        >
          {props.commitLabel(count)}
        </Button>
        <Button disabled={props.busy} onClick={props.onCancel}>
          {props.cancelLabel}
        </Button>
      </div>
    </section>
  );
}

export interface NextStep {
  label: string;
  onClick?: (event: React.MouseEvent<HTMLElement>) => void;
  href?: string;
  /** While the pane is busy with another action. */
  disabled?: boolean;
}

/**
 * What the write did, in counts, then the next steps. Focus moves to its
 * heading (the button that started it has gone), so keyboard and
 * screen-reader users land on it.
 */
export function WrittenSummary({
  heading,
  status,
  summary,
  t,
  notes,
  next,
  testId,
}: {
  heading: string;
  /** One sentence for screen readers and the eye: "2 added, 1 updated…". */
  status: string;
  summary: ImportSummary;
  t: Translate;
  notes?: React.ReactNode;
  next: NextStep[];
  testId?: string;
}): React.JSX.Element {
  const styles = useStyles();
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => headingRef.current?.focus(), []);
  const rows: [string, number][] = [
    [t("summaryAdded"), summary.added],
    [t("summaryUpdated"), summary.updated],
    ...(summary.corrected > 0
      ? [[t("summaryCorrected"), summary.corrected] as [string, number]]
      : []),
    [t("summaryUnchanged"), summary.unchanged],
    [t("summaryFlagged"), summary.flagged],
  ];
  return (
    <section className={styles.stack} aria-labelledby="import-summary-heading" data-testid={testId}>
      <h3 id="import-summary-heading" tabIndex={-1} ref={headingRef} className={styles.heading}>
        <Subtitle2>{heading}</Subtitle2>
      </h3>
      <Body1 role="status">{status}</Body1>
      <dl className={styles.counts}>
        {rows.map(([label, value]) => (
          <React.Fragment key={label}>
            <dt>{label}</dt>
            <dd className={styles.count}>{value}</dd>
          </React.Fragment>
        ))}
      </dl>
      {notes}
      {next.length > 0 ? (
        <nav aria-label={t("summaryNextSteps")}>
          <ul className={styles.links}>
            {next.map((step) => (
              <li key={step.label}>
                {step.href ? (
                  <Link
                    href={step.href}
                    target="_blank"
                    rel="noopener noreferrer"
                    onClick={step.onClick}
                  >
                    {step.label}
                  </Link>
                ) : (
                  <Link as="button" disabled={step.disabled} onClick={step.onClick}>
                    {step.label}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </section>
  );
}
