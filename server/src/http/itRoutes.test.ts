import { afterEach, describe, expect, it } from 'vitest';
import { phoneOf } from '../../../nodeShared/testSupport/testPhones';
import { heartbeatAnswerSchema } from '../../../shared/district/heartbeat';
import { settableClock } from '../../../nodeShared/clock';
import { DELIVERY_COUNTS_CACHE_MS } from './heartbeatRoutes';
import { registerKiosk } from '../kiosks/registerKiosk';
import { createSolapiProvider } from '../messages/providers/solapiProvider';
import { testHeartbeat } from '../testSupport/heartbeats';
import { kioskScript, TEST_DAY, TEST_NOW_MS } from '../testSupport/kioskScript';
import { startSolapiStub, type SolapiStub } from '../testSupport/solapiStub';
import { useTestServers } from '../testSupport/testServers';
import { usePostgres } from '../testSupport/usePostgres';

const startServer = useTestServers();
const stubs: SolapiStub[] = [];
afterEach(async () => {
  for (const stub of stubs.splice(0)) await stub.close();
});

const IT_TOKEN = 'it-token-it-token-it-token-it-token-1';
const basic = (password: string) => `Basic ${Buffer.from(`it:${password}`).toString('base64')}`;
const newPostgresDatabase = usePostgres();
const engines = [
  { engine: 'SQLite', options: async () => ({}) },
  { engine: 'PostgreSQL', options: async () => ({ databaseUrl: await newPostgresDatabase() }) },
];
const credentials = { apiKey: 'NCSTESTKEY0000001', apiSecret: 'TESTSECRETTESTSECRETTESTSECRET12' };

/** A district server sending through a Solapi stub, with one resident who has KakaoTalk and one who gets the SMS instead. */
async function startWithSolapi(serverOptions: Partial<Parameters<typeof startServer>[0]> = {}) {
  const stub = await startSolapiStub(credentials);
  stubs.push(stub);
  const provider = createSolapiProvider({
    baseUrl: stub.url,
    ...credentials,
    pfId: 'KA01PF2603020000000000000000TEST',
    sender: '0212345678',
    templates: { issued: { ko: 'TPL_ISSUED' }, approaching: { ko: 'TPL_APPROACHING' }, update: { ko: 'TPL_UPDATE' }, called: { ko: 'TPL_CALLED' } },
  });
  const kiosk = await startServer({ provider, itToken: IT_TOKEN, ...serverOptions });
  const withKakao = phoneOf('010', '2345', '6789');
  const withoutKakao = phoneOf('010', '3456', '7890');
  stub.reportFor(withoutKakao, '3104');
  return { stub, kiosk, withKakao, withoutKakao };
}

