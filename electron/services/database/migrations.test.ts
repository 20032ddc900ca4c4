import { randomBytes, scryptSync } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openSqliteDatabase, type Database } from '../../../nodeShared/sqliteDatabase';
import { pinMatches } from '../staff/pinHash';
import { useTempDirs } from '../testSupport/tempDir';
import { migrations } from './migrations';
import { migration018OutboxSetAside } from './migrations/018_outbox_set_aside';
import { migration024DeskTimeIndexes } from './migrations/024_desk_time_indexes';
import { migration029PairingLockout } from './migrations/029_pairing_lockout';
import { migration031ManagerPageLockout } from './migrations/031_manager_page_lockout';
import { migration033DistrictDeliveries } from './migrations/033_district_deliveries';
import { migration030DeskCallIndexes } from './migrations/030_desk_call_indexes';
import { migration036CallingLineIndexes } from './migrations/036_calling_line_indexes';
import { migration037PinLockoutSinceBoot } from './migrations/037_pin_lockout_since_boot';
import { migration032LanLockoutsSinceBoot } from './migrations/032_lan_lockouts_since_boot';
import { readLanLockout } from '../lan/lanLockoutRows';
import { readPinLockout } from '../staff/pinLockoutRows';
import { NO_LOCKOUT } from '../staff/lockoutEnd';
import { kioskSchema } from './openDatabase';

const tempDir = useTempDirs();

/** A real kiosk file as a build with only the first `version` migrations left it. */
function databaseAtVersion(version: number): Database {
  return openSqliteDatabase(join(tempDir(), 'k.db'), { ...kioskSchema, migrations: migrations.slice(0, version) });
}

function migrateToLatest(db: Database): void {
  migrate(db, kioskSchema);
  expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
}

