import { auditEntrySchema, type AuditAction, type AuditActor, type AuditEntry } from '../../../shared/staff';
import type { Database } from '../database/openDatabase';
import { perConnection } from '../database/perConnection';

type AuditRow = { position: number; at: string; actor: string; action: string; detail: string };

/** Owner of `audit_log`: rows are only ever added (triggers refuse UPDATE and DELETE). */
const statements = perConnection((db) => ({
  append: db.prepare<[string, AuditActor, AuditAction, string]>('INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)'),
  latest: db.prepare<[number], AuditRow>('SELECT position, at, actor, action, detail FROM audit_log ORDER BY position DESC LIMIT ?'),
  latestOf: db.prepare<[string, number], AuditRow>(
    'SELECT position, at, actor, action, detail FROM audit_log WHERE action = ? ORDER BY position DESC LIMIT ?',
  ),
  all: db.prepare<[], AuditRow>('SELECT position, at, actor, action, detail FROM audit_log ORDER BY position'),
}));

function entryOf(row: AuditRow): AuditEntry {
  return auditEntrySchema.parse({ ...row, detail: JSON.parse(row.detail) });
}

export interface AuditRecord {
  /**
   * Every audit line carries the queue's trusted time (`QueueContext.clock`: the queue clock, which a
   * wall clock moved by hand does not follow), so lines from the staff session, the staff screen,
   * the LAN pages and pairing sort and read alike. Writers take it from there, never from the system clock.
   */
  at: string;
  actor: AuditActor;
  action: AuditAction;
  detail?: Record<string, unknown>;
}

export function appendAudit(db: Database, record: AuditRecord): void {
  statements(db).append.run(record.at, record.actor, record.action, JSON.stringify(record.detail ?? {}));
}

/** Newest first. */
export function latestAudit(db: Database, limit: number, action?: AuditAction): AuditEntry[] {
  const rows = action ? statements(db).latestOf.all(action, limit) : statements(db).latest.all(limit);
  return rows.map(entryOf);
}

/** Oldest first: the whole log, for export. */
export function allAudit(db: Database): AuditEntry[] {
  return statements(db).all.all().map(entryOf);
}
