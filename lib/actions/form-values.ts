// Shared by the staff and admin form actions: the typed values of a form, and error keys
// translated at run time (the form's own namespace first, then the generic `validation.*`).

export type Translate = { (key: string): string; has(key: string): boolean };

export function translateErrorKey(t: Translate, namespace: string | undefined, key: string): string {
  if (namespace && t.has(`${namespace}.${key}`)) return t(`${namespace}.${key}`);
  if (t.has(`validation.${key}`)) return t(`validation.${key}`);
  return t("validation.invalid");
}

/** Every field as typed (checkbox groups as lists), to parse and to show again after an error. */
export function collectFormValues(
  formData: FormData,
  arrays: readonly string[],
  files: readonly string[] = [],
): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$") || files.includes(key)) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = arrays.includes(key) ? all : (all[0] ?? "");
  }
  for (const key of arrays) values[key] ??= [];
  return values;
}
