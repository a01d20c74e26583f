/** Select options from a domain's list of values and its German labels. */
export const selectOptions = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ label: labels[value], value }))
