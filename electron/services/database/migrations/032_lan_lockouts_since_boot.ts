import type { Database } from 'better-sqlite3';

/**
 * The pairing and manager page lockouts also end at a time since boot, on the boot they began, as
 * the keypad's does (037): on the queue's trusted time alone, each forward clock jump under the
 * clock-jump limit would shorten them by up to that limit.
 */
export function migration032LanLockoutsSinceBoot(db: Database): void {
  db.exec(`
    ALTER TABLE pairing_lockout ADD COLUMN locked_boot_id TEXT;
    ALTER TABLE pairing_lockout ADD COLUMN locked_until_since_boot_ms INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE manager_page_lockout ADD COLUMN locked_boot_id TEXT;
    ALTER TABLE manager_page_lockout ADD COLUMN locked_until_since_boot_ms INTEGER NOT NULL DEFAULT 0;
  `);
}
