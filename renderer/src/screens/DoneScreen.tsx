import { Trans, useTranslation } from 'react-i18next';
import type { FlowState } from '../flow/flowMachine';
import { useFlow } from '../flow/FlowContext';
import { waitEstimateText } from '../../../shared/waitEstimateText';
import { ScreenTitle, TicketNumber } from './parts';

type Props = { state: Extract<FlowState, { name: 'done' }> };

export function DoneScreen({ state }: Props) {
  const { t } = useTranslation();
  const reset = useFlow((s) => s.reset);
  const { ticket } = state;
  return (
    <div className="result">
      <div className="result__text">
        <ScreenTitle>{t('done.title')}</ScreenTitle>
        <p className="selected-service">
          <strong className="selected-service__name">{ticket.serviceName[state.language]}</strong>
        </p>
        <p className="ahead">
          <Trans
            i18nKey="done.ahead"
            values={{ count: ticket.peopleAhead }}
            components={{ count: <strong className="ahead__count" data-testid="people-ahead" /> }}
          />
        </p>
        <p className="ahead">
          {t('done.estimate')} <strong data-testid="wait-estimate">{waitEstimateText(ticket.estimate, state.language)}</strong>
        </p>
      </div>
      <TicketNumber displayNumber={ticket.displayNumber} />
      <div className="result__actions">
        <button type="button" className="btn btn--primary" onClick={reset}>
          {t('done.finish')}
        </button>
      </div>
    </div>
  );
}
