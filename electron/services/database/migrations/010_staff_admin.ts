import type { Database } from 'better-sqlite3';

/**
 * Office administration: a PIN per staff role (slow hashes), the wrong-PIN lockout that must
 * survive a restart, and the append-only audit log of staff actions. The single staff PIN of
 * earlier builds becomes the manager's.
 */
export function migration010StaffAdmin(db: Database): void {
  db.exec(`
    CREATE TABLE staff_pins (
      role       TEXT PRIMARY KEY CHECK (role IN ('manager', 'clerk')),
      pin_hash   TEXT NOT NULL,
      changed_at TEXT NOT NULL
    ) STRICT;
    INSERT INTO staff_pins (role, pin_hash, changed_at)
      SELECT 'manager', value, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM settings WHERE key = 'staff_pin';
    DELETE FROM settings WHERE key = 'staff_pin';

    CREATE TABLE pin_lockout (
      id                   INTEGER PRIMARY KEY CHECK (id = 1),
      consecutive_failures INTEGER NOT NULL,
      locked_until_ms      INTEGER NOT NULL
    ) STRICT;
    INSERT INTO pin_lockout (id, consecutive_failures, locked_until_ms) VALUES (1, 0, 0);

    CREATE TABLE audit_log (
      position INTEGER PRIMARY KEY AUTOINCREMENT,
      at       TEXT NOT NULL,
      actor    TEXT NOT NULL CHECK (actor IN ('manager', 'clerk', 'kiosk')),
      action   TEXT NOT NULL,
      detail   TEXT NOT NULL
    ) STRICT;
    CREATE INDEX audit_log_action ON audit_log (action, position);
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  `);
}
