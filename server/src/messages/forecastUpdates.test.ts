import { afterEach, describe, expect, it } from 'vitest';
import { phoneOf } from '../../../nodeShared/testSupport/testPhones';
import type { WaitEstimate } from '../../../shared/waitEstimate';
import { kioskScript, TEST_DAY, TEST_NOW_MS } from '../testSupport/kioskScript';
import { startSolapiStub, type SolapiStub } from '../testSupport/solapiStub';
import { useTestServers } from '../testSupport/testServers';
import { usePostgres } from '../testSupport/usePostgres';
import { movedMaterially } from './forecastUpdates';
import { createSolapiProvider } from './providers/solapiProvider';

const start = useTestServers();
const newPostgresDatabase = usePostgres();
const engines = [
  { engine: 'SQLite', options: async () => ({}) },
  { engine: 'PostgreSQL', options: async () => ({ databaseUrl: await newPostgresDatabase() }) },
];
const PHONE = phoneOf('010', '5551', '1234');
const MINUTE = 60_000;
const range = (minMinutes: number, maxMinutes: number): WaitEstimate => ({ kind: 'range', minMinutes, maxMinutes });

describe('a material move of the forecast', () => {
  it.each([
    { told: range(20, 30), now: range(25, 35), material: false, why: 'the middle moved 5 min: under 10' },
    { told: range(20, 30), now: range(30, 45), material: false, why: 'the middle moved 12.5 min: over 10 but not over half of 25' },
    { told: range(20, 30), now: range(30, 50), material: true, why: 'the middle moved 15 min: over 10 and over half of 25' },
    { told: range(60, 90), now: range(90, 120), material: false, why: 'the middle moved 30 min: under half of 75' },
    { told: range(60, 90), now: range(20, 30), material: true, why: 'the middle moved 50 min earlier: over half of 75' },
    { told: { kind: 'unknown' }, now: range(20, 30), material: true, why: 'a figure where none was told' },
    { told: range(20, 30), now: { kind: 'unknown' }, material: false, why: 'a plain unknown tells nothing' },
    { told: range(20, 30), now: { kind: 'unknown', reason: 'no-counter-today' }, material: true, why: 'no counter for the rest of the day' },
    { told: { kind: 'unknown', reason: 'no-counter-today' }, now: { kind: 'unknown', reason: 'no-counter-today' }, material: false, why: 'the same news again' },
  ] satisfies Array<{ told: WaitEstimate; now: WaitEstimate; material: boolean; why: string }>)('$material: $why', ({ told, now, material }) => {
    expect(movedMaterially(told, now)).toBe(material);
  });
});

