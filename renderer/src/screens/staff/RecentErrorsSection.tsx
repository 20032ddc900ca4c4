import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSeoulTime } from './useSeoulTime';
import type { StaffOverview } from '../../../../shared/ipc/contract';

/** The latest errors the kiosk logged (messages in English, phone numbers masked): what staff read to IT. */
export function RecentErrorsSection({ errors }: { errors: StaffOverview['recentErrors'] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const when = useSeoulTime();
  return (
    <section className="staff-section" aria-labelledby={headingId}>
      <h2 className="staff-section__title" id={headingId}>
        {t('staff.recentErrorsHeading')}
      </h2>
      {errors.length === 0 ? (
        <p className="staff-section__status">{t('staff.noRecentErrors')}</p>
      ) : (
        <ul className="staff-section__list" data-testid="recent-errors">
          {errors.map((error) => (
            <li key={`${error.at}:${error.message}`}>
              {when(error.at)} · <span lang="en">{error.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
