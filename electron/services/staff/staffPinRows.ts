import type { StaffRole } from '../../../shared/staff';
import type { Database } from '../database/openDatabase';
import { perConnection } from '../database/perConnection';

/** Owner of `staff_pins`: one slow hash per role. */
const statements = perConnection((db) => ({
  read: db.prepare<[StaffRole], { pin_hash: string }>('SELECT pin_hash FROM staff_pins WHERE role = ?'),
  write: db.prepare<[StaffRole, string, string]>(
    `INSERT INTO staff_pins (role, pin_hash, changed_at) VALUES (?, ?, ?)
     ON CONFLICT (role) DO UPDATE SET pin_hash = excluded.pin_hash, changed_at = excluded.changed_at`,
  ),
  seed: db.prepare<[StaffRole, string, string]>('INSERT INTO staff_pins (role, pin_hash, changed_at) VALUES (?, ?, ?) ON CONFLICT (role) DO NOTHING'),
}));

export function pinHashOf(db: Database, role: StaffRole): string | null {
  return statements(db).read.get(role)?.pin_hash ?? null;
}

export function savePinHash(db: Database, role: StaffRole, pinHash: string, at: string): void {
  statements(db).write.run(role, pinHash, at);
}

/** Sets a role's PIN only if it has none: a seed never overrides a PIN staff chose. */
export function seedPinHash(db: Database, role: StaffRole, pinHash: string, at: string): boolean {
  return statements(db).seed.run(role, pinHash, at).changes > 0;
}
