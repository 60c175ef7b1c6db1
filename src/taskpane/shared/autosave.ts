import * as React from "react";

/**
 * Saves a form as it is edited: each change is kept and written after a
 * short pause (at once for a choice), and whatever is still waiting is
 * written when the form goes away (the user moved to the next
 * recommendation), so nothing typed is lost.
 */
export function useAutosave<T extends object>(
  save: (changes: Partial<T>) => Promise<void>,
  delayMs = 700
): {
  change: (changes: Partial<T>, now?: boolean) => void;
  flush: () => void;
  status: "idle" | "saving" | "saved";
} {
  const pending = React.useRef<Partial<T>>({});
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const live = React.useRef(true);
  const [status, setStatus] = React.useState<"idle" | "saving" | "saved">("idle");
  const saveRef = React.useRef(save);
  saveRef.current = save;
  const flush = React.useCallback(() => {
    clearTimeout(timer.current);
    if (Object.keys(pending.current).length === 0) return;
    const changes = pending.current;
    pending.current = {};
    if (live.current) setStatus("saving");
    void saveRef.current(changes).then(() => {
      if (live.current && Object.keys(pending.current).length === 0) setStatus("saved");
    });
  }, []);
  const change = React.useCallback(
    (changes: Partial<T>, now = false) => {
      pending.current = { ...pending.current, ...changes };
      clearTimeout(timer.current);
      if (live.current) setStatus("saving");
      if (now) flush();
      else timer.current = setTimeout(flush, delayMs);
    },
    [delayMs, flush]
  );
  React.useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      flush();
    };
  }, [flush]);
  return { change, flush, status };
}
