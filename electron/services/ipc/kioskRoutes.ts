import { z } from 'zod';
import { kioskContract, kioskMethods, type KioskChannel, type KioskContract, type KioskMethod, type ResponseOf } from '../../../shared/ipc/contract';
import { fail, ok, type Envelope } from '../../../shared/result';
import { KioskError } from '../kioskError';
import type { Logger } from '../../../nodeShared/logger';

export type KioskHandlers = {
  [M in KioskMethod]: (request: z.output<KioskContract[M]['request']>) => Promise<ResponseOf<M>>;
};

/** One channel's whole boundary: parse the payload, run the handler, answer with an envelope. */
export type KioskRoute = (payload: unknown) => Promise<Envelope<unknown>>;

/** Told of every unexpected failure (INTERNAL) by the code district IT sees: `INTERNAL:<channel>`. */
export type OnInternalFailure = (code: string) => void;

/** The handler table that Electron's ipcMain and the test bridge both serve, channel by channel. */
export function createKioskRoutes(handlers: KioskHandlers, log: Logger, onInternalFailure: OnInternalFailure = () => undefined): ReadonlyMap<KioskChannel, KioskRoute> {
  return new Map(kioskMethods.map((method) => [kioskContract[method].channel, routeFor(method, handlers, log, onInternalFailure)] as const));
}

function routeFor<M extends KioskMethod>(method: M, handlers: KioskHandlers, log: Logger, onInternalFailure: OnInternalFailure): KioskRoute {
  const { request, response } = kioskContract[method];
  const handle = handlers[method] as (request: unknown) => Promise<unknown>;
  return async (payload) => {
    const parsed = request.safeParse(payload);
    if (!parsed.success) return fail('INVALID_REQUEST', z.prettifyError(parsed.error));
    try {
      return ok(response.parse(await handle(parsed.data)));
    } catch (error) {
      if (error instanceof KioskError) return fail(error.code, error.message, error.extra);
      // Only the error's class and message: a payload could hold personal data.
      log.error(`${kioskContract[method].channel} failed: ${error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown'}`);
      onInternalFailure(`INTERNAL:${kioskContract[method].channel}`);
      return fail('INTERNAL', 'Something went wrong inside the kiosk');
    }
  };
}
