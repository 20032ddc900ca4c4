import type { z } from 'zod';
import { formRuleOf, type FormRule, type FormRuleValues } from '../../../../shared/formRules';

/** A form's problems by field path ('services.0.blockStart'), each in plain words. */
export type FieldProblems = ReadonlyMap<string, string>;

type FormWord = 'form.required' | 'form.atLeast' | 'form.atMost' | 'form.format' | `rule.${FormRule}`;
type Translate = (key: FormWord, options?: FormRuleValues) => string;

function plainWords(issue: z.core.$ZodIssue, t: Translate): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' ? t('form.required') : t('form.atLeast', { minimum: Number(issue.minimum) });
    case 'too_big':
      return t('form.atMost', { maximum: Number(issue.maximum) });
    case 'invalid_type':
      return t('form.required');
    case 'invalid_format':
      return t('form.format');
    case 'custom': {
      // The schemas' own rules carry a key, so each screen says them in its language.
      const broken = formRuleOf(issue.params);
      return broken ? t(`rule.${broken.rule}`, broken.values) : issue.message;
    }
    default:
      return issue.message;
  }
}

/** Checks a form's value with the same schema the kiosk checks it with, and keeps the first problem per field. */
export function fieldProblems<T>(schema: z.ZodType<T>, value: unknown, t: Translate): { ok: true; value: T } | { ok: false; problems: FieldProblems } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const problems = new Map<string, string>();
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    if (!problems.has(path)) problems.set(path, plainWords(issue, t));
  }
  return { ok: false, problems };
}
