import type { Database } from 'better-sqlite3';

/**
 * A table's owner module builds its statements once per connection: the first call for a
 * connection prepares them, every later call gets the same prepared statements back.
 */
export function perConnection<Rows>(prepare: (db: Database) => Rows): (db: Database) => Rows {
  const built = new WeakMap<Database, Rows>();
  return (db) => {
    let rows = built.get(db);
    if (!rows) {
      rows = prepare(db);
      built.set(db, rows);
    }
    return rows;
  };
}
