import { describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../../shared/district/api';
import type { MessageProvider } from './providers/messageProvider';
import { kioskScript, TEST_DAY, TEST_NOW_MS, type TestTicket } from '../testSupport/kioskScript';
import { useTestServers } from '../testSupport/testServers';
import { usePostgres } from '../testSupport/usePostgres';
import { phoneOf } from '../../../nodeShared/testSupport/testPhones';

const start = useTestServers();
const PHONE = phoneOf('010', '5550', '1234');
const PHONE_2 = phoneOf('010', '5550', '2345');
const PHONE_3 = phoneOf('010', '5550', '3456');
const PHONE_4 = phoneOf('010', '5550', '4567');
const PHONE_5 = phoneOf('010', '5550', '5678');
const newPostgresDatabase = usePostgres();
const engines = [
  { engine: 'SQLite', options: async () => ({}) },
  { engine: 'PostgreSQL', options: async () => ({ databaseUrl: await newPostgresDatabase() }) },
];

/** Five paper tickets ahead of one mobile ticket, and a snapshot estimating 25–50 minutes for a newcomer. */
function lineOfSix() {
  const script = kioskScript();
  const ahead = Array.from({ length: 5 }, () => script.issue('passport'));
  const mine = script.issue('passport', { phone: PHONE });
  const snapshot = script.snapshot([{ id: 'passport', waiting: 6, estimate: { kind: 'range', minMinutes: 25, maxMinutes: 50 } }]);
  const first = script.batch([...ahead.map((a) => a.event), mine.event, snapshot]);
  // One batch per call, as the counters work through the line.
  const calls = [...ahead.map((a) => a.ticket), mine.ticket].map((ticket, i) => script.batch([script.move('ticket.called', ticket, (i % 2) + 1)]));
  return { script, mine: mine.ticket, first, calls };
}

const kinds = (sent: { kind: string }[]) => sent.map((m) => m.kind);

describe('message rules', () => {
  it('sends issued, approaching once at three ahead, and called with the counter number', async () => {
    const kiosk = await start();
    const { first, calls } = lineOfSix();
    await kiosk.deliver(first);
    expect(kiosk.provider.sent).toEqual([
      expect.objectContaining({ to: PHONE, kind: 'issued', language: 'ko', text: '[순번구청 민원실] 1006번 번호표가 발급되었습니다. 앞에 5명, 예상 대기 20~45분.' }),
    ]);
    await kiosk.deliver(calls[0]);
    expect(kinds(kiosk.provider.sent)).toEqual(['issued']);
    await kiosk.deliver(calls[1]);
    // The snapshot forecasts nobody: the line's 25–50 minutes, scaled to three ahead of six.
    expect(kiosk.provider.sent[1]).toMatchObject({ kind: 'approaching', text: '[순번구청 민원실] 1006번 차례가 다가옵니다. 앞에 3명, 예상 대기 10~30분. 민원실 가까이에서 기다려 주세요.' });
    for (const batch of calls.slice(2, 5)) await kiosk.deliver(batch);
    expect(kinds(kiosk.provider.sent)).toEqual(['issued', 'approaching']);
    await kiosk.deliver(calls[5]);
    expect(kiosk.provider.sent[2]).toMatchObject({ kind: 'called', text: '[순번구청 민원실] 1006번 차례입니다. 2번 창구로 와 주세요.' });
    expect(kinds(kiosk.provider.sent)).toEqual(['issued', 'approaching', 'called']);
  });

  it('tells in the approaching message the very estimate the ticket\'s status page shows at that moment, scaled or the kiosk\'s own', async () => {
    const kiosk = await start();
    const pageSays = async (statusToken: string) => {
      const page = await (await fetch(`${kiosk.server.url}/t/${statusToken}`)).text();
      return page.match(/<dt>예상 대기<\/dt><dd>([^<]*)<\/dd>/)?.[1];
    };
    const { script, first, calls, mine } = lineOfSix();
    for (const batch of [first, calls[0], calls[1]]) await kiosk.deliver(batch);
    expect(await pageSays(mine.statusToken)).toBe('10~30분');
    expect(kiosk.provider.sent[1]).toMatchObject({ kind: 'approaching', text: expect.stringContaining('예상 대기 10~30분.') });
    // A ticket the kiosk forecasts within ten minutes is told that forecast, which its page shows too.
    const later = script.issue('passport', { phone: PHONE_2, estimate: { kind: 'range', minMinutes: 20, maxMinutes: 40 } });
    await kiosk.deliver(script.batch([later.event]));
    await kiosk.deliver(script.batch([script.snapshot([{ id: 'passport', waiting: 5, estimate: { kind: 'range', minMinutes: 25, maxMinutes: 50 } }], [[later.ticket, 4, 9]])]));
    expect(await pageSays(later.ticket.statusToken)).toBe('4~9분');
    expect(kiosk.provider.sent.filter((m) => m.to === PHONE_2).map((m) => [m.kind, m.text.match(/예상 대기 ([^.]*)\./)?.[1]])).toEqual([
      ['issued', '20~40분'],
      ['approaching', '4~9분'],
    ]);
  });

  it('sends each message once when every batch is delivered twice', async () => {
    const kiosk = await start();
    const { first, calls } = lineOfSix();
    for (const batch of [first, ...calls]) {
      await kiosk.deliver(batch);
      expect(new Set(await kiosk.deliver(batch))).toEqual(new Set(['duplicate']));
    }
    expect(kinds(kiosk.provider.sent)).toEqual(['issued', 'approaching', 'called']);
  });

  it('sends each message once across server restarts on the same database', async () => {
    let kiosk = await start();
    const { first, calls } = lineOfSix();
    await kiosk.deliver(first);
    await kiosk.deliver(calls[0]);
    await kiosk.deliver(calls[1]);
    kiosk = await kiosk.restart();
    for (const batch of [first, calls[0], calls[1]]) await kiosk.deliver(batch);
    expect(kinds(kiosk.provider.sent)).toEqual(['issued', 'approaching']);
    for (const batch of calls.slice(2)) await kiosk.deliver(batch);
    kiosk = await kiosk.restart();
    for (const batch of [first, ...calls]) await kiosk.deliver(batch);
    expect(kinds(kiosk.provider.sent)).toEqual(['issued', 'approaching', 'called']);
  });

  it('sends after a restart a message whose retry was still pending', async () => {
    let now = TEST_NOW_MS;
    const down: MessageProvider = { name: 'down', send: async () => ({ ok: false, transient: true, reason: 'HTTP 503' }) };
    const kiosk = await start({ provider: down, clock: { now: () => now }, retry: { baseDelayMs: 60_000 } });
    const script = kioskScript();
    await kiosk.deliver(script.batch([script.issue('passport', { phone: PHONE }).event]));
    expect(kiosk.log.lines).toContainEqual(expect.stringMatching(/message issued for ticket 1001 .* attempt 1 failed \(HTTP 503\); retrying/));

    now += 10 * 60_000;
    const again = await kiosk.restart({ provider: kiosk.provider });
    await again.server.deliveries.idle();
    expect(kinds(again.provider.sent)).toEqual(['issued']);
  });

  it('sends nothing for paper tickets or mobile tickets without a number', async () => {
    const kiosk = await start();
    const script = kioskScript();
    const paper = script.issue('passport');
    const bare = script.issue('passport', { kind: 'mobile' });
    await kiosk.deliver(script.batch([paper.event, bare.event]));
    await kiosk.deliver(script.batch([script.move('ticket.called', paper.ticket, 1), script.move('ticket.called', bare.ticket, 2)]));
    expect(kiosk.provider.sent).toEqual([]);
  });

  it('skips approaching for a ticket issued with three or fewer ahead', async () => {
    const kiosk = await start();
    const script = kioskScript();
    const ahead = [script.issue(), script.issue(), script.issue()];
    const mine = script.issue('passport', { phone: PHONE });
    await kiosk.deliver(script.batch([...ahead.map((a) => a.event), mine.event]));
    for (const { ticket } of ahead) await kiosk.deliver(script.batch([script.move('ticket.called', ticket, 1)]));
    await kiosk.deliver(script.batch([script.move('ticket.called', mine.ticket, 1)]));
    expect(kinds(kiosk.provider.sent)).toEqual(['issued', 'called']);
    expect(kiosk.provider.sent[0].text).toContain('앞에 3명');
  });

  it('honours a configured approaching threshold', async () => {
    const kiosk = await start({ approachingAt: 1 });
    const { first, calls } = lineOfSix();
    for (const batch of [first, ...calls.slice(0, 3)]) await kiosk.deliver(batch);
    expect(kinds(kiosk.provider.sent)).toEqual(['issued']);
    await kiosk.deliver(calls[3]);
    expect(kiosk.provider.sent[1]).toMatchObject({ kind: 'approaching', text: expect.stringContaining('앞에 1명') });
  });

  it('sends approaching once when the kiosk’s forecast falls within ten minutes, with that forecast, however few were ahead', async () => {
    const kiosk = await start();
    const script = kioskScript();
    const ahead = [script.issue('passport'), script.issue('passport')];
    const mine = script.issue('passport', { phone: PHONE, estimate: { kind: 'range', minMinutes: 40, maxMinutes: 70 } });
    const line = [{ id: 'passport', waiting: 3, estimate: { kind: 'range' as const, minMinutes: 40, maxMinutes: 80 } }];
    await kiosk.deliver(script.batch([...ahead.map((a) => a.event), mine.event, script.snapshot(line, [[mine.ticket, 40, 70]])]));
    expect(kiosk.provider.sent.map((m) => m.text)).toEqual(['[순번구청 민원실] 1003번 번호표가 발급되었습니다. 앞에 2명, 예상 대기 40~70분.']);
    // Forecasts move with every snapshot; only crossing into the last ten minutes sends a message.
    await kiosk.deliver(script.batch([script.snapshot(line, [[mine.ticket, 15, 30]])]));
    expect(kinds(kiosk.provider.sent)).toEqual(['issued']);
    await kiosk.deliver(script.batch([script.snapshot(line, [[mine.ticket, 4, 10]])]));
    expect(kiosk.provider.sent[1]).toMatchObject({ kind: 'approaching', text: '[순번구청 민원실] 1003번 차례가 다가옵니다. 앞에 2명, 예상 대기 4~10분. 민원실 가까이에서 기다려 주세요.' });
    for (const [min, max] of [[20, 35], [2, 8]]) await kiosk.deliver(script.batch([script.snapshot(line, [[mine.ticket, min, max]])]));
    expect(kinds(kiosk.provider.sent)).toEqual(['issued', 'approaching']);
  });

  it('writes English messages for a ticket taken in English', async () => {
    const kiosk = await start();
    const script = kioskScript();
    const mine = script.issue('passport', { phone: PHONE, language: 'en' });
    await kiosk.deliver(script.batch([script.snapshot([{ id: 'passport', waiting: 1 }]), mine.event]));
    await kiosk.deliver(script.batch([script.move('ticket.called', mine.ticket, 4)]));
    expect(kiosk.provider.sent.map((m) => m.text)).toEqual([
      '[Sunbeon-gu Office] Ticket 1001 is issued. People ahead: 0. Estimated wait: 0~10 min.',
      '[Sunbeon-gu Office] Ticket 1001: it is your turn. Please come to counter 4.',
    ]);
  });

  it.each([
    ['zh', ['[순번구청 민원실] 您已取号，号码为1001号。前面还有0人，预计等候0~10分钟。', '[순번구청 민원실] 1001号，轮到您了。请到4号窗口。']],
    ['vi', ['[순번구청 민원실] Bạn đã nhận số thứ tự 1001. Số người chờ trước bạn: 0. Thời gian chờ dự kiến: 0~10 phút.', '[순번구청 민원실] Số 1001: đã đến lượt bạn. Xin mời đến quầy số 4.']],
  ] as const)('writes %s messages for a ticket taken in that language (the office name falls back where the kiosk wrote none)', async (language, expected) => {
    const kiosk = await start();
    const script = kioskScript();
    const mine = script.issue('passport', { phone: PHONE, language });
    await kiosk.deliver(script.batch([script.snapshot([{ id: 'passport', waiting: 1 }]), mine.event]));
    await kiosk.deliver(script.batch([script.move('ticket.called', mine.ticket, 4)]));
    expect(kiosk.provider.sent.map((m) => m.text)).toEqual(expected);
  });

  it('lets a recall not repeat "called"', async () => {
    const kiosk = await start();
    const script = kioskScript();
    const mine = script.issue('passport', { phone: PHONE });
    await kiosk.deliver(script.batch([mine.event]));
    const call = (ticket: TestTicket) => script.batch([script.move('ticket.called', ticket, 1)]);
    await kiosk.deliver(call(mine.ticket));
    await kiosk.deliver(script.batch([script.move('ticket.recalled', mine.ticket, 1)]));
    expect(kinds(kiosk.provider.sent)).toEqual(['issued', 'called']);
  });
});

/** Where a ticket ends up after one batch is not all that happened in it: the same rules on both engines. */
describe.each(engines)('message rules for several moves in one batch ($engine)', ({ options }) => {
  it('sends nothing stale: a ticket already finished when the server first hears of it gets no message', async () => {
    const kiosk = await start(await options());
    const script = kioskScript();
    const mine = script.issue('passport', { phone: PHONE });
    const events: KioskEvent[] = [mine.event, script.move('ticket.called', mine.ticket, 1), script.move('ticket.completed', mine.ticket, 1)];
    await kiosk.deliver(script.batch(events));
    expect(kiosk.provider.sent).toEqual([]);
  });

  it('sends only "called" for a ticket issued and called within one batch', async () => {
    const kiosk = await start(await options());
    const script = kioskScript();
    const mine = script.issue('passport', { phone: PHONE });
    await kiosk.deliver(script.batch([mine.event, script.move('ticket.called', mine.ticket, 1)]));
    expect(kinds(kiosk.provider.sent)).toEqual(['called']);
  });

  it('does not send a call late: a ticket served, finished, absent or sent back to a line by the time its call arrives gets no "called", recorded as not sent with why', async () => {
    const kiosk = await start(await options());
    const script = kioskScript();
    const atCounter = script.issue('passport', { phone: PHONE });
    const served = script.issue('passport', { phone: PHONE_2 });
    const missed = script.issue('passport', { phone: PHONE_3 });
    const moved = script.issue('passport', { phone: PHONE_4 });
    const waiting = script.issue('passport', { phone: PHONE_5 });
    await kiosk.deliver(script.batch([atCounter, served, missed, moved, waiting].map((t) => t.event)));
    await kiosk.deliver(
      script.batch([
        script.move('ticket.called', atCounter.ticket, 1),
        script.move('ticket.serving', atCounter.ticket, 1),
        script.move('ticket.called', served.ticket, 2),
        script.move('ticket.completed', served.ticket, 2),
        script.move('ticket.recalled', missed.ticket, 3),
        script.move('ticket.no-show', missed.ticket, 3),
        script.move('ticket.called', moved.ticket, 4),
        script.move('ticket.transferred', moved.ticket, null, 'resident-registration'),
        script.move('ticket.called', waiting.ticket, 5),
      ]),
    );
    expect(kinds(kiosk.provider.sent)).toEqual(['issued', 'issued', 'issued', 'issued', 'issued', 'called']);
    expect(kiosk.provider.sent[5]).toMatchObject({ to: PHONE_5, text: '[민원실] 1005번 차례입니다. 5번 창구로 와 주세요.' });
    const called = (await kiosk.server.store.transaction((tx) => tx.deliveryTallies(TEST_DAY))).filter((tally) => tally.kind === 'called');
    expect(called).toEqual([
      { officeId: 'gangnam', kind: 'called', state: 'accepted', count: 1 },
      { officeId: 'gangnam', kind: 'called', state: 'expired', count: 4 },
    ]);
    // The decision, visible to IT: not sent late, and why (the moved ticket waits in its new line).
    const notSent = (await kiosk.server.store.transaction((tx) => tx.deliveriesOfDay(TEST_DAY))).filter((line) => line.kind === 'called' && line.state === 'expired');
    expect(notSent.map((line) => [line.displayNumber, line.detail])).toEqual([
      ['1001', 'the ticket was serving by the time its call reached the server'],
      ['1002', 'the ticket was done by the time its call reached the server'],
      ['1003', 'the ticket was no_show by the time its call reached the server'],
      ['1004', 'the ticket was waiting by the time its call reached the server'],
    ]);
  });
});
