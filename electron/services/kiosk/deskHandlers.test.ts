import { describe, expect, it, vi } from 'vitest';
import type { VirtualPrinter } from '../../../tools/virtualPrinter/virtualPrinter';
import { allAudit } from '../staff/auditLogRows';
import { useTempDirs } from '../testSupport/tempDir';
import { useVirtualPrinters } from '../testSupport/virtualPrinters';
import { useTestKiosks, valueOf, type TestKiosk } from '../testSupport/testKiosk';
import { callNext, setCounterState } from '../queue/calling';
import { getTicket } from '../queue/tickets';
import { DEMO_STAFF_PIN } from './kioskCore';

const tempDir = useTempDirs();
const kiosks = useTestKiosks();
const CLERK_PIN = '730584';
const startPrinter = useVirtualPrinters();

async function deskKiosk(): Promise<TestKiosk & { printer: VirtualPrinter }> {
  const printer = await startPrinter();
  const kiosk = kiosks.start({ dataDir: tempDir(), printerPort: printer.port, demo: true });
  valueOf(await kiosk.call('unlockStaff', { pin: DEMO_STAFF_PIN }));
  return { ...kiosk, printer };
}

const paper = (serviceId: string) => ({ serviceId, kind: 'paper' as const, language: 'ko' as const });
const auditActions = (kiosk: TestKiosk) => allAudit(kiosk.core.db).map((entry) => [entry.action, entry.detail]);

