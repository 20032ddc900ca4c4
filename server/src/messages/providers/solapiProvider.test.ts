import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startSolapiStub } from '../../testSupport/solapiStub';
import { kioskScript } from '../../testSupport/kioskScript';
import { useTestServers } from '../../testSupport/testServers';
import type { MessageProvider, OutgoingMessage } from './messageProvider';
import { createSolapiProvider, type SolapiConfig } from './solapiProvider';
import { phoneOf } from '../../../../nodeShared/testSupport/testPhones';

const startServer = useTestServers();
const stubs: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const stub of stubs.splice(0)) await stub.close();
});

const credentials = { apiKey: 'NCSTESTKEY0000001', apiSecret: 'TESTSECRETTESTSECRETTESTSECRET12' };

async function stubAndConfig(overrides: Partial<SolapiConfig> = {}) {
  const stub = await startSolapiStub(credentials);
  stubs.push(stub);
  const config: SolapiConfig = {
    baseUrl: stub.url,
    ...credentials,
    pfId: 'KA01PF2603020000000000000000TEST',
    sender: '0212345678',
    templates: { issued: { ko: 'TPL_ISSUED_KO', en: 'TPL_ISSUED_EN' }, approaching: { ko: 'TPL_APPROACHING_KO' }, update: { ko: 'TPL_UPDATE_KO' }, called: { ko: 'TPL_CALLED_KO' } },
    ...overrides,
  };
  return { stub, config };
}

const message = {
  to: phoneOf('010', '5555', '6666'),
  kind: 'issued' as const,
  language: 'ko' as const,
  text: '[순번구청 민원실] 1001번 번호표가 발급되었습니다. 앞에 0명, 예상 대기 0~5분.',
  variables: { '#{기관}': '순번구청 민원실', '#{번호}': '1001', '#{대기인원}': '0', '#{예상대기}': '0~5분' },
  fallback: { type: 'SMS' as const, text: '[순번구청 민원실] 1001번 발급. 앞 0명, 예상 0~5분', bytes: 50 },
};

/** open, then send under the group it opened: what the delivery worker does. */
async function openAndSend(provider: MessageProvider, outgoing: OutgoingMessage = message) {
  const opened = await provider.open!();
  if (!opened.ok) return opened;
  return provider.send(outgoing, opened.ref);
}

function deliveriesIn(dbFile: string) {
  const db = new BetterSqlite3(dbFile, { readonly: true });
  try {
    return db.prepare('SELECT kind, status, attempts, provider_message_id AS providerMessageId, last_error AS lastError, report FROM message_deliveries ORDER BY delivery_id').all();
  } finally {
    db.close();
  }
}

