import { request, type IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../testSupport/tempDir';
import { setupLanServer } from '../testSupport/lanServerSetup';

const tempDir = useTempDirs();
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** Opens GET /api/events on a real connection and resolves with the response once its head arrived. */
function openStream(url: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/events`, (res) => {
      cleanups.push(() => res.destroy());
      resolve(res);
    });
    req.on('error', reject);
    req.end();
  });
}

async function serve(limits: { total: number; perAddress: number }) {
  const lan = setupLanServer(tempDir(), { liveStreamLimits: limits });
  const { url } = await lan.server.listen({ host: '127.0.0.1', port: 0 });
  cleanups.push(() => lan.server.close());
  return { lan, url };
}

describe('live event stream caps', () => {
  it('refuses a stream beyond the per-address cap with 429, and accepts again once one closes', async () => {
    const { lan, url } = await serve({ total: 100, perAddress: 3 });
    const open = [await openStream(url), await openStream(url), await openStream(url)];
    expect(open.map((res) => res.statusCode)).toEqual([200, 200, 200]);
    const refused = await openStream(url);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('30');

    open[0].destroy();
    await vi.waitFor(() => expect(lan.subscriptions()).toBe(2));
    expect((await openStream(url)).statusCode).toBe(200);
  });

  it('refuses a stream beyond the total cap with 503', async () => {
    const { url } = await serve({ total: 2, perAddress: 100 });
    expect((await openStream(url)).statusCode).toBe(200);
    expect((await openStream(url)).statusCode).toBe(200);
    const refused = await openStream(url);
    expect(refused.statusCode).toBe(503);
    let body = '';
    for await (const chunk of refused) body += String(chunk);
    expect(JSON.parse(body)).toMatchObject({ code: 'TOO_MANY_STREAMS' });
  });
});
