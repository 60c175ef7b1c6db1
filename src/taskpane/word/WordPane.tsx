import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  PRIORITIES,
  REPORT_TYPES,
  REVIEW_STATES,
  RecommendationMeta,
  ReportDetails,
  ReviewState,
  TIMEFRAMES,
} from "../../core/model/reportMetadata";
import {
  NO_FILTER,
  ReviewFilter,
  ReviewItem,
  SheetLabels,
  commentIntro,
  criterionWalk,
  effectiveScore,
  effectiveVerdict,
  filterItems,
  mergeSpans,
  parseGroups,
  reviewSheetHeading,
  reviewSheetRows,
  step,
} from "../../core/review";
import { withGuessedDetails } from "../../core/model/batch-from-report";
import { basisName, suggestionIn } from "../../core/smart/advice";
import { CRITERION_KEYS, CriterionKey, Span, Verdict } from "../../core/smart/types";
import type { Language, Translate } from "../shared/i18n";
import { AccordionPanel } from "../shared/AccordionPanel";
import { shortText } from "../shared/importChoices";
import type { PaneBodyProps } from "../shared/mountPane";
import { Notice, PaneReview, ReviewIntents, useReview } from "./controller";
import { WordT, wordTranslator } from "./i18n";
import { SharePanel } from "./SharePanel";

const REVIEWER_KEY = "opcat-recommendation-tracker.reviewer";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  listButton: { width: "100%", justifyContent: "space-between", textAlign: "start" },
  candidateMark: { alignSelf: "flex-start" },
  criterion: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  text: {
    whiteSpace: "pre-wrap",
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
  },
  heading: { margin: 0 },
});

function verdictColor(v: Verdict | null): "success" | "danger" | "warning" | "informative" {
  return v === "met"
    ? "success"
    : v === "not_met"
      ? "danger"
      : v === "needs_review"
        ? "warning"
        : "informative";
}

function scoreColor(score: number | null): "success" | "warning" | "danger" | "informative" {
  if (score === null) return "informative";
  return score >= 8 ? "success" : score >= 5 ? "warning" : "danger";
}

/** The text with the evidence spans marked. */
function Highlighted({ text, spans }: { text: string; spans: Span[] }): React.JSX.Element {
  const styles = useStyles();
  const pieces: React.ReactNode[] = [];
  let at = 0;
  mergeSpans(spans).forEach(([s, e], i) => {
    if (s > at) pieces.push(text.slice(at, s));
    pieces.push(
      <mark key={i} className={styles.mark}>
        {text.slice(s, e)}
      </mark>
    );
    at = e;
  });
  pieces.push(text.slice(at));
  return <>{pieces}</>;
}

/** The evidence stretches of a text, marked, separated by ellipses. */
function Snippets({ text, spans }: { text: string; spans: Span[] }): React.JSX.Element {
  const styles = useStyles();
  return (
    <>
      {mergeSpans(spans).map(([s, e], i) => (
        <React.Fragment key={i}>
          {i > 0 ? " … " : ""}
          <mark className={styles.mark}>{text.slice(s, e)}</mark>
        </React.Fragment>
      ))}
    </>
  );
}

