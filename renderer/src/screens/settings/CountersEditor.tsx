import { useTranslation } from 'react-i18next';
import type { CounterConfig, OfficeConfig } from '../../../../shared/office';
import { CheckField, NumberField, TextField } from '../admin/fields';
import type { FieldProblems } from '../admin/fieldProblems';

type Props = { office: OfficeConfig; problems: FieldProblems; onChange: (office: OfficeConfig) => void };

function newCounter(office: OfficeConfig): CounterConfig {
  const number = Math.max(0, ...office.counters.map((c) => c.number)) + 1;
  let id = `counter-${number}`;
  while (office.counters.some((c) => c.id === id)) id = `${id}-new`;
  return { id, number, serviceIds: office.services.map((s) => s.id) };
}

/** A clock time field whose empty value means "as the office": the desk follows the office's hours. */
function optionalTime(time: string): string | undefined {
  return time || undefined;
}

/**
 * The counters in their order: number, the services each calls, and its own day (a later opening,
 * an early closing, its turn for lunch) where it differs from the office's hours.
 */
export function CountersEditor({ office, problems, onChange }: Props) {
  const { t } = useTranslation();
  const setCounters = (counters: CounterConfig[]) => onChange({ ...office, counters });
  const setCounter = (index: number, change: Partial<CounterConfig>) => setCounters(office.counters.map((c, i) => (i === index ? { ...c, ...change } : c)));
  const move = (index: number, by: -1 | 1) => {
    const counters = [...office.counters];
    [counters[index], counters[index + by]] = [counters[index + by], counters[index]];
    setCounters(counters);
  };
  return (
    <>
      {problems.get('counters') && <p className="field__problem">{problems.get('counters')}</p>}
      {office.counters.map((counter, index) => {
        const path = `counters.${index}`;
        return (
          <fieldset key={counter.id} className="service-editor" data-testid={`settings-counter-${counter.id}`}>
            <legend>{t('settings.counterLegend', { number: counter.number })}</legend>
            <div className="service-editor__fields">
              <NumberField label={t('settings.counterNumber')} path={`${path}.number`} problems={problems} value={counter.number} onChange={(number) => setCounter(index, { number })} />
              <TextField type="time" label={t('settings.opensAt')} hint={t('settings.asOffice')} path={`${path}.opensAt`} problems={problems} value={counter.opensAt ?? ''} onChange={(time) => setCounter(index, { opensAt: optionalTime(time) })} />
              <TextField type="time" label={t('settings.closesAt')} hint={t('settings.asOffice')} path={`${path}.closesAt`} problems={problems} value={counter.closesAt ?? ''} onChange={(time) => setCounter(index, { closesAt: optionalTime(time) })} />
              <CheckField label={t('settings.ownLunch')} checked={counter.lunch !== undefined} onChange={(on) => setCounter(index, { lunch: on ? { start: '12:00', end: '13:00' } : undefined })} />
              {counter.lunch && (
                <>
                  <TextField type="time" label={t('hours.lunchStart')} path={`${path}.lunch`} problems={problems} value={counter.lunch.start} onChange={(start) => setCounter(index, { lunch: { ...counter.lunch!, start } })} />
                  <TextField type="time" label={t('hours.lunchEnd')} path={`${path}.lunch.end`} problems={problems} value={counter.lunch.end} onChange={(end) => setCounter(index, { lunch: { ...counter.lunch!, end } })} />
                </>
              )}
            </div>
            <fieldset className="choice choice--wrap">
              <legend>{t('settings.counterServices')}</legend>
              {office.services.map((service) => (
                <CheckField
                  key={service.id}
                  label={service.name.ko || service.id}
                  checked={counter.serviceIds.includes(service.id)}
                  onChange={(on) => setCounter(index, { serviceIds: on ? [...counter.serviceIds, service.id] : counter.serviceIds.filter((id) => id !== service.id) })}
                />
              ))}
            </fieldset>
            {problems.get(`${path}.serviceIds`) && <p className="field__problem">{problems.get(`${path}.serviceIds`)}</p>}
            <div className="button-row">
              <button type="button" className="btn btn--secondary btn--small" disabled={index === 0} onClick={() => move(index, -1)}>
                {t('settings.moveUp')}
              </button>
              <button type="button" className="btn btn--secondary btn--small" disabled={index === office.counters.length - 1} onClick={() => move(index, 1)}>
                {t('settings.moveDown')}
              </button>
              <button type="button" className="btn btn--secondary btn--small" onClick={() => setCounters(office.counters.filter((_, i) => i !== index))}>
                {t('settings.removeCounter', { number: counter.number })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="button-row">
        <button type="button" className="btn btn--secondary btn--small" onClick={() => setCounters([...office.counters, newCounter(office)])}>
          {t('settings.addCounter')}
        </button>
      </div>
    </>
  );
}