describe('delivery status for district IT', () => {
  it('shows per office and day what became of each message — delivered, fell back to SMS, requested — and never a number', async () => {
    const { stub, kiosk, withKakao, withoutKakao } = await startWithSolapi();
    const script = kioskScript();
    await kiosk.deliver(script.batch([script.issue('passport', { phone: withKakao }).event, script.issue('passport', { phone: withoutKakao }).event]));
    // What the residents' phones got: one Alimtalk, and for the one without KakaoTalk the SMS text made for it.
    expect(stub.delivered.map(({ to, type, text }) => ({ to, type, text }))).toEqual([
      { to: withKakao, type: 'ATA', text: '[민원실] 1001번 발급. 앞 0명, 예상 알 수 없음' },
      { to: withoutKakao, type: 'SMS', text: '[민원실] 1002번 발급. 앞 1명, 예상 알 수 없음' },
    ]);

    const status = () => fetch(`${kiosk.server.url}/api/v1/it/deliveries?day=${TEST_DAY}`, { headers: { authorization: `Bearer ${IT_TOKEN}` } });
    const counts = async () => ((await (await status()).json()) as { offices: Array<{ officeId: string; messages: Record<string, Record<string, number>> }> }).offices;
    expect((await counts())[0].messages.issued).toMatchObject({ requested: 0, accepted: 2, delivered: 0, fell_back: 0 });

    expect(await kiosk.server.deliveries.pollReports()).toBe(2);
    const response = await status();
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({
      businessDay: TEST_DAY,
      offices: [
        {
          officeId: 'gangnam',
          messages: {
            issued: { requested: 0, accepted: 0, delivered: 1, fell_back: 1, failed: 0, expired: 0 },
            approaching: { requested: 0, accepted: 0, delivered: 0, fell_back: 0, failed: 0, expired: 0 },
            update: { requested: 0, accepted: 0, delivered: 0, fell_back: 0, failed: 0, expired: 0 },
            called: { requested: 0, accepted: 0, delivered: 0, fell_back: 0, failed: 0, expired: 0 },
          },
        },
      ],
    });
    expect(body).not.toMatch(/2345|3456/);
  });

  it('answers only district IT’s token, and exists only when one is configured', async () => {
    const kiosk = await startServer({ itToken: IT_TOKEN });
    const url = `${kiosk.server.url}/api/v1/it/deliveries?day=${TEST_DAY}`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: `Bearer ${kiosk.kiosk.token}` } })).status).toBe(401);
    expect((await fetch(`${kiosk.server.url}/api/v1/it/deliveries?day=March`, { headers: { authorization: `Bearer ${IT_TOKEN}` } })).status).toBe(400);
    const without = await startServer();
    expect((await fetch(`${without.server.url}/api/v1/it/deliveries?day=${TEST_DAY}`, { headers: { authorization: `Bearer ${IT_TOKEN}` } })).status).toBe(404);
  });

  it.each(engines)('shows IT a page of every message of the day by ticket number and result, never a phone number ($engine)', async ({ options }) => {
    const { kiosk, withKakao, withoutKakao } = await startWithSolapi(await options());
    const script = kioskScript();
    const first = script.issue('passport', { phone: withKakao });
    const second = script.issue('passport', { phone: withoutKakao });
    await kiosk.deliver(script.batch([first.event, second.event]));
    await kiosk.server.deliveries.pollReports();
    // The second ticket's call reaches the server only with its finish: recorded, not sent.
    await kiosk.deliver(script.batch([script.move('ticket.called', second.ticket, 2), script.move('ticket.completed', second.ticket, 2)]));

    const page = (authorization?: string, query = `?day=${TEST_DAY}`) =>
      fetch(`${kiosk.server.url}/it/deliveries${query}`, { headers: authorization ? { authorization } : {} });
    const refused = await page();
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toContain('Basic');
    expect((await page(basic(IT_TOKEN), '?day=March')).status).toBe(400);

    const response = await page(basic(IT_TOKEN));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const markup = await response.text();
    const rows = [...markup.matchAll(/<tr data-state="([a-z_]+)">\n<td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td>/g)].map((m) => m.slice(1, 6));
    expect(rows).toEqual([
      ['delivered', 'gangnam', '1001', '발급', '카카오톡 전달'],
      ['fell_back', 'gangnam', '1002', '발급', '문자로 대체 전달'],
      ['expired', 'gangnam', '1002', '호출', '보내지 않음'],
    ]);
    expect(markup).toContain('<td data-state="fell_back">1</td>');
    expect(markup).toMatch(/3104/);
    expect(markup).not.toMatch(/2345|3456|6789|7890/);
    expect((await (await page(basic(IT_TOKEN), `?day=${TEST_DAY}&lang=en`)).text())).toContain('fell back to SMS/LMS');
  });
});

