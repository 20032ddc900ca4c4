import { randomBytes, scryptSync } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { pinMatches } from '../../staff/pinHash';
import { migrate } from '../../../../nodeShared/sqliteDatabase';
import { kioskSchema } from '../openDatabase';
import { migrations } from './index';

describe('migration 008: staff PINs, lockout, audit log', () => {
  it("makes an earlier build's single staff PIN the manager's, still matching", async () => {
    const db = new BetterSqlite3(':memory:');
    for (const [version, migration] of migrations.slice(0, 7).entries()) {
      migration(db);
      db.pragma(`user_version = ${version + 1}`);
    }
    // As the earlier build stored it: scrypt with its defaults, `salt:hash`.
    const salt = randomBytes(16);
    const legacy = `${salt.toString('hex')}:${scryptSync('2580', salt, 32).toString('hex')}`;
    db.prepare(`INSERT INTO settings (key, value) VALUES ('staff_pin', ?), ('office', '{}')`).run(legacy);

    migrate(db, kioskSchema);

    const manager = db.prepare(`SELECT pin_hash FROM staff_pins WHERE role = 'manager'`).get() as { pin_hash: string };
    expect(await pinMatches('2580', manager.pin_hash)).toBe(true);
    expect(await pinMatches('2581', manager.pin_hash)).toBe(false);
    expect(db.prepare(`SELECT key FROM settings ORDER BY key`).all()).toEqual([{ key: 'office' }]);
    expect(db.prepare('SELECT consecutive_failures, locked_until_ms FROM pin_lockout').get()).toEqual({ consecutive_failures: 0, locked_until_ms: 0 });
  });
});
