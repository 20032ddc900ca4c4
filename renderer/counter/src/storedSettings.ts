import { z } from 'zod';
import { counterViewSchema } from '../../../shared/counter';
import { languageSchema } from '../../../shared/office';

/** What this laptop remembers between reloads: its pairing and the staff member's preferences. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const sessionSchema = z.object({ token: z.string().min(1), counter: counterViewSchema });
export type Session = z.infer<typeof sessionSchema>;

const preferencesSchema = z.object({ language: languageSchema, letterShortcuts: z.boolean() });
export type Preferences = z.infer<typeof preferencesSchema>;
const defaultPreferences: Preferences = { language: 'ko', letterShortcuts: true };

const SESSION_KEY = 'sunbeon.counter.session';
const PREFERENCES_KEY = 'sunbeon.counter.preferences';

function read<T>(store: KeyValueStore, key: string, schema: z.ZodType<T>): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(store.getItem(key) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function readSession(store: KeyValueStore): Session | null {
  return read(store, SESSION_KEY, sessionSchema);
}

export function writeSession(store: KeyValueStore, session: Session | null): void {
  if (session) store.setItem(SESSION_KEY, JSON.stringify(session));
  else store.removeItem(SESSION_KEY);
}

export function readPreferences(store: KeyValueStore): Preferences {
  return read(store, PREFERENCES_KEY, preferencesSchema) ?? defaultPreferences;
}

export function writePreferences(store: KeyValueStore, preferences: Preferences): void {
  store.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
}
