import { useState } from 'react';
import { connectionStatus } from '../../lanShared/connection';
import { ConnectionBanner } from '../../lanShared/ConnectionBanner';
import { OfficeAlertList } from '../../lanShared/OfficeAlertList';
import { availabilityOf, type DeskAction } from './commands';
import { useCounter } from './counterStore';
import { ActionPad } from './parts/ActionPad';
import { CurrentTicket } from './parts/CurrentTicket';
import { DeskHeader } from './parts/DeskHeader';
import { NoShowPanel } from './parts/NoShowPanel';
import { NoticeLine } from './parts/NoticeLine';
import { QueuePanel } from './parts/QueuePanel';
import { TransferDialog } from './parts/TransferDialog';
import { UnpairDialog } from './parts/UnpairDialog';
import { useText } from './parts/useText';
import { useDeskShortcuts } from './useDeskShortcuts';

type OpenDialog = 'transfer' | 'unpair' | null;

/** The paired counter's working screen: all main controls visible at once, no scrolling. */
export function DeskScreen() {
  const { t, language } = useText();
  const status = useCounter((s) => s.status);
  const connection = useCounter((s) => s.connection);
  const busy = useCounter((s) => s.busy);
  const run = useCounter((s) => s.run);
  const explain = useCounter((s) => s.explain);
  const letterShortcuts = useCounter((s) => s.preferences.letterShortcuts);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const stale = connectionStatus(connection) === 'offline';

  function trigger(action: DeskAction): void {
    if (!status || busy) return;
    const { enabled, reason } = availabilityOf(action, status);
    if (!enabled) {
      if (reason) explain({ tone: 'info', message: reason });
      return;
    }
    if (action === 'transfer') setDialog('transfer');
    else void run({ kind: action });
  }
  useDeskShortcuts(letterShortcuts, trigger);

  return (
    <div className="desk">
      <DeskHeader onUnpair={() => setDialog('unpair')} />
      <ConnectionBanner connection={connection} languages={[language]} />
      <OfficeAlertList alerts={status?.alerts ?? []} />
      <NoticeLine />
      {status ? (
        <main className={stale ? 'desk-main is-stale' : 'desk-main'} data-testid="desk" data-stale={stale}>
          <div className="desk-main__work">
            <CurrentTicket />
            <ActionPad status={status} onAction={trigger} />
          </div>
          <div className="desk-main__side">
            <QueuePanel queues={status.queues} />
            <NoShowPanel status={status} />
          </div>
        </main>
      ) : (
        <main className="desk-main desk-main--loading" data-testid="desk-loading">
          <p>{t('desk.loading')}</p>
        </main>
      )}
      {dialog === 'transfer' && status && <TransferDialog status={status} onClosed={() => setDialog(null)} />}
      {dialog === 'unpair' && <UnpairDialog onClosed={() => setDialog(null)} />}
    </div>
  );
}
