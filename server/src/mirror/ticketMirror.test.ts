import { describe, expect, it } from 'vitest';
import { kioskScript } from '../testSupport/kioskScript';
import { publicApi } from '../testSupport/publicApi';
import { useTestServers } from '../testSupport/testServers';

const start = useTestServers();

describe('the ticket mirror through the API', () => {
  it('follows a ticket from issue to done, counting people ahead by line order in its service', async () => {
    const kiosk = await start({ statusCacheMs: 0 });
    const api = publicApi(kiosk);
    const script = kioskScript();
    const first = script.issue('passport');
    const other = script.issue('resident-registration');
    const mine = script.issue('passport');
    await kiosk.deliver(script.batch([first.event, other.event, mine.event, script.snapshot([{ id: 'passport', waiting: 2 }])]));
    expect(await api.ticket(mine.ticket)).toMatchObject({ status: 'waiting', peopleAhead: 1, serviceName: { ko: '여권', en: 'Passport' } });

    await kiosk.deliver(script.batch([script.move('ticket.called', first.ticket, 1)]));
    expect(await api.ticket(mine.ticket)).toMatchObject({ status: 'waiting', peopleAhead: 0 });
    expect(await api.ticket(first.ticket)).toMatchObject({ status: 'called', counterNumber: 1, peopleAhead: 0, estimate: { kind: 'unknown' } });

    await kiosk.deliver(script.batch([script.move('ticket.called', mine.ticket, 3)]));
    expect(await api.ticket(mine.ticket)).toMatchObject({ status: 'called', counterNumber: 3 });
    await kiosk.deliver(script.batch([script.move('ticket.serving', mine.ticket, 3)]));
    expect(await api.ticket(mine.ticket)).toMatchObject({ status: 'called', counterNumber: 3 });
    await kiosk.deliver(script.batch([script.move('ticket.completed', mine.ticket, 3)]));
    expect((await api.ticket(mine.ticket)).status).toBe('done');
  });

  it('mirrors no-show, reinstatement, transfer and cancellation', async () => {
    const kiosk = await start({ statusCacheMs: 0 });
    const api = publicApi(kiosk);
    const script = kioskScript();
    const early = script.issue('passport');
    const moved = script.issue('passport');
    const registration = [script.issue('resident-registration'), script.issue('resident-registration')];
    const snapshot = script.snapshot([
      { id: 'passport', waiting: 2 },
      { id: 'resident-registration', waiting: 2 },
    ]);
    await kiosk.deliver(script.batch([early.event, moved.event, ...registration.map((r) => r.event), snapshot]));

    await kiosk.deliver(script.batch([script.move('ticket.called', early.ticket, 1), script.move('ticket.no-show', early.ticket, 1)]));
    expect((await api.ticket(early.ticket)).status).toBe('no_show');
    await kiosk.deliver(script.batch([script.move('ticket.reinstated', early.ticket)]));
    expect(await api.ticket(early.ticket)).toMatchObject({ status: 'waiting', counterNumber: null, peopleAhead: 0 });

    // Transferred, it keeps its line order: issued before both registration tickets, it goes ahead of them.
    await kiosk.deliver(script.batch([script.move('ticket.transferred', moved.ticket, null, 'resident-registration')]));
    expect(await api.ticket(moved.ticket)).toMatchObject({ status: 'waiting', peopleAhead: 0, serviceName: { ko: '주민등록 등·초본' } });
    expect((await api.ticket(registration[0].ticket)).peopleAhead).toBe(1);

    await kiosk.deliver(script.batch([script.move('ticket.cancelled', registration[0].ticket)]));
    expect((await api.ticket(registration[0].ticket)).status).toBe('cancelled');
    expect((await api.ticket(registration[1].ticket)).peopleAhead).toBe(1);
  });

  it('counts a paper ticket whose print failed ahead of nobody until the kiosk prints it again', async () => {
    const kiosk = await start({ statusCacheMs: 0 });
    const api = publicApi(kiosk);
    const script = kioskScript();
    const unprinted = script.issue('passport');
    const mine = script.issue('passport', { phone: '01000001234' });
    await kiosk.deliver(script.batch([unprinted.event, mine.event, script.snapshot([{ id: 'passport', waiting: 2 }])]));
    expect((await api.ticket(mine.ticket)).peopleAhead).toBe(1);

    // The printer failed and the resident walked away: the kiosk's line no longer holds the ticket.
    await kiosk.deliver(script.batch([script.move('ticket.print-failed', unprinted.ticket)]));
    expect((await api.ticket(mine.ticket)).peopleAhead).toBe(0);
    expect(await api.ticket(unprinted.ticket)).toMatchObject({ peopleAhead: 0, estimate: { kind: 'unknown' } });

    // Staff print it again at the ticket desk: it is back in the place its issue order gives it.
    await kiosk.deliver(script.batch([script.move('ticket.reprinting', unprinted.ticket)]));
    expect((await api.ticket(mine.ticket)).peopleAhead).toBe(1);
    expect((await api.ticket(unprinted.ticket)).status).toBe('waiting');
  });
});
