/** Every leaf key of a messages object, dotted: for checking that two languages say the same things. */
export function messageKeys(messages: object, prefix = ''): string[] {
  return Object.entries(messages)
    .flatMap(([key, value]) =>
      typeof value === 'object' && value !== null ? messageKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
    )
    .sort();
}
