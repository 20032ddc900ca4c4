import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startSolapiStub } from '../../testSupport/solapiStub';
import { kioskScript } from '../../testSupport/kioskScript';
import { useTestServers } from '../../testSupport/testServers';
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
    templates: { issued: { ko: 'TPL_ISSUED_KO', en: 'TPL_ISSUED_EN' }, approaching: { ko: 'TPL_APPROACHING_KO' }, called: { ko: 'TPL_CALLED_KO' } },
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
};

function deliveriesIn(dbFile: string) {
  const db = new BetterSqlite3(dbFile, { readonly: true });
  try {
    return db.prepare('SELECT kind, status, attempts, provider_message_id AS providerMessageId, last_error AS lastError FROM message_deliveries ORDER BY delivery_id').all();
  } finally {
    db.close();
  }
}

describe('the Solapi provider', () => {
  it('sends a signed Alimtalk request with the template variables and the SMS fallback on', async () => {
    const { stub, config } = await stubAndConfig();
    const outcome = await createSolapiProvider(config).send(message);
    expect(outcome).toEqual({ ok: true, providerMessageId: 'M4V20260302100000TEST' });
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0].path).toBe('/messages/v4/send-many/detail');
    expect(stub.requests[0].body).toEqual({
      messages: [
        {
          to: phoneOf('010', '5555', '6666'),
          from: '0212345678',
          type: 'ATA',
          kakaoOptions: { pfId: 'KA01PF2603020000000000000000TEST', templateId: 'TPL_ISSUED_KO', variables: message.variables, disableSms: false },
        },
      ],
      showMessageList: true,
    });
  });

  it('uses the English template where there is one, the Korean one otherwise', async () => {
    const { stub, config } = await stubAndConfig();
    const provider = createSolapiProvider(config);
    await provider.send({ ...message, language: 'en' });
    await provider.send({ ...message, kind: 'called', language: 'en' });
    const templateIds = stub.requests.map((r) => (r.body as { messages: Array<{ kakaoOptions: { templateId: string } }> }).messages[0].kakaoOptions.templateId);
    expect(templateIds).toEqual(['TPL_ISSUED_EN', 'TPL_CALLED_KO']);
  });

  it('treats a refused signature as a final failure', async () => {
    const { stub, config } = await stubAndConfig({ apiSecret: 'not-the-secret' });
    expect(await createSolapiProvider(config).send(message)).toEqual({ ok: false, transient: false, reason: 'HTTP 401 SignatureDoesNotMatch: signature mismatch' });
    expect(stub.requests).toHaveLength(0);
  });

  it('treats 5xx, 429 and an unreachable server as transient, and a refused message as final', async () => {
    const { stub, config } = await stubAndConfig();
    const provider = createSolapiProvider(config);
    stub.answerNext(
      { status: 503, body: { errorCode: 'ServiceUnavailable', errorMessage: 'try later' } },
      { status: 429, body: { errorCode: 'TooManyRequests' } },
      { status: 200, body: { groupInfo: {}, failedMessageList: [{ statusCode: '3059', statusMessage: '변수 치환 실패' }] } },
    );
    expect(await provider.send(message)).toMatchObject({ ok: false, transient: true, reason: 'HTTP 503 ServiceUnavailable: try later' });
    expect(await provider.send(message)).toMatchObject({ ok: false, transient: true });
    expect(await provider.send(message)).toEqual({ ok: false, transient: false, reason: 'refused: 3059 변수 치환 실패' });
    await stub.close();
    expect(await createSolapiProvider(config).send(message)).toMatchObject({ ok: false, transient: true, reason: expect.stringMatching(/^network: /) });
  });
});

describe('the district server with the Solapi provider', () => {
  it('retries a transient failure and records the message as sent', async () => {
    const { stub, config } = await stubAndConfig();
    stub.answerNext({ status: 502, body: {} }, { status: 500, body: {} });
    const kiosk = await startServer({ provider: createSolapiProvider(config), retry: { baseDelayMs: 5, maxDelayMs: 20 } });
    const script = kioskScript();
    await kiosk.deliver(script.batch([script.issue('passport', { phone: phoneOf('010', '5555', '6666') }).event]));
    await expect.poll(() => deliveriesIn(kiosk.dbFile)).toEqual([
      { kind: 'issued', status: 'sent', attempts: 3, providerMessageId: 'M4V20260302100000TEST', lastError: 'HTTP 500' },
    ]);
    expect(stub.requests).toHaveLength(3);
  });

  it('records a 4xx refusal as failed without retrying, and gives up on transient failures after the last attempt', async () => {
    const { stub, config } = await stubAndConfig();
    stub.answerNext({ status: 400, body: { errorCode: 'ValidationError', errorMessage: `to ${phoneOf('010', '5555', '6666')} is invalid` } });
    const kiosk = await startServer({ provider: createSolapiProvider(config), retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 20 } });
    const script = kioskScript();
    const mine = script.issue('passport', { phone: phoneOf('010', '5555', '6666') });
    await kiosk.deliver(script.batch([mine.event]));
    expect(deliveriesIn(kiosk.dbFile)).toEqual([
      { kind: 'issued', status: 'failed', attempts: 1, providerMessageId: null, lastError: 'HTTP 400 ValidationError: to 010-****-6666 is invalid' },
    ]);

    stub.answerNext({ status: 503, body: {} }, { status: 503, body: {} });
    await kiosk.deliver(script.batch([script.move('ticket.called', mine.ticket, 1)]));
    await expect.poll(() => deliveriesIn(kiosk.dbFile)[1]).toMatchObject({ kind: 'called', status: 'failed', attempts: 2, lastError: 'HTTP 503' });
    expect(stub.requests).toHaveLength(3);
  });
});
