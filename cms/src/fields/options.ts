/** Select options from a shared vocabulary, labelled readably for the admin ("relative-percent" → "Relative percent"). */
export function selectOptions(values: readonly string[]) {
  return values.map((value) => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1).replaceAll('-', ' ') }))
}