describe('the ticket desk', { timeout: 90_000 }, () => {
  it('shows a ticket that just came out as printed, though its record was still waiting for the next commit', async () => {
    const kiosk = await deskKiosk();
    const { ticket } = valueOf(await kiosk.call('issueTicket', paper('passport')));
    expect(getTicket(kiosk.core.db, ticket.id).print_state).toBe('pending');

    expect(valueOf(await kiosk.call('getTicketDesk', { displayNumber: ticket.displayNumber })).found).toEqual([expect.objectContaining({ id: ticket.id, print: 'printed' })]);
    expect(getTicket(kiosk.core.db, ticket.id).print_state).toBe('printed');
  });

  it('finds a ticket by number, prints a copy marked 재발행, cancels and moves it, each audit-logged', async () => {
    const kiosk = await deskKiosk();
    const { call } = kiosk;
    const first = valueOf(await call('issueTicket', paper('passport'))).ticket;
    const second = valueOf(await call('issueTicket', paper('passport'))).ticket;

    // A printed ticket's record follows the resident's answer with the next commit or a quiet moment.
    await vi.waitFor(async () => expect(valueOf(await call('getTicketDesk', { displayNumber: '4002' })).found[0]?.print).toBe('printed'));
    const desk = valueOf(await call('getTicketDesk', { displayNumber: '4002' }));
    expect(desk.found).toEqual([
      expect.objectContaining({ id: second.id, displayNumber: '4002', status: 'waiting', print: 'printed', priority: false, peopleAhead: 1, counterNumber: null }),
    ]);
    expect(valueOf(await call('getTicketDesk', { displayNumber: '9999' })).found).toEqual([]);
    expect(await call('getTicketDesk', { displayNumber: '40a' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });

    expect(await call('reprintAtDesk', { ticketId: second.id })).toEqual({ ok: true, value: { status: 'printed' } });
    expect(kiosk.printer.lastJob()?.text).toContain('재발행');
    expect(kiosk.printer.copiesOf('4002')).toBe(2);
    expect(kiosk.printer.copiesOf('재발행')).toBe(1);

    // Moved: the same number, and its place by issue time in the new line.
    expect(await call('moveTicket', { ticketId: first.id, serviceId: 'seal-certificate' })).toEqual({ ok: true, value: { moved: true } });
    expect(valueOf(await call('getTicketDesk', { displayNumber: '4001' })).found[0]).toMatchObject({ serviceId: 'seal-certificate', peopleAhead: 0 });
    expect(await call('moveTicket', { ticketId: first.id, serviceId: 'seal-certificate' })).toMatchObject({ ok: false, error: { code: 'NOT_MOVABLE' } });
    expect(await call('moveTicket', { ticketId: first.id, serviceId: 'nope' })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_SERVICE' } });
    expect(valueOf(await call('getTicketDesk', { displayNumber: '4002' })).found[0]).toMatchObject({ peopleAhead: 0 });
    // The passport block goes on from 4003: a moved number is never given out again.
    expect(valueOf(await call('issueTicket', paper('passport'))).ticket.displayNumber).toBe('4003');

    expect(await call('cancelAtDesk', { ticketId: second.id })).toEqual({ ok: true, value: { cancelled: true } });
    expect(valueOf(await call('getTicketDesk', { displayNumber: '4002' })).found[0]).toMatchObject({ status: 'cancelled', peopleAhead: null });
    expect(await call('cancelAtDesk', { ticketId: second.id })).toMatchObject({ ok: false, error: { code: 'NOT_CANCELLABLE' } });
    expect(await call('reprintAtDesk', { ticketId: second.id })).toMatchObject({ ok: false, error: { code: 'NOT_REPRINTABLE' } });

    expect(auditActions(kiosk).slice(1)).toEqual([
      ['ticket-reprinted', { number: '4002', service: 'passport', outcome: 'printed' }],
      ['ticket-moved', { number: '4001', from: 'passport', to: 'seal-certificate' }],
      ['ticket-cancelled', { number: '4002', service: 'passport' }],
    ]);
    await call('lockStaff', {});
    expect(await call('getTicketDesk', { displayNumber: '4001' })).toMatchObject({ ok: false, error: { code: 'STAFF_LOCKED' } });
  });

  it('issues a priority ticket marked on its paper, called before a normal one within the starvation rule', async () => {
    const kiosk = await deskKiosk();
    const { call, core } = kiosk;
    valueOf(await call('issueTicket', paper('passport')));
    const priority = valueOf(await call('issuePriorityTicket', { serviceId: 'passport', language: 'ko' }));
    expect(priority).toMatchObject({ ticket: { displayNumber: '4002', peopleAhead: 1 }, print: { status: 'printed' } });
    expect(kiosk.printer.lastJob()?.text).toContain('교통약자 우선');
    expect(valueOf(await call('getTicketDesk', { displayNumber: '4002' })).found[0]).toMatchObject({ priority: true });
    setCounterState(core.queue, 'counter-3', 'open');
    expect(callNext(core.queue, 'counter-3').displayNumber).toBe('4002');
    expect(auditActions(kiosk).at(-1)).toEqual(['priority-issued', { number: '4002', service: 'passport', outcome: 'printed' }]);
  });

  it('keeps an abandoned failed print out of the line, on the desk until staff print it again or cancel it', async () => {
    const kiosk = await deskKiosk();
    const { call } = kiosk;
    kiosk.printer.setFault('drop-mid-print');
    const abandoned = valueOf(await call('issueTicket', paper('passport')));
    expect(abandoned.print.status).toBe('uncertain');
    kiosk.printer.setFault(null);
    valueOf(await call('resolvePrint', { ticketId: abandoned.ticket.id, cameOut: false }));
    // The resident walked away. The next one is first in line.
    const next = valueOf(await call('issueTicket', paper('passport'))).ticket;
    expect(next.peopleAhead).toBe(0);
    expect(valueOf(await call('getOffice', {})).services.find((s) => s.id === 'passport')?.waiting).toBe(1);
    expect(valueOf(await call('getTicketDesk', { displayNumber: '' })).awaitingDesk).toEqual([
      expect.objectContaining({ id: abandoned.ticket.id, displayNumber: '4001', print: 'failed', peopleAhead: null }),
    ]);

    expect(await call('reprintAtDesk', { ticketId: abandoned.ticket.id })).toEqual({ ok: true, value: { status: 'printed' } });
    expect(valueOf(await call('getTicketDesk', { displayNumber: '' })).awaitingDesk).toEqual([]);
    expect(valueOf(await call('getTicketDesk', { displayNumber: '4002' })).found[0]).toMatchObject({ peopleAhead: 1 });
  });

  it('closes the day by hand for the manager only: waiting tickets end, nothing more is issued until the next business day', async () => {
    const kiosk = await deskKiosk();
    const { call, core, clock } = kiosk;
    valueOf(await call('setStaffPin', { role: 'clerk', pin: CLERK_PIN }));
    valueOf(await call('issueTicket', paper('passport')));
    valueOf(await call('issueTicket', paper('passport')));
    valueOf(await call('issueTicket', paper('seal-certificate')));
    setCounterState(core.queue, 'counter-3', 'open');
    callNext(core.queue, 'counter-3');

    await call('lockStaff', {});
    valueOf(await call('unlockStaff', { pin: CLERK_PIN }));
    expect(await call('closeDay', { confirm: true })).toMatchObject({ ok: false, error: { code: 'STAFF_FORBIDDEN' } });
    await call('lockStaff', {});
    valueOf(await call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    expect(await call('closeDay', {} as never)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await call('closeDay', { confirm: true })).toEqual({ ok: true, value: { businessDay: '2026-11-24', ended: 2, atCounters: 1, summaryPrint: { status: 'printed' } } });

    const office = valueOf(await call('getOffice', {}));
    expect(office.services.every((s) => s.waiting === 0 && s.notOpen?.reason === 'day-closed')).toBe(true);
    expect(office.services[0]?.notOpen?.opensAt).toBe('2026-11-24T19:00:00.000Z');
    expect(await call('issueTicket', paper('passport'))).toMatchObject({ ok: false, error: { code: 'SERVICE_NOT_OPEN', notOpen: { reason: 'day-closed' } } });
    expect(valueOf(await call('getTicketDesk', { displayNumber: '' })).dayClosed).toBe(true);
    expect(auditActions(kiosk).at(-1)).toEqual(['day-closed', { businessDay: '2026-11-24', ended: 2, atCounters: 1 }]);

    clock.set('2026-11-24T19:00:00Z');
    expect(valueOf(await call('issueTicket', paper('passport'))).ticket).toMatchObject({ displayNumber: '4001', businessDay: '2026-11-25' });
  });

  it('reopens a day closed by mistake for the manager only: numbering goes on, the ended tickets stay ended', async () => {
    const kiosk = await deskKiosk();
    const { call } = kiosk;
    valueOf(await call('setStaffPin', { role: 'clerk', pin: CLERK_PIN }));
    const before = [valueOf(await call('issueTicket', paper('passport'))).ticket, valueOf(await call('issueTicket', paper('passport'))).ticket];
    expect(await call('reopenDay', { confirm: true })).toMatchObject({ ok: false, error: { code: 'DAY_NOT_CLOSED' } });
    valueOf(await call('closeDay', { confirm: true }));

    await call('lockStaff', {});
    valueOf(await call('unlockStaff', { pin: CLERK_PIN }));
    expect(await call('reopenDay', { confirm: true })).toMatchObject({ ok: false, error: { code: 'STAFF_FORBIDDEN' } });
    await call('lockStaff', {});
    valueOf(await call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    expect(await call('reopenDay', {} as never)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await call('reopenDay', { confirm: true })).toEqual({ ok: true, value: { businessDay: '2026-11-24' } });
    expect(auditActions(kiosk).at(-1)).toEqual(['day-reopened', { businessDay: '2026-11-24' }]);
    expect(valueOf(await call('getTicketDesk', { displayNumber: '' })).dayClosed).toBe(false);

    const office = valueOf(await call('getOffice', {}));
    expect(office.services.map((s) => s.notOpen)).toEqual(office.services.map(() => null));
    // The numbers the close ended were given out today: the next one follows them, none is given twice.
    expect(before.map((t) => t.displayNumber)).toEqual(['4001', '4002']);
    expect(valueOf(await call('issueTicket', paper('passport'))).ticket).toMatchObject({ displayNumber: '4003', businessDay: '2026-11-24', peopleAhead: 0 });
    expect(valueOf(await call('getTicketDesk', { displayNumber: '4001' })).found.map((t) => t.status)).toEqual(['cancelled']);
  });
});
