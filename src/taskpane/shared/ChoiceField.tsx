/**
 * The panes' one drop-down field: a label, the choices, and an optional
 * first choice for "none" (value ""). Both panes use it for every list the
 * user picks from, so they look and read the same.
 */
import * as React from "react";
import { Field, Select } from "@fluentui/react-components";

export interface Choice<V extends string> {
  value: V;
  label: string;
}

/** Each value with its label, in the order given. */
export const choicesOf = <V extends string>(
  values: readonly V[],
  labelOf: (value: V) => string
): Choice<V>[] => values.map((value) => ({ value, label: labelOf(value) }));

export function ChoiceField<V extends string>({
  label,
  value,
  choices,
  none,
  onChange,
  hint,
  disabled,
  size,
  className,
}: {
  label: string;
  value: V | "";
  choices: readonly Choice<V>[];
  /** Label of the empty choice; without it there is none. */
  none?: string;
  onChange: (value: V | "") => void;
  hint?: string;
  disabled?: boolean;
  size?: "small" | "medium";
  className?: string;
}): React.JSX.Element {
  return (
    <Field label={label} hint={hint} size={size} className={className}>
      <Select
        value={value}
        disabled={disabled}
        onChange={(_e, data) => onChange(data.value as V | "")}
      >
        {none !== undefined ? <option value="">{none}</option> : null}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
