import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy does to one request on its way to the district server. */
export type Fault = 'pass' | 'drop-request' | 'drop-response' | 'duplicate' | { delayMs: number };

export interface FaultProxy {
  url: string;
  /** Faults for the next requests, in order; after them every request passes. */
  script(...faults: Fault[]): void;
  /** How each request fared, in order. */
  log: string[];
  /** Which target each forwarded request went to (an index into the targets), in order. */
  routed: number[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy on 127.0.0.1 between the kiosk and the district server that loses requests,
 * loses answers after the server acted, sends requests twice and delays them: the network a
 * kiosk's sync must survive. Given several servers it takes them in turn (round robin), as a load
 * balancer in front of several instances does, and cuts the connection when the one whose turn it
 * is cannot be reached.
 */
export async function startFaultProxy(targetUrls: string | string[]): Promise<FaultProxy> {
  const targets = [targetUrls].flat().map((url) => new URL(url));
  const pending: Fault[] = [];
  const log: string[] = [];
  const routed: number[] = [];
  let turn = 0;

  const forward = (incoming: IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
      const index = turn++ % targets.length;
      const target = targets[index];
      routed.push(index);
      const outgoing = request(
        { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: { ...incoming.headers, host: target.host } },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) }));
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  const server: Server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', async () => {
      const fault = pending.shift() ?? 'pass';
      const body = Buffer.concat(chunks);
      log.push(typeof fault === 'string' ? fault : `delay ${fault.delayMs}`);
      try {
        if (fault === 'drop-request') return void response.socket?.destroy();
        if (typeof fault === 'object') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
        if (fault === 'duplicate') await forward(incoming, body);
        const answer = await forward(incoming, body);
        if (fault === 'drop-response') return void response.socket?.destroy();
        response.writeHead(answer.status, { 'content-type': answer.headers['content-type'] ?? 'application/json' }).end(answer.body);
      } catch {
        response.socket?.destroy();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    script: (...faults) => void pending.push(...faults),
    log,
    routed,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
