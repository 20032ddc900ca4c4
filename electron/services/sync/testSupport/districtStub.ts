import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eventBatchSchema, type EventBatch, type EventBatchResponse, type KioskEvent } from '../../../../shared/district/api';
import { heartbeatSchema, type HeartbeatAnswer } from '../../../../shared/district/heartbeat';

/** What the stub does with the next request: answer normally, fail with a status, or hang up. */
export type StubBehaviour =
  | 'ok'
  /** Applies the batch, then closes the connection before answering: the kiosk never hears. */
  | 'drop-answer'
  /** Closes the connection without reading the batch, as an unreachable server would. */
  | 'hang-up'
  /** Reads the batch and never answers. */
  | 'stall'
  /** `retryAfter`: the Retry-After header sent with it, as given (seconds or an HTTP date). */
  | { status: number; retryAfter?: string };

export interface ReceivedBatch {
  authorization: string | undefined;
  rawBody: string;
  batch: EventBatch;
}

export interface DistrictStub {
  url: string;
  received: ReceivedBatch[];
  /** Event ids in the order the stub applied them: each at most once. */
  applied: string[];
  /** Behaviours for the next requests, in order; afterwards `whenIdle`. */
  script(...behaviours: StubBehaviour[]): void;
  whenIdle: StubBehaviour;
  /** Events the server refuses as invalid: a batch holding one is answered 400, as the district server answers an event it cannot take. */
  refuses: (event: KioskEvent) => boolean;
  /** Heartbeats taken (each checked against the contract). */
  heartbeats: number;
  /** What a heartbeat is answered (200), as the district server tells the office's message counts; null: 204, as an older server. */
  heartbeatAnswer: HeartbeatAnswer | null;
  close(): Promise<void>;
}

export const STUB_KIOSK_ID = 'kiosk-7';
export const STUB_SECRET = 'test-secret-7f3a';

/**
 * A real HTTP server on 127.0.0.1 playing the district server's ingest and heartbeat: it checks the
 * token, validates bodies with the contract, and applies each event id once (idempotency).
 */
export async function startDistrictStub(): Promise<DistrictStub> {
  const bodies = new Map<string, string>();
  const queued: StubBehaviour[] = [];
  const stub: Omit<DistrictStub, 'url' | 'close'> = {
    received: [],
    applied: [],
    script: (...behaviours) => queued.push(...behaviours),
    whenIdle: 'ok',
    refuses: () => false,
    heartbeats: 0,
    heartbeatAnswer: null,
  };

  function apply(batch: EventBatch): EventBatchResponse {
    return {
      results: batch.events.map((event) => {
        const body = JSON.stringify(event);
        const seen = bodies.get(event.eventId);
        if (seen === undefined) {
          bodies.set(event.eventId, body);
          stub.applied.push(event.eventId);
          return { eventId: event.eventId, status: 'applied' };
        }
        return { eventId: event.eventId, status: seen === body ? 'duplicate' : 'conflict' };
      }),
    };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const behaviour = queued.shift() ?? stub.whenIdle;
    if (behaviour === 'hang-up') return void request.socket.destroy();
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    if (!['/api/v1/events', '/api/v1/heartbeat'].includes(request.url ?? '') || request.method !== 'POST') return void response.writeHead(404).end();
    if (request.headers.authorization !== `Bearer ${STUB_KIOSK_ID}.${STUB_SECRET}`) return void response.writeHead(401).end();
    if (request.url === '/api/v1/heartbeat') {
      if (!heartbeatSchema.safeParse(JSON.parse(rawBody)).success) return void response.writeHead(400).end();
      stub.heartbeats += 1;
      if (stub.heartbeatAnswer === null) return void response.writeHead(204).end();
      return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stub.heartbeatAnswer));
    }
    const parsed = eventBatchSchema.safeParse(JSON.parse(rawBody));
    if (!parsed.success) return void response.writeHead(400).end();
    stub.received.push({ authorization: request.headers.authorization, rawBody, batch: parsed.data });
    if (behaviour === 'stall') return;
    if (typeof behaviour === 'object') return void response.writeHead(behaviour.status, behaviour.retryAfter ? { 'retry-after': behaviour.retryAfter } : {}).end();
    const refused = parsed.data.events.find((event) => stub.refuses(event));
    if (refused) {
      const envelope = { code: 'INVALID_REQUEST', message: `Invalid event batch: event ${refused.eventId} is for a business day too far from today` };
      return void response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify(envelope));
    }
    const answer = JSON.stringify(apply(parsed.data));
    if (behaviour === 'drop-answer') return void request.socket.destroy();
    response.writeHead(200, { 'content-type': 'application/json' }).end(answer);
  }

  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(stub, {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
