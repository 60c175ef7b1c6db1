import * as React from "react";
import { Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Language } from "../shared/i18n";
import type { WordT } from "./i18n";
import type { WordMessageKey } from "./i18n/en";
import { problemText } from "./texts";

/** A panel's problem that stays in place: the message, and the details where they are in the user's language. */
export function ProblemBar({
  problem,
  t,
  language,
  testPrefix,
  children,
}: {
  problem: { key: WordMessageKey; values?: Record<string, string>; details?: string };
  t: WordT;
  language: Language;
  /** The panel's name: the bar's test id is it and the problem's key ("send-notFound"). */
  testPrefix?: string;
  /** Actions under the message (MessageBarActions). */
  children?: React.ReactNode;
}): React.JSX.Element {
  const words = problemText(problem, t, language);
  return (
    <MessageBar
      intent="error"
      role="alert"
      layout="multiline"
      data-testid={testPrefix ? `${testPrefix}-${problem.key}` : undefined}
    >
      <MessageBarBody>
        {words.text}
        {words.details ? <Caption1 block>{words.details}</Caption1> : null}
      </MessageBarBody>
      {children}
    </MessageBar>
  );
}
