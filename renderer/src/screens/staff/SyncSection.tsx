import { useTranslation } from 'react-i18next';
import { StaffSection } from './StaffSection';
import { useSeoulTime } from './useSeoulTime';
import type { StaffOverview } from '../../../../shared/ipc/contract';

/** District sync at a glance: when it last worked, what waits, what went wrong. */
export function SyncSection({ sync }: { sync: StaffOverview['sync'] }) {
  const { t } = useTranslation();
  const when = useSeoulTime();
  return (
    <StaffSection heading={t('staff.syncHeading')}>
      {sync === null ? (
        <p className="staff-section__status">{t('staff.syncNotConfigured')}</p>
      ) : (
        <dl className="staff-section__status" data-testid="sync-status" data-circuit={sync.circuit}>
          <dt>{t('staff.syncLastSuccess')}</dt>
          <dd>{sync.lastSuccessAt ? when(sync.lastSuccessAt) : t('staff.syncNever')}</dd>
          <dt>{t('staff.syncBacklog')}</dt>
          <dd>{t('staff.syncBacklogCount', { count: sync.backlog })}</dd>
          {sync.setAside > 0 && (
            <>
              <dt>{t('staff.syncSetAside')}</dt>
              <dd data-testid="sync-set-aside">
                {t('staff.syncBacklogCount', { count: sync.setAside })}
                <ul className="staff-section__list" data-testid="sync-set-aside-events">
                  {sync.setAsideEvents.map((event) => (
                    <li key={`${event.setAsideAt}-${event.occurredAt}-${event.type}`}>
                      {event.ticketNumber === null ? t('staff.syncSetAsideOther', { type: event.type }) : t('staff.syncSetAsideTicket', { type: event.type, number: event.ticketNumber })}{' '}
                      ({when(event.occurredAt)}): <span lang="en">{event.reason}</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {sync.lastError && (
            <>
              <dt>{t('staff.syncLastError')}</dt>
              <dd lang="en">{sync.lastError}</dd>
            </>
          )}
        </dl>
      )}
    </StaffSection>
  );
}
