import { kioskChannelByMethod, type KioskChannel, type KioskMethod } from '../../shared/ipc/channels';
import type { KioskApi } from '../../shared/ipc/contract';

export type Invoke = (channel: KioskChannel, payload: unknown) => Promise<unknown>;

/** One named function per contract entry; the page never gets ipcRenderer or a generic invoke. */
export function buildKioskApi(invoke: Invoke): KioskApi {
  const methods = Object.keys(kioskChannelByMethod) as KioskMethod[];
  return Object.freeze(
    Object.fromEntries(methods.map((method) => [method, (request: unknown) => invoke(kioskChannelByMethod[method], request ?? {})])),
  ) as KioskApi;
}
