import { describe, expect, it } from 'vitest';
import { testHeartbeat } from '../testSupport/heartbeats';
import { TEST_NOW_MS } from '../testSupport/kioskScript';
import { useTestServers } from '../testSupport/testServers';

const startServer = useTestServers();
const IT_TOKEN = 'it-token-it-token-it-token-it-token-1';

const postHeartbeat = (url: string, token: string, body: unknown) =>
  fetch(`${url}/api/v1/heartbeat`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
const basic = (password: string) => `Basic ${Buffer.from(`it:${password}`).toString('base64')}`;

describe('kiosk heartbeats and the IT fleet page', () => {
  it('keep each kiosk’s latest heartbeat and show it with its alerts, as JSON and as a page', async () => {
    const district = await startServer({ itToken: IT_TOKEN });
    const { url } = district.server;
    const sentAt = new Date(TEST_NOW_MS + 3 * 60_000).toISOString();
    expect((await postHeartbeat(url, district.kiosk.token, testHeartbeat({ sentAt }))).status).toBe(200);
    expect((await postHeartbeat(url, district.kiosk.token, testHeartbeat({ sentAt, printer: { state: 'paper-out', paperNearEnd: true } }))).status).toBe(200);

    const json = await fetch(`${url}/api/v1/it/fleet`, { headers: { authorization: `Bearer ${IT_TOKEN}` } });
    expect(json.status).toBe(200);
    const fleet = (await json.json()) as { offices: Array<{ officeId: string; kiosks: Array<{ kioskId: string; alerts: string[]; clockOffsetSeconds: number }> }> };
    expect(fleet.offices).toEqual([{ officeId: 'gangnam', kiosks: [expect.objectContaining({ kioskId: district.kiosk.kioskId, alerts: ['paper-out', 'clock-off'] })] }]);
    // Three minutes ahead, less the moment the request took.
    expect(fleet.offices[0].kiosks[0].clockOffsetSeconds).toBeGreaterThan(175);
    expect(fleet.offices[0].kiosks[0].clockOffsetSeconds).toBeLessThanOrEqual(180);

    const page = await fetch(`${url}/it/fleet`, { headers: { authorization: basic(IT_TOKEN) } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const markup = await page.text();
    expect(markup).toContain(`data-kiosk-id="${district.kiosk.kioskId}"`);
    expect(markup).toContain('<span class="alert" data-alert="paper-out">용지 없음</span>');
    // The page reloads itself every 15 s: IT's visit is audited once, not each refresh.
    for (let refresh = 0; refresh < 4; refresh++) expect((await fetch(`${url}/it/fleet`, { headers: { authorization: basic(IT_TOKEN) } })).status).toBe(200);
    expect(district.log.lines.filter((line) => line.includes('district IT signed in'))).toHaveLength(1);
  });

  it('show a rolled-back update and an update waiting to install, as the kiosk reports them', async () => {
    const district = await startServer({ itToken: IT_TOKEN });
    const { url } = district.server;
    const update = {
      phase: 'downloaded' as const,
      offeredVersion: '1.4.0',
      lastCheckAt: '2026-03-02T00:59:00.000Z',
      lastOutcome: { kind: 'rolled-back' as const, version: '1.3.0', at: '2026-03-01T18:05:00.000Z' },
    };
    expect((await postHeartbeat(url, district.kiosk.token, testHeartbeat({ sentAt: new Date(TEST_NOW_MS).toISOString(), update }))).status).toBe(200);
    const markup = await (await fetch(`${url}/it/fleet?lang=en`, { headers: { authorization: basic(IT_TOKEN) } })).text();
    expect(markup).toContain('<span class="alert" data-alert="update-rolled-back">update rolled back</span>');
    expect(markup).toContain('1.2.0 → 1.4.0 (downloaded)');

    // A Linux kiosk back on 1.2.0 although its updater installed 1.3.0 (an old AppImage started by hand).
    const downgraded = { ...update, lastOutcome: null, installedVersion: '1.3.0' };
    expect((await postHeartbeat(url, district.kiosk.token, testHeartbeat({ sentAt: new Date(TEST_NOW_MS).toISOString(), update: downgraded }))).status).toBe(200);
    const fleet = (await (await fetch(`${url}/api/v1/it/fleet`, { headers: { authorization: `Bearer ${IT_TOKEN}` } })).json()) as { offices: Array<{ kiosks: Array<{ alerts: string[] }> }> };
    expect(fleet.offices[0].kiosks[0].alerts).toEqual(['not-installed-version']);
    const page = await (await fetch(`${url}/it/fleet`, { headers: { authorization: basic(IT_TOKEN) } })).text();
    expect(page).toContain('<span class="alert" data-alert="not-installed-version">설치한 버전과 다름</span>');
    expect(page).toContain('1.2.0 (설치된 버전 1.3.0) → 1.4.0 (downloaded)');
    // Not an update state the kiosk could be in: refused at the boundary.
    const invalid = testHeartbeat({ update: { ...update, phase: 'exploded' as never } });
    expect((await postHeartbeat(url, district.kiosk.token, invalid)).status).toBe(400);
  });

  it('refuse a heartbeat without the kiosk’s credentials, or that is not one', async () => {
    const district = await startServer();
    const { url } = district.server;
    expect((await postHeartbeat(url, `${district.kiosk.kioskId}.${'x'.repeat(43)}`, testHeartbeat())).status).toBe(401);
    const invalid = await postHeartbeat(url, district.kiosk.token, { ...testHeartbeat(), phone: '01012345678' });
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).not.toContain('01012345678');
    expect((await postHeartbeat(url, district.kiosk.token, testHeartbeat({ appVersion: 'latest' }))).status).toBe(400);
  });

  it('show the fleet only to IT’s token, asking a browser for it, and log refusals', async () => {
    const district = await startServer({ itToken: IT_TOKEN });
    const { url } = district.server;
    const page = await fetch(`${url}/it/fleet`);
    expect(page.status).toBe(401);
    expect(page.headers.get('www-authenticate')).toMatch(/^Basic realm="Sunbeon IT"/);
    expect((await fetch(`${url}/it/fleet`, { headers: { authorization: basic('wrong-wrong-wrong-wrong-wrong-wrong') } })).status).toBe(401);
    expect((await fetch(`${url}/api/v1/it/fleet`, { headers: { authorization: `Bearer ${district.kiosk.token}` } })).status).toBe(401);
    expect(district.log.lines.filter((line) => line.includes('district IT route refused'))).toHaveLength(3);
    const without = await startServer();
    expect((await fetch(`${without.server.url}/it/fleet`, { headers: { authorization: basic(IT_TOKEN) } })).status).toBe(404);
  });

  it('answer one address at most 60 times a minute on each IT route, guesses at the token counted first', async () => {
    const district = await startServer({ itToken: IT_TOKEN });
    const { url } = district.server;
    const statuses: number[] = [];
    for (let request = 0; request < 61; request++) {
      const password = request % 2 ? IT_TOKEN : 'guess-guess-guess-guess-guess-guess';
      statuses.push((await fetch(`${url}/it/fleet`, { headers: { authorization: basic(password) } })).status);
    }
    expect(statuses.slice(0, 60)).toEqual(Array.from({ length: 60 }, (_, request) => (request % 2 ? 200 : 401)));
    expect(statuses[60]).toBe(429);
    // Sixty wrong guesses alone use up the JSON route's minute: the right token then waits too.
    for (let guess = 0; guess < 60; guess++) {
      expect((await fetch(`${url}/api/v1/it/fleet`, { headers: { authorization: 'Bearer guess-guess-guess-guess-guess-guess' } })).status).toBe(401);
    }
    expect((await fetch(`${url}/api/v1/it/fleet`, { headers: { authorization: `Bearer ${IT_TOKEN}` } })).status).toBe(429);
  });
});
