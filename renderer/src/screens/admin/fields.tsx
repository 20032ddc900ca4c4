import { useId, type ReactNode } from 'react';
import { languageNames, languages, type Language, type LocalizedText } from '../../../../shared/language';
import type { FieldProblems } from './fieldProblems';

type FieldProps = {
  label: string;
  /** The value's path in the form, to find its problem. */
  path: string;
  problems: FieldProblems;
  hint?: string;
  children: (control: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
};

/** A labelled control with its problem in plain words right below it, tied to it for screen readers. */
export function Field({ label, path, problems, hint, children }: FieldProps) {
  const id = useId();
  const problem = problems.get(path);
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={problem ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, describedBy, invalid: Boolean(problem) })}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="field__problem" id={`${id}-problem`} data-field={path}>
          {problem}
        </p>
      )}
    </div>
  );
}

type InputProps = Omit<FieldProps, 'children'> & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'time' | 'password' | 'date';
  numeric?: boolean;
  autoComplete?: string;
};

export function TextField({ value, onChange, type = 'text', numeric, autoComplete = 'off', ...field }: InputProps) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="field__input"
          type={type}
          inputMode={numeric ? 'numeric' : undefined}
          value={value}
          autoComplete={autoComplete}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

type NumberProps = Omit<FieldProps, 'children'> & { value: number; onChange: (value: number) => void };

/** A whole number; what cannot be read as one is kept as NaN so the schema names the problem. */
export function NumberField({ value, onChange, ...field }: NumberProps) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          className="field__input field__input--number"
          type="text"
          inputMode="numeric"
          value={Number.isNaN(value) ? '' : String(value)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(event) => onChange(event.target.value.trim() === '' ? Number.NaN : Number(event.target.value))}
        />
      )}
    </Field>
  );
}

type CheckProps = { label: string; checked: boolean; onChange: (checked: boolean) => void };

export function CheckField({ label, checked, onChange }: CheckProps) {
  const id = useId();
  return (
    <div className="field field--check">
      <input id={id} type="checkbox" className="field__check" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

type LocalizedProps = Omit<FieldProps, 'children' | 'label'> & {
  /** The label with the language's name in it: t('settings.inLanguage', { language }). */
  label: (language: string) => string;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
};

/**
 * One text per language the kiosk speaks; each language's problem sits under its own box. Chinese
 * and Vietnamese left empty are left out (the office's check asks for them once it offers them).
 */
export function LocalizedFields({ label, value, onChange, path, ...field }: LocalizedProps) {
  const change = (language: Language, text: string) => {
    const next: LocalizedText = { ...value, [language]: text };
    if (text === '' && (language === 'zh' || language === 'vi')) delete next[language];
    onChange(next);
  };
  return (
    <>
      {languages.map((language) => (
        <TextField key={language} {...field} label={label(languageNames[language])} path={`${path}.${language}`} value={value[language] ?? ''} onChange={(text) => change(language, text)} />
      ))}
    </>
  );
}

type SelectProps = Omit<FieldProps, 'children'> & { value: string; options: readonly { value: string; label: string }[]; onChange: (value: string) => void };

export function SelectField({ value, options, onChange, ...field }: SelectProps) {
  return (
    <Field {...field}>
      {({ id, describedBy, invalid }) => (
        <select id={id} className="field__input" value={value} aria-describedby={describedBy} aria-invalid={invalid} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