const namesOf = (db: Database, type: 'table' | 'index') =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = ? ORDER BY name`).all(type) as { name: string }[]).map((row) => row.name);

function insertVersion1Ticket(db: Database, id: string, sequence: number): void {
  db.prepare(
    `INSERT INTO tickets (id, business_day, service_id, numbered_service_id, sequence, display_number, kind, status, print_state, language, issued_at, issued_at_ms)
     VALUES (?, '2026-03-02', 'civil', 'civil', ?, ?, 'paper', 'waiting', 'printed', 'ko', '2026-03-02T00:00:00.000Z', 1772409600000)`,
  ).run(id, sequence, String(1000 + sequence));
}

/** A printed ticket and one whose print was cut off (still 'pending'), at `version`, then migrated to the latest. */
function migratedWithInterruptedPrint(version: number, ids: { printed: string; pending: string }): Database {
  const db = databaseAtVersion(version);
  insertVersion1Ticket(db, ids.printed, 1);
  insertVersion1Ticket(db, ids.pending, 2);
  db.prepare(`UPDATE tickets SET print_state = 'pending' WHERE id = ?`).run(ids.pending);
  migrateToLatest(db);
  return db;
}

describe('kiosk migrations, each from the data of the version before it', () => {
  it('001 creates the queue tables on an empty file, the clock high-water mark at zero', () => {
    const db = databaseAtVersion(0);
    migrateToLatest(db);
    expect(namesOf(db, 'table')).toEqual(expect.arrayContaining(['clock_high_water', 'number_sequences', 'outbox', 'settings', 'tickets']));
    expect(db.prepare('SELECT id, instant FROM clock_high_water').all()).toEqual([{ id: 1, instant: 0 }]);
    db.close();
  });

  it('002 gives existing tickets calling columns (not called, normal priority) and adds counter states', () => {
    const db = databaseAtVersion(1);
    insertVersion1Ticket(db, 't1', 1);
    db.prepare(`INSERT INTO settings (key, value) VALUES ('office', '{}')`).run();
    migrateToLatest(db);
    expect(db.prepare('SELECT id, display_number, status, priority, counter_id, called_at_ms, recall_count, finished_at_ms FROM tickets').all()).toEqual([
      { id: 't1', display_number: '1001', status: 'waiting', priority: 0, counter_id: null, called_at_ms: null, recall_count: 0, finished_at_ms: null },
    ]);
    expect(db.prepare(`SELECT value FROM settings WHERE key = 'office'`).get()).toEqual({ value: '{}' });
    db.prepare(`INSERT INTO counter_states (counter_id, state) VALUES ('c1', 'open')`).run();
    expect(namesOf(db, 'index')).toContain('tickets_at_counter');
    db.close();
  });

  it('003 adds pairing codes and counter tokens beside the tickets and counters already there', () => {
    const db = databaseAtVersion(2);
    insertVersion1Ticket(db, 't1', 1);
    db.prepare(`UPDATE tickets SET status = 'called', counter_id = 'c1', called_at_ms = 1772409700000`).run();
    db.prepare(`INSERT INTO counter_states (counter_id, state) VALUES ('c1', 'open')`).run();
    migrateToLatest(db);
    expect(db.prepare('SELECT status, counter_id, called_at_ms FROM tickets').get()).toEqual({ status: 'called', counter_id: 'c1', called_at_ms: 1772409700000 });
    expect(db.prepare('SELECT counter_id, state FROM counter_states').all()).toEqual([{ counter_id: 'c1', state: 'open' }]);
    db.prepare(`INSERT INTO pairing_codes (code_hash, counter_id, expires_at_ms) VALUES ('h', 'c1', 1)`).run();
    db.prepare(`INSERT INTO counter_tokens (token_hash, counter_id, created_at) VALUES ('h', 'c1', '2026-03-02T00:00:00.000Z')`).run();
    db.close();
  });

  it('004 leaves existing paper tickets without a status page and adds encrypted mobile contacts', () => {
    const db = databaseAtVersion(3);
    insertVersion1Ticket(db, 't1', 1);
    db.prepare(`INSERT INTO counter_tokens (token_hash, counter_id, created_at) VALUES ('h', 'c1', '2026-03-02T00:00:00.000Z')`).run();
    migrateToLatest(db);
    expect(db.prepare('SELECT id, kind, status_token FROM tickets').all()).toEqual([{ id: 't1', kind: 'paper', status_token: null }]);
    expect(db.prepare('SELECT token_hash, revoked_at FROM counter_tokens').all()).toEqual([{ token_hash: 'h', revoked_at: null }]);
    db.prepare(`INSERT INTO mobile_contacts (ticket_id, phone_ciphertext, lookup_hash, business_day, service_id) VALUES ('t1', x'00', 'l', '2026-03-02', 'civil')`).run();
    expect(namesOf(db, 'index')).toContain('mobile_contacts_lookup');
    db.close();
  });

  it('005 indexes the unsent outbox rows already there, keeping sent and unsent alike', () => {
    const db = databaseAtVersion(4);
    const insert = db.prepare(`INSERT INTO outbox (event_id, event_type, ticket_id, payload, occurred_at, sent_at) VALUES (?, 'ticket.issued', NULL, '{}', '2026-03-02T00:00:00.000Z', ?)`);
    insert.run('e1', '2026-03-02T00:00:01.000Z');
    insert.run('e2', null);
    insert.run('e3', null);
    migrateToLatest(db);
    // The unsent rows as the latest schema asks for them (018 keeps set-aside events out of the index).
    const unsent = 'FROM outbox WHERE sent_at IS NULL AND set_aside_at IS NULL ORDER BY position';
    expect(db.prepare(`SELECT event_id ${unsent}`).all()).toEqual([{ event_id: 'e2' }, { event_id: 'e3' }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM outbox').get()).toEqual({ n: 3 });
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT position ${unsent} LIMIT 1`).all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join()).toContain('outbox_unsent');
    db.close();
  });

  it('006 indexes the call events already in the outbox for the board, newest first', () => {
    const db = databaseAtVersion(5);
    const insert = db.prepare(`INSERT INTO outbox (event_id, event_type, ticket_id, payload, occurred_at) VALUES (?, ?, 't1', '{}', '2026-03-02T00:00:00.000Z')`);
    insert.run('e1', 'ticket.issued');
    insert.run('e2', 'ticket.called');
    insert.run('e3', 'ticket.recalled');
    migrateToLatest(db);
    const calls = `SELECT event_id FROM outbox WHERE event_type IN ('ticket.called', 'ticket.recalled') ORDER BY position DESC`;
    expect(db.prepare(calls).all()).toEqual([{ event_id: 'e3' }, { event_id: 'e2' }]);
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${calls}`).all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join()).toContain('outbox_calls');
    db.close();
  });

  it('007 indexes the tickets still being printed, leaving every ticket as it was', () => {
    const db = migratedWithInterruptedPrint(6, { printed: 't1', pending: 't2' });
    const interrupted = `SELECT id FROM tickets WHERE print_state = 'pending'`;
    expect(db.prepare(interrupted).all()).toEqual([{ id: 't2' }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM tickets').get()).toEqual({ n: 2 });
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${interrupted}`).all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join()).toContain('tickets_printing');
    db.close();
  });

  it('008 adds owned print jobs; prints pending before it become uncertain, printed ones stay as they were', () => {
    const db = migratedWithInterruptedPrint(7, { printed: 'printed-one', pending: 'pending-one' });
    expect(db.prepare('SELECT ticket_id, owner, state FROM print_jobs').all()).toEqual([{ ticket_id: 'pending-one', owner: 'before-print-jobs', state: 'uncertain' }]);
    expect(db.prepare(`SELECT id, print_state FROM tickets ORDER BY id`).all()).toEqual([
      { id: 'pending-one', print_state: 'pending' },
      { id: 'printed-one', print_state: 'printed' },
    ]);
    db.close();
  });

  it('009 adds an empty table of forecasts shown at issue beside the tickets already there, and indexes calls by day', () => {
    const db = databaseAtVersion(8);
    insertVersion1Ticket(db, 't1', 1);
    db.prepare(`UPDATE tickets SET status = 'done', called_at_ms = 1772409660000, finished_at_ms = 1772409900000 WHERE id = 't1'`).run();
    migrateToLatest(db);
    expect(db.prepare('SELECT COUNT(*) AS n FROM wait_forecasts').get()).toEqual({ n: 0 });
    db.prepare(`INSERT INTO wait_forecasts (ticket_id, business_day, expected_minutes, spread_minutes) VALUES ('t1', '2026-03-02', 3.5, 1.2)`).run();
    expect(db.prepare('SELECT id, called_at_ms FROM tickets').all()).toEqual([{ id: 't1', called_at_ms: 1772409660000 }]);
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM tickets WHERE business_day = '2026-03-02' AND called_at_ms IS NOT NULL`).all() as { detail: string }[];
    // The new index, on both of its columns: the day's calls without a walk through its waiting tickets.
    expect(plan.map((step) => step.detail)).toEqual(['SEARCH tickets USING INDEX tickets_called_by_day (business_day=? AND called_at_ms>?)']);
    db.close();
  });

  it("010 makes an earlier build's single staff PIN the manager's, still matching, and starts with no lockout", async () => {
    const db = databaseAtVersion(9);
    // As the earlier build stored it: scrypt with its defaults, `salt:hash`.
    const salt = randomBytes(16);
    const legacy = `${salt.toString('hex')}:${scryptSync('2580', salt, 32).toString('hex')}`;
    db.prepare(`INSERT INTO settings (key, value) VALUES ('staff_pin', ?), ('office', '{}')`).run(legacy);
    migrateToLatest(db);
    const manager = db.prepare(`SELECT pin_hash FROM staff_pins WHERE role = 'manager'`).get() as { pin_hash: string };
    expect(await pinMatches('2580', manager.pin_hash)).toBe(true);
    expect(await pinMatches('2581', manager.pin_hash)).toBe(false);
    expect(db.prepare('SELECT key FROM settings ORDER BY key').all()).toEqual([{ key: 'office' }]);
    expect(db.prepare('SELECT consecutive_failures, locked_until_ms FROM pin_lockout').get()).toEqual({ consecutive_failures: 0, locked_until_ms: 0 });
    db.close();
  });

  it('018 keeps every outbox event and takes set-aside ones out of the unsent index', () => {
    // By position, not number: the reserved numbers before it may land later.
    const db = databaseAtVersion(migrations.indexOf(migration018OutboxSetAside));
    db.prepare(`INSERT INTO outbox (event_id, event_type, ticket_id, payload, occurred_at, sent_at) VALUES ('e1', 'ticket.issued', 't1', '{}', '2026-03-02T00:00:00.000Z', NULL), ('e2', 'ticket.issued', 't2', '{}', '2026-03-02T00:00:01.000Z', '2026-03-02T00:00:02.000Z')`).run();
    migrateToLatest(db);
    expect(db.prepare('SELECT event_id, sent_at, set_aside_at, set_aside_reason FROM outbox ORDER BY position').all()).toEqual([
      { event_id: 'e1', sent_at: null, set_aside_at: null, set_aside_reason: null },
      { event_id: 'e2', sent_at: '2026-03-02T00:00:02.000Z', set_aside_at: null, set_aside_reason: null },
    ]);
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT position FROM outbox WHERE sent_at IS NULL AND set_aside_at IS NULL ORDER BY position LIMIT 10').all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join()).toMatch(/outbox_unsent/);
    db.close();
  });

  it("024 indexes the line, a service's finished tickets and a desk's calls, so a forecast reads only the line and the latest few", () => {
    const db = databaseAtVersion(migrations.indexOf(migration024DeskTimeIndexes));
    insertVersion1Ticket(db, 't1', 1);
    db.prepare(`UPDATE tickets SET status = 'done', counter_id = 'desk-1', called_at_ms = 1772409660000, finished_at_ms = 1772409900000 WHERE id = 't1'`).run();
    migrateToLatest(db);
    const planOf = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((step) => step.detail);
    // The line in issue order without a walk through the day's finished tickets, or a sort.
    expect(planOf(`SELECT id FROM tickets WHERE business_day = '2026-03-02' AND status = 'waiting' ORDER BY rowid`)).toEqual(['SEARCH tickets USING INDEX tickets_in_line (business_day=?)']);
    // Newest first straight from the index: no sort of the day's rows, the LIMIT stops the walk.
    expect(planOf(`SELECT id FROM tickets WHERE service_id = 'civil' AND business_day = '2026-03-02' AND finished_at_ms IS NOT NULL ORDER BY finished_at_ms DESC LIMIT 40`)).toEqual([
      'SEARCH tickets USING INDEX tickets_finished_by_service (service_id=? AND business_day=? AND finished_at_ms>?)',
    ]);
    expect(planOf(`SELECT id FROM tickets WHERE service_id = 'civil' AND business_day < '2026-03-02' ORDER BY business_day DESC, finished_at_ms DESC LIMIT 60`)).toEqual([
      'SEARCH tickets USING INDEX tickets_finished_by_service (service_id=? AND business_day<?)',
    ]);
    expect(planOf(`SELECT id FROM tickets WHERE counter_id = 'desk-1' AND business_day = '2026-03-02' AND called_at_ms > 1772409660000 ORDER BY called_at_ms LIMIT 1`)).toEqual([
      'SEARCH tickets USING INDEX tickets_calls_by_desk (counter_id=? AND business_day=? AND called_at_ms>?)',
    ]);
    expect(db.prepare('SELECT id, status, finished_at_ms FROM tickets').all()).toEqual([{ id: 't1', status: 'done', finished_at_ms: 1772409900000 }]);
    db.close();
  });

  it('029 adds the pairing lockout with no wrong codes yet, beside the PIN lockout as it was', () => {
    const db = databaseAtVersion(migrations.indexOf(migration029PairingLockout));
    db.prepare('UPDATE pin_lockout SET consecutive_failures = 3').run();
    migrateToLatest(db);
    expect(readLanLockout(db, 'pairing')).toEqual({ consecutiveFailures: 0, end: NO_LOCKOUT, lastFailureAt: null, lastFailureSource: null });
    expect(db.prepare('SELECT consecutive_failures FROM pin_lockout').pluck().get()).toBe(3);
    db.close();
  });

  it('031 gives the manager page its own lockout with no wrong PINs yet, leaving the keypad and pairing lockouts as they were', () => {
    const db = databaseAtVersion(migrations.indexOf(migration031ManagerPageLockout));
    db.prepare('UPDATE pin_lockout SET consecutive_failures = 3').run();
    db.prepare('UPDATE pairing_lockout SET consecutive_failures = 2').run();
    migrateToLatest(db);
    expect(readLanLockout(db, 'managerPage')).toEqual({ consecutiveFailures: 0, end: NO_LOCKOUT, lastFailureAt: null, lastFailureSource: null });
    expect(readLanLockout(db, 'pairing')).toMatchObject({ consecutiveFailures: 2 });
    expect(db.prepare('SELECT consecutive_failures FROM pin_lockout').pluck().get()).toBe(3);
    db.close();
  });

  it('030 indexes the tickets now called and the no-shows, keeping the rows as they were', () => {
    const db = databaseAtVersion(migrations.indexOf(migration030DeskCallIndexes));
    insertVersion1Ticket(db, 't1', 1);
    insertVersion1Ticket(db, 't2', 2);
    db.prepare(`UPDATE tickets SET status = 'called', counter_id = 'desk-1', called_at_ms = 1772409660000 WHERE id = 't1'`).run();
    db.prepare(`UPDATE tickets SET status = 'no_show', counter_id = 'desk-1', called_at_ms = 1772409660000, finished_at_ms = 1772409900000 WHERE id = 't2'`).run();
    migrateToLatest(db);
    expect(namesOf(db, 'index')).toEqual(expect.arrayContaining(['tickets_called_now', 'tickets_no_shows']));
    expect(db.prepare(`SELECT id FROM tickets INDEXED BY tickets_called_now WHERE business_day = '2026-03-02' AND status = 'called'`).pluck().all()).toEqual(['t1']);
    expect(db.prepare(`SELECT id FROM tickets INDEXED BY tickets_no_shows WHERE business_day = '2026-03-02' AND status = 'no_show'`).pluck().all()).toEqual(['t2']);
    db.close();
  });

  it('033 adds an empty table for the district’s message counts, leaving the tickets as they were', () => {
    const db = databaseAtVersion(migrations.indexOf(migration033DistrictDeliveries));
    insertVersion1Ticket(db, 't1', 1);
    migrateToLatest(db);
    expect(namesOf(db, 'table')).toContain('district_deliveries');
    expect(db.prepare('SELECT COUNT(*) FROM district_deliveries').pluck().get()).toBe(0);
    expect(db.prepare('SELECT id FROM tickets').pluck().all()).toEqual(['t1']);
    db.close();
  });

  it('036 indexes the tickets in line by service and by issue time, leaving out paper whose print failed', () => {
    const db = databaseAtVersion(migrations.indexOf(migration036CallingLineIndexes));
    insertVersion1Ticket(db, 't1', 1);
    insertVersion1Ticket(db, 't2', 2);
    insertVersion1Ticket(db, 't3', 3);
    db.prepare(`UPDATE tickets SET print_state = 'failed' WHERE id = 't2'`).run();
    db.prepare(`UPDATE tickets SET status = 'called' WHERE id = 't3'`).run();
    migrateToLatest(db);
    const inLine = `status = 'waiting' AND NOT (kind = 'paper' AND print_state = 'failed')`;
    for (const index of ['tickets_line_by_service', 'tickets_line_by_issue_time']) {
      expect(db.prepare(`SELECT id FROM tickets INDEXED BY ${index} WHERE business_day = '2026-03-02' AND ${inLine}`).pluck().all()).toEqual(['t1']);
    }
    expect(db.prepare('SELECT id FROM tickets ORDER BY id').pluck().all()).toEqual(['t1', 't2', 't3']);
    db.close();
  });

  it('037 keeps a keypad lockout that was on, ending on the trusted time alone (no boot was recorded)', () => {
    const db = databaseAtVersion(migrations.indexOf(migration037PinLockoutSinceBoot));
    db.prepare('UPDATE pin_lockout SET consecutive_failures = 6, locked_until_ms = 1772409720000').run();
    migrateToLatest(db);
    expect(readPinLockout(db)).toEqual({ consecutiveFailures: 6, end: { trustedMs: 1772409720000, bootId: null, sinceBootMs: 0 } });
    db.close();
  });

  it('032 keeps the pairing and manager page lockouts that were on, ending on the trusted time alone (no boot was recorded)', () => {
    const db = databaseAtVersion(migrations.indexOf(migration032LanLockoutsSinceBoot));
    db.prepare(`UPDATE pairing_lockout SET consecutive_failures = 11, locked_until_ms = 1772409720000, last_failure_at = '2026-03-02T00:00:00.000Z', last_failure_source = '10.0.0.9'`).run();
    db.prepare('UPDATE manager_page_lockout SET consecutive_failures = 5, locked_until_ms = 1772409660000').run();
    migrateToLatest(db);
    expect(readLanLockout(db, 'pairing')).toEqual({
      consecutiveFailures: 11,
      end: { trustedMs: 1772409720000, bootId: null, sinceBootMs: 0 },
      lastFailureAt: '2026-03-02T00:00:00.000Z',
      lastFailureSource: '10.0.0.9',
    });
    expect(readLanLockout(db, 'managerPage')).toEqual({ consecutiveFailures: 5, end: { trustedMs: 1772409660000, bootId: null, sinceBootMs: 0 }, lastFailureAt: null, lastFailureSource: null });
    db.close();
  });

  it('has a test above for every migration: a new migration adds its own', () => {
    expect(migrations).toHaveLength(19);
  });
});
