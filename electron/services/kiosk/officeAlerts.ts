import type { Clock } from '../../../nodeShared/clock';
import type { Logger } from '../../../nodeShared/logger';
import type { OfficeAlert, OfficeAlertKind } from '../../../shared/officeAlerts';
import type { PrinterStatus } from '../printing/types';
import type { DistrictLink } from './districtLink';
import type { TicketPrinting } from './ticketPrinting';

/** A district server away for a minute or two is a blip the sync rides out; longer, and staff should know. */
export const SYNC_BACKLOG_ALERT_MS = 5 * 60_000;
/** How often the kiosk reads the printer on its own, so a counter page learns of an empty roll with nobody at the kiosk. */
const PRINTER_POLL_MS = 30_000;

export interface OfficeAlerts {
  /** The alerts now, oldest first, from a fresh reading of the printer (the staff screen asks every few seconds). */
  fresh(): Promise<OfficeAlert[]>;
  /** The alerts as last seen, without touching the printer (counter pages on the LAN). */
  current(): OfficeAlert[];
  /** Called whenever the set of alerts changes. */
  subscribe(listener: () => void): () => void;
  close(): void;
}

function printerAlert(status: PrinterStatus): OfficeAlertKind | null {
  if (status.state !== 'ready') return `printer-${status.state}`;
  return status.paperNearEnd ? 'printer-paper-near-end' : null;
}

/**
 * Watches the printer (its own polling plus every status the kiosk reads anyway) and the district
 * sync, and keeps the list of what is wrong now. An alert clears by itself once the cause is gone.
 */
export function startOfficeAlerts(deps: { printing: TicketPrinting; district: () => DistrictLink | null; clock: Clock; log: Logger; pollMs?: number }): OfficeAlerts {
  const { printing, district, clock, log } = deps;
  const listeners = new Set<() => void>();
  const since = new Map<OfficeAlertKind, number>();
  let printerStatus: PrinterStatus | null = null;
  let alerts: OfficeAlert[] = [];

  const syncAlerts = (): Array<{ kind: OfficeAlertKind; count?: number }> => {
    const link = district();
    if (!link) return [];
    const state = link.syncState();
    const found: Array<{ kind: OfficeAlertKind; count?: number }> = [];
    if (state.backlog > 0 && state.lastError !== null) found.push({ kind: 'sync-backlog', count: state.backlog });
    if (state.setAside > 0) found.push({ kind: 'sync-set-aside', count: state.setAside });
    return found;
  };

  const evaluate = (): void => {
    const now = clock.now();
    const printerKind = printerStatus && printerAlert(printerStatus);
    const found = [...(printerKind ? [{ kind: printerKind }] : []), ...syncAlerts()];
    for (const kind of since.keys()) if (!found.some((alert) => alert.kind === kind)) since.delete(kind);
    for (const { kind } of found) if (!since.has(kind)) since.set(kind, now);
    const next = found
      // A backlog is shown once it has lasted; the district server being away for a minute is no news.
      .filter(({ kind }) => kind !== 'sync-backlog' || now - since.get(kind)! >= SYNC_BACKLOG_ALERT_MS)
      .map(({ kind, count }) => ({ kind, since: new Date(since.get(kind)!).toISOString(), ...(count === undefined ? {} : { count }) }));
    const changed = JSON.stringify(next) !== JSON.stringify(alerts);
    alerts = next;
    if (changed) for (const listener of listeners) listener();
  };

  const notePrinter = (status: PrinterStatus): void => {
    printerStatus = status;
    evaluate();
  };
  const unobserve = printing.observeStatus(notePrinter);

  const readPrinter = async (): Promise<void> => {
    try {
      await printing.readStatus();
    } catch (error) {
      log.warn(`Reading the printer for alerts failed: ${error instanceof Error ? error.message : 'unknown error'}`);
    }
  };
  const poll = setInterval(() => void readPrinter().then(evaluate), deps.pollMs ?? PRINTER_POLL_MS);
  poll.unref();
  void readPrinter();

  return {
    async fresh() {
      await readPrinter();
      evaluate();
      return alerts;
    },
    current: () => alerts,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      clearInterval(poll);
      unobserve();
    },
  };
}