describe('district IT pages without a day', () => {
  it('open on the business day the kiosks are still on from midnight to the 04:00 day start, not on the new Seoul date', async () => {
    const clock = settableClock(TEST_NOW_MS);
    const { kiosk, withKakao } = await startWithSolapi({ clock, reportPollMs: 3_600_000 });
    const script = kioskScript();
    await kiosk.deliver(script.batch([script.issue('passport', { phone: withKakao }).event]));
    // 01:30 in Seoul the night after: the date is 2026-03-03, the kiosks' business day still TEST_DAY.
    clock.set(Date.parse('2026-03-02T16:30:00Z'));
    const get = (path: string) => fetch(`${kiosk.server.url}${path}`, { headers: { authorization: `Bearer ${IT_TOKEN}` } });

    const page = await (await get('/it/deliveries')).text();
    expect(page).toContain(`<h1>알림 전달 현황 ${TEST_DAY} (IT)</h1>`);
    expect(page).toMatch(/<tr data-state="[a-z_]+">\n<td>gangnam<\/td><td>1001<\/td>/);
    expect(await (await get('/api/v1/it/statistics')).json()).toMatchObject({ from: '2026-02-24', to: TEST_DAY, offices: [{ days: [{ businessDay: TEST_DAY }] }] });
    expect(await (await get('/it/statistics')).text()).toContain(`data-day="${TEST_DAY}"`);
  });

  it.each(engines)("open each office on its own business day, by the start hour its kiosk sent, else SUNBEON_DAY_CLOSE_HOUR's ($engine)", async ({ options }) => {
    const clock = settableClock(TEST_NOW_MS);
    const { kiosk, withKakao, withoutKakao } = await startWithSolapi({ clock, reportPollMs: 3_600_000, ...(await options()) });
    // gangnam's kiosk sends no hour (a kiosk before stop 15): the server's 04:00 holds for it.
    const gangnam = kioskScript();
    await kiosk.deliver(gangnam.batch([gangnam.snapshot([{ id: 'passport', waiting: 1 }]), gangnam.issue('passport', { phone: withKakao }).event]));
    // 00:30 in Seoul the night after: mapo, whose day starts at midnight, is already on the new date.
    clock.set(Date.parse('2026-03-02T15:30:00Z'));
    const mapoKiosk = await registerKiosk(kiosk.server.store, 'mapo');
    const mapo = kioskScript({ businessDay: '2026-03-03', clockMs: clock.now(), businessDayStartHour: 0 });
    const sent = await kiosk.post(mapo.batch([mapo.snapshot([{ id: 'passport', waiting: 1 }]), mapo.issue('passport', { phone: withoutKakao }).event]), mapoKiosk.token);
    expect(sent.status).toBe(200);
    await kiosk.server.deliveries.idle();
    // 01:30: gangnam is still on TEST_DAY, mapo on 2026-03-03.
    clock.set(Date.parse('2026-03-02T16:30:00Z'));
    const get = (path: string) => fetch(`${kiosk.server.url}${path}`, { headers: { authorization: `Bearer ${IT_TOKEN}` } });

    const page = await (await get('/it/deliveries')).text();
    const rows = [...page.matchAll(/<tr data-state="[a-z_]+">\n<td>([^<]*)<\/td><td>([^<]*)<\/td>/g)].map((m) => m.slice(1, 3));
    expect(rows).toEqual([
      ['gangnam', '1001'],
      ['mapo', '1001'],
    ]);
    expect(page).toContain('<h1>알림 전달 현황 2026-03-03 (IT)</h1>');
    // An office on another day than the page's says which.
    expect(page).toContain(`<h2>gangnam (${TEST_DAY})</h2>`);
    expect(page).toContain('<h2>mapo</h2>');
    // A day asked for is that day for every office.
    const asked = await (await get(`/it/deliveries?day=${TEST_DAY}`)).text();
    expect([...asked.matchAll(/<td>(gangnam|mapo)<\/td>/g)].map((m) => m[1])).toEqual(['gangnam']);

    const statistics = (await (await get('/api/v1/it/statistics')).json()) as { from: string; to: string; offices: Array<{ officeId: string; days: Array<{ businessDay: string }> }> };
    expect({ from: statistics.from, to: statistics.to }).toEqual({ from: '2026-02-24', to: '2026-03-03' });
    expect(statistics.offices.map(({ officeId, days }) => [officeId, days.map((day) => day.businessDay)])).toEqual([
      ['gangnam', [TEST_DAY]],
      ['mapo', ['2026-03-03']],
    ]);
  });
});

