import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { typicalOfficeHours } from '../../../../shared/officeHours';
import { officeConfigSchema, type OfficeConfig, type ServiceConfig } from '../../../../shared/office';
import { pinProblem } from '../../../../shared/staff';
import { kioskApi } from '../../kioskApi';
import { ScreenTitle } from '../parts';
import { CheckField, NumberField, TextField } from './fields';
import { fieldProblems, type FieldProblems } from './fieldProblems';
import { HoursEditor } from './HoursEditor';
import { PrinterSettings } from './PrinterSettings';

type Props = { draft: OfficeConfig; managerPinSet: boolean; onDone: () => void };

const MAX_COUNTERS = 30;

/** The office a setup form describes: the services ticked, and that many counters serving all of them. */
function officeOf(draft: OfficeConfig, services: readonly ServiceConfig[], offered: ReadonlySet<string>, counters: number): { office: OfficeConfig; serviceIndex: number[] } {
  const chosen = services.map((service, index) => ({ service, index })).filter(({ service }) => offered.has(service.id));
  const serviceIds = chosen.map(({ service }) => service.id);
  const office: OfficeConfig = {
    ...draft,
    services: chosen.map(({ service }) => service),
    counters: Array.from({ length: Number.isInteger(counters) ? Math.min(Math.max(counters, 0), MAX_COUNTERS) : 0 }, (_, i) => ({ id: `counter-${i + 1}`, number: i + 1, serviceIds })),
  };
  return { office, serviceIndex: chosen.map(({ index }) => index) };
}

/** The schema speaks of the services sent (only the ticked ones); the form shows all of them. */
function onFormPaths(problems: FieldProblems, serviceIndex: readonly number[]): FieldProblems {
  return new Map([...problems].map(([path, problem]) => [path.replace(/^services\.(\d+)/, (_, i: string) => `services.${serviceIndex[Number(i)]}`), problem]));
}

/**
 * First run of a kiosk with no demo: the office, the manager's PIN, services, counters, hours and
 * a test print. The district connection can come later, from the staff screen.
 */
