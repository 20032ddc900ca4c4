import { useTranslation } from 'react-i18next';
import type { OfficeConfig, ServiceConfig } from '../../../../shared/office';
import { CheckField, LocalizedFields, NumberField, TextField } from '../admin/fields';
import type { FieldProblems } from '../admin/fieldProblems';

type Props = { office: OfficeConfig; waiting: Readonly<Record<string, number>>; problems: FieldProblems; onChange: (office: OfficeConfig) => void };

/** An id no service has yet: ids never change once tickets carry them. */
function newServiceId(office: OfficeConfig): string {
  for (let n = office.services.length + 1; ; n += 1) if (!office.services.some((s) => s.id === `service-${n}`)) return `service-${n}`;
}

/** A new service's numbers start after the highest block in use, in a fresh thousand. */
function newService(office: OfficeConfig): ServiceConfig {
  const highest = Math.max(0, ...office.services.map((s) => s.blockEnd));
  const blockStart = Math.min(Math.floor(highest / 1000 + 1) * 1000 + 1, 98_001);
  return { id: newServiceId(office), name: { ko: '', en: '' }, blockStart, blockEnd: blockStart + 998, dailyCap: 999, defaultServiceMinutes: 5 };
}

/** Every service's names, number block, cap, last-ticket time, default minutes and on/off; add and remove. */
export function ServicesEditor({ office, waiting, problems, onChange }: Props) {
  const { t } = useTranslation();
  const setService = (index: number, change: Partial<ServiceConfig>) => onChange({ ...office, services: office.services.map((s, i) => (i === index ? { ...s, ...change } : s)) });
  const remove = (serviceId: string) =>
    onChange({
      ...office,
      services: office.services.filter((s) => s.id !== serviceId),
      counters: office.counters.map((c) => ({ ...c, serviceIds: c.serviceIds.filter((id) => id !== serviceId) })),
    });
  return (
    <>
      {problems.get('services') && <p className="field__problem">{problems.get('services')}</p>}
      {office.services.map((service, index) => {
        const path = `services.${index}`;
        return (
          <fieldset key={service.id} className="service-editor" data-testid={`settings-service-${service.id}`}>
            <legend>
              {service.name.ko || t('settings.newService')}
              {waiting[service.id] ? ` · ${t('settings.waitingNow', { count: waiting[service.id] })}` : ''}
            </legend>
            <CheckField label={t('settings.serviceOn')} checked={service.enabled !== false} onChange={(on) => setService(index, { enabled: on ? undefined : false })} />
            <div className="service-editor__fields">
              <LocalizedFields label={(language) => t('settings.serviceName', { language })} path={`${path}.name`} problems={problems} value={service.name} onChange={(name) => setService(index, { name })} />
              <NumberField label={t('service.blockStart')} path={`${path}.blockStart`} problems={problems} value={service.blockStart} onChange={(blockStart) => setService(index, { blockStart })} />
              <NumberField label={t('service.blockEnd')} path={`${path}.blockEnd`} problems={problems} value={service.blockEnd} onChange={(blockEnd) => setService(index, { blockEnd })} />
              <NumberField label={t('service.dailyCap')} path={`${path}.dailyCap`} problems={problems} value={service.dailyCap} onChange={(dailyCap) => setService(index, { dailyCap })} />
              <NumberField
                label={t('settings.defaultMinutes')}
                hint={t('settings.defaultMinutesHint')}
                path={`${path}.defaultServiceMinutes`}
                problems={problems}
                value={service.defaultServiceMinutes}
                onChange={(defaultServiceMinutes) => setService(index, { defaultServiceMinutes })}
              />
              <TextField
                type="time"
                label={t('service.lastTicketTime')}
                hint={t('service.lastTicketTimeHint')}
                path={`${path}.lastTicketTime`}
                problems={problems}
                value={service.lastTicketTime ?? ''}
                onChange={(time) => setService(index, { lastTicketTime: time || undefined })}
              />
            </div>
            <div className="button-row">
              <button type="button" className="btn btn--secondary btn--small" onClick={() => remove(service.id)}>
                {t('settings.removeService', { name: service.name.ko || service.id })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="button-row">
        <button type="button" className="btn btn--secondary btn--small" onClick={() => onChange({ ...office, services: [...office.services, newService(office)] })}>
          {t('settings.addService')}
        </button>
      </div>
    </>
  );
}
