import { describe, expect, it } from 'vitest';
import { testHeartbeat } from '../testSupport/heartbeats';
import { TEST_NOW_MS } from '../testSupport/kioskScript';
import { useTestServers } from '../testSupport/testServers';
import { revokeKiosk, rotateKioskSecret } from './registerKiosk';

const startServer = useTestServers();
const HOUR = 3_600_000;
/** The test servers' clock starts here. */
const serverNow = () => new Date(TEST_NOW_MS);
const heartbeatWith = (url: string) => (token: string) =>
  fetch(`${url}/api/v1/heartbeat`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(testHeartbeat()) }).then(
    (response) => response.status,
  );

describe('kiosk credentials at the district server', () => {
  it('rotate without downtime: both tokens work until the kiosk uses the new one, then only the new', async () => {
    const district = await startServer();
    const heartbeat = heartbeatWith(district.server.url);
    const old = district.kiosk.token;
    const rotated = await rotateKioskSecret(district.server.store, district.kiosk.kioskId, HOUR, serverNow());
    expect(rotated?.kioskId).toBe(district.kiosk.kioskId);
    expect(await heartbeat(old)).toBe(200);
    // The event intake takes it too: past authentication, the empty batch is what it refuses.
    expect((await district.post({ sentAt: new Date().toISOString(), events: [] }, old)).status).toBe(400);
    expect(await heartbeat(rotated!.token)).toBe(200);
    expect(await heartbeat(old)).toBe(401);
    expect(await heartbeat(rotated!.token)).toBe(200);
  });

  it('refuse the old token at once with no grace, and a revoked kiosk whichever token it sends', async () => {
    const district = await startServer();
    const heartbeat = heartbeatWith(district.server.url);
    const rotated = await rotateKioskSecret(district.server.store, district.kiosk.kioskId, 0, serverNow());
    expect(await heartbeat(district.kiosk.token)).toBe(401);
    expect(await heartbeat(rotated!.token)).toBe(200);

    const again = await rotateKioskSecret(district.server.store, district.kiosk.kioskId, HOUR, serverNow());
    expect(await revokeKiosk(district.server.store, district.kiosk.kioskId)).toBe(true);
    expect(await heartbeat(rotated!.token)).toBe(401);
    expect(await heartbeat(again!.token)).toBe(401);
    expect(await rotateKioskSecret(district.server.store, district.kiosk.kioskId, HOUR, serverNow())).toBeNull();
    expect(await revokeKiosk(district.server.store, 'no-such-kiosk')).toBe(false);
  });
});
