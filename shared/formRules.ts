/**
 * The rules office settings are checked by beyond type and range, each with a key the staff
 * screens translate (`rule.<key>` in the renderer's messages) and the English that API answers
 * and logs carry. `{{name}}` is filled from the values.
 */
export const formRules = {
  clockTime: 'a time is written HH:MM, 00:00 to 23:59',
  holidayDate: 'a holiday is written YYYY-MM-DD',
  endAfterStart: 'the end must be after the start',
  closeAfterOpen: 'closing must be after opening',
  lunchWithinHours: 'the lunch break must lie within opening hours',
  blockEndAboveStart: 'blockEnd must be above blockStart',
  opensBeforeCloses: 'opensAt must be before closesAt',
  duplicateServiceId: 'two services have this id',
  blockOverlaps: "the number block overlaps {{serviceEn}}'s",
  duplicateCounterId: 'two counters have this id',
  duplicateCounterNumber: 'two counters have this number',
  unknownService: 'there is no service "{{service}}"',
  koreanAlwaysOffered: 'Korean is always offered',
  languageListedTwice: 'this language is listed twice',
  printerAddress: 'a printer address is tcp://HOST:PORT, usb://0xVID:0xPID or serial://PATH?baud=N',
  districtUrl: 'the district server address starts with https:// (plain http:// only to 127.0.0.1)',
  kioskId: 'the kiosk id is the part of the register-kiosk token before the dot',
  kioskSecret: 'the kiosk secret is the part of the register-kiosk token after the dot',
  missingLanguage: 'written in every offered language: {{language}} is missing',
} as const;
export type FormRule = keyof typeof formRules;
export type FormRuleValues = Record<string, string | number>;

/** What a schema's refinement carries: the English message, and the rule's key and values for a screen to translate. */
export function formRule(rule: FormRule, values: FormRuleValues = {}): { message: string; params: { rule: FormRule; values: FormRuleValues } } {
  const message = formRules[rule].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  return { message, params: { rule, values } };
}

/** The rule a validation issue broke, if it is one of these. */
export function formRuleOf(params: unknown): { rule: FormRule; values: FormRuleValues } | null {
  if (typeof params !== 'object' || params === null) return null;
  const { rule, values } = params as { rule?: unknown; values?: unknown };
  if (typeof rule !== 'string' || !(rule in formRules)) return null;
  return { rule: rule as FormRule, values: typeof values === 'object' && values !== null ? (values as FormRuleValues) : {} };
}
