import { kioskContract, type KioskMethod, type RequestOf, type ResponseOf } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/result';
import { createKioskCore, type KioskCore, type KioskCoreOptions } from '../kiosk/kioskCore';
import { createPrinter } from '../printing/createPrinter';
import { settableClock, type SettableClock } from '../../../nodeShared/clock';
import type { SettableMachineTime } from './settableMachineTime';

export type KioskCall = <M extends KioskMethod>(method: M, request: RequestOf<M>) => Promise<Envelope<ResponseOf<M>>>;

export interface TestKiosk {
  core: KioskCore;
  /** The simulated time; on a kiosk started with `machineTime`, that machine's wall clock. */
  clock: SettableClock;
  call: KioskCall;
}

export type TestKioskOptions = Partial<KioskCoreOptions> & { dataDir: string; printerPort?: number; clock?: SettableClock; machineTime?: SettableMachineTime };

/**
 * A kiosk core on a real data folder, called through the same routes IPC uses; the caller closes it
 * (`core.close()`). Without a printer port the printer is a closed local port (every print fails fast).
 */
export function startTestKiosk({ printerPort, machineTime, clock = machineTime ? undefined : settableClock('2026-11-24T01:00:00Z'), ...options }: TestKioskOptions): TestKiosk {
  const core = createKioskCore({
    printer: createPrinter({ transport: 'network', host: '127.0.0.1', port: printerPort ?? 9, timeoutMs: printerPort ? 2_000 : 100 }),
    clock,
    machineTime,
    ...options,
  });
  const call: KioskCall = (method, request) => core.routes.get(kioskContract[method].channel)!(request) as never;
  return { core, clock: clock ?? { now: machineTime!.wallMs, set: machineTime!.setWallClock }, call };
}

export function valueOf<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}
