import * as React from "react";
import type { Language } from "../../core/language";
import type { WordHost } from "../../office/word/host";
import { WordIntents, makeWordIntents } from "./controller";
import { usePaneIntents } from "../shared/usePaneIntents";
import { WordAction, WordState, initialWordState, wordReducer } from "./state";

const REVIEWER_KEY = "opcat-recommendation-tracker.reviewer";

function rememberedReviewer(): string {
  try {
    return window.localStorage.getItem(REVIEWER_KEY) ?? "";
  } catch {
    return "";
  }
}

function rememberReviewer(name: string): void {
  try {
    window.localStorage.setItem(REVIEWER_KEY, name);
  } catch {
    // Storage refused (private mode): the name still holds for this session.
  }
}

/** After an edit, Word signals a selection change: the cursor is followed at once, texts re-read a little later. */
const FOLLOW_DELAY_MS = 250;
const RECHECK_DELAY_MS = 1500;

/** The Word pane's state and intents over a WordHost; the pane follows the cursor in the document. */
export function useWordPane(host: WordHost, language: Language): [WordState, WordIntents] {
  const [state, intents] = usePaneIntents(
    wordReducer,
    () => initialWordState(rememberedReviewer()),
    (getState, dispatch) => makeWordIntents(host, getState, dispatch, { language }),
    (action: WordAction) => {
      if (action.type === "reviewer") rememberReviewer(action.name);
      return action;
    },
    [host, language]
  );
  React.useEffect(() => {
    let follow: ReturnType<typeof setTimeout> | undefined;
    let recheck: ReturnType<typeof setTimeout> | undefined;
    const stop = host.onSelectionChanged(() => {
      clearTimeout(follow);
      clearTimeout(recheck);
      follow = setTimeout(() => void intents.followSelection(), FOLLOW_DELAY_MS);
      recheck = setTimeout(() => void intents.recheckIfChanged(), RECHECK_DELAY_MS);
    });
    return () => {
      clearTimeout(follow);
      clearTimeout(recheck);
      stop();
    };
  }, [host, intents]);
  return [state, intents];
}