export function SetupScreen({ draft, managerPinSet, onDone }: Props) {
  const { t } = useTranslation();
  const [base, setBase] = useState<OfficeConfig>({ ...draft, hours: draft.hours ?? typicalOfficeHours });
  const [services, setServices] = useState<ServiceConfig[]>(draft.services);
  const [offered, setOffered] = useState<Set<string>>(() => new Set(draft.services.map((s) => s.id)));
  const [counters, setCounters] = useState(Math.max(draft.counters.length, 1));
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [problems, setProblems] = useState<FieldProblems>(new Map());
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const setService = (index: number, change: Partial<ServiceConfig>) => setServices((all) => all.map((s, i) => (i === index ? { ...s, ...change } : s)));

  const submit = async () => {
    const { office, serviceIndex } = officeOf(base, services, offered, counters);
    const found = new Map<string, string>();
    const checked = fieldProblems(officeConfigSchema, office, (key, options) => t(key, options));
    if (!checked.ok) for (const [path, problem] of onFormPaths(checked.problems, serviceIndex)) found.set(path, problem);
    if (offered.size === 0) found.set('services', t('setup.noServices'));
    if (!Number.isInteger(counters) || counters < 1 || counters > MAX_COUNTERS) found.set('counters', t('form.between', { minimum: 1, maximum: MAX_COUNTERS }));
    if (!managerPinSet) {
      const problem = pinProblem(pin);
      if (problem) found.set('pin', t(`pinProblem.${problem}`));
      else if (pin !== pinAgain) found.set('pinAgain', t('pinProblem.mismatch'));
    }
    setProblems(found);
    setFailure(null);
    if (found.size > 0 || !checked.ok) return;
    setSaving(true);
    const answer = await kioskApi().completeSetup({ office: checked.value, ...(managerPinSet ? {} : { managerPin: pin }) });
    setSaving(false);
    if (answer.ok) onDone();
    else setFailure(answer.error.message);
  };

  return (
    <form
      className="admin-form setup"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ScreenTitle>{t('setup.title')}</ScreenTitle>
      <p className="admin-form__lead">{t('setup.lead')}</p>

      <section className="admin-form__section" aria-labelledby="setup-office">
        <h2 id="setup-office" className="staff-section__title">{t('setup.officeHeading')}</h2>
        <TextField label={t('setup.officeNameKo')} path="officeName.ko" problems={problems} value={base.officeName.ko} onChange={(ko) => setBase({ ...base, officeName: { ...base.officeName, ko } })} />
        <TextField label={t('setup.officeNameEn')} path="officeName.en" problems={problems} value={base.officeName.en} onChange={(en) => setBase({ ...base, officeName: { ...base.officeName, en } })} />
      </section>

      {!managerPinSet && (
        <section className="admin-form__section" aria-labelledby="setup-pin">
          <h2 id="setup-pin" className="staff-section__title">{t('setup.pinHeading')}</h2>
          <TextField type="password" numeric label={t('setup.pin')} hint={t('setup.pinHint')} path="pin" problems={problems} value={pin} onChange={setPin} autoComplete="new-password" />
          <TextField type="password" numeric label={t('setup.pinAgain')} path="pinAgain" problems={problems} value={pinAgain} onChange={setPinAgain} autoComplete="new-password" />
        </section>
      )}

      <section className="admin-form__section" aria-labelledby="setup-services">
        <h2 id="setup-services" className="staff-section__title">{t('setup.servicesHeading')}</h2>
        {problems.get('services') && <p className="field__problem">{problems.get('services')}</p>}
        {services.map((service, index) => (
          <fieldset key={service.id} className="service-editor" data-testid={`service-${service.id}`}>
            <legend>{service.name.ko || service.id}</legend>
            <CheckField
              label={t('setup.offer')}
              checked={offered.has(service.id)}
              onChange={(on) => setOffered((ids) => (on ? new Set([...ids, service.id]) : new Set([...ids].filter((id) => id !== service.id))))}
            />
            {offered.has(service.id) && (
              <div className="service-editor__fields">
                <TextField label={t('service.nameKo')} path={`services.${index}.name.ko`} problems={problems} value={service.name.ko} onChange={(ko) => setService(index, { name: { ...service.name, ko } })} />
                <TextField label={t('service.nameEn')} path={`services.${index}.name.en`} problems={problems} value={service.name.en} onChange={(en) => setService(index, { name: { ...service.name, en } })} />
                <NumberField label={t('service.blockStart')} path={`services.${index}.blockStart`} problems={problems} value={service.blockStart} onChange={(blockStart) => setService(index, { blockStart })} />
                <NumberField label={t('service.blockEnd')} path={`services.${index}.blockEnd`} problems={problems} value={service.blockEnd} onChange={(blockEnd) => setService(index, { blockEnd })} />
                <NumberField label={t('service.dailyCap')} path={`services.${index}.dailyCap`} problems={problems} value={service.dailyCap} onChange={(dailyCap) => setService(index, { dailyCap })} />
                <TextField
                  type="time"
                  label={t('service.lastTicketTime')}
                  hint={t('service.lastTicketTimeHint')}
                  path={`services.${index}.lastTicketTime`}
                  problems={problems}
                  value={service.lastTicketTime ?? ''}
                  onChange={(time) => setService(index, { lastTicketTime: time || undefined })}
                />
              </div>
            )}
          </fieldset>
        ))}
      </section>

      <section className="admin-form__section" aria-labelledby="setup-counters">
        <h2 id="setup-counters" className="staff-section__title">{t('setup.countersHeading')}</h2>
        <NumberField label={t('setup.counterCount')} hint={t('setup.counterHint')} path="counters" problems={problems} value={counters} onChange={setCounters} />
      </section>

      <section className="admin-form__section" aria-labelledby="setup-hours">
        <h2 id="setup-hours" className="staff-section__title">{t('setup.hoursHeading')}</h2>
        <HoursEditor hours={base.hours ?? typicalOfficeHours} onChange={(hours) => setBase({ ...base, hours })} problems={problems} path="hours" />
      </section>

      <section className="admin-form__section" aria-labelledby="setup-printer">
        <h2 id="setup-printer" className="staff-section__title">{t('setup.printerHeading')}</h2>
        <p>{t('setup.printerLead')}</p>
        <PrinterSettings />
      </section>

      <section className="admin-form__section" aria-labelledby="setup-district">
        <h2 id="setup-district" className="staff-section__title">{t('setup.districtHeading')}</h2>
        <p>{t('setup.districtLater')}</p>
      </section>

      {problems.size > 0 && <p className="notice notice--error" role="alert">{t('setup.fixProblems')}</p>}
      {failure && <p className="notice notice--error" role="alert">{failure}</p>}
      <button type="submit" className="btn btn--primary" disabled={saving}>
        {saving ? t('setup.saving') : t('setup.finish')}
      </button>
    </form>
  );
}
