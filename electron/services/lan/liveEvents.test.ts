import { request, type IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveEventSchema, type LiveEvent } from '../../../shared/queue';
import { useTempDirs } from '../testSupport/tempDir';
import { setupLanServer } from '../testSupport/lanServerSetup';

const tempDir = useTempDirs();
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

interface SseMessage {
  id: number;
  event: string;
  data: LiveEvent;
}

/** A plain node:http client that parses the stream itself, as a counter page's fetch reader would. */
function openEventStream(url: string, headers: Record<string, string> = {}) {
  const messages: SseMessage[] = [];
  const fields: string[] = [];
  let buffer = '';
  let ended = false;

  const response = new Promise<IncomingMessage>((resolve, reject) => {
    const req = request(url, { headers: { accept: 'text/event-stream', ...headers } }, resolve).on('error', reject);
    req.end();
    closers.push(async () => void req.destroy());
  });
  const ready = response.then((res) => {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      const blocks = buffer.split('\n\n');
      buffer = blocks.pop() ?? '';
      for (const block of blocks) {
        const lines = block.split('\n');
        fields.push(...lines.filter((line) => !line.startsWith('id: ') && !line.startsWith('event: ') && !line.startsWith('data: ')));
        const value = (name: string) => lines.find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2);
        const data = value('data');
        if (data !== undefined) {
          messages.push({ id: Number(value('id')), event: value('event') ?? '', data: liveEventSchema.parse(JSON.parse(data)) });
        }
      }
    });
    res.on('close', () => (ended = true));
    return res;
  });

  return {
    response,
    messages,
    /** Non-event lines: `retry:` and heartbeat comments. */
    fields,
    isEnded: () => ended,
    async waitFor(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
      await ready;
      // Polls: some conditions (a server-side unsubscribe) fire no event the test could wait on.
      await vi.waitFor(() => expect(predicate(), `got ids ${messages.map((m) => m.id).join(',')}`).toBe(true), { timeout: timeoutMs, interval: 5 });
    },
    close: async () => (await response).destroy(),
  };
}

