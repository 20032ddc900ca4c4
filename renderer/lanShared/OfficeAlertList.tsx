import { useTranslation } from 'react-i18next';
import type { OfficeAlert } from '../../shared/officeAlerts';
import { clockTime } from './clockTime';

/**
 * The kiosk's printer and district-sync problems, in a live region so they are announced as they
 * come; empty (and silent) while all is well. The counter page and the kiosk's staff screen show the same words.
 */
export function OfficeAlertList({ alerts }: { alerts: readonly OfficeAlert[] }) {
  const { t } = useTranslation('lan');
  return (
    <div className="office-alerts" role="status" aria-label={t('alerts.label')} data-testid="office-alerts">
      {alerts.length > 0 && (
        <ul className="office-alerts__list">
          {alerts.map((alert) => (
            <li key={alert.kind} className="office-alerts__alert" data-alert={alert.kind}>
              <strong>{t(`alerts.${alert.kind}`, { count: alert.count ?? 0 })}</strong> <span>{t('alerts.since', { time: clockTime(alert.since) })}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
