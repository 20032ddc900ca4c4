import type { Database } from '../../database/openDatabase';
import type { Logger } from '../../../../nodeShared/logger';
import { storeContact } from '../../privacy/mobileContacts';
import { openMobileTestDatabase, testVault } from '../../privacy/testSupport/mobileTestDatabase';
import { issueTicket } from '../../issuing/issueTicket';
import { settableClock } from '../../../../nodeShared/clock';
import { testOffice } from '../../../../tools/fixtures/testOffice';
import { createSyncWorker, type SyncWorkerOptions } from '../syncWorker';
import type { SyncConfig } from '../syncConfig';
import { STUB_KIOSK_ID, STUB_SECRET } from './districtStub';

export function openSyncTestDatabase(dir: string): Database {
  const db = openMobileTestDatabase(dir);
  return db;
}

/**
 * A kiosk database, a settable clock, a recording log and a sync worker pointed at `serverUrl`.
 * Delays are short and random() is fixed unless a test injects its own.
 */
export function setupSyncKiosk(dir: string, serverUrl: string, overrides: Partial<SyncConfig> = {}, worker: Partial<SyncWorkerOptions> = {}) {
  const db = openSyncTestDatabase(dir);
  const clock = settableClock('2026-11-24T01:00:00Z');
  const vault = testVault();
  const logged: string[] = [];
  const log: Logger = { debug: () => undefined, info: (m) => logged.push(m), warn: (m) => logged.push(m), error: (m) => logged.push(m) };
  const config: SyncConfig = { serverUrl, kioskId: STUB_KIOSK_ID, secret: STUB_SECRET, baseDelayMs: 1_000, maxDelayMs: 60_000, ...overrides };
  const sync = createSyncWorker({ db, vault, clock, log, config, random: () => 0.5, ...worker });

  return {
    db,
    clock,
    vault,
    logged,
    sync,
    later: (ms: number) => clock.set(clock.now() + ms),
    issuePaper: (serviceId = 'passport') => issueTicket(db, testOffice, clock, { serviceId, kind: 'paper', language: 'ko' }).ticket,
    /** Issues a mobile ticket and stores its number in the same transaction, as the kiosk does. */
    issueMobile(phone: string, serviceId = 'passport') {
      return db.transaction(() => {
        const { ticket } = issueTicket(db, testOffice, clock, { serviceId, kind: 'mobile', language: 'en' });
        storeContact(db, vault, { ticketId: ticket.id, phone, businessDay: ticket.businessDay, serviceId });
        return ticket;
      })();
    },
  };
}