function Notices({
  notices,
  t,
  onDismiss,
  onStartFresh,
}: {
  notices: Notice[];
  t: WordT;
  onDismiss: (id: number) => void;
  onStartFresh: () => void;
}): React.JSX.Element {
  return (
    <div aria-live="polite" role="region" aria-label={t("messages")}>
      {notices.map((n) => (
        <MessageBar key={n.id} intent={n.intent} data-testid={`notice-${n.key}`}>
          <MessageBarBody>{t(n.key, n.values)}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                aria-label={t("dismiss")}
                onClick={() => onDismiss(n.id)}
              >
                ×
              </Button>
            }
          >
            {n.key === "problemDamaged" ? (
              <Button onClick={onStartFresh}>{t("startFresh")}</Button>
            ) : null}
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}

function DetailsForm({
  details,
  t,
  onSave,
  disabled,
}: {
  details: ReportDetails;
  t: WordT;
  onSave: (d: ReportDetails) => void;
  disabled: boolean;
}): React.JSX.Element {
  const styles = useStyles();
  const [draft, setDraft] = React.useState(details);
  const [places, setPlaces] = React.useState(details.places.join("; "));
  React.useEffect(() => {
    setDraft(details);
    setPlaces(details.places.join("; "));
  }, [details]);
  const text = (
    key: "title" | "date" | "link" | "addressee" | "theme",
    label: string,
    type: "text" | "date" | "url" = "text"
  ) => (
    <Field label={label}>
      <Input
        type={type}
        value={draft[key]}
        onChange={(_e, d) => setDraft({ ...draft, [key]: d.value })}
      />
    </Field>
  );
  return (
    <form
      className={styles.stack}
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ ...draft, places: parseGroups(places) });
      }}
    >
      {text("title", t("title"))}
      <Field label={t("reportType")}>
        <Select
          value={draft.type}
          onChange={(_e, d) => setDraft({ ...draft, type: d.value as ReportDetails["type"] })}
        >
          <option value="">{t("typeNone")}</option>
          {REPORT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`type_${type}`)}
            </option>
          ))}
        </Select>
      </Field>
      {text("date", t("date"), "date")}
      <Field label={t("places")}>
        <Input value={places} onChange={(_e, d) => setPlaces(d.value)} />
      </Field>
      {text("link", t("link"), "url")}
      {text("addressee", t("defaultAddressee"))}
      {text("theme", t("defaultTheme"))}
      <div>
        <Button type="submit" appearance="primary" disabled={disabled}>
          {t("saveDetails")}
        </Button>
      </div>
    </form>
  );
}

