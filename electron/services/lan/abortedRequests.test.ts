import { connect } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../testSupport/tempDir';
import { setupLanServer } from '../testSupport/lanServerSetup';

const tempDir = useTempDirs();
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length > 0) await closers.pop()?.();
});

/** Sends the head of a request and part of its body, then hangs up once the server has begun reading it. */
function abortMidBody(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write('POST /api/pair HTTP/1.1\r\nHost: kiosk\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"code":"12', () => {
        socket.destroy();
        resolve();
      });
    });
    socket.on('error', reject);
  });
}

describe('a client that aborts its request', () => {
  it('is logged at debug level, never as an error, however often it happens', async () => {
    const lan = setupLanServer(tempDir());
    const { url } = await lan.server.listen({ host: '127.0.0.1', port: 0 });
    closers.push(() => lan.server.close());
    const port = Number(new URL(url).port);

    for (let i = 0; i < 20; i += 1) await abortMidBody(port);

    await vi.waitFor(() => expect(lan.loggedAt.debug).toHaveLength(20));
    expect(lan.loggedAt.debug[0]).toBe('POST /api/pair aborted by the client');
    expect(lan.loggedAt.error).toEqual([]);
    // The server still answers normally afterwards.
    expect((await fetch(`${url}/api/pair`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"code":"000000"}' })).status).toBe(401);
  });
});
