import { textIn } from '../../../shared/language';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowState } from '../flow/flowTypes';
import { useFlow } from '../flow/FlowContext';
import { paperOnly } from '../flow/flowMachine';
import { Busy, PrinterNotice, ScreenTitle } from './parts';

type Props = { state: Extract<FlowState, { name: 'chooseTicket' }> };

function TicketKind({ label, hint, onChoose }: { label: string; hint: string; onChoose: () => void }) {
  const hintId = useId();
  return (
    <div className="ticket-kind">
      <button type="button" className="btn btn--primary btn--huge" aria-describedby={hintId} onClick={onChoose}>
        {label}
      </button>
      <p className="hint" id={hintId}>
        {hint}
      </p>
    </div>
  );
}

export function ChooseTicketScreen({ state }: Props) {
  const { t } = useTranslation();
  const choosePaper = useFlow((s) => s.choosePaper);
  const send = useFlow((s) => s.send);
  const { printer } = state;
  const { ticketKinds } = state.office;
  const paperOffered = ticketKinds.includes('paper');
  const mobileOffered = ticketKinds.includes('mobile');

  const selected = (
    <p className="selected-service">
      <span className="selected-service__label">{t('ticket.selectedService')}</span>{' '}
      <strong className="selected-service__name">{textIn(state.service.name, state.language)}</strong>
    </p>
  );

  if (printer.status === 'unavailable' && !mobileOffered) {
    return (
      <div className="stack stack--center">
        <ScreenTitle>{t('ticket.unavailableTitle')}</ScreenTitle>
        {selected}
        <PrinterNotice problem={printer.problem} />
      </div>
    );
  }

  // A paper-only office skips this screen's choice: the resident sees the check, then the print.
  if (paperOnly(state.office)) {
    return (
      <div className="stack stack--center">
        {selected}
        <Busy label={t('ticket.checking')} />
      </div>
    );
  }

  const paperChoice = () => {
    switch (printer.status) {
      case 'checking':
        return <Busy label={t('ticket.checking')} />;
      case 'ready':
        return <TicketKind label={t('ticket.paper')} hint={t('ticket.paperHint')} onChoose={() => void choosePaper()} />;
      case 'unavailable':
        return <PrinterNotice problem={printer.problem} action={t('ticket.paperUnavailableMobile')} />;
    }
  };

  return (
    <div className="stack">
      <ScreenTitle>{t('ticket.title')}</ScreenTitle>
      {selected}
      <div className="ticket-kinds">
        {paperOffered && paperChoice()}
        {mobileOffered && (
          <TicketKind label={t('ticket.mobile')} hint={t('ticket.mobileHint')} onChoose={() => send({ type: 'mobileChosen' })} />
        )}
      </div>
    </div>
  );
}