describe('the Solapi provider', () => {
  it('sends each Alimtalk in a message group of its own, signed, with the template variables and its SMS fallback text', async () => {
    const { stub, config } = await stubAndConfig();
    const outcome = await openAndSend(createSolapiProvider(config));
    expect(outcome).toEqual({ ok: true, providerMessageId: expect.stringMatching(/^M4V/) });
    expect(stub.requests.map((r) => r.operation)).toEqual(['createGroup', 'getGroup', 'addMessages', 'sendGroup']);
    expect(stub.requests[2].body).toEqual({
      messages: [
        {
          to: phoneOf('010', '5555', '6666'),
          from: '0212345678',
          type: 'ATA',
          text: message.fallback.text,
          kakaoOptions: { pfId: 'KA01PF2603020000000000000000TEST', templateId: 'TPL_ISSUED_KO', variables: message.variables, disableSms: false },
        },
      ],
    });
    expect(stub.delivered).toEqual([expect.objectContaining({ to: phoneOf('010', '5555', '6666'), type: 'ATA', templateId: 'TPL_ISSUED_KO' })]);
  });

  it('uses the English template where there is one, the Korean one otherwise', async () => {
    const { stub, config } = await stubAndConfig();
    const provider = createSolapiProvider(config);
    await openAndSend(provider, { ...message, language: 'en' });
    await openAndSend(provider, { ...message, kind: 'called', language: 'en' });
    expect(stub.delivered.map((d) => d.templateId)).toEqual(['TPL_ISSUED_EN', 'TPL_CALLED_KO']);
  });

  it('treats a refused signature (403) as a final failure', async () => {
    const { stub, config } = await stubAndConfig({ apiSecret: 'not-the-secret' });
    expect(await createSolapiProvider(config).open!()).toEqual({ ok: false, transient: false, reason: 'HTTP 403 SignatureDoesNotMatch: signature mismatch' });
    expect(stub.requests).toHaveLength(0);
  });

  it('retries what an outage or a top-up fixes, and stops on what neither can', async () => {
    const { stub, config } = await stubAndConfig();
    const provider = createSolapiProvider(config);
    const added = (statusCode: string, statusMessage: string) => ({ on: 'addMessages' as const, status: 200, body: { errorCount: 1, resultList: [{ statusCode, statusMessage }] } });
    stub.answerNext(
      { on: 'createGroup', status: 503, body: { errorCode: 'ServiceUnavailable', errorMessage: 'try later' } },
      { on: 'createGroup', status: 429, body: { errorCode: 'TooManyRequests' } },
      added('1030', '잔액 부족'),
      added('1062', '발신번호 미등록'),
    );
    expect(await openAndSend(provider)).toMatchObject({ ok: false, transient: true, reason: 'HTTP 503 ServiceUnavailable: try later' });
    expect(await openAndSend(provider)).toMatchObject({ ok: false, transient: true });
    expect(await openAndSend(provider)).toEqual({ ok: false, transient: true, reason: 'refused: 1030 잔액 부족' });
    expect(await openAndSend(provider)).toEqual({ ok: false, transient: false, reason: 'refused: 1062 발신번호 미등록' });
    expect(stub.delivered).toEqual([]);
    await stub.close();
    expect(await openAndSend(createSolapiProvider(config))).toMatchObject({ ok: false, transient: true, reason: expect.stringMatching(/^network: /) });
  });

  it('calls a send whose answer was lost "unknown", and never sends that group twice', async () => {
    const { stub, config } = await stubAndConfig();
    const provider = createSolapiProvider(config);
    const opened = await provider.open!();
    if (!opened.ok) throw new Error('no group');
    stub.answerNext({ on: 'sendGroup', applied: true, hangUp: true });
    expect(await provider.send(message, opened.ref)).toMatchObject({ ok: false, transient: true, unknown: true });
    expect(await provider.send(message, opened.ref)).toEqual({ ok: true, providerMessageId: expect.stringMatching(/^M4V/) });
    expect(await provider.send(message, opened.ref)).toMatchObject({ ok: true });
    expect(stub.delivered).toHaveLength(1);
    expect(stub.requests.filter((r) => r.operation === 'sendGroup')).toHaveLength(1);
  });

  it('sends a message added before its answer was lost without adding it again', async () => {
    const { stub, config } = await stubAndConfig();
    const provider = createSolapiProvider(config);
    const opened = await provider.open!();
    if (!opened.ok) throw new Error('no group');
    stub.answerNext({ on: 'addMessages', applied: true, status: 200, body: '<html>proxy error</html>' });
    expect(await provider.send(message, opened.ref)).toMatchObject({ ok: false, unknown: true });
    expect(await provider.send(message, opened.ref)).toMatchObject({ ok: true });
    expect(stub.requests.filter((r) => r.operation === 'addMessages')).toHaveLength(1);
    expect(stub.delivered).toHaveLength(1);
  });

  it('reads the final reports: delivered, or refused and delivered as SMS instead', async () => {
    const { stub, config } = await stubAndConfig();
    const provider = createSolapiProvider(config);
    const kakao = await provider.open!();
    const noKakao = await provider.open!();
    if (!kakao.ok || !noKakao.ok) throw new Error('no group');
    stub.reportFor(phoneOf('010', '7777', '8888'), '3104');
    await provider.send(message, kakao.ref);
    await provider.send({ ...message, to: phoneOf('010', '7777', '8888') }, noKakao.ref);
    expect(stub.delivered.map((d) => d.type)).toEqual(['ATA', 'SMS']);
    const reports = await provider.reports!([kakao.ref, noKakao.ref]);
    expect(reports.get(kakao.ref)).toEqual({ report: 'delivered', detail: 'ATA 4000 수신 완료' });
    expect(reports.get(noKakao.ref)).toEqual({ report: 'fell_back', detail: 'ATA 3104 카카오톡 미사용자 → SMS 4000 수신 완료' });
  });
});

describe('the district server with the Solapi provider', () => {
  it('retries a transient failure and records the message as sent, then its delivery report', async () => {
    const { stub, config } = await stubAndConfig();
    stub.answerNext({ on: 'createGroup', status: 502, body: {} }, { on: 'createGroup', status: 500, body: {} });
    const kiosk = await startServer({ provider: createSolapiProvider(config), retry: { baseDelayMs: 5, maxDelayMs: 20 } });
    const script = kioskScript();
    await kiosk.deliver(script.batch([script.issue('passport', { phone: phoneOf('010', '5555', '6666') }).event]));
    await expect.poll(() => deliveriesIn(kiosk.dbFile)).toEqual([
      { kind: 'issued', status: 'sent', attempts: 3, providerMessageId: expect.stringMatching(/^M4V/), lastError: 'HTTP 500', report: 'accepted' },
    ]);
    expect(stub.delivered).toHaveLength(1);
    expect(await kiosk.server.deliveries.pollReports()).toBe(1);
    expect(deliveriesIn(kiosk.dbFile)).toMatchObject([{ report: 'delivered' }]);
  });

  it('records a 4xx refusal as failed without retrying, and gives up on transient failures after the last attempt', async () => {
    const { stub, config } = await stubAndConfig();
    stub.answerNext({ on: 'addMessages', status: 400, body: { errorCode: 'ValidationError', errorMessage: `to ${phoneOf('010', '5555', '6666')} is invalid` } });
    const kiosk = await startServer({ provider: createSolapiProvider(config), retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 20 } });
    const script = kioskScript();
    const mine = script.issue('passport', { phone: phoneOf('010', '5555', '6666') });
    await kiosk.deliver(script.batch([mine.event]));
    expect(deliveriesIn(kiosk.dbFile)).toEqual([
      { kind: 'issued', status: 'failed', attempts: 1, providerMessageId: null, lastError: 'HTTP 400 ValidationError: to 010-****-6666 is invalid', report: null },
    ]);

    stub.answerNext({ on: 'createGroup', status: 503, body: {} }, { on: 'createGroup', status: 503, body: {} });
    await kiosk.deliver(script.batch([script.move('ticket.called', mine.ticket, 1)]));
    await expect.poll(() => deliveriesIn(kiosk.dbFile)[1]).toMatchObject({ kind: 'called', status: 'failed', attempts: 2, lastError: 'HTTP 503' });
    expect(stub.delivered).toHaveLength(0);
  });
});