describe('delivery statistics for district IT', () => {
  it.each(engines)('counts per office and business day what reached residents over a range of days, never a number ($engine)', async ({ options }) => {
    const { kiosk, withKakao, withoutKakao } = await startWithSolapi(await options());
    const yesterday = kioskScript({ businessDay: '2026-03-01' });
    await kiosk.deliver(yesterday.batch([yesterday.issue('passport', { phone: withKakao }).event]));
    const today = kioskScript();
    const first = today.issue('passport', { phone: withKakao });
    const second = today.issue('passport', { phone: withoutKakao });
    await kiosk.deliver(today.batch([first.event, second.event]));
    await kiosk.deliver(today.batch([today.move('ticket.called', second.ticket, 2), today.move('ticket.completed', second.ticket, 2)]));
    const get = (path: string, query: string) => fetch(`${kiosk.server.url}${path}${query}`, { headers: { authorization: basic(IT_TOKEN) } });
    const range = '?from=2026-03-01&to=2026-03-02';
    const counts = (values: Partial<Record<string, number>>) => ({ requested: 0, accepted: 0, delivered: 0, fell_back: 0, failed: 0, expired: 0, ...values });

    expect(await (await get('/api/v1/it/statistics', range)).json()).toEqual({
      from: '2026-03-01',
      to: '2026-03-02',
      offices: [{ officeId: 'gangnam', days: [
        { businessDay: '2026-03-01', counts: counts({ accepted: 1 }), reachedShare: null },
        { businessDay: '2026-03-02', counts: counts({ accepted: 2, expired: 1 }), reachedShare: null },
      ] }],
    });
    await kiosk.server.deliveries.pollReports();
    const body = await (await get('/api/v1/it/statistics', range)).json();
    expect(body.offices[0].days).toEqual([
      { businessDay: '2026-03-01', counts: counts({ delivered: 1 }), reachedShare: 1 },
      { businessDay: '2026-03-02', counts: counts({ delivered: 1, fell_back: 1, expired: 1 }), reachedShare: 1 },
    ]);

    const page = await (await get('/it/statistics', range)).text();
    expect(page).toContain('알림 전달 통계 2026-03-01 ~ 2026-03-02');
    expect(page).toMatch(/<tr data-day="2026-03-02"><th>2026-03-02<\/th>.*<td data-state="fell_back">1<\/td>.*<td data-reached>100%<\/td><\/tr>/);
    expect(page).not.toMatch(/2345|3456|6789|7890/);
    expect((await get('/api/v1/it/statistics', '?from=2026-03-02&to=2026-03-01')).status).toBe(400);
    expect((await get('/api/v1/it/statistics', '?from=2025-01-01&to=2026-03-02')).status).toBe(400);
    expect((await fetch(`${kiosk.server.url}/it/statistics`)).status).toBe(401);
  });
});


/** Posts one heartbeat from the kiosk holding `token` and reads the answer, checking it carries no phone digits. */
async function heartbeat(url: string, token: string) {
  const response = await fetch(`${url}/api/v1/heartbeat`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(testHeartbeat({ sentAt: new Date(TEST_NOW_MS).toISOString() })),
  });
  expect(response.status).toBe(200);
  const body = await response.text();
  expect(body).not.toMatch(/2345|3456|6789|7890/);
  return heartbeatAnswerSchema.parse(JSON.parse(body));
}
const counts = (values: Partial<Record<string, number>>) => ({ requested: 0, accepted: 0, delivered: 0, fell_back: 0, failed: 0, expired: 0, ...values });

