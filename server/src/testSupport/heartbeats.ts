import type { Heartbeat } from '../../../shared/district/heartbeat';

/** A healthy kiosk's heartbeat, with the parts a test cares about replaced. */
export function testHeartbeat(overrides: Partial<Heartbeat> = {}): Heartbeat {
  return {
    sentAt: '2026-03-02T01:00:00.000Z',
    appVersion: '1.2.0',
    uptimeSeconds: 3_600,
    printer: { state: 'ready', paperNearEnd: false },
    sync: { backlog: 0, oldestUnsentAt: null, setAside: 0 },
    clockFault: false,
    diskFreeBytes: 40_000_000_000,
    lastError: null,
    ...overrides,
  };
}
