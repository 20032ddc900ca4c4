import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { solapiSignature } from '../messages/providers/solapiSignature';

export interface StubRequest {
  /** Which of the stub's addresses (`urls`) the request came in on: with one per server instance, which instance sent it. */
  entrance: number;
  method: string;
  path: string;
  operation: StubOperation;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** Solapi's group API, as far as the adapter uses it. */
export type StubOperation = 'createGroup' | 'addMessages' | 'sendGroup' | 'getGroup' | 'listMessages' | 'unknown';

/**
 * A scripted answer for the next request of an operation (any operation when `on` is absent).
 * `applied`: the operation takes effect first, then this answer goes out — an answer lost after the
 * fact. `hangUp`: the connection is cut instead of answering. `stall`: no answer ever comes (the
 * caller is stuck mid-request, e.g. until its process is killed).
 */
export type StubAnswer = { on?: StubOperation; applied?: boolean } & ({ status: number; body: unknown } | { hangUp: true } | { stall: true });

interface StubMessage {
  messageId: string;
  groupId: string;
  to: string;
  from: string;
  type: string;
  text?: string;
  subject?: string;
  kakaoOptions?: { templateId?: string; variables?: Record<string, string>; disableSms?: boolean };
  statusCode: string;
  statusMessage: string;
  replacement: boolean;
}

interface StubGroup {
  groupId: string;
  status: 'PENDING' | 'SENDING' | 'COMPLETE';
  messages: StubMessage[];
}

const statusMessages: Record<string, string> = {
  '2000': '정상 접수(이통사로 접수 예정)',
  '3000': '이통사로 접수(리포트를 기다리는 중)',
  '3104': '카카오톡 미사용자',
  '3010': '수신번호 형식 오류',
  '4000': '수신 완료',
};

let sequence = 0;
const solapiId = (prefix: 'G4V' | 'M4V') => `${prefix}20260302100000${String((sequence += 1)).padStart(4, '0')}${randomBytes(6).toString('hex').toUpperCase()}`;

/**
 * A local stand-in for api.solapi.com that answers as Solapi does: checks each request's HMAC
 * signature (known key, fresh date, unused salt) and answers 403 otherwise; keeps message groups
 * (created PENDING, messages added with 2000, sent once — a second send is refused); reports each
 * message's final status on the message list only after it was sent (4000, or the 3xxx set with
 * `reportFor`, with an SMS/LMS replacement delivered when the fallback is on). `delivered` lists
 * what residents' phones actually received. It listens on `entrances` addresses (one by default)
 * that share one account, so a test can tell which server instance made a request.
 */
export async function startSolapiStub({ apiKey, apiSecret }: { apiKey: string; apiSecret: string }, { entrances = 1 } = {}) {
  const requests: StubRequest[] = [];
  const script: StubAnswer[] = [];
  const salts = new Set<string>();
  const groups = new Map<string, StubGroup>();
  const finalStatus = new Map<string, { code: string; replacementCode: string }>();
  const finalStatusOf = (to: string) => finalStatus.get(to) ?? { code: '4000', replacementCode: '4000' };
  const delivered: Array<{ to: string; type: string; templateId?: string; text?: string; groupId: string }> = [];

  const counts = (group: StubGroup) => {
    const sent = group.status === 'PENDING' ? [] : group.messages;
    return {
      total: group.messages.filter((m) => !m.replacement).length,
      sentTotal: sent.length,
      sentSuccess: sent.filter((m) => m.statusCode === '4000').length,
      sentFailed: sent.filter((m) => !['2000', '3000', '4000'].includes(m.statusCode)).length,
      sentPending: sent.filter((m) => ['2000', '3000'].includes(m.statusCode)).length,
      sentReplacement: sent.filter((m) => m.replacement).length,
    };
  };
  const groupInfo = (group: StubGroup) => ({ groupId: group.groupId, status: group.status, count: counts(group) });

  const fallbackType = (message: StubMessage) => (message.subject ? 'LMS' : 'SMS');
  const fallsBack = (message: StubMessage) => message.type === 'ATA' && message.kakaoOptions?.disableSms === false && Boolean(message.text);

  /** Sending: phones receive the Alimtalk, or — refused — its SMS/LMS replacement; the statuses stay 2000 until reported. */
  const send = (group: StubGroup) => {
    group.status = 'SENDING';
    for (const m of group.messages) {
      const { code, replacementCode } = finalStatusOf(m.to);
      if (code === '4000') delivered.push({ to: m.to, type: m.type, templateId: m.kakaoOptions?.templateId, text: m.text, groupId: group.groupId });
      else if (fallsBack(m) && replacementCode === '4000') delivered.push({ to: m.to, type: fallbackType(m), text: m.text, groupId: group.groupId });
    }
  };

  /** Carriers report back: each sent message gets its final status, and a refused Alimtalk its replacement's record. */
  const report = (group: StubGroup) => {
    if (group.status !== 'SENDING') return;
    for (const message of [...group.messages]) {
      const { code, replacementCode } = finalStatusOf(message.to);
      Object.assign(message, { statusCode: code, statusMessage: statusMessages[code] ?? '전송 실패' });
      if (code !== '4000' && fallsBack(message)) {
        const replacement = { statusCode: replacementCode, statusMessage: statusMessages[replacementCode] ?? '전송 실패' };
        group.messages.push({ ...message, messageId: solapiId('M4V'), type: fallbackType(message), ...replacement, replacement: true });
      }
    }
    group.status = 'COMPLETE';
  };

  const operate = (operation: StubOperation, groupId: string | undefined, body: unknown): { status: number; body: unknown } => {
    const group = groupId ? groups.get(groupId) : undefined;
    if (operation === 'createGroup') {
      const created: StubGroup = { groupId: solapiId('G4V'), status: 'PENDING', messages: [] };
      groups.set(created.groupId, created);
      return { status: 200, body: groupInfo(created) };
    }
    if (!group) return { status: 404, body: { errorCode: 'NotFound', errorMessage: '해당 그룹이 없음' } };
    switch (operation) {
      case 'addMessages': {
        if (group.status !== 'PENDING') return { status: 400, body: { errorCode: 'GroupAlreadySent', errorMessage: '이미 발송된 그룹' } };
        const { messages } = body as { messages: Array<Omit<StubMessage, 'messageId' | 'groupId' | 'statusCode' | 'statusMessage' | 'replacement'>> };
        const added = messages.map((m) => ({ ...m, messageId: solapiId('M4V'), groupId: group.groupId, statusCode: '2000', statusMessage: statusMessages['2000'], replacement: false }));
        group.messages.push(...added);
        return { status: 200, body: { errorCount: 0, resultList: added.map(({ to, from, type, messageId, statusCode, statusMessage }) => ({ to, from, type, messageId, statusCode, statusMessage })) } };
      }
      case 'sendGroup':
        if (group.status !== 'PENDING') return { status: 400, body: { errorCode: 'GroupAlreadySent', errorMessage: '이미 발송된 그룹' } };
        send(group);
        return { status: 200, body: groupInfo(group) };
      case 'getGroup':
        return { status: 200, body: groupInfo(group) };
      case 'listMessages':
        report(group);
        return { status: 200, body: { startKey: null, limit: 20, messageList: Object.fromEntries(group.messages.map((m) => [m.messageId, m])) } };
      default:
        return { status: 404, body: { errorCode: 'NotFound', errorMessage: 'no such route' } };
    }
  };

  const handle = (entrance: number) => (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answer = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      const auth = /^HMAC-SHA256 apiKey=([^,]+), date=([^,]+), salt=([^,]+), signature=([0-9a-f]{64})$/.exec(request.headers.authorization ?? '');
      const signedProperly =
        auth !== null &&
        auth[1] === apiKey &&
        Math.abs(Date.parse(auth[2]) - Date.now()) < 15 * 60 * 1000 &&
        !salts.has(auth[3]) &&
        auth[4] === solapiSignature(apiSecret, auth[2], auth[3]);
      if (!signedProperly) return answer(403, { errorCode: 'SignatureDoesNotMatch', errorMessage: 'signature mismatch' });
      salts.add(auth[3]);
      const url = new URL(request.url ?? '/', 'http://stub');
      const { operation, groupId } = route(request.method ?? 'GET', url);
      const raw = Buffer.concat(chunks).toString('utf8');
      const body: unknown = raw ? JSON.parse(raw) : null;
      requests.push({ entrance, method: request.method ?? 'GET', path: url.pathname + url.search, operation, headers: request.headers, body });
      const index = script.findIndex((entry) => entry.on === undefined || entry.on === operation);
      const scripted = index >= 0 ? script.splice(index, 1)[0] : undefined;
      if (!scripted) {
        const result = operate(operation, groupId, body);
        return answer(result.status, result.body);
      }
      if (scripted.applied) operate(operation, groupId, body);
      if ('hangUp' in scripted) return request.socket.destroy();
      if ('stall' in scripted) return;
      return answer(scripted.status, scripted.body);
    });
  };
  const servers = Array.from({ length: entrances }, (_, entrance) => createServer(handle(entrance)));
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))));
  const urls = servers.map((server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`);

  return {
    url: urls[0],
    urls,
    requests,
    delivered,
    answerNext(...answers: StubAnswer[]) {
      script.push(...answers);
    },
    /**
     * The carrier's final status for messages to this number: '4000' (default) or a 3xxx failure such
     * as '3104' (no KakaoTalk); and, for a refused Alimtalk, its SMS/LMS replacement's ('4000' by
     * default, or a 3xxx failure: the fallback failed too, nothing reached the phone).
     */
    reportFor(to: string, statusCode: string, replacementCode = '4000') {
      finalStatus.set(to, { code: statusCode, replacementCode });
    },
    /**
     * Carriers report back, and Solapi posts each finished group's report to the account's webhook
     * (a JSON array of group records); answers the webhook's HTTP status for each post.
     */
    async postReports(webhookUrl: string): Promise<number[]> {
      const statuses: number[] = [];
      for (const group of groups.values()) {
        if (group.status !== 'SENDING') continue;
        report(group);
        const response = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([groupInfo(group)]) });
        await response.arrayBuffer();
        statuses.push(response.status);
      }
      return statuses;
    },
    close: () =>
      Promise.all(
        servers.map((server) => {
          // A stalled request would otherwise hold close() open.
          server.closeAllConnections();
          return new Promise<void>((resolve) => server.close(() => resolve()));
        }),
      ).then(() => undefined),
  };
}

export type SolapiStub = Awaited<ReturnType<typeof startSolapiStub>>;

function route(method: string, url: URL): { operation: StubOperation; groupId?: string } {
  const path = url.pathname.replace(/\/$/, '');
  if (method === 'POST' && path === '/messages/v4/groups') return { operation: 'createGroup' };
  if (method === 'GET' && path === '/messages/v4/list' && url.searchParams.has('groupId')) {
    return { operation: 'listMessages', groupId: url.searchParams.get('groupId') ?? undefined };
  }
  const match = /^\/messages\/v4\/groups\/([^/]+)(\/messages|\/send)?$/.exec(path);
  if (!match) return { operation: 'unknown' };
  if (method === 'PUT' && match[2] === '/messages') return { operation: 'addMessages', groupId: match[1] };
  if (method === 'POST' && match[2] === '/send') return { operation: 'sendGroup', groupId: match[1] };
  if (method === 'GET' && !match[2]) return { operation: 'getGroup', groupId: match[1] };
  return { operation: 'unknown' };
}