describe('delivery statistics for the kiosk', () => {
  it.each(engines)('answer each heartbeat with its own office’s message counts per business day, counts only ($engine)', async ({ options }) => {
    const { kiosk, withKakao, withoutKakao } = await startWithSolapi(await options());
    const script = kioskScript();
    await kiosk.deliver(script.batch([script.issue('passport', { phone: withKakao }).event, script.issue('passport', { phone: withoutKakao }).event]));
    const elsewhere = await registerKiosk(kiosk.server.store, 'seocho');

    expect(await heartbeat(kiosk.server.url, kiosk.kiosk.token)).toEqual({ deliveries: [{ businessDay: TEST_DAY, counts: counts({ accepted: 2 }) }] });
    await kiosk.server.deliveries.pollReports();
    expect(await heartbeat(kiosk.server.url, kiosk.kiosk.token)).toEqual({ deliveries: [{ businessDay: TEST_DAY, counts: counts({ delivered: 1, fell_back: 1 }) }] });
    // Another office's kiosk hears only of its own office: nothing here.
    expect(await heartbeat(kiosk.server.url, elsewhere.token)).toEqual({ deliveries: [] });
  });

  it.each(engines)('count an office once for all its kiosks’ heartbeats until this server writes one of its results or the counts are a minute old ($engine)', async ({ options }) => {
    const clock = settableClock(TEST_NOW_MS);
    const { kiosk, withKakao, withoutKakao } = await startWithSolapi({ ...(await options()), clock, reportPollMs: 3_600_000 });
    const script = kioskScript();
    await kiosk.deliver(script.batch([script.issue('passport', { phone: withKakao }).event]));
    const counted = await heartbeat(kiosk.server.url, kiosk.kiosk.token);
    expect(counted).toEqual({ deliveries: [{ businessDay: TEST_DAY, counts: counts({ accepted: 1 }) }] });

    // Another instance on the same database records the report: this one answers from its counts until they are a minute old.
    const [accepted] = await kiosk.server.store.transaction((tx) => tx.deliveriesAwaitingReport(10));
    await kiosk.server.store.transaction((tx) => tx.recordDeliveryReport(accepted.deliveryId, { report: 'delivered', detail: null, reportedAt: new Date(TEST_NOW_MS).toISOString() }));
    const secondKiosk = await registerKiosk(kiosk.server.store, 'gangnam');
    expect(await heartbeat(kiosk.server.url, secondKiosk.token)).toEqual(counted);
    clock.set(TEST_NOW_MS + DELIVERY_COUNTS_CACHE_MS);
    expect(await heartbeat(kiosk.server.url, kiosk.kiosk.token)).toEqual(counted);
    clock.set(TEST_NOW_MS + DELIVERY_COUNTS_CACHE_MS + 1);
    expect(await heartbeat(kiosk.server.url, kiosk.kiosk.token)).toEqual({ deliveries: [{ businessDay: TEST_DAY, counts: counts({ delivered: 1 }) }] });

    // What this instance decides and sends for the office shows in the next answer.
    await kiosk.deliver(script.batch([script.issue('passport', { phone: withoutKakao }).event]));
    expect(await heartbeat(kiosk.server.url, kiosk.kiosk.token)).toEqual({ deliveries: [{ businessDay: TEST_DAY, counts: counts({ delivered: 1, accepted: 1 }) }] });
    await kiosk.server.deliveries.pollReports();
    expect(await heartbeat(kiosk.server.url, secondKiosk.token)).toEqual({ deliveries: [{ businessDay: TEST_DAY, counts: counts({ delivered: 1, fell_back: 1 }) }] });
  });
});

describe('delivery statistics for the kiosk, counted again', () => {
  it.each(engines)('not after a batch that changed the queue but added no message; at once after one that added a message, even one set aside as not sent ($engine)', async ({ options }) => {
    const clock = settableClock(TEST_NOW_MS);
    const { kiosk, withKakao } = await startWithSolapi({ ...(await options()), clock, reportPollMs: 3_600_000 });
    const script = kioskScript();
    const resident = script.issue('passport', { phone: withKakao });
    await kiosk.deliver(script.batch([resident.event]));
    const counted = await heartbeat(kiosk.server.url, kiosk.kiosk.token);
    expect(counted).toEqual({ deliveries: [{ businessDay: TEST_DAY, counts: counts({ accepted: 1 }) }] });
    // Another instance on the same database records the report: only this one's own message writes count the office again.
    const [accepted] = await kiosk.server.store.transaction((tx) => tx.deliveriesAwaitingReport(10));
    await kiosk.server.store.transaction((tx) => tx.recordDeliveryReport(accepted.deliveryId, { report: 'delivered', detail: null, reportedAt: new Date(TEST_NOW_MS).toISOString() }));

    // A paper ticket issued and called: the queue changed, no message was added, the counts stand.
    const paper = script.issue('passport');
    await kiosk.deliver(script.batch([paper.event, script.move('ticket.called', paper.ticket, 1)]));
    expect(await heartbeat(kiosk.server.url, kiosk.kiosk.token)).toEqual(counted);

    // The resident's call reaches the server after they sat down: its message is set aside as not sent, and the office is counted again.
    await kiosk.deliver(script.batch([script.move('ticket.called', resident.ticket, 2), script.move('ticket.serving', resident.ticket, 2)]));
    expect(await heartbeat(kiosk.server.url, kiosk.kiosk.token)).toEqual({ deliveries: [{ businessDay: TEST_DAY, counts: counts({ delivered: 1, expired: 1 }) }] });
  });
});

