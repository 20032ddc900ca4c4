import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskTicket, TicketDesk } from '../../../../shared/desk';
import { type Language, textIn } from '../../../../shared/language';
import type { Envelope } from '../../../../shared/result';
import type { StaffRole } from '../../../../shared/staff';
import { TextField } from '../admin/fields';
import { StaffSection } from './StaffSection';
import { StaffTable } from './StaffTable';
import { useStaffCall } from './useStaffCall';

type Message = { kind: 'info' | 'error'; text: string };

/** One ticket's row: its state, and what staff may do with it. */
function TicketRow({ ticket, desk, act }: { ticket: DeskTicket; desk: TicketDesk; act: (action: DeskAction) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [moveTo, setMoveTo] = useState(desk.services.find((s) => s.id !== ticket.serviceId)?.id ?? '');
  const moveLabelId = useId();
  const open = ticket.status === 'waiting' || ticket.status === 'called' || ticket.status === 'serving';
  return (
    <tr data-ticket={ticket.displayNumber}>
      <th scope="row">
        {ticket.displayNumber}
        {ticket.priority && ` · ${t('desk.priorityMark')}`}
      </th>
      <td>{textIn(ticket.serviceName, language)}</td>
      <td data-testid="desk-ticket-state">
        {t(`desk.status-${ticket.status}`)}
        {ticket.counterNumber !== null && ` · ${t('desk.atCounter', { number: ticket.counterNumber })}`}
        {ticket.peopleAhead !== null && ` · ${t('desk.ahead', { count: ticket.peopleAhead })}`}
      </td>
      <td>{t(`desk.print-${ticket.print}`)}</td>
      <td className="button-row">
        {ticket.kind === 'paper' && open && (ticket.print === 'printed' || ticket.print === 'failed') && (
          <button type="button" className="btn btn--secondary btn--small" onClick={() => act({ kind: 'reprint', ticket })}>
            {t('desk.reprint')}
          </button>
        )}
        {ticket.status === 'waiting' && ticket.print !== 'pending' && ticket.print !== 'uncertain' && (
          <button type="button" className="btn btn--secondary btn--small" onClick={() => act({ kind: 'cancel', ticket })}>
            {t('desk.cancel')}
          </button>
        )}
        {ticket.status === 'waiting' && desk.services.length > 1 && (
          <span className="inline-form">
            <label id={moveLabelId} className="visually-hidden" htmlFor={`${moveLabelId}-select`}>
              {t('desk.moveTo', { number: ticket.displayNumber })}
            </label>
            <select id={`${moveLabelId}-select`} className="field__input" value={moveTo} onChange={(event) => setMoveTo(event.target.value)}>
              {desk.services
                .filter((s) => s.id !== ticket.serviceId)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {textIn(s.name, language)}
                  </option>
                ))}
            </select>
            <button type="button" className="btn btn--secondary btn--small" onClick={() => act({ kind: 'move', ticket, serviceId: moveTo })}>
              {t('desk.move')}
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}

function TicketTable({ tickets, desk, act, testId }: { tickets: DeskTicket[]; desk: TicketDesk; act: (action: DeskAction) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <StaffTable testId={testId} columns={[t('desk.columnNumber'), t('desk.columnService'), t('desk.columnState'), t('desk.columnPrint'), t('desk.columnActions')]}>
      {tickets.map((ticket) => (
        <TicketRow key={ticket.id} ticket={ticket} desk={desk} act={act} />
      ))}
    </StaffTable>
  );
}

type DeskAction = { kind: 'reprint' | 'cancel'; ticket: DeskTicket } | { kind: 'move'; ticket: DeskTicket; serviceId: string };

/** The ticket desk: find today's tickets by number, act on them, issue a priority ticket; the manager closes the day. */
export function TicketDeskSection({ role }: { role: StaffRole }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const call = useStaffCall();
  const priorityServiceId = useId();
  const [number, setNumber] = useState('');
  const [searched, setSearched] = useState('');
  const [desk, setDesk] = useState<TicketDesk | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [priorityService, setPriorityService] = useState('');
  const [confirming, setConfirming] = useState(false);

  const load = useCallback(
    async (displayNumber: string) => {
      const answer = await call((kiosk) => kiosk.getTicketDesk({ displayNumber }));
      if (!answer) return;
      if (!answer.ok) return setMessage({ kind: 'error', text: answer.error.message });
      setDesk(answer.value);
      setSearched(displayNumber);
      setPriorityService((current) => current || (answer.value.services[0]?.id ?? ''));
    },
    [call],
  );
  useEffect(() => {
    void load('');
  }, [load]);

  const after = async <T,>(answer: Envelope<T> | null, done: (value: T) => string) => {
    if (!answer) return;
    setMessage(answer.ok ? { kind: 'info', text: done(answer.value) } : { kind: 'error', text: t('desk.failed', { reason: answer.error.message }) });
    await load(searched);
  };

  const act = (action: DeskAction) => {
    const number = action.ticket.displayNumber;
    switch (action.kind) {
      case 'reprint':
        return void call((kiosk) => kiosk.reprintAtDesk({ ticketId: action.ticket.id })).then((answer) =>
          after(answer, (print) => (print.status === 'printed' ? t('desk.reprinted', { number }) : t('desk.reprintNotOut', { number }))),
        );
      case 'cancel':
        return void call((kiosk) => kiosk.cancelAtDesk({ ticketId: action.ticket.id })).then((answer) => after(answer, () => t('desk.cancelled', { number })));
      case 'move': {
        const movedTo = desk?.services.find((s) => s.id === action.serviceId);
        return void call((kiosk) => kiosk.moveTicket({ ticketId: action.ticket.id, serviceId: action.serviceId })).then((answer) =>
          after(answer, () => t('desk.moved', { number, service: movedTo ? textIn(movedTo.name, language) : action.serviceId })),
        );
      }
    }
  };

  const issuePriority = async () => {
    const answer = await call((kiosk) => kiosk.issuePriorityTicket({ serviceId: priorityService, language }));
    await after(answer, ({ ticket, print }) =>
      print.status === 'printed' ? t('desk.priorityIssued', { number: ticket.displayNumber }) : t('desk.reprintNotOut', { number: ticket.displayNumber }),
    );
  };

  /** Closes an open day (and prints its summary), reopens a closed one: the manager confirms either first. */
  const changeDay = async () => {
    setConfirming(false);
    if (desk?.dayClosed) {
      const answer = await call((kiosk) => kiosk.reopenDay({ confirm: true }));
      await after(answer, () => t('desk.dayReopened'));
    } else {
      const answer = await call((kiosk) => kiosk.closeDay({ confirm: true }));
      await after(answer, ({ ended, atCounters, summaryPrint }) =>
        [t('desk.dayClosed', { ended, atCounters }), t(summaryPrint.status === 'failed' ? 'desk.summaryNotPrinted' : 'desk.summaryPrinted')].join(' '),
      );
    }
  };

  return (
    <div className="staff__sections">
      <StaffSection heading={t('desk.heading')} wide>
        <form
          className="inline-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void load(number.replace(/\D/g, ''));
          }}
        >
          <TextField numeric label={t('desk.numberLabel')} path="number" problems={new Map()} value={number} onChange={setNumber} />
          <button type="submit" className="btn btn--secondary btn--small">
            {t('desk.find')}
          </button>
        </form>
        <p role="status" className={message?.kind === 'error' ? 'notice notice--error' : 'staff-section__status'} data-testid="desk-message">
          {message?.text ?? ''}
        </p>
        {desk && searched && (desk.found.length === 0 ? <p className="staff-section__status">{t('desk.noneFound', { number: searched })}</p> : <TicketTable tickets={desk.found} desk={desk} act={act} testId="desk-found" />)}
        {desk && desk.awaitingDesk.length > 0 && (
          <>
            <h3 className="staff-section__title">{t('desk.awaitingHeading')}</h3>
            <TicketTable tickets={desk.awaitingDesk} desk={desk} act={act} testId="desk-awaiting" />
          </>
        )}
      </StaffSection>

      {desk && (
        <StaffSection heading={t('desk.priorityHeading')}>
          <p className="staff-section__status">{t('desk.priorityHint')}</p>
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void issuePriority();
            }}
          >
            <label className="field__label" htmlFor={priorityServiceId}>
              {t('desk.columnService')}
            </label>
            <select id={priorityServiceId} className="field__input" value={priorityService} onChange={(event) => setPriorityService(event.target.value)}>
              {desk.services.map((s) => (
                <option key={s.id} value={s.id}>
                  {textIn(s.name, language)}
                </option>
              ))}
            </select>
            <button type="submit" className="btn btn--primary btn--small" disabled={desk.dayClosed}>
              {t('desk.issuePriority')}
            </button>
          </form>
        </StaffSection>
      )}

      {desk && role === 'manager' && (
        <StaffSection heading={t('desk.closeHeading')}>
          {desk.dayClosed && <p className="staff-section__status">{t('desk.closedAlready')}</p>}
          {confirming ? (
            <div className="button-row" role="group" aria-label={t(desk.dayClosed ? 'desk.reopenConfirmQuestion' : 'desk.closeConfirmQuestion')}>
              <p className="staff-section__status">{t(desk.dayClosed ? 'desk.reopenConfirmQuestion' : 'desk.closeConfirmQuestion')}</p>
              <button type="button" className="btn btn--primary btn--small" onClick={() => void changeDay()}>
                {t(desk.dayClosed ? 'desk.reopenConfirm' : 'desk.closeConfirm')}
              </button>
              <button type="button" className="btn btn--secondary btn--small" onClick={() => setConfirming(false)}>
                {t(desk.dayClosed ? 'desk.reopenKeepClosed' : 'desk.closeKeepOpen')}
              </button>
            </div>
          ) : (
            <button type="button" className="btn btn--secondary btn--small" onClick={() => setConfirming(true)}>
              {t(desk.dayClosed ? 'desk.reopenDay' : 'desk.closeDay')}
            </button>
          )}
        </StaffSection>
      )}
    </div>
  );
}
