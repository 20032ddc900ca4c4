import { useTranslation } from 'react-i18next';
import type { FlowState } from '../flow/flowTypes';
import { useFlow } from '../flow/FlowContext';
import { Busy, ScreenTitle, TicketNumber } from './parts';

type Props = { state: Extract<FlowState, { name: 'printUncertain' }> };

/** Nobody but the resident can see the tray: a second copy is printed only after they say nothing came out. */
export function PrintUncertainScreen({ state }: Props) {
  const { t } = useTranslation();
  const answerPrint = useFlow((s) => s.answerPrint);
  return (
    <div className="result">
      <div className="result__text">
        <ScreenTitle>{t('printUncertain.title')}</ScreenTitle>
        <p>{t('printUncertain.body')}</p>
        {state.notice !== 'none' && <p className="notice notice--error">{t('printUncertain.notice-answer-failed')}</p>}
      </div>
      <TicketNumber displayNumber={state.ticket.displayNumber} />
      <div className="result__actions">
        {state.pending === 'answering' ? (
          <Busy label={t('printUncertain.answering')} />
        ) : (
          <>
            <button type="button" className="btn btn--primary" onClick={() => void answerPrint(true)}>
              {t('printUncertain.yes')}
            </button>
            <button type="button" className="btn btn--secondary" onClick={() => void answerPrint(false)}>
              {t('printUncertain.no')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
