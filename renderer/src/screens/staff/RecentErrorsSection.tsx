import { useTranslation } from 'react-i18next';
import { StaffSection } from './StaffSection';
import { useSeoulTime } from './useSeoulTime';
import type { StaffOverview } from '../../../../shared/ipc/contract';

/** The latest errors the kiosk logged (messages in English, phone numbers masked): what staff read to IT. */
export function RecentErrorsSection({ errors }: { errors: StaffOverview['recentErrors'] }) {
  const { t } = useTranslation();
  const when = useSeoulTime();
  return (
    <StaffSection heading={t('staff.recentErrorsHeading')}>
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
    </StaffSection>
  );
}
