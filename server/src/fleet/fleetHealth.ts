import type { Heartbeat } from '../../../shared/district/heartbeat';
import type { FleetKiosk } from '../store/districtStore';
import { compareVersions, newestVersion } from './versions';

export interface FleetThresholds {
  /** No heartbeat for this long: the kiosk is off, offline or stuck (kiosks send one a minute). */
  silentAfterMs: number;
  /** The oldest event still waiting to reach the district is older than this. */
  syncLagMs: number;
  /** The kiosk's clock and the server's differ by more than this. */
  clockOffMs: number;
  /** Less free disk than this under the kiosk's database. */
  diskLowBytes: number;
}

export const defaultFleetThresholds: FleetThresholds = {
  silentAfterMs: 5 * 60_000,
  syncLagMs: 10 * 60_000,
  clockOffMs: 2 * 60_000,
  diskLowBytes: 1024 ** 3,
};

export const fleetAlerts = [
  'never-reported',
  'silent',
  'paper-out',
  'printer-fault',
  'paper-low',
  'sync-lag',
  'events-set-aside',
  'version-behind',
  'update-rolled-back',
  'update-no-way-back',
  'not-installed-version',
  'clock-off',
  'disk-low',
  'recent-error',
] as const;
export type FleetAlert = (typeof fleetAlerts)[number];

export interface KioskHealth {
  kioskId: string;
  officeId: string;
  alerts: FleetAlert[];
  /** When the latest heartbeat arrived (server clock), and what it said; null before the first. */
  lastSeenAt: string | null;
  report: Heartbeat | null;
  /** Kiosk clock minus server clock, in seconds. */
  clockOffsetSeconds: number | null;
  /** How long the oldest waiting event has waited, now; 0 when none waits. */
  syncLagSeconds: number | null;
}

export interface FleetHealth {
  checkedAt: string;
  /** The version kiosks should run: the newest published, or else the newest any kiosk reports. */
  currentVersion: string | null;
  kiosksWithAlerts: number;
  offices: Array<{ officeId: string; kiosks: KioskHealth[] }>;
}

/** An error this recent still needs a look; older ones are history (the kiosk's own log has them). */
const RECENT_ERROR_MS = 60 * 60_000;

/** What IT should look at, kiosk by kiosk: from each kiosk's latest heartbeat and how long ago it came. */
export function fleetHealth(fleet: readonly FleetKiosk[], nowMs: number, thresholds: FleetThresholds, publishedVersion: string | null = null): FleetHealth {
  const currentVersion = publishedVersion ?? newestVersion(fleet.flatMap(({ heartbeat }) => (heartbeat ? [heartbeat.report.appVersion] : [])));
  const offices = new Map<string, KioskHealth[]>();
  for (const entry of fleet) {
    const health = kioskHealth(entry, nowMs, thresholds, currentVersion);
    offices.set(health.officeId, [...(offices.get(health.officeId) ?? []), health]);
  }
  const kiosks = [...offices.values()].flat();
  return {
    checkedAt: new Date(nowMs).toISOString(),
    currentVersion,
    kiosksWithAlerts: kiosks.filter((kiosk) => kiosk.alerts.length > 0).length,
    offices: [...offices].map(([officeId, officeKiosks]) => ({ officeId, kiosks: officeKiosks })),
  };
}

function kioskHealth({ kiosk, heartbeat }: FleetKiosk, nowMs: number, thresholds: FleetThresholds, currentVersion: string | null): KioskHealth {
  const base = { kioskId: kiosk.kioskId, officeId: kiosk.officeId };
  if (!heartbeat) return { ...base, alerts: ['never-reported'], lastSeenAt: null, report: null, clockOffsetSeconds: null, syncLagSeconds: null };
  const { report } = heartbeat;
  const sinceHeartbeatMs = Math.max(0, nowMs - Date.parse(heartbeat.receivedAt));
  // Both ends of the wait on the kiosk's clock, then the time since it said so on ours.
  const syncLagMs = report.sync.oldestUnsentAt === null ? 0 : Date.parse(report.sentAt) - Date.parse(report.sync.oldestUnsentAt) + sinceHeartbeatMs;
  const alerts: FleetAlert[] = [];
  const flag = (alert: FleetAlert, when: boolean) => when && alerts.push(alert);
  flag('silent', sinceHeartbeatMs > thresholds.silentAfterMs);
  flag('paper-out', report.printer.state === 'paper-out');
  flag('printer-fault', report.printer.state !== 'ready' && report.printer.state !== 'paper-out');
  flag('paper-low', report.printer.paperNearEnd && report.printer.state !== 'paper-out');
  flag('sync-lag', syncLagMs > thresholds.syncLagMs);
  flag('events-set-aside', report.sync.setAside > 0);
  flag('version-behind', currentVersion !== null && compareVersions(report.appVersion, currentVersion) < 0);
  // Until a later update takes: the release failed on this kiosk, and IT should hold it back elsewhere.
  const lastUpdate = report.update?.lastOutcome?.kind;
  flag('update-rolled-back', lastUpdate === 'rolled-back' || lastUpdate === 'install-failed');
  // Failed to start twice where the kiosk cannot go back by itself (a .deb, no old installer kept): IT reinstalls.
  flag('update-no-way-back', lastUpdate === 'rollback-unavailable');
  // Someone or something changed the version outside the updater (an old AppImage started, a package downgraded).
  const installed = report.update?.installedVersion;
  flag('not-installed-version', installed != null && installed !== report.appVersion);
  flag('clock-off', report.clockFault || Math.abs(heartbeat.clockOffsetMs) > thresholds.clockOffMs);
  flag('disk-low', report.diskFreeBytes !== null && report.diskFreeBytes < thresholds.diskLowBytes);
  flag('recent-error', report.lastError !== null && Date.parse(report.sentAt) - Date.parse(report.lastError.at) < RECENT_ERROR_MS);
  return {
    ...base,
    alerts,
    lastSeenAt: heartbeat.receivedAt,
    report,
    clockOffsetSeconds: Math.round(heartbeat.clockOffsetMs / 1000),
    syncLagSeconds: Math.round(syncLagMs / 1000),
  };
}