describe.each(engines)('forecast updates by message ($engine)', ({ options }) => {
  it('re-sends the forecast only when it moves materially, at least 10 minutes apart and at most twice per ticket', async () => {
    let now = TEST_NOW_MS;
    const kiosk = await start({ ...(await options()), clock: { now: () => now } });
    const script = kioskScript();
    const later = (ms: number) => {
      now += ms;
      script.advance(ms);
    };
    const ahead = [script.issue('passport'), script.issue('passport')];
    const mine = script.issue('passport', { phone: PHONE, estimate: range(20, 30) });
    const line = [{ id: 'passport', waiting: 3, estimate: range(20, 40) }];
    const forecast = async (min: number, max: number) => kiosk.deliver(script.batch([script.snapshot(line, [[mine.ticket, min, max]])]));
    await kiosk.deliver(script.batch([...ahead.map((a) => a.event), mine.event, script.snapshot(line, [[mine.ticket, 20, 30]])]));
    expect(kiosk.provider.sent.map((m) => m.kind)).toEqual(['issued']);

    await forecast(45, 60); // material, but only 0 minutes after the issued message
    later(12 * MINUTE);
    await forecast(25, 35); // small moves send nothing
    expect(kiosk.provider.sent.map((m) => m.kind)).toEqual(['issued']);
    await forecast(45, 60);
    expect(kiosk.provider.sent[1]).toMatchObject({ to: PHONE, kind: 'update', text: '[순번구청 민원실] 1003번 예상 대기시간이 바뀌었습니다. 앞에 2명, 예상 대기 45~60분.' });
    // The public status page shows the same forecast the message told.
    const page = await (await fetch(`${kiosk.server.url}/api/v1/tickets/${mine.ticket.statusToken}`)).json();
    expect(page).toMatchObject({ estimate: range(45, 60) });

    later(MINUTE);
    await forecast(90, 120); // material again, but one minute after the update
    later(10 * MINUTE);
    await forecast(90, 120);
    expect(kiosk.provider.sent.map((m) => m.kind)).toEqual(['issued', 'update', 'update']);
    expect(kiosk.provider.sent[2].text).toContain('예상 대기 90~120분');

    later(15 * MINUTE);
    await forecast(20, 30); // a third material move: the limit is two per ticket
    later(15 * MINUTE);
    await kiosk.deliver(script.batch([script.snapshot([{ id: 'passport', waiting: 3, estimate: { kind: 'unknown', reason: 'no-counter-today' } }])]));
    expect(kiosk.provider.sent.map((m) => m.kind)).toEqual(['issued', 'update', 'update']);
    const updates = (await kiosk.server.store.transaction((tx) => tx.deliveriesOfDay(TEST_DAY))).filter((line) => line.kind === 'update');
    expect(updates.map((line) => line.state)).toEqual(['accepted', 'accepted']);
  });

  it('sends nothing for a forecast that jitters snapshot after snapshot, and one update for a material move however long it then jitters', async () => {
    let now = TEST_NOW_MS;
    const kiosk = await start({ ...(await options()), clock: { now: () => now } });
    const script = kioskScript();
    const mine = script.issue('passport', { phone: PHONE, estimate: range(20, 30) });
    const line = [{ id: 'passport', waiting: 3, estimate: range(20, 40) }];
    await kiosk.deliver(script.batch([mine.event, script.snapshot(line, [[mine.ticket, 20, 30]])]));
    // A snapshot every two minutes for an hour, the range wobbling by up to 10 minutes each way.
    const jitterAround = async (min: number, max: number) => {
      for (let i = 0; i < 30; i += 1) {
        now += 2 * MINUTE;
        script.advance(2 * MINUTE);
        const wobble = [0, 5, -5, 10, -10][i % 5];
        await kiosk.deliver(script.batch([script.snapshot(line, [[mine.ticket, Math.max(0, min + wobble), max + wobble]])]));
      }
    };
    await jitterAround(20, 30);
    expect(kiosk.provider.sent.map((m) => m.kind)).toEqual(['issued']);
    await jitterAround(60, 75);
    expect(kiosk.provider.sent.map((m) => m.kind)).toEqual(['issued', 'update']);
    expect(kiosk.provider.sent[1].text).toContain('예상 대기 60~75분');
  });

  it('tells a resident when no counter will serve the line for the rest of the day, once, and nothing for a plain "unknown"', async () => {
    let now = TEST_NOW_MS;
    const kiosk = await start({ ...(await options()), clock: { now: () => now } });
    const script = kioskScript();
    const mine = script.issue('passport', { phone: PHONE, language: 'en', estimate: range(10, 25) });
    const line = (estimate: WaitEstimate) => script.batch([script.snapshot([{ id: 'passport', waiting: 1, estimate }])]);
    await kiosk.deliver(script.batch([mine.event, script.snapshot([{ id: 'passport', waiting: 1, estimate: range(10, 25) }], [[mine.ticket, 10, 25]])]));
    now += 20 * MINUTE;
    script.advance(20 * MINUTE);
    await kiosk.deliver(line({ kind: 'unknown' }));
    expect(kiosk.provider.sent.map((m) => m.kind)).toEqual(['issued']);
    await kiosk.deliver(line({ kind: 'unknown', reason: 'no-counter-today' }));
    now += 20 * MINUTE;
    script.advance(20 * MINUTE);
    await kiosk.deliver(line({ kind: 'unknown', reason: 'no-counter-today' }));
    expect(kiosk.provider.sent.map((m) => m.text)).toEqual([
      '[Sunbeon-gu Office] Ticket 1001 is issued. People ahead: 0. Estimated wait: 10~25 min.',
      '[Sunbeon-gu Office] Ticket 1001: the estimated wait has changed. People ahead: 0. Estimated wait: no counter for this service for the rest of today.',
    ]);
  });

  it('sends no update when SUNBEON_FORECAST_UPDATES is 0', async () => {
    let now = TEST_NOW_MS;
    const kiosk = await start({ ...(await options()), clock: { now: () => now }, forecastUpdates: 0 });
    const script = kioskScript();
    const mine = script.issue('passport', { phone: PHONE, estimate: range(10, 20) });
    await kiosk.deliver(script.batch([mine.event]));
    now += 20 * MINUTE;
    script.advance(20 * MINUTE);
    await kiosk.deliver(script.batch([script.snapshot([{ id: 'passport', waiting: 1 }], [[mine.ticket, 60, 90]])]));
    expect(kiosk.provider.sent.map((m) => m.kind)).toEqual(['issued']);
  });
});

