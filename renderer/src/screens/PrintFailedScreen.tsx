import { useTranslation } from 'react-i18next';
import type { FlowState } from '../flow/flowTypes';
import { useFlow } from '../flow/FlowContext';
import { Busy, PrinterNotice, ScreenTitle, TicketNumber } from './parts';

type Props = { state: Extract<FlowState, { name: 'printFailed' }> };

/** The ticket exists and holds a place in line; only the paper is missing. */
export function PrintFailedScreen({ state }: Props) {
  const { t } = useTranslation();
  const reprint = useFlow((s) => s.reprint);
  const cancel = useFlow((s) => s.cancel);
  const busy = state.pending !== 'none';
  return (
    <div className="result">
      <div className="result__text">
        <ScreenTitle>{t('printFailed.title')}</ScreenTitle>
        <PrinterNotice problem={state.reason} action={t('printFailed.issued')} />
        {state.notice !== 'none' && <p className="notice notice--error">{t(`printFailed.notice-${state.notice}`)}</p>}
      </div>
      <TicketNumber displayNumber={state.ticket.displayNumber} />
      <div className="result__actions">
        {busy ? (
          <Busy label={t(state.pending === 'reprinting' ? 'printFailed.reprinting' : 'printFailed.cancelling')} />
        ) : (
          <>
            <button type="button" className="btn btn--primary" data-enter onClick={() => void reprint()}>
              {t('printFailed.reprint')}
            </button>
            <button type="button" className="btn btn--secondary" onClick={() => void cancel()}>
              {t('printFailed.cancel')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
