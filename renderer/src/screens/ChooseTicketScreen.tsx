import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowState } from '../flow/flowMachine';
import { useFlow } from '../flow/FlowContext';
import { Busy, PrinterNotice, ScreenTitle } from './parts';

type Props = { state: Extract<FlowState, { name: 'chooseTicket' }> };

export function ChooseTicketScreen({ state }: Props) {
  const { t } = useTranslation();
  const choosePaper = useFlow((s) => s.choosePaper);
  const hintId = useId();
  const { printer } = state;

  const selected = (
    <p className="selected-service">
      <span className="selected-service__label">{t('ticket.selectedService')}</span>{' '}
      <strong className="selected-service__name">{state.service.name[state.language]}</strong>
    </p>
  );

  if (printer.status === 'unavailable') {
    return (
      <div className="stack stack--center">
        <ScreenTitle>{t('ticket.unavailableTitle')}</ScreenTitle>
        {selected}
        <PrinterNotice problem={printer.problem} />
      </div>
    );
  }

  return (
    <div className="stack">
      <ScreenTitle>{t('ticket.title')}</ScreenTitle>
      {selected}
      {printer.status === 'checking' ? (
        <Busy label={t('ticket.checking')} />
      ) : (
        <div className="ticket-kinds">
          {state.office.ticketKinds.includes('paper') && (
            <button
              type="button"
              className="btn btn--primary btn--huge"
              aria-describedby={hintId}
              onClick={() => void choosePaper()}
            >
              {t('ticket.paper')}
            </button>
          )}
          <p className="hint" id={hintId}>
            {t('ticket.paperHint')}
          </p>
        </div>
      )}
    </div>
  );
}
