import { z } from 'zod';
import type { Logger } from '../../../nodeShared/logger';
import type { DistrictSetting } from '../../../shared/district/setting';
import { writeTransaction, type Database } from '../database/openDatabase';
import { KioskError } from '../kioskError';
import type { KeyProvider } from '../privacy/keyProviders';
import { sealText } from '../privacy/sealedText';
import { credentialsKey, openDistrictSecret, storedDistrictSchema, type SealedDistrict } from './sealedDistrict';
import { settingRows } from '../settings/settingRows';
import { resolveSyncConfig, SyncConfigError } from '../sync/syncConfig';
import type { DistrictLink, DistrictOptions } from './districtLink';

const CHOSEN_DISTRICT_KEY = 'district';
/** As kept: the link the manager set, or their disconnection (IT's environment must not link the kiosk again behind their back). */
const keptDistrictSchema = z.union([storedDistrictSchema, z.object({ disconnected: z.literal(true) })]);

export interface DistrictChoice {
  /** The link in force; null on a kiosk without a district server (paper tickets only). */
  link(): DistrictLink | null;
  /** The server and kiosk id in force, never the secret. */
  inForce(): DistrictSetting | null;
  /** Whether this kiosk has a keystore to seal a secret with. */
  canSeal(): boolean;
  /** The link in force with its secret sealed, for main's updater (which asks the same server for updates). */
  sealedInForce(): SealedDistrict | null;
  /** Called after the manager links the kiosk to another server, gives it another secret or disconnects it. */
  onChange(listener: () => void): void;
  /** Checks, seals and keeps the setting, and links to the server at once (null secret: keep the one in force). */
  choose(setting: DistrictSetting, secret: string | null): Promise<void>;
  /** Stops the link and destroys the sealed secret; kept across restarts, IT's seed included, until the manager links again. */
  disconnect(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The district server a kiosk links to. IT's environment (SUNBEON_DISTRICT_URL, SUNBEON_KIOSK_ID,
 * SUNBEON_KIOSK_SECRET) seeds a kiosk; once the manager set the link on the kiosk, theirs wins.
 * The core has no OS keystore of its own: main unseals one key from it and hands it over at start,
 * and the secret is kept sealed under a key derived from that one.
 */
export function startDistrictChoice(deps: {
  db: Database;
  log: Logger;
  /** The key main unsealed from the OS keystore; null where there is none (then nothing can be sealed). */
  keystore: KeyProvider | null;
  /** What IT gave at start, if anything. */
  seed: DistrictOptions | undefined;
  start: (options: DistrictOptions) => DistrictLink;
}): DistrictChoice {
  const { db, log, keystore, seed } = deps;
  const sealingKey = () => credentialsKey(keystore!.getKey());
  /** Test and bench timing that came with the seed applies to whichever server is in force. */
  const timing = { retry: seed?.retry, heartbeatMs: seed?.heartbeatMs };

  const chosenAtStart = (): DistrictOptions | undefined => {
    const stored = settingRows(db).read(CHOSEN_DISTRICT_KEY);
    if (stored === undefined) return seed;
    const chosen = keptDistrictSchema.parse(JSON.parse(stored));
    if ('disconnected' in chosen) {
      if (seed) log.info('The manager disconnected this kiosk from the district server; SUNBEON_DISTRICT_URL only seeds a new kiosk');
      return undefined;
    }
    const secret = keystore ? openDistrictSecret(keystore.getKey(), chosen.sealedSecret) : null;
    if (secret === null) {
      log.error('The district credentials set on this kiosk cannot be unsealed (no OS keystore, or its key changed): mobile tickets are off until the manager enters them again');
      return undefined;
    }
    if (seed && (seed.serverUrl !== chosen.serverUrl || seed.kioskId !== chosen.kioskId)) {
      log.info('The district server set on the kiosk is used; SUNBEON_DISTRICT_URL/SUNBEON_KIOSK_ID only seed a new kiosk');
    }
    return { serverUrl: chosen.serverUrl, publicUrl: chosen.publicUrl ?? undefined, kioskId: chosen.kioskId, secret, keyProvider: keystore!, ...timing };
  };

  let options = chosenAtStart();
  let current: DistrictLink | null = options ? deps.start(options) : null;
  const changeListeners: Array<() => void> = [];

  return {
    link: () => current,
    inForce: () => (options ? { serverUrl: options.serverUrl, publicUrl: options.publicUrl ?? null, kioskId: options.kioskId } : null),
    canSeal: () => keystore !== null,
    sealedInForce: () =>
      options && keystore ? { serverUrl: options.serverUrl, kioskId: options.kioskId, sealedSecret: sealText(sealingKey(), options.secret).toString('base64') } : null,
    onChange: (listener) => void changeListeners.push(listener),
    async choose(setting, secret) {
      if (!keystore) throw new KioskError('NO_KEYSTORE', 'This kiosk has no OS keystore to keep the district secret sealed');
      const kept = secret ?? options?.secret;
      if (!kept) throw new KioskError('DISTRICT_REFUSED', 'Enter the kiosk secret', { fieldPath: 'secret' });
      try {
        resolveSyncConfig({ serverUrl: setting.serverUrl, kioskId: setting.kioskId, secret: kept });
      } catch (error) {
        if (error instanceof SyncConfigError) throw new KioskError('DISTRICT_REFUSED', error.message);
        throw error;
      }
      const sealedSecret = sealText(sealingKey(), kept).toString('base64');
      writeTransaction(db, () => settingRows(db).write(CHOSEN_DISTRICT_KEY, JSON.stringify({ ...setting, sealedSecret })));
      const previous = current;
      current = null;
      await previous?.close();
      options = { serverUrl: setting.serverUrl, publicUrl: setting.publicUrl ?? undefined, kioskId: setting.kioskId, secret: kept, keyProvider: keystore, ...timing };
      current = deps.start(options);
      for (const listener of changeListeners) listener();
    },
    async disconnect() {
      // Overwriting the row destroys the sealed secret; the link stops before the next batch.
      settingRows(db).write(CHOSEN_DISTRICT_KEY, JSON.stringify({ disconnected: true }));
      const previous = current;
      current = null;
      options = undefined;
      await previous?.close();
      for (const listener of changeListeners) listener();
    },
    async close() {
      await current?.close();
      current = null;
    },
  };
}
