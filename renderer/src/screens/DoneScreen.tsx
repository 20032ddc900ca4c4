import { useTranslation } from 'react-i18next';
import type { FlowState } from '../flow/flowTypes';
import { useFlow } from '../flow/FlowContext';
import { ScreenTitle, TicketFacts, TicketNumber } from './parts';

type Props = { state: Extract<FlowState, { name: 'done' }> };

export function DoneScreen({ state }: Props) {
  const { t } = useTranslation();
  const reset = useFlow((s) => s.reset);
  const { ticket } = state;
  return (
    <div className="result">
      <div className="result__text">
        <ScreenTitle>{t('done.title')}</ScreenTitle>
        <TicketFacts ticket={ticket} language={state.language} />
      </div>
      <TicketNumber displayNumber={ticket.displayNumber} />
      <div className="result__actions">
        <button type="button" className="btn btn--primary" data-enter onClick={reset}>
          {t('done.finish')}
        </button>
      </div>
    </div>
  );
}
