import type { Database } from 'better-sqlite3';

/**
 * A keypad lockout also ends at a time since boot, on the boot it began: the queue's trusted time
 * takes a forward jump under the clock-jump limit as an NTP correction, so on the trusted time alone
 * each such jump would shorten a lockout by up to that limit.
 */
export function migration037PinLockoutSinceBoot(db: Database): void {
  db.exec(`
    ALTER TABLE pin_lockout ADD COLUMN locked_boot_id TEXT;
    ALTER TABLE pin_lockout ADD COLUMN locked_until_since_boot_ms INTEGER NOT NULL DEFAULT 0;
  `);
}
