import type { ComponentChildren } from 'preact';

export interface FieldProps {
  /** The id of the control, which the label names. */
  id: string;
  label: string;
  hint?: { id: string; text: string };
  /** Shown (and announced) in place of the hint while the value is wrong. */
  error?: { id: string; text: string | undefined };
  children: ComponentChildren;
}

/** A labelled form control, with its hint or, while the value is wrong, the error that says why. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      {error?.text ? (
        <p id={error.id} class="error" role="alert">
          {error.text}
        </p>
      ) : (
        hint && (
          <p id={hint.id} class="hint">
            {hint.text}
          </p>
        )
      )}
    </div>
  );
}