const credentials = { apiKey: 'NCSTESTKEY0000002', apiSecret: 'TESTSECRETTESTSECRETTESTSECRET34' };
const stubs: SolapiStub[] = [];
afterEach(async () => {
  for (const stub of stubs.splice(0)) await stub.close();
});

describe('forecast updates on two instances sharing one PostgreSQL database', () => {
  it('sends each update exactly once through Solapi when both take the same snapshot at the same moment, with its template and its SMS text', async () => {
    const stub = await startSolapiStub(credentials);
    stubs.push(stub);
    const solapi = () =>
      createSolapiProvider({
        baseUrl: stub.url,
        ...credentials,
        pfId: 'KA01PF2603020000000000000000TEST',
        sender: '0212345678',
        templates: { issued: { ko: 'TPL_ISSUED' }, approaching: { ko: 'TPL_APPROACHING' }, update: { ko: 'TPL_UPDATE' }, called: { ko: 'TPL_CALLED' } },
      });
    let now = TEST_NOW_MS;
    const clock = { now: () => now };
    const databaseUrl = await newPostgresDatabase();
    const a = await start({ databaseUrl, clock, provider: solapi() });
    const b = await start({ databaseUrl, clock, provider: solapi(), kiosk: a.kiosk });
    const withoutKakao = phoneOf('010', '5551', '2345');
    stub.reportFor(withoutKakao, '3104');
    const script = kioskScript();
    const first = script.issue('passport', { phone: PHONE, estimate: range(15, 25) });
    const second = script.issue('passport', { phone: withoutKakao, estimate: range(25, 40) });
    await a.deliver(script.batch([first.event, second.event]));
    now += 15 * MINUTE;
    script.advance(15 * MINUTE);
    const moved = script.batch([script.snapshot([{ id: 'passport', waiting: 2 }], [[first.ticket, 50, 70], [second.ticket, 70, 90]])]);
    await Promise.all([a.deliver(moved), b.deliver(moved)]);
    await Promise.all([a.server.deliveries.idle(), b.server.deliveries.idle()]);

    const updates = stub.delivered.filter((d) => d.templateId === 'TPL_UPDATE' || d.type === 'SMS').filter((d) => !d.text?.includes('발급'));
    expect(updates.map(({ to, type, text }) => ({ to, type, text }))).toEqual([
      { to: PHONE, type: 'ATA', text: '[순번구청 민원실] 1001번 예상 대기 변경: 50~70분, 앞 0명' },
      { to: withoutKakao, type: 'SMS', text: '[순번구청 민원실] 1002번 예상 대기 변경: 70~90분, 앞 1명' },
    ]);
    expect(stub.delivered).toHaveLength(4);
  });
});
