import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../shared/errors';
import { contentSecurityPolicy } from './securityHeaders';
import { kioskScript, TEST_NOW_MS } from '../testSupport/kioskScript';
import { publicApi } from '../testSupport/publicApi';
import { useTestServers } from '../testSupport/testServers';
import { phoneOf } from '../../../nodeShared/testSupport/testPhones';

const start = useTestServers();

async function officeWithLine() {
  let now = TEST_NOW_MS;
  const kiosk = await start({ clock: { now: () => now } });
  const script = kioskScript();
  const tickets = [script.issue('passport'), script.issue('passport'), script.issue('passport', { phone: phoneOf('010', '1234', '5678'), language: 'en' })];
  await kiosk.deliver(
    script.batch([
      ...tickets.map((t) => t.event),
      script.snapshot([
        { id: 'resident-registration', waiting: 0, estimate: { kind: 'range', minMinutes: 0, maxMinutes: 5 } },
        { id: 'passport', waiting: 3, estimate: { kind: 'range', minMinutes: 40, maxMinutes: 80 } },
      ]),
    ]),
  );
  return { kiosk, script, tickets, later: (ms: number) => (now += ms) };
}

const page = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { headers });
  return { response, text: await response.text() };
};

describe('public office status', () => {
  it('answers JSON by the contract, with congestion from the estimate', async () => {
    const { kiosk } = await officeWithLine();
    expect(await publicApi(kiosk).office()).toEqual({
      officeName: { ko: '순번구청 민원실', en: 'Sunbeon-gu Office' },
      updatedAt: '2026-03-02T01:00:00.000Z',
      services: [
        { id: 'resident-registration', name: { ko: '주민등록 등·초본', en: 'Resident registration' }, waiting: 0, estimate: { kind: 'range', minMinutes: 0, maxMinutes: 5 }, congestion: '한산' },
        { id: 'passport', name: { ko: '여권', en: 'Passport' }, waiting: 3, estimate: { kind: 'range', minMinutes: 40, maxMinutes: 80 }, congestion: '매우 혼잡' },
      ],
    });
  });

  it('words a line with people waiting and no counter open as the estimate does, not as crowded', async () => {
    const kiosk = await start({ clock: { now: () => TEST_NOW_MS } });
    const script = kioskScript();
    await kiosk.deliver(script.batch([script.issue('passport').event, script.snapshot([{ id: 'passport', waiting: 1, estimate: { kind: 'unknown' } }])]));
    expect((await publicApi(kiosk).office()).services).toEqual([expect.objectContaining({ id: 'passport', congestion: null })]);

    const ko = await page(`${kiosk.server.url}/offices/gangnam?lang=ko`);
    expect(ko.text).toMatch(/여권[\s\S]*1명[\s\S]*예상 대기[\s\S]*알 수 없음/);
    expect(ko.text).not.toContain('혼잡');
    const en = await page(`${kiosk.server.url}/offices/gangnam?lang=en`);
    expect(en.text).toMatch(/Passport[\s\S]*1 person[\s\S]*Estimated wait[\s\S]*unknown/);
    expect(en.text).not.toContain('Busy');
  });

  it('serves a mobile page in Korean, or English, Chinese or Vietnamese when asked, that refreshes through its own script file', async () => {
    const { kiosk } = await officeWithLine();
    const ko = await page(`${kiosk.server.url}/offices/gangnam`);
    expect(ko.response.status).toBe(200);
    expect(ko.response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(ko.response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(ko.text).toContain('<html lang="ko">');
    expect(ko.text).toContain('<meta name="viewport"');
    expect(ko.text).toMatch(/여권[\s\S]*매우 혼잡[\s\S]*3명[\s\S]*40~80분/);
    expect(ko.text).toContain('<script src="/static/status.js" defer></script>');
    expect(ko.text).not.toMatch(/<script>|<script(?![^>]*\ssrc=)[^>]*>|\sstyle=|\son[a-z]+=/i);

    const en = await page(`${kiosk.server.url}/offices/gangnam`, { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.text).toContain('<html lang="en">');
    expect(en.text).toMatch(/Passport[\s\S]*Very busy[\s\S]*3 people[\s\S]*40~80 min/);
    expect((await page(`${kiosk.server.url}/offices/gangnam?lang=ko`, { 'accept-language': 'en' })).text).toContain('<html lang="ko">');

    const zh = await page(`${kiosk.server.url}/offices/gangnam?lang=zh`);
    expect(zh.text).toContain('<html lang="zh">');
    expect(zh.text).toMatch(/等候情况[\s\S]*非常拥挤[\s\S]*3人[\s\S]*40~80分钟/);
    for (const [language, name] of [['ko', '한국어'], ['en', 'English'], ['vi', 'Tiếng Việt']]) {
      expect(zh.text).toContain(`<a href="?lang=${language}" hreflang="${language}" lang="${language}">${name}</a>`);
    }
    const vi = await page(`${kiosk.server.url}/offices/gangnam`, { 'accept-language': 'vi-VN,vi;q=0.9' });
    expect(vi.text).toContain('<html lang="vi">');
    expect(vi.text).toMatch(/Tình hình chờ[\s\S]*Rất đông[\s\S]*3 người[\s\S]*40~80 phút/);

    const script = await fetch(`${kiosk.server.url}/static/status.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await script.text()).toContain('data-refresh-seconds');
  });

  it('escapes whatever a kiosk calls its office', async () => {
    const kiosk = await start();
    const script = kioskScript();
    const snapshot = script.snapshot([{ id: 'passport', waiting: 0 }]);
    if (snapshot.type !== 'office.snapshot') throw new Error('expected a snapshot');
    await kiosk.deliver(script.batch([{ ...snapshot, payload: { ...snapshot.payload, officeName: { ko: '<img src=x onerror=alert(1)>', en: 'x' } } }]));
    const { text } = await page(`${kiosk.server.url}/offices/gangnam`);
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).not.toContain('<img');
  });

  it('computes an office status at most once per cache period unless this instance ingests, and lets browsers keep it 5 s', async () => {
    const { kiosk, script, later } = await officeWithLine();
    const api = publicApi(kiosk);
    await kiosk.deliver(script.batch([script.snapshot([{ id: 'passport', waiting: 9 }])]));
    expect((await api.office()).services.map((s) => s.waiting)).toEqual([9]);
    // Another instance on the same database takes a snapshot: this one sees it once its 2 s are up.
    const record = await kiosk.server.store.transaction((tx) => tx.officeSnapshot('gangnam'));
    if (!record) throw new Error('no snapshot');
    const elsewhere = { ...record, snapshot: { ...record.snapshot, services: record.snapshot.services.map((service) => ({ ...service, waiting: 4 })) } };
    await kiosk.server.store.transaction((tx) => tx.saveOfficeSnapshot(elsewhere));
    later(1_000);
    expect((await api.office()).services.map((s) => s.waiting)).toEqual([9]);
    later(1_500);
    expect((await api.office()).services.map((s) => s.waiting)).toEqual([4]);
    // A batch this instance ingests shows at once.
    await kiosk.deliver(script.batch([script.snapshot([{ id: 'passport', waiting: 7 }])]));
    expect((await api.office()).services.map((s) => s.waiting)).toEqual([7]);
    const response = await fetch(`${kiosk.server.url}/api/v1/offices/gangnam/status`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=5');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('answers 404 for an office without status, as JSON and as a page', async () => {
    const kiosk = await start();
    const json = await fetch(`${kiosk.server.url}/api/v1/offices/nowhere/status`);
    expect(json.status).toBe(404);
    expect(apiErrorSchema.parse(await json.json()).code).toBe('NOT_FOUND');
    const html = await page(`${kiosk.server.url}/offices/nowhere`);
    expect(html.response.status).toBe(404);
    expect(html.text).toContain('대기 현황이 아직 없습니다');
  });
});

describe('public ticket status', () => {
  it('tells a waiting ticket its place and estimate, in the language chosen at the kiosk', async () => {
    const { kiosk, tickets } = await officeWithLine();
    const mine = tickets[2].ticket;
    expect(await publicApi(kiosk).ticket(mine)).toEqual({
      displayNumber: mine.displayNumber,
      serviceName: { ko: '여권', en: 'Passport' },
      status: 'waiting',
      peopleAhead: 2,
      estimate: { kind: 'range', minMinutes: 25, maxMinutes: 60 },
      counterNumber: null,
    });
    const { response, text } = await page(`${kiosk.server.url}/t/${mine.statusToken}`);
    expect(response.headers.get('cache-control')).toBe('private, max-age=5');
    expect(text).toContain('<html lang="en">');
    expect(text).toContain('<meta name="robots" content="noindex">');
    expect(text).toMatch(/Ticket <span class="number">1003<\/span>[\s\S]*2 people[\s\S]*25~60 min/);
    expect(text).not.toContain(phoneOf('010', '1234', '5678'));
    expect(text).not.toContain(phoneOf('1234', '-', '5678'));
    expect((await page(`${kiosk.server.url}/t/${mine.statusToken}?lang=ko`)).text).toMatch(/내 앞 대기[\s\S]*2명/);
  });

  it('tells a ticket the kiosk’s own forecast for it once a snapshot carries one', async () => {
    const { kiosk, script, tickets, later } = await officeWithLine();
    const line = [{ id: 'passport', waiting: 3, estimate: { kind: 'range' as const, minMinutes: 40, maxMinutes: 80 } }];
    await kiosk.deliver(script.batch([script.snapshot(line, [[tickets[0].ticket, 0, 5], [tickets[2].ticket, 30, 45]])]));
    later(2_500);
    expect(await publicApi(kiosk).ticket(tickets[2].ticket)).toMatchObject({ peopleAhead: 2, estimate: { kind: 'range', minMinutes: 30, maxMinutes: 45 } });
    expect((await page(`${kiosk.server.url}/t/${tickets[2].ticket.statusToken}`)).text).toContain('30~45 min');
    // Left out of the forecasts: the line's estimate scaled to its place, as before.
    expect(await publicApi(kiosk).ticket(tickets[1].ticket)).toMatchObject({ peopleAhead: 1, estimate: { kind: 'range', minMinutes: 15, maxMinutes: 35 } });
  });

  it('tells a called ticket where to go', async () => {
    const { kiosk, script, tickets, later } = await officeWithLine();
    await kiosk.deliver(script.batch([script.move('ticket.called', tickets[0].ticket, 7)]));
    later(2_500);
    const { text } = await page(`${kiosk.server.url}/t/${tickets[0].ticket.statusToken}`);
    expect(text).toMatch(/호출되었습니다[\s\S]*7번 창구로 와 주세요/);
  });

  it('answers 404 for an unknown token, as JSON and as a page', async () => {
    const kiosk = await start();
    const json = await fetch(`${kiosk.server.url}/api/v1/tickets/unknownunknownunknown00`);
    expect(json.status).toBe(404);
    const html = await page(`${kiosk.server.url}/t/unknownunknownunknown00`);
    expect(html.response.status).toBe(404);
    expect(html.text).toContain('이 번호표를 찾을 수 없습니다');
  });
});