describe('Solapi’s report webhook', () => {
  const SECRET = 'report-webhook-secret-0123456789abcdef';

  it.each(engines)('records what Solapi reports when its webhook posts, once, asking Solapi itself, and only at the secret URL ($engine)', async ({ options }) => {
    // The timer's poll is an hour away: only the webhook can bring the reports in this test.
    const { stub, kiosk, withKakao, withoutKakao } = await startWithSolapi({ ...(await options()), reportWebhookSecret: SECRET, reportPollMs: 3_600_000 });
    const script = kioskScript();
    await kiosk.deliver(script.batch([script.issue('passport', { phone: withKakao }).event, script.issue('passport', { phone: withoutKakao }).event]));
    const states = async () => (await kiosk.server.store.transaction((tx) => tx.deliveriesOfDay(TEST_DAY))).map((line) => [line.displayNumber, line.state]);
    expect(await states()).toEqual([['1001', 'accepted'], ['1002', 'accepted']]);
    const webhook = `${kiosk.server.url}/api/v1/delivery-reports/${SECRET}`;
    const post = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const groupIds = [...new Set(stub.delivered.map((message) => message.groupId))];
    const asked = () => stub.requests.filter((request) => request.operation === 'listMessages').length;

    // A stranger without the secret, or a body that is not Solapi's report, makes the server ask nobody anything.
    expect((await post(`${kiosk.server.url}/api/v1/delivery-reports/${SECRET.replace(/.$/, 'x')}`, groupIds.map((groupId) => ({ groupId })))).status).toBe(404);
    const invalid = await post(webhook, { groupId: groupIds[0] });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { message: string }).message).toMatch(/^report: body: /);
    expect((await post(webhook, [{ groupId: 'not a group; DROP TABLE' }])).status).toBe(400);
    expect((await post(webhook, [])).status).toBe(400);
    expect(asked()).toBe(0);
    expect(await states()).toEqual([['1001', 'accepted'], ['1002', 'accepted']]);

    // The carriers report; Solapi posts each group's report to the webhook.
    expect(await stub.postReports(webhook)).toEqual([200, 200]);
    expect(await states()).toEqual([['1001', 'delivered'], ['1002', 'fell_back']]);
    expect(asked()).toBe(2);

    // The same reports again (Solapi retries; another instance took the first): nothing changes twice.
    const again = await post(webhook, groupIds.map((groupId) => ({ groupId, status: 'COMPLETE' })));
    expect(await again.json()).toEqual({ recorded: 0 });
    expect(await states()).toEqual([['1001', 'delivered'], ['1002', 'fell_back']]);
    // Unknown groups (another system on the same Solapi account) are acknowledged, so Solapi stops retrying, and left alone.
    expect(await (await post(webhook, [{ groupId: 'G4V20260302000000UNKNOWN' }])).json()).toEqual({ recorded: 0 });
    // Without each line's time and pid, which can hold the same digits by chance (10:23:45).
    const logged = kiosk.log.lines.map((line) => JSON.stringify({ ...(JSON.parse(line) as object), time: undefined, pid: undefined }));
    expect(logged.join('\n')).not.toMatch(/2345|3456|6789|7890/);
  });

  it('does not exist without a secret: reports are polled instead', async () => {
    const kiosk = await startServer();
    expect((await fetch(`${kiosk.server.url}/api/v1/delivery-reports/${SECRET}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' })).status).toBe(404);
  });
});
