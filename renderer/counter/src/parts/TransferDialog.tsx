import type { CounterStatus } from '../../../../shared/lan/counterApi';
import { transferTargets } from '../commands';
import { useCounter } from '../counterStore';
import { Dialog } from './Dialog';
import { useText } from './useText';

/** Sends the current resident to another service's queue (they came to the wrong counter). */
export function TransferDialog({ status, onClosed }: { status: CounterStatus; onClosed: () => void }) {
  const { t, local } = useText();
  const run = useCounter((s) => s.run);

  return (
    <Dialog title={t('transfer.title')} onClosed={onClosed} testId="transfer-dialog">
      {(close) => (
        <>
          <p>{t('transfer.lead', { number: status.current?.displayNumber ?? '' })}</p>
          <ul className="dialog__choices">
            {transferTargets(status).map((queue) => (
              <li key={queue.serviceId}>
                <button
                  type="button"
                  className="btn dialog__choice"
                  onClick={() => {
                    close();
                    void run({ kind: 'transfer', serviceId: queue.serviceId });
                  }}
                  data-testid={`transfer-to-${queue.serviceId}`}
                >
                  <span>{local(queue.name)}</span>
                  <span className="dialog__choice-note">{t('queue.waiting', { count: queue.waiting })}</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="dialog__actions">
            <button type="button" className="btn" onClick={close}>
              {t('cancel')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
