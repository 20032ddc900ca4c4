import { useCounter } from '../counterStore';
import { Dialog } from './Dialog';
import { useText } from './useText';

/** Asks before forgetting the pairing: getting it back needs a new code from the kiosk. */
export function UnpairDialog({ onClosed }: { onClosed: () => void }) {
  const { t } = useText();
  const unpair = useCounter((s) => s.unpair);

  return (
    <Dialog title={t('unpair.title')} onClosed={onClosed} testId="unpair-dialog">
      {(close) => (
        <>
          <p>{t('unpair.lead')}</p>
          <div className="dialog__actions">
            <button type="button" className="btn" onClick={close} autoFocus>
              {t('cancel')}
            </button>
            <button type="button" className="btn btn--danger" onClick={unpair} data-testid="unpair-confirm">
              {t('unpair.confirm')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