async function setup() {
  const lan = setupLanServer(tempDir());
  const { url } = await lan.server.listen({ host: '127.0.0.1', port: 0 });
  closers.push(() => lan.server.close());
  const post = (path: string, token: string, body: unknown = {}) =>
    fetch(`${url}/api/counter/${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { ...lan, url, post };
}

const ids = (messages: SseMessage[]) => messages.map((m) => m.id);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('GET /api/events', () => {
  it('pushes a counter action to a board as it happens, as text/event-stream with the CSP', async () => {
    const { url, pair, issue, open, post } = await setup();
    const token = await pair('counter-1');
    issue('resident-registration');
    open('counter-1');
    const board = openEventStream(`${url}/api/events?after=2`);
    const response = await board.response;
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    await board.waitFor(() => board.fields.includes('retry: 1000'));

    expect((await post('call-next', token)).status).toBe(200);
    await board.waitFor(() => board.messages.length === 1);
    const [called] = board.messages;
    expect(called).toMatchObject({ id: 3, event: 'ticket.called' });
    expect(called.data).toEqual({
      id: 3,
      type: 'ticket.called',
      at: '2026-11-24T01:00:00.000Z',
      ticket: { id: expect.any(String), displayNumber: '1001', serviceId: 'resident-registration', language: 'ko' },
      counterNumber: 1,
    });

    issue('passport');
    await board.waitFor(() => board.messages.length === 2);
    expect(board.messages[1]).toMatchObject({ id: 4, event: 'ticket.issued', data: { counterNumber: null } });
  });

  it('catches up from ?after=N in order, across more events than one read of the log holds', async () => {
    const { url, db, issue } = await setup();
    db.transaction(() => {
      for (let i = 0; i < 450; i += 1) issue('resident-registration');
    })();
    const board = openEventStream(`${url}/api/events?after=5`);
    await board.waitFor(() => board.messages.length === 445);
    expect(ids(board.messages)).toEqual(range(6, 450));
    expect(board.messages.every((m) => m.event === 'ticket.issued')).toBe(true);
  });

  it('after a reconnect with Last-Event-ID, sends exactly the missed events, then new ones', async () => {
    const { url, pair, issue, open, post, later, subscriptions } = await setup();
    const token = await pair('counter-1');
    issue('resident-registration');
    issue('resident-registration');
    const first = openEventStream(`${url}/api/events?after=0`, { authorization: `Bearer ${token}` });
    await first.waitFor(() => first.messages.length === 2);
    await first.close();
    await first.waitFor(() => subscriptions() === 0);

    open('counter-1');
    await post('call-next', token);
    later(10);
    await post('recall', token);
    issue('family-relations');

    // The URL still says after=0, as an EventSource's does: the header it adds on reconnecting wins.
    const second = openEventStream(`${url}/api/events?after=0`, { 'last-event-id': String(first.messages[1].id) });
    await second.waitFor(() => second.messages.length === 4);
    expect(second.messages.map((m) => [m.id, m.event])).toEqual([
      [3, 'counter.state'],
      [4, 'ticket.called'],
      [5, 'ticket.recalled'],
      [6, 'ticket.issued'],
    ]);
    await post('start', token);
    await second.waitFor(() => second.messages.length === 5);
    expect(ids([...first.messages, ...second.messages])).toEqual(range(1, 7));
  });

  it('never repeats or skips an event while notifications and writes interleave', async () => {
    const { url, issue, changes } = await setup();
    const board = openEventStream(`${url}/api/events?after=0`);
    await board.waitFor(() => board.fields.includes('retry: 1000'));
    for (let i = 0; i < 60; i += 1) {
      issue('passport');
      if (i % 3 === 0) changes.notify();
      if (i % 7 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    // One more event after the sixty: once it arrives, anything repeated among the sixty would have come before it.
    issue('passport');
    changes.notify();
    await board.waitFor(() => board.messages.some((m) => m.id === 61));
    expect(ids(board.messages)).toEqual(range(1, 61));
  });

  it('without a resume point, sends only what happens from now on', async () => {
    const { url, issue } = await setup();
    issue('passport');
    issue('passport');
    const board = openEventStream(`${url}/api/events`);
    await board.waitFor(() => board.fields.includes('retry: 1000'));
    issue('passport');
    await board.waitFor(() => board.messages.length === 1);
    expect(ids(board.messages)).toEqual([3]);
  });

  it('stops listening for changes when the client goes away, and when the server closes', async () => {
    const { url, server, subscriptions } = await setup();
    const a = openEventStream(`${url}/api/events?after=0`);
    const b = openEventStream(`${url}/api/events?after=0`);
    await a.waitFor(() => subscriptions() === 2);
    await a.close();
    await b.waitFor(() => subscriptions() === 1);
    await server.close();
    await b.waitFor(() => b.isEnded() && subscriptions() === 0);
  });

  it('is not served to HEAD, which would subscribe without ever reading', async () => {
    const { app, subscriptions } = setupLanServer(tempDir());
    expect((await app.inject({ method: 'HEAD', url: '/api/events?after=0' })).statusCode).toBe(404);
    expect(subscriptions()).toBe(0);
  });

  it.each([
    ['an unknown token', `/api/events?after=0`, { authorization: 'Bearer nope' }, 401, 'UNAUTHORIZED'],
    ['a Last-Event-ID that is not a number', `/api/events`, { 'last-event-id': 'abc' }, 400, 'INVALID_REQUEST'],
    ['a negative ?after', `/api/events?after=-1`, {}, 400, 'INVALID_REQUEST'],
    ['two ?after values', `/api/events?after=1&after=2`, {}, 400, 'INVALID_REQUEST'],
  ])('refuses %s', async (_case, url, headers, status, code) => {
    const { app } = setupLanServer(tempDir());
    const response = await app.inject({ method: 'GET', url, headers });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ code });
  });
});
