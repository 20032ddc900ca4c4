import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiError, ErrorCode } from '../../../shared/errors';
import { KioskError } from '../kioskError';
import type { Logger } from '../logger';

/** Failures only the LAN has: the kiosk's own screens never authenticate or pair. */
export type LanErrorCode = 'UNAUTHORIZED' | 'PAIRING_FAILED' | 'TOO_MANY_ATTEMPTS' | 'NOT_FOUND';

export class LanRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: LanErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'LanRequestError';
  }
}

// Every code is listed so that a new one is a compile error here until someone picks its status.
const statusOfKioskError: Record<ErrorCode, number> = {
  INVALID_REQUEST: 400,
  FORBIDDEN_SENDER: 403,
  UNKNOWN_CHANNEL: 404,
  UNKNOWN_SERVICE: 400,
  SERVICE_CLOSED: 409,
  PRINTER_UNAVAILABLE: 503,
  TICKET_NOT_FOUND: 404,
  NOT_REPRINTABLE: 409,
  NOT_CANCELLABLE: 409,
  UNKNOWN_COUNTER: 404,
  COUNTER_NOT_OPEN: 409,
  QUEUE_EMPTY: 409,
  NO_CURRENT_TICKET: 409,
  RECALL_TOO_SOON: 429,
  NOT_ENOUGH_RECALLS: 409,
  NOT_REINSTATABLE: 409,
  STAFF_LOCKED: 403,
  STAFF_PIN_WRONG: 401,
  TOO_MANY_ATTEMPTS: 429,
  LAN_UNAVAILABLE: 503,
  PHONE_INVALID: 400,
  MOBILE_DUPLICATE: 409,
  MOBILE_UNAVAILABLE: 503,
  CONSENT_REQUIRED: 400,
  INTERNAL: 500,
};

/** Fastify's own rejections of a request (unparsable JSON, wrong media type, too large) carry a 4xx status. */
function isFastifyClientError(error: unknown): error is FastifyError {
  if (typeof error !== 'object' || error === null) return false;
  const { code, statusCode } = error as Partial<FastifyError>;
  return typeof code === 'string' && code.startsWith('FST_') && typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
}

/** Every failure leaves as `{ code, message }`; nothing thrown reaches the client as a stack or a crash. */
export function installErrorResponses(app: FastifyInstance, log: Logger): void {
  app.setErrorHandler((error, request, reply) => {
    const send = (status: number, body: ApiError) => reply.status(status).send(body);
    if (error instanceof LanRequestError) {
      reply.headers(error.headers);
      return send(error.status, { code: error.code, message: error.message });
    }
    if (error instanceof KioskError) return send(statusOfKioskError[error.code], { code: error.code, message: error.message });
    if (isFastifyClientError(error)) return send(error.statusCode ?? 400, { code: 'INVALID_REQUEST', message: error.message });
    // Only the error's class and message: a request could hold personal data.
    log.error(`${request.method} ${request.routeOptions.url ?? 'unrouted'} failed: ${error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown'}`);
    return send(500, { code: 'INTERNAL', message: 'Something went wrong inside the kiosk' });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ code: 'NOT_FOUND', message: `Nothing at ${request.method} ${request.url.split('?')[0]}` } satisfies ApiError);
  });
}
