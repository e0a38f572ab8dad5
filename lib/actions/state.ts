// What every form action returns to its form: the values as typed (nothing the user typed is
// lost), translated errors by field, an alert for the whole form, and a counter that lets a
// form rebuild its uncontrolled inputs from `values` after each submission.

export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Record<string, string[]>;

export interface ActionState {
  values: FormValues;
  fieldErrors?: FieldErrors;
  formError?: string;
  /** The heading of the error summary ("There is a problem"), on every failed submission. */
  errorTitle?: string;
  /** Submissions so far; forms key their inputs on it so `defaultValue` is applied again. */
  attempt?: number;
}

/** The signature `useActionState` needs; bound arguments (a case reference, an id) come first. */
export type FormAction<S extends ActionState = ActionState> = (state: S, formData: FormData) => Promise<S>;

/** Fields of the generic one-section forms (case actions, admin sections). */
export type ActionField = (
  | { kind: "textarea"; name: string; label: string; rows?: number }
  | { kind: "text"; name: string; label: string; type?: "text" | "email" | "tel"; autoComplete?: string }
  | { kind: "date"; name: string; label: string }
  | { kind: "number"; name: string; label: string; min?: number; max?: number }
  | { kind: "select"; name: string; label: string; options: { value: string; label: string }[]; placeholder: string }
  | { kind: "checkboxes"; name: string; label: string; options: { value: string; label: string }[] }
  | { kind: "radios"; name: string; label: string; options: { value: string; label: string }[] }
) & {
  /** Announced as required (the schema decides; this only tells the person before they submit). */
  required?: boolean;
};

/** One typed value as text (a checkbox group's values joined), "" when the form had none. */
export function textValue(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? value.join(",") : (value ?? "");
}
