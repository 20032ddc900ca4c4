import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { settableClock } from '../../../nodeShared/clock';
import { phoneOf } from '../../../nodeShared/testSupport/testPhones';
import { registerKiosk } from '../kiosks/registerKiosk';
import { kioskScript, TEST_DAY, TEST_NOW_MS, type TestTicket } from '../testSupport/kioskScript';
import { useTestServers, type TestServer } from '../testSupport/testServers';
import { usePostgres } from '../testSupport/usePostgres';

const start = useTestServers();
const newPostgresDatabase = usePostgres();
const engines = [
  { engine: 'SQLite', options: async () => ({}) },
  { engine: 'PostgreSQL', options: async () => ({ databaseUrl: await newPostgresDatabase() }) },
];

/** A Seoul time of the night after TEST_DAY. */
const seoulAt = (time: string) => Date.parse(`2026-03-03T${time}:00+09:00`);

/**
 * Three offices, each with a mobile ticket of TEST_DAY issued at 10:00: gangnam's day starts at
 * 06:00 and mapo's at midnight (their kiosks say so), seocho's kiosk says nothing, so the server's
 * 04:00 (SUNBEON_DAY_CLOSE_HOUR) holds for it.
 */
async function threeOffices(options: { databaseUrl?: string }) {
  const clock = settableClock(TEST_NOW_MS);
  const kiosk = await start({ clock, ...options });
  const hours = { gangnam: 6, mapo: 0, seocho: undefined };
  const offices = [];
  for (const [index, [officeId, businessDayStartHour]] of Object.entries(hours).entries()) {
    const token = officeId === 'gangnam' ? kiosk.kiosk.token : (await registerKiosk(kiosk.server.store, officeId)).token;
    const script = kioskScript({ businessDayStartHour });
    const phone = (n: number) => phoneOf('010', `${4000 + index}`, `${1000 + n}`);
    const { ticket, event } = script.issue('passport', { phone: phone(0) });
    expect((await kiosk.post(script.batch([script.snapshot([{ id: 'passport', waiting: 1 }]), event]), token)).status).toBe(200);
    offices.push({ officeId, token, script, ticket, phone });
  }
  await kiosk.server.deliveries.idle();
  expect(kiosk.provider.sent.map((m) => m.kind)).toEqual(['issued', 'issued', 'issued']);
  const [gangnam, mapo, seocho] = offices as [(typeof offices)[0], (typeof offices)[0], (typeof offices)[0]];
  return { clock, kiosk, gangnam, mapo, seocho };
}

const hasContact = (kiosk: TestServer, ticket: TestTicket) => kiosk.server.store.transaction((tx) => tx.hasContact(ticket.ticketId));

describe("each office's business day", () => {
  it.each(engines)('closes at its own start hour: the phone numbers of a day that has ended are destroyed, those of a day still running kept and messaged ($engine)', async ({ options }) => {
    const { clock, kiosk, gangnam, mapo, seocho } = await threeOffices(await options());
    let server = kiosk;
    let closes = 0;
    const closeLines = () => server.log.lines.filter((line) => line.includes('phone number(s) destroyed'));
    // A server (re)started with the nightly close closes at once what has ended by then.
    const closeAt = async (time: string) => {
      clock.set(seoulAt(time));
      server = await server.restart({ dayCloseHour: 4 });
      closes += 1;
      await vi.waitFor(() => expect(closeLines()).toHaveLength(closes));
      return Promise.all([gangnam, mapo, seocho].map(({ ticket }) => hasContact(server, ticket)));
    };

    expect(await closeAt('03:00')).toEqual([true, false, true]);
    expect(await closeAt('05:00')).toEqual([true, false, false]);
    expect(closeLines().map((line) => line.match(/\d+ phone number\(s\) destroyed/)?.[0])).toEqual(['1 phone number(s) destroyed', '1 phone number(s) destroyed']);

    // 05:00 is outside the message hours, yet gangnam's ticket is live: it is called and told so.
    expect(await server.deliver(gangnam.script.batch([gangnam.script.move('ticket.called', gangnam.ticket, 1)]))).toEqual(['applied']);
    expect(server.provider.sent.map((m) => [m.kind, m.to])).toEqual([
      ['issued', gangnam.phone(0)],
      ['issued', mapo.phone(0)],
      ['issued', seocho.phone(0)],
      ['called', gangnam.phone(0)],
    ]);
    // A phone number for a closed day is refused in that office only (mapo's kiosk was offline since).
    const lateMapo = mapo.script.issue('passport', { phone: mapo.phone(1) });
    const newGangnam = gangnam.script.issue('passport', { phone: gangnam.phone(1) });
    expect((await server.post(mapo.script.batch([lateMapo.event]), mapo.token)).status).toBe(200);
    expect((await server.post(gangnam.script.batch([newGangnam.event]), gangnam.token)).status).toBe(200);
    expect([await hasContact(server, lateMapo.ticket), await hasContact(server, newGangnam.ticket)]).toEqual([false, true]);

    // A restart before another office's day moves on closes nothing again; 06:00 closes gangnam's.
    clock.set(seoulAt('05:30'));
    server = await server.restart({ dayCloseHour: 4 });
    expect(await closeAt('06:00')).toEqual([false, false, false]);
    expect(await hasContact(server, newGangnam.ticket)).toBe(false);
    expect(closeLines()).toHaveLength(closes);
  });

  it.each(engines)("holds a message outside the message hours only when the ticket's own office has moved on to another day ($engine)", async ({ options }) => {
    const { clock, kiosk, gangnam, mapo } = await threeOffices(await options());
    clock.set(seoulAt('05:00'));
    // Both kiosks issue on TEST_DAY: gangnam's day still runs, mapo's kiosk is catching up on a day that ended at midnight.
    const live = gangnam.script.issue('passport', { phone: gangnam.phone(1) });
    const stale = mapo.script.issue('passport', { phone: mapo.phone(1) });
    expect((await kiosk.post(gangnam.script.batch([live.event]), gangnam.token)).status).toBe(200);
    expect((await kiosk.post(mapo.script.batch([stale.event]), mapo.token)).status).toBe(200);
    await kiosk.server.deliveries.idle();
    expect(kiosk.provider.sent.slice(3).map((m) => [m.kind, m.to])).toEqual([['issued', gangnam.phone(1)]]);
    expect(await kiosk.server.store.transaction((tx) => tx.deliveryTallies(TEST_DAY))).toEqual(
      expect.arrayContaining([{ officeId: 'mapo', kind: 'issued', state: 'expired', count: 1 }]),
    );
  });

  it.each(engines)('closes the days of a district of many offices: what it closes still fits the key it is claimed under ($engine)', async ({ options }) => {
    const clock = settableClock(TEST_NOW_MS);
    const kiosk = await start({ clock, ...(await options()) });
    for (let office = 0; office < 150; office += 1) await registerKiosk(kiosk.server.store, randomBytes(32).toString('hex'));
    clock.set(seoulAt('05:00'));
    const server = await kiosk.restart({ dayCloseHour: 4 });
    await vi.waitFor(() => expect(server.log.lines.filter((line) => line.includes('phone number(s) destroyed'))).toHaveLength(1));
  });
});
