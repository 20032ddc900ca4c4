import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { callNext } from '../queue/calling';
import { useTempDirs } from '../testSupport/tempDir';
import { setupLanServer } from '../testSupport/lanServerSetup';
import { KIOSK_CSP } from '../contentSecurityPolicy';

const tempDir = useTempDirs();

describe('pages', () => {
  it.each([
    ['/counter', 'text/html; charset=utf-8', '<title>counter</title>'],
    ['/board', 'text/html; charset=utf-8', '<title>board</title>'],
    ['/assets/board.js', 'text/javascript; charset=utf-8', 'console.log("board")'],
  ])('serves %s with the content security policy', async (url, contentType, content) => {
    const { app } = setupLanServer(tempDir());
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(contentType);
    expect(response.headers['content-security-policy']).toBe(KIOSK_CSP);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body).toContain(content);
  });

  it.each([
    '/assets/../outside.js',
    '/assets/../counter/index.html',
    '/assets/..%2fcounter%2findex.html',
    '/assets/..%2f..%2foutside.js',
    '/assets/%2e%2e/%2e%2e/outside.js',
    '/assets/..%5c..%5coutside.js',
    '/assets/',
    '/assets/missing.js',
    '/counter/index.html',
    '/nothing',
  ])('answers 404 NOT_FOUND to %s, never a file outside the pages', async (url) => {
    const { app } = setupLanServer(tempDir());
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ code: 'NOT_FOUND', message: expect.any(String) });
    expect(response.headers['content-security-policy']).toBe(KIOSK_CSP);
  });
});

/** node:http sends the path exactly as written, where a browser or fetch would normalize the dots away. */
function rawGet(url: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(`${url}${path}`, { method: 'GET' }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

describe('pages over a real port', () => {
  it('refuses un-normalized dot segments that leave the assets folder', async () => {
    const { server } = setupLanServer(tempDir());
    const { url } = await server.listen({ host: '127.0.0.1', port: 0 });
    try {
      expect(await rawGet(url, '/assets/board.js')).toBe(200);
      expect(await rawGet(url, '/assets/../counter/index.html')).toBe(404);
      expect(await rawGet(url, '/assets/../../outside.js')).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('GET /api/board/state', () => {
  it('answers without a token, with display numbers only', async () => {
    const { app, issue, open, queue } = setupLanServer(tempDir());
    issue('passport');
    open('counter-3');
    callNext(queue, 'counter-3');
    const response = await app.inject({ method: 'GET', url: '/api/board/state' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      officeName: { ko: '순번구청 민원실' },
      nowServing: [{ counterNumber: 3, displayNumber: '4001', serviceId: 'passport' }],
      recentCalls: [{ displayNumber: '4001', counterNumber: 3 }],
      lastEventId: 3,
    });
  });
});
