import { createStore } from 'zustand/vanilla';
import { KIOSK_API_GLOBAL } from '../../shared/ipc/channels';
import type { KioskApi } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/result';

/** Set when an answer says the kiosk's core process is starting again; the wait screen clears it. */
export const coreAvailability = createStore<{ restarting: boolean }>()(() => ({ restarting: false }));

const watched = new WeakMap<KioskApi, KioskApi>();

/** Every call's answer passes here, so any screen's call can tell the kiosk to wait for its core. */
function watchingCoreRestarts(api: KioskApi): KioskApi {
  const wrapped = Object.fromEntries(
    Object.entries(api).map(([method, call]) => [
      method,
      async (request: unknown) => {
        const answer = await (call as (request: unknown) => Promise<{ ok: boolean; error?: { code: string } }>)(request);
        if (!answer.ok && answer.error?.code === 'CORE_RESTARTING') coreAvailability.setState({ restarting: true });
        return answer;
      },
    ]),
  );
  return Object.freeze(wrapped) as unknown as KioskApi;
}

/**
 * The only door to the main process: the preload exposes the contract's functions on one global.
 * Read lazily so a missing bridge shows up as a failed call (the generic error screen), not a blank page.
 */
export function kioskApi(): KioskApi {
  const api = (window as unknown as Record<string, KioskApi | undefined>)[KIOSK_API_GLOBAL];
  if (!api) throw new Error(`window.${KIOSK_API_GLOBAL} is missing: the preload did not run`);
  let watching = watched.get(api);
  if (!watching) {
    watching = watchingCoreRestarts(api);
    watched.set(api, watching);
  }
  return watching;
}

/** A rejected promise or a missing bridge becomes a failure envelope like any other. */
export async function settle<T>(call: () => Promise<Envelope<T>>): Promise<Envelope<T>> {
  try {
    return await call();
  } catch (cause) {
    return { ok: false, error: { code: 'INTERNAL', message: String(cause) } };
  }
}
