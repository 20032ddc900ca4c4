import { useTranslation } from 'react-i18next';
import { StaffSection } from './StaffSection';
import { useSeoulTime } from './useSeoulTime';
import type { StaffOverview } from '../../../../shared/ipc/contract';

/** The version running and the self-update: what is coming, when it installs, and a rollback if one happened. */
export function SoftwareSection({ software }: { software: StaffOverview['software'] }) {
  const { t } = useTranslation();
  const when = useSeoulTime();
  const { update } = software;
  return (
    <StaffSection heading={t('staff.softwareHeading')}>
      <dl className="staff-section__status" data-testid="software-status" data-update-phase={update?.phase ?? 'none'}>
        <dt>{t('staff.softwareVersion')}</dt>
        <dd>{software.appVersion}</dd>
        {update === null ? (
          <dd>{t('staff.softwareNoUpdater')}</dd>
        ) : (
          <>
            <dt>{t('staff.softwareUpdate')}</dt>
            <dd>{t(`staff.update-${update.phase}`, { version: update.offeredVersion ?? '' })}</dd>
            {update.installedVersion && update.installedVersion !== software.appVersion && (
              <>
                <dt>{t('staff.softwareInstalled')}</dt>
                <dd data-testid="update-installed-version">{update.installedVersion}</dd>
              </>
            )}
            <dt>{t('staff.softwareLastCheck')}</dt>
            <dd>{update.lastCheckAt ? when(update.lastCheckAt) : t('staff.syncNever')}</dd>
            {update.lastOutcome && (
              <>
                <dt>{t('staff.softwareLastOutcome')}</dt>
                <dd data-testid="update-outcome" data-outcome={update.lastOutcome.kind}>
                  {t(`staff.outcome-${update.lastOutcome.kind}`, { version: update.lastOutcome.version })} · {when(update.lastOutcome.at)}
                </dd>
              </>
            )}
          </>
        )}
      </dl>
    </StaffSection>
  );
}
