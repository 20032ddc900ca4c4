import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/language';
import { clockTime } from './clockTime';
import { connectionStatus, type Connection } from './connection';

type Props = {
  connection: Connection;
  /** The board speaks to everyone at once; the counter page to one person in one language. */
  languages: readonly Language[];
};

/**
 * Says, in a live region, that the page lost the kiosk and is reconnecting by itself, and how old
 * the data still on screen is. Stays empty while all is well.
 */
export function ConnectionBanner({ connection, languages }: Props) {
  const { t } = useTranslation('lan');
  const status = connectionStatus(connection);
  const { syncedAt } = connection;
  const showing = status === 'offline' || (status === 'connecting' && syncedAt === null);

  return (
    <div className="connection" role="status" data-testid="connection-banner" data-status={status}>
      {showing && (
        <div className={`connection__banner connection__banner--${status}`}>
          {languages.map((lng) => (
            <p key={lng} lang={lng} className="connection__line">
              <strong>{t(status === 'offline' ? 'connection.offline' : 'connection.connecting', { lng })}</strong>
              {status === 'offline' && (
                <span className="connection__age">
                  {syncedAt === null
                    ? t('connection.neverSynced', { lng })
                    : t('connection.syncedAt', { lng, time: clockTime(syncedAt) })}
                </span>
              )}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
