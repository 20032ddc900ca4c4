import { perConnection } from '../database/perConnection';

/** The `settings` table: one JSON (or text) value per key. Each key's meaning belongs to the module that uses it. */
export const settingRows = perConnection((db) => {
  const read = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
  const write = db.prepare<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const writeIfAbsent = db.prepare<[string, string]>('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING');
  const remove = db.prepare<[string]>('DELETE FROM settings WHERE key = ?');
  return {
    read: (key: string): string | undefined => read.get(key),
    write: (key: string, value: string): void => void write.run(key, value),
    /** Seeds a value on first start; a value already there is kept. */
    writeIfAbsent: (key: string, value: string): void => void writeIfAbsent.run(key, value),
    remove: (key: string): void => void remove.run(key),
  };
});
