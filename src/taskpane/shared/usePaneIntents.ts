import * as React from "react";

/**
 * A pane's state and its intents. The intents are made once per `deps` (the
 * host, the language) over a copy of the state that every action updates at
 * once, before React renders: an intent reads what the one before it did,
 * and a double click cannot start the same work twice. `raise` sees each
 * action first (to complete it, or to remember something); the pane's
 * first refresh runs as the intents are made.
 */
export function usePaneIntents<S, A, I extends { refresh(): Promise<void> }>(
  reducer: (state: S, action: A) => S,
  initial: () => S,
  make: (getState: () => S, dispatch: (action: A) => void) => I,
  raise: (action: A) => A,
  deps: React.DependencyList
): [S, I] {
  const [state, apply] = React.useReducer(reducer, undefined, initial);
  const stateRef = React.useRef(state);
  stateRef.current = state;
  const intents = React.useMemo(
    () =>
      make(
        () => stateRef.current,
        (raised) => {
          const action = raise(raised);
          stateRef.current = reducer(stateRef.current, action);
          apply(action);
        }
      ),
    // The intents follow the host and the language only: `make` and `raise` are the pane's own.
    deps
  );
  React.useEffect(() => {
    void intents.refresh();
  }, [intents]);
  return [state, intents];
}

type Intersect<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** A pane's intents: its dispatch, and each group's intents made over the one context. */
export function intentsOver<C extends { dispatch: unknown }, G extends object[]>(
  context: C,
  ...groups: { [K in keyof G]: (context: C) => G[K] }
): { dispatch: C["dispatch"] } & Intersect<G[number]> {
  return Object.assign({ dispatch: context.dispatch }, ...groups.map((group) => group(context)));
}
