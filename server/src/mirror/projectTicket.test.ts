import { describe, expect, it } from 'vitest';
import { kioskScript } from '../testSupport/kioskScript';
import { projectTicket } from './projectTicket';
import { phoneOf } from '../../../nodeShared/testSupport/testPhones';

describe('projectTicket', () => {
  const script = kioskScript();
  const { ticket, event: issued } = script.issue('passport', { phone: phoneOf('010', '1234', '5678') });
  const fold = (...events: Parameters<typeof projectTicket>[0]) => projectTicket(events);

  it('is nothing until the issued event is there', () => {
    expect(fold(script.move('ticket.called', ticket, 1))).toBeNull();
  });

  it('starts waiting, with the issued line order, kind, language and token', () => {
    expect(fold(issued)).toEqual({
      businessDay: '2026-03-02',
      serviceId: 'passport',
      displayNumber: ticket.displayNumber,
      lineOrder: ticket.lineOrder,
      kind: 'mobile',
      language: 'ko',
      statusToken: ticket.statusToken,
      status: 'waiting',
      counterNumber: null,
      estimateAtIssue: null,
    });
  });

  it('keeps the range the kiosk showed at issue', () => {
    const estimate = { kind: 'range' as const, minMinutes: 10, maxMinutes: 15 };
    expect(fold({ ...issued, payload: { ...issued.payload, estimate } })?.estimateAtIssue).toEqual(estimate);
  });

  it.each([
    [['ticket.called'], 'called', 5],
    [['ticket.called', 'ticket.recalled'], 'called', 5],
    [['ticket.called', 'ticket.serving'], 'serving', 5],
    [['ticket.called', 'ticket.serving', 'ticket.completed'], 'done', 5],
    [['ticket.called', 'ticket.no-show'], 'no_show', 5],
    [['ticket.called', 'ticket.no-show', 'ticket.reinstated'], 'waiting', null],
    [['ticket.cancelled'], 'cancelled', null],
  ] as const)('after %j it is %s at counter %s', (types, status, counterNumber) => {
    const events = types.map((type) => script.move(type, ticket, type === 'ticket.reinstated' || type === 'ticket.cancelled' ? null : 5));
    expect(fold(issued, ...events)).toMatchObject({ status, counterNumber });
  });

  it('moves a transferred ticket to its new service, waiting, in its old place in line', () => {
    const transferred = script.move('ticket.transferred', ticket, null, 'resident-registration');
    expect(fold(issued, script.move('ticket.called', ticket, 2), transferred)).toMatchObject({
      serviceId: 'resident-registration',
      status: 'waiting',
      counterNumber: null,
      lineOrder: ticket.lineOrder,
    });
  });

  it('keeps the first issued event when a ticket is issued twice', () => {
    const again = { ...issued, eventId: 'another', kioskSequence: 99, payload: { ...issued.payload, lineOrder: 77 } };
    expect(fold(issued, again)?.lineOrder).toBe(ticket.lineOrder);
  });
});
