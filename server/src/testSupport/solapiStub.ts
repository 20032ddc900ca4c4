import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { solapiSignature } from '../messages/providers/solapiSignature';

export interface StubRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

interface StubAnswer {
  status: number;
  body: unknown;
}

const accepted: StubAnswer = {
  status: 200,
  body: { groupInfo: { groupId: 'G4V20260302100000TEST' }, failedMessageList: [], messageList: [{ messageId: 'M4V20260302100000TEST', statusCode: '2000' }] },
};

/**
 * A local stand-in for api.solapi.com: checks each request's HMAC signature as Solapi does
 * (known key, fresh date, unused salt, HMAC-SHA256 of date + salt), records it, and answers from a
 * script, then "accepted" once the script runs out.
 */
export async function startSolapiStub({ apiKey, apiSecret }: { apiKey: string; apiSecret: string }) {
  const requests: StubRequest[] = [];
  const script: StubAnswer[] = [];
  const salts = new Set<string>();

  const server = createServer((request, response) => {
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
      if (!signedProperly) return answer(401, { errorCode: 'SignatureDoesNotMatch', errorMessage: 'signature mismatch' });
      salts.add(auth[3]);
      requests.push({ path: request.url ?? '', headers: request.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      const next = script.shift() ?? accepted;
      return answer(next.status, next.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    answerNext(...answers: StubAnswer[]) {
      script.push(...answers);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
