import * as React from "react";
import { Button } from "@fluentui/react-components";

/**
 * The small quiet button that opens or closes a part of a pane (the note,
 * the filters, the criteria met, every chip), saying to a screen reader
 * whether the part is open.
 */
export function ShowMore({
  open,
  onToggle,
  children,
}: {
  open: boolean;
  onToggle: (open: boolean) => void;
  children: React.ReactNode;
}): React.JSX.Element {
  return (
    <Button size="small" appearance="subtle" aria-expanded={open} onClick={() => onToggle(!open)}>
      {children}
    </Button>
  );
}
