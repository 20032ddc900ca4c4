import { KIOSK_API_GLOBAL } from '../../shared/ipc/channels';
import type { KioskApi } from '../../shared/ipc/contract';

/**
 * The only door to the main process: the preload exposes the contract's functions on one global.
 * Read lazily so a missing bridge shows up as a failed call (the generic error screen), not a blank page.
 */
export function kioskApi(): KioskApi {
  const api = (window as unknown as Record<string, KioskApi | undefined>)[KIOSK_API_GLOBAL];
  if (!api) throw new Error(`window.${KIOSK_API_GLOBAL} is missing: the preload did not run`);
  return api;
}
