import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SolapiMessageService } from 'solapi';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { phoneOf } from '../../../../nodeShared/testSupport/testPhones';
import { smsFallback } from '../smsFallback';
import { renderMessage } from '../messageTemplates';
import type { MessageContent } from '../messageContent';
import { createSolapiProvider } from './solapiProvider';
import { solapiAuthorization } from './solapiSignature';

interface Captured {
  method: string;
  url: string;
  authorization: string;
  contentType: string;
  body: string;
}

const GROUP_ID = 'G4V20260302100000ABCDEFGHIJKLMNO';
const credentials = { apiKey: 'NCSTESTKEY0000001', apiSecret: 'TESTSECRETTESTSECRETTESTSECRET12' };
const config = {
  ...credentials,
  pfId: 'KA01PF2603020000000000000000TEST',
  sender: '0212345678',
  templates: { issued: { ko: 'TPL_ISSUED_KO' }, approaching: { ko: 'TPL_APPROACHING_KO' }, update: { ko: 'TPL_UPDATE_KO' }, called: { ko: 'TPL_CALLED_KO' } },
};

/** Records every request byte for byte and answers as Solapi would for one pending, empty group. */
async function captureServer(): Promise<{ url: string; requests: Captured[]; server: Server }> {
  const requests: Captured[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        url: request.url ?? '',
        authorization: request.headers.authorization ?? '',
        contentType: request.headers['content-type'] ?? '',
        body,
      });
      const path = (request.url ?? '').split('?')[0];
      const answer =
        path.endsWith('/messages')
          ? { resultList: [{ messageId: 'M4V20260302100000ABCDEFGHIJKLMN', statusCode: '2000', statusMessage: '정상 접수' }] }
          : path.startsWith('/messages/v4/list')
            ? { messageList: {} }
            : { groupId: GROUP_ID, status: 'PENDING', count: { total: path.endsWith('/send') ? 1 : 0 } };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

const to = phoneOf('010', '5555', '6666');
const officeName = { ko: '순번구청 민원실', en: 'Sunbeon-gu Office' };
/** Short enough for an SMS fallback, and long enough (an office with a long name) to need an LMS with a subject. */
const contents: MessageContent[] = [
  { kind: 'issued', officeName, displayNumber: '1001', language: 'ko', peopleAhead: 4, estimate: { kind: 'range', minMinutes: 10, maxMinutes: 25 } },
  { kind: 'called', officeName: { ko: '순번구 제일 긴 이름의 종합민원실 여권과 별관 이층 창구', en: 'Annex' }, displayNumber: '1002', language: 'ko', counterNumber: 12 },
];

/**
 * The SDK's own requests, sent over HTTP to `url` instead of api.solapi.com (it has no base URL
 * option, so its fetch is pointed there). Its checks of our minimal answers may refuse them, which is
 * beside the point here: what it sent is what is compared.
 */
async function sdkRequests(url: string, message: object): Promise<void> {
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: string | URL, init?: RequestInit) => realFetch(String(input).replace('https://api.solapi.com', url), init));
  try {
    const sdk = new SolapiMessageService(credentials.apiKey, credentials.apiSecret);
    const quietly = (work: Promise<unknown>) => work.catch(() => undefined);
    await quietly(sdk.createGroup());
    await quietly(sdk.getGroup(GROUP_ID));
    await quietly(sdk.addMessagesToGroup(GROUP_ID, message as Parameters<SolapiMessageService['addMessagesToGroup']>[1]));
    await quietly(sdk.sendGroup(GROUP_ID));
    await quietly(sdk.getMessages({ groupId: GROUP_ID }));
  } finally {
    vi.unstubAllGlobals();
  }
}

describe('the Solapi adapter beside Solapi’s official SDK (solapi on npm)', () => {
  it.each(contents)('signs, addresses and writes each request as the SDK does, byte for byte ($kind message)', async (content) => {
    const ours = await captureServer();
    const theirs = await captureServer();
    servers.push(ours.server, theirs.server);

    const provider = createSolapiProvider({ baseUrl: ours.url, ...config });
    const opened = await provider.open!();
    if (!opened.ok) throw new Error(opened.reason);
    const rendered = renderMessage(content);
    const fallback = smsFallback(content);
    expect(await provider.send({ to, kind: content.kind, language: 'ko', ...rendered, fallback }, opened.ref)).toMatchObject({ ok: true });
    await provider.reports!([opened.ref]);

    // The same message handed to the SDK, as its documentation writes an Alimtalk with an SMS/LMS fallback.
    await sdkRequests(theirs.url, {
      to,
      from: config.sender,
      type: 'ATA',
      text: fallback.text,
      ...(fallback.subject ? { subject: fallback.subject } : {}),
      kakaoOptions: { pfId: config.pfId, templateId: config.templates[content.kind].ko, variables: rendered.variables, disableSms: false },
    });
    expect(fallback.type).toBe(content.kind === 'issued' ? 'SMS' : 'LMS');

    const line = ({ method, url, contentType }: Captured) => `${method} ${url} ${contentType}`;
    expect(ours.requests.map(line)).toEqual(theirs.requests.map(line));
    expect(ours.requests.map(line)).toEqual([
      'POST /messages/v4/groups application/json',
      `GET /messages/v4/groups/${GROUP_ID} application/json`,
      `PUT /messages/v4/groups/${GROUP_ID}/messages application/json`,
      `POST /messages/v4/groups/${GROUP_ID}/send application/json`,
      `GET /messages/v4/list?groupId=${GROUP_ID} application/json`,
    ]);

    // Bodies: identical bytes, except that the SDK names itself when it opens a group (sdkVersion, osPlatform).
    const [ourCreate, ...ourRest] = ours.requests.map((r) => r.body);
    const [theirCreate, ...theirRest] = theirs.requests.map((r) => r.body);
    expect(ourRest).toEqual(theirRest);
    const { sdkVersion, osPlatform, ...theirGroup } = JSON.parse(theirCreate) as Record<string, unknown>;
    expect([typeof sdkVersion, typeof osPlatform]).toEqual(['string', 'string']);
    expect(ourCreate).toBe(JSON.stringify(theirGroup));

    // Signing: each request's date and salt are fresh, so ours signs the SDK's own date and salt and must write the same header.
    for (const { authorization } of theirs.requests) {
      const { date, salt } = /date=(?<date>[^,]+), salt=(?<salt>[^,]+),/.exec(authorization)?.groups ?? {};
      expect(solapiAuthorization(credentials.apiKey, credentials.apiSecret, date, salt)).toBe(authorization);
    }
    for (const { authorization } of ours.requests) {
      expect(authorization).toMatch(/^HMAC-SHA256 apiKey=NCSTESTKEY0000001, date=\S+, salt=[0-9a-f]{32}, signature=[0-9a-f]{64}$/);
    }
  });
});
