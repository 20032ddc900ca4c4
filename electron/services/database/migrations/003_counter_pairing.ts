import type { Database } from 'better-sqlite3';

/** Counter terminals on the LAN: one-time pairing codes and the bearer tokens they are exchanged for, both kept only as hashes. */
export function migration003CounterPairing(db: Database): void {
  db.exec(`
    CREATE TABLE pairing_codes (
      code_hash     TEXT PRIMARY KEY,
      counter_id    TEXT NOT NULL,
      expires_at_ms INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE counter_tokens (
      token_hash TEXT PRIMARY KEY,
      counter_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      revoked_at TEXT
    ) STRICT;
  `);
}
