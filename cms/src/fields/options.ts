import type { Label } from '../i18n/label'

/**
 * Select options from a shared vocabulary, labelled in the admin languages. The table is typed by
 * the vocabulary, so a value added to it in shared/ without labels here is a type error.
 */
export function selectOptions<Value extends string>(values: readonly Value[], labels: Record<Value, Label>) {
  return values.map((value) => ({ value, label: labels[value] }))
}
