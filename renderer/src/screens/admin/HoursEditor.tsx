import { useTranslation } from 'react-i18next';
import { weekdays, type DayHours, type OfficeHours, type Weekday } from '../../../../shared/office';
import { CheckField, TextField } from './fields';
import type { FieldProblems } from './fieldProblems';

type Props = { hours: OfficeHours; onChange: (hours: OfficeHours) => void; problems: FieldProblems; path: string };

const usualDay: DayHours = { open: '09:00', close: '18:00', lunch: { start: '12:00', end: '13:00' } };

/** Opening hours per weekday with an optional lunch break, and the holidays. */
export function HoursEditor({ hours, onChange, problems, path }: Props) {
  const { t } = useTranslation();
  const setDay = (day: Weekday, value: DayHours | null) => onChange({ ...hours, weekly: { ...hours.weekly, [day]: value } });
  return (
    <div className="hours">
      {weekdays.map((day) => {
        const dayHours = hours.weekly[day];
        const dayPath = `${path}.weekly.${day}`;
        return (
          <fieldset key={day} className="hours__day" data-testid={`hours-${day}`}>
            <legend className="hours__weekday">{t(`weekday.${day}`)}</legend>
            <CheckField label={t('hours.open')} checked={dayHours !== null} onChange={(open) => setDay(day, open ? usualDay : null)} />
            {dayHours && (
              <>
                <TextField type="time" label={t('hours.opens')} path={`${dayPath}.open`} problems={problems} value={dayHours.open} onChange={(open) => setDay(day, { ...dayHours, open })} />
                <TextField type="time" label={t('hours.closes')} path={`${dayPath}.close`} problems={problems} value={dayHours.close} onChange={(close) => setDay(day, { ...dayHours, close })} />
                <CheckField
                  label={t('hours.lunch')}
                  checked={dayHours.lunch !== undefined}
                  onChange={(lunch) => setDay(day, { open: dayHours.open, close: dayHours.close, ...(lunch ? { lunch: usualDay.lunch } : {}) })}
                />
                {dayHours.lunch && (
                  <>
                    <TextField type="time" label={t('hours.lunchStart')} path={`${dayPath}.lunch`} problems={problems} value={dayHours.lunch.start} onChange={(start) => setDay(day, { ...dayHours, lunch: { ...dayHours.lunch!, start } })} />
                    <TextField type="time" label={t('hours.lunchEnd')} path={`${dayPath}.lunch.end`} problems={problems} value={dayHours.lunch.end} onChange={(end) => setDay(day, { ...dayHours, lunch: { ...dayHours.lunch!, end } })} />
                  </>
                )}
              </>
            )}
          </fieldset>
        );
      })}
      <TextField
        label={t('hours.holidays')}
        hint={t('hours.holidaysHint')}
        path={`${path}.holidays`}
        problems={problems}
        value={hours.holidays.join(', ')}
        onChange={(text) => onChange({ ...hours, holidays: text.split(/[\s,]+/).filter(Boolean) })}
      />
    </div>
  );
}