function MetaForm({
  meta,
  t,
  onSave,
  disabled,
}: {
  meta: RecommendationMeta;
  t: WordT;
  onSave: (fields: Partial<RecommendationMeta>) => void;
  disabled: boolean;
}): React.JSX.Element {
  const styles = useStyles();
  const [draft, setDraft] = React.useState(meta);
  const [groups, setGroups] = React.useState(meta.groups.join("; "));
  React.useEffect(() => {
    setDraft(meta);
    setGroups(meta.groups.join("; "));
  }, [meta]);
  const text = (
    key: "ref" | "addressee" | "theme" | "place" | "deadline",
    label: string,
    type: "text" | "date" = "text"
  ) => (
    <Field label={label}>
      <Input
        type={type}
        value={draft[key]}
        onChange={(_e, d) => setDraft({ ...draft, [key]: d.value })}
      />
    </Field>
  );
  return (
    <form
      className={styles.stack}
      onSubmit={(e) => {
        e.preventDefault();
        const { ref, addressee, theme, place, deadline, priority, timeframe, type } = draft;
        onSave({
          ref,
          addressee,
          theme,
          place,
          deadline,
          priority,
          timeframe,
          type,
          groups: parseGroups(groups),
        });
      }}
    >
      {text("ref", t("ref"))}
      {text("addressee", t("addressee"))}
      {text("theme", t("theme"))}
      <Field label={t("groups")}>
        <Input value={groups} onChange={(_e, d) => setGroups(d.value)} />
      </Field>
      <Field label={t("priority")}>
        <Select
          value={draft.priority}
          onChange={(_e, d) =>
            setDraft({ ...draft, priority: d.value as RecommendationMeta["priority"] })
          }
        >
          <option value="">{t("typeNone")}</option>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`priority_${p}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("timeframe")}>
        <Select
          value={draft.timeframe}
          onChange={(_e, d) =>
            setDraft({ ...draft, timeframe: d.value as RecommendationMeta["timeframe"] })
          }
        >
          <option value="">{t("typeNone")}</option>
          {TIMEFRAMES.map((p) => (
            <option key={p} value={p}>
              {t(`timeframe_${p}`)}
            </option>
          ))}
        </Select>
      </Field>
      {text("deadline", t("deadline"), "date")}
      <Field label={t("recType")}>
        <Select
          value={draft.type}
          onChange={(_e, d) => setDraft({ ...draft, type: d.value as RecommendationMeta["type"] })}
        >
          <option value="">{t("typeNone")}</option>
          {REPORT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`type_${type}`)}
            </option>
          ))}
        </Select>
      </Field>
      {text("place", t("place"))}
      <div>
        <Button type="submit" disabled={disabled}>
          {t("saveMeta")}
        </Button>
      </div>
    </form>
  );
}

interface CriterionRowProps {
  item: ReviewItem;
  criterion: CriterionKey;
  t: WordT;
  /** The pane's language: advice and evidence labels are shown in it. */
  language: Language;
  reviewer: string;
  needReviewer: () => void;
  intents: ReviewIntents;
  disabled: boolean;
}

function CriterionRow({
  item,
  criterion,
  t,
  language,
  reviewer,
  needReviewer,
  intents,
  disabled,
}: CriterionRowProps): React.JSX.Element {
  const styles = useStyles();
  const result = item.check?.criteria[criterion] ?? null;
  const override = item.meta.overrides[criterion];
  const verdict = effectiveVerdict(item, criterion);
  const name = t(`criterion_${criterion}`);
  const [choice, setChoice] = React.useState<Verdict | "">(override?.verdict ?? "");
  const [note, setNote] = React.useState(override?.note ?? "");
  const [editing, setEditing] = React.useState(false);
  React.useEffect(() => {
    setChoice(override?.verdict ?? "");
    setNote(override?.note ?? "");
  }, [override]);
  const text = item.text ?? "";
  // what the evidence is ("deadline", "addressee") and the advice, in the pane's language;
  // examples inside the advice stay in the recommendation's language
  const label = result ? basisName(result, language) : null;
  const suggestion = item.check ? suggestionIn(item.check, criterion, language) : null;
  return (
    <li className={styles.criterion} data-testid={`criterion-${criterion}`}>
      <div className={styles.row}>
        <Text as="h4" weight="semibold" className={styles.heading}>
          {name}
        </Text>
        <Badge appearance="filled" color={verdictColor(verdict)} data-testid="verdict">
          {verdict ? t(`verdict_${verdict}`) : t("notChecked")}
        </Badge>
      </div>
      {override ? (
        <Text size={200}>
          {t("overriddenBy", {
            reviewer: override.reviewer,
            verdict: t(`verdict_${override.verdict}`),
          })}
          {result ? ` · ${t("checkerSaid", { verdict: t(`verdict_${result.verdict}`) })}` : ""}
          {override.note ? ` · ${override.note}` : ""}
        </Text>
      ) : null}
      {result ? (
        <Text size={200} data-testid="evidence">
          {t("evidence")}
          {label ? ` (${label})` : ""}:{" "}
          {result.evidence.length + result.contextEvidence.length > 0 ? (
            <>
              <Snippets text={text} spans={result.evidence} />
              {result.evidence.length > 0 && result.contextEvidence.length > 0 ? " … " : ""}
              {result.contextEvidence.length > 0 ? (
                <>
                  {t("inIntroduction")}{" "}
                  <Snippets text={item.context ?? ""} spans={result.contextEvidence} />
                </>
              ) : null}
            </>
          ) : (
            t("noEvidence")
          )}
        </Text>
      ) : null}
      {suggestion ? (
        <Text size={200} data-testid="suggestion">
          {t("suggestion")}: {suggestion}
        </Text>
      ) : null}
      <div className={styles.row}>
        <Button
          size="small"
          appearance="secondary"
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
        >
          {t("changeVerdict", { criterion: name })}
        </Button>
        {override ? (
          <Button
            size="small"
            appearance="subtle"
            disabled={disabled}
            onClick={() => void intents.override(item.meta.id, criterion, null)}
          >
            {t("clearOverride", { criterion: name })}
          </Button>
        ) : null}
      </div>
      {editing ? (
        <form
          className={styles.stack}
          onSubmit={(e) => {
            e.preventDefault();
            if (!reviewer) {
              needReviewer();
              return;
            }
            void intents
              .override(
                item.meta.id,
                criterion,
                choice ? { verdict: choice, note, reviewer, at: new Date().toISOString() } : null
              )
              .then(() => setEditing(false));
          }}
        >
          <Field label={t("override", { criterion: name })}>
            <Select value={choice} onChange={(_e, d) => setChoice(d.value as Verdict | "")}>
              <option value="">{t("overrideNone")}</option>
              {(["met", "not_met", "needs_review"] as const).map((v) => (
                <option key={v} value={v}>
                  {t(`verdict_${v}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("overrideNote", { criterion: name })}>
            <Textarea value={note} onChange={(_e, d) => setNote(d.value)} resize="vertical" />
          </Field>
          <div>
            <Button type="submit" size="small" appearance="primary" disabled={disabled}>
              {t("saveOverride", { criterion: name })}
            </Button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

/**
 * Without the report's number, the place in the document's order tells the
 * recommendations apart (on screen and to a screen reader). It is shown
 * only: it is not the NPM's number, so the batch and the sheet leave ref empty.
 */
function refLabel(item: ReviewItem, items: ReviewItem[], t: WordT): string {
  const position = String(items.indexOf(item) + 1);
  return t("recLabel", { ref: item.meta.ref || t("noRef", { position }) });
}

function sheetLabels(t: WordT): SheetLabels {
  return {
    ref: t("sheetRef"),
    recommendation: t("sheetRecommendation"),
    score: t("sheetScore"),
    state: t("sheetState"),
    notes: t("sheetNotes"),
    criteria: Object.fromEntries(
      CRITERION_KEYS.map((k) => [k, t(`criterion_${k}`)])
    ) as SheetLabels["criteria"],
    verdicts: {
      met: t("verdict_met"),
      not_met: t("verdict_not_met"),
      needs_review: t("verdict_needs_review"),
    },
    notChecked: t("sheetNotChecked"),
    states: {
      draft: t("state_draft"),
      reviewed: t("state_reviewed"),
      approved: t("state_approved"),
    },
    overrideLine: (criterion, verdict, note, reviewer) =>
      t("sheetOverrideLine", { criterion, verdict, note, reviewer }),
    overridden: (verdict) => t("sheetOverridden", { verdict }),
  };
}

function commentFor(item: ReviewItem, t: WordT, language: Language): string | null {
  const check = item.check;
  if (!check) return null;
  const lines = CRITERION_KEYS.filter((k) => effectiveVerdict(item, k) !== "met").map((k) =>
    t("commentLine", {
      criterion: t(`criterion_${k}`),
      verdict: t(`verdict_${effectiveVerdict(item, k) ?? "needs_review"}`),
      suggestion: item.meta.overrides[k]?.note || suggestionIn(check, k, language) || "",
    }).trim()
  );
  if (lines.length === 0) return null;
  return [commentIntro(language, effectiveScore(item) ?? 0), ...lines].join("\n");
}

function Review({
  state,
  intents,
  t,
  shellT,
  language,
}: {
  state: PaneReview;
  intents: ReviewIntents;
  t: WordT;
  shellT: Translate;
  language: Language;
}): React.JSX.Element {
  const styles = useStyles();
  const [filter, setFilter] = React.useState<ReviewFilter>(NO_FILTER);
  const [mode, setMode] = React.useState<"list" | "criterion">("list");
  const [walked, setWalked] = React.useState<CriterionKey>("specific");
  const [current, setCurrent] = React.useState<string | null>(null);
  const [reviewer, setReviewer] = React.useState(() => {
    try {
      return window.localStorage.getItem(REVIEWER_KEY) ?? "";
    } catch {
      return "";
    }
  });
  const [askReviewer, setAskReviewer] = React.useState(false);
  const reviewerInput = React.useRef<HTMLInputElement>(null);
  const opened = state.opened!;
  const items = state.items;
  // What the user left empty shows the document's guess, as the batch will carry it.
  const report = opened.metadata.report;
  const details = React.useMemo(
    () => withGuessedDetails(report, state.guessed),
    [report, state.guessed]
  );
  const visible =
    mode === "list"
      ? filterItems(items, filter)
      : criterionWalk(items, walked, { ...filter, criterionNotMet: null }).map((stop) =>
          items.find((i) => i.meta.id === stop.id)!
        );
  const visibleIds = visible.map((i) => i.meta.id);
  const currentId =
    current !== null && visibleIds.includes(current) ? current : (visibleIds[0] ?? null);
  const item = items.find((i) => i.meta.id === currentId) ?? null;
  const position = currentId ? visibleIds.indexOf(currentId) + 1 : 0;

  const go = (id: string | null) => {
    setCurrent(id);
    const target = items.find((i) => i.meta.id === id);
    if (id && target && target.text !== null) void intents.goTo(id);
  };
  const needReviewer = () => {
    setAskReviewer(true);
    setTimeout(() => reviewerInput.current?.focus(), 0);
  };
  const rememberReviewer = (name: string) => {
    setReviewer(name);
    try {
      window.localStorage.setItem(REVIEWER_KEY, name);
    } catch {
      // Storage refused (private mode): the name still holds for this session.
    }
  };
  const busy = state.busy;

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void intents.find()} disabled={busy}>
          {t("find")}
        </Button>
        <Button onClick={() => void intents.markSelection()} disabled={busy}>
          {t("markSelection")}
        </Button>
        <Button onClick={() => void intents.refresh()} disabled={busy}>
          {t("refresh")}
        </Button>
        <Button
          onClick={() => void intents.addComments((i) => commentFor(i, t, language))}
          disabled={busy || items.length === 0}
        >
          {t("addComments")}
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button disabled={busy || items.length === 0}>{t("reviewSheet")}</Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {(["end", "new"] as const).map((where) => (
                <MenuItem
                  key={where}
                  onClick={() =>
                    void intents.reviewSheet(
                      where,
                      reviewSheetHeading(language, details.title),
                      reviewSheetRows(opened.metadata, items, sheetLabels(t))
                    )
                  }
                >
                  {where === "end" ? t("reviewSheetEnd") : t("reviewSheetNew")}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
        {busy ? <Spinner size="tiny" aria-label={t("loading")} /> : null}
      </div>

      <Accordion collapsible>
        <AccordionItem value="details">
          <AccordionHeader as="h3">{t("detailsHeading")}</AccordionHeader>
          <AccordionPanel>
            <DetailsForm
              details={details}
              t={t}
              onSave={(d) => void intents.saveDetails(d)}
              disabled={busy}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="share">
          <AccordionHeader as="h3">{t("shareHeading")}</AccordionHeader>
          <AccordionPanel>
            <SharePanel
              source={intents.batch}
              title={details.title}
              t={t}
              shellT={shellT}
              language={language}
              disabled={busy}
              empty={items.length === 0}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      {askReviewer || reviewer ? (
        <Field label={t("reviewerName")} hint={reviewer ? undefined : t("reviewerNeeded")}>
          <Input
            ref={reviewerInput}
            value={reviewer}
            onChange={(_e, d) => rememberReviewer(d.value)}
          />
        </Field>
      ) : null}

      {/* Shown with the tagged recommendations, or after Find: not before the sure ones are tagged. */}
      {state.candidates.length > 0 && (items.length > 0 || state.searched) ? (
        <section
          className={styles.stack}
          aria-labelledby="candidates-heading"
          data-testid="candidates"
        >
          <Text
            as="h3"
            id="candidates-heading"
            size={400}
            weight="semibold"
            className={styles.heading}
          >
            {t("candidatesHeading")}
          </Text>
          <Caption1 id="candidates-hint">{t("candidatesHint")}</Caption1>
          <ul className={styles.list} aria-labelledby="candidates-heading">
            {state.candidates.map((c) => (
              <li key={c.key} className={styles.stack}>
                <Badge appearance="tint" color="warning" className={styles.candidateMark}>
                  {t("candidateMark")}
                </Badge>
                <Checkbox
                  checked={false}
                  disabled={busy}
                  aria-label={t("candidateTag", { text: shortText(c.found.text, 120) })}
                  aria-describedby="candidates-hint"
                  label={shortText(c.found.text, 200)}
                  onChange={(_e, d) => {
                    if (d.checked === true) void intents.tagCandidate(c.key);
                  }}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className={styles.stack} aria-labelledby="recs-heading">
        <Text as="h3" id="recs-heading" size={400} weight="semibold" className={styles.heading}>
          {t("recsHeading")}
        </Text>
        {items.length === 0 ? (
          <Body1>{t("noRecs")}</Body1>
        ) : (
          <>
            <RadioGroup
              value={mode}
              onChange={(_e, d) => setMode(d.value as "list" | "criterion")}
              aria-label={t("modeLabel")}
            >
              <Radio value="list" label={t("modeList")} />
              <Radio value="criterion" label={t("modeCriterion")} />
            </RadioGroup>
            {mode === "list" ? (
              <Field label={t("filterCriterion")}>
                <Select
                  value={filter.criterionNotMet ?? ""}
                  onChange={(_e, d) =>
                    setFilter({
                      ...filter,
                      criterionNotMet: (d.value || null) as CriterionKey | null,
                    })
                  }
                >
                  <option value="">{t("filterAll")}</option>
                  {CRITERION_KEYS.map((k) => (
                    <option key={k} value={k}>
                      {t(`criterion_${k}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            ) : (
              <Field label={t("walkCriterion")}>
                <Select value={walked} onChange={(_e, d) => setWalked(d.value as CriterionKey)}>
                  {CRITERION_KEYS.map((k) => (
                    <option key={k} value={k}>
                      {t(`criterion_${k}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <Field label={t("filterState")}>
              <Select
                value={filter.reviewState ?? ""}
                onChange={(_e, d) =>
                  setFilter({ ...filter, reviewState: (d.value || null) as ReviewState | null })
                }
              >
                <option value="">{t("filterAll")}</option>
                {REVIEW_STATES.map((s) => (
                  <option key={s} value={s}>
                    {t(`state_${s}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Text size={200}>
              {t("recsCount", { shown: String(visible.length), total: String(items.length) })}
            </Text>
            {mode === "criterion" && visible.length === 0 ? (
              <Body1>{t("walkDone", { criterion: t(`criterion_${walked}`) })}</Body1>
            ) : null}
            <ul className={styles.list} aria-label={t("recsHeading")} data-testid="rec-list">
              {visible.map((i) => {
                const score = effectiveScore(i);
                return (
                  <li key={i.meta.id}>
                    <Button
                      className={styles.listButton}
                      appearance={i.meta.id === currentId ? "primary" : "subtle"}
                      aria-current={i.meta.id === currentId ? "true" : undefined}
                      onClick={() => go(i.meta.id)}
                    >
                      <span>{refLabel(i, items, t)}</span>
                      <Badge color={scoreColor(score)} appearance="tint">
                        {score === null
                          ? t("notChecked")
                          : t("scoreBadge", { score: String(score) })}
                      </Badge>
                    </Button>
                  </li>
                );
              })}
            </ul>
            <div className={styles.row}>
              <Button
                onClick={() => go(step(visibleIds, currentId, -1))}
                disabled={visible.length === 0}
              >
                {t("previous")}
              </Button>
              <Text>
                {t("position", { index: String(position), total: String(visible.length) })}
              </Text>
              <Button
                onClick={() => go(step(visibleIds, currentId, 1))}
                disabled={visible.length === 0}
              >
                {t("next")}
              </Button>
            </div>
            {item ? (
              <article
                className={styles.stack}
                aria-labelledby="current-rec"
                data-testid="current-rec"
              >
                <Text
                  as="h3"
                  id="current-rec"
                  size={400}
                  weight="semibold"
                  className={styles.heading}
                >
                  {refLabel(item, items, t)}
                </Text>
                <Text data-testid="current-score">
                  {effectiveScore(item) === null
                    ? t("notChecked")
                    : t("scoreLabel", { score: String(effectiveScore(item)) })}
                </Text>
                {item.text === null ? (
                  <MessageBar intent="warning">
                    <MessageBarBody>{t("missingInDocument")}</MessageBarBody>
                  </MessageBar>
                ) : (
                  <>
                    <div className={styles.text} data-testid="rec-text">
                      <Highlighted
                        text={item.text}
                        spans={
                          mode === "criterion" ? (item.check?.criteria[walked].evidence ?? []) : []
                        }
                      />
                    </div>
                    <div className={styles.row}>
                      <Button onClick={() => void intents.goTo(item.meta.id)} disabled={busy}>
                        {t("goTo")}
                      </Button>
                      <Button
                        appearance="subtle"
                        onClick={() => void intents.unmark(item.meta.id)}
                        disabled={busy}
                      >
                        {t("unmark")}
                      </Button>
                    </div>
                  </>
                )}
                <Field label={t("reviewState")}>
                  <Select
                    value={item.meta.reviewState}
                    disabled={busy}
                    onChange={(_e, d) =>
                      void intents.setState(item.meta.id, d.value as ReviewState)
                    }
                  >
                    {REVIEW_STATES.map((s) => (
                      <option key={s} value={s}>
                        {t(`state_${s}`)}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Text as="h4" weight="semibold" className={styles.heading}>
                  {t("criteriaHeading")}
                </Text>
                <ul className={styles.list} aria-label={t("criteriaHeading")}>
                  {(mode === "criterion"
                    ? [walked, ...CRITERION_KEYS.filter((k) => k !== walked)]
                    : CRITERION_KEYS
                  ).map((k) => (
                    <CriterionRow
                      key={`${item.meta.id}-${k}`}
                      item={item}
                      criterion={k}
                      t={t}
                      language={language}
                      reviewer={reviewer}
                      needReviewer={needReviewer}
                      intents={intents}
                      disabled={busy}
                    />
                  ))}
                </ul>
                <Accordion collapsible>
                  <AccordionItem value="meta">
                    <AccordionHeader as="h4">{t("metaHeading")}</AccordionHeader>
                    <AccordionPanel>
                      <MetaForm
                        meta={item.meta}
                        t={t}
                        disabled={busy}
                        onSave={(fields) => void intents.saveFields(item.meta.id, fields)}
                      />
                    </AccordionPanel>
                  </AccordionItem>
                </Accordion>
              </article>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}

function ActivePane({
  t,
  shellT,
  language,
}: {
  t: WordT;
  shellT: Translate;
  language: Language;
}): React.JSX.Element {
  const [state, intents] = useReview(true);
  return (
    <>
      <Notices
        notices={state.notices}
        t={t}
        onDismiss={intents.dismiss}
        onStartFresh={() => void intents.startFresh()}
      />
      {state.phase === "loading" || !state.opened ? (
        <Spinner label={t("loading")} />
      ) : (
        <Review state={state} intents={intents} t={t} shellT={shellT} language={language} />
      )}
    </>
  );
}

/** The Word pane body: waits for Word, then reviews the report. */
export function WordPane({ t: shellT, language, hostState }: PaneBodyProps): React.JSX.Element {
  const t = React.useMemo(() => wordTranslator(language), [language]);
  if (hostState.phase === "loading") return <Spinner label={t("loading")} />;
  if (hostState.phase !== "ready" || hostState.host.kind !== "word")
    return <Body1>{t("notInWord")}</Body1>;
  return <ActivePane t={t} shellT={shellT} language={language} />;
}
