import type { FastifyInstance } from 'fastify';
import { HttpProblem, installErrorEnvelope } from '../../../nodeShared/httpErrors';
import type { ErrorCode } from '../../../shared/errors';
import { KioskError } from '../kioskError';
import type { Logger } from '../../../nodeShared/logger';

/** Failures only the LAN has: the kiosk's own screens never authenticate or pair. */
export type LanErrorCode = 'UNAUTHORIZED' | 'PAIRING_FAILED' | 'TOO_MANY_ATTEMPTS' | 'TOO_MANY_STREAMS' | 'NOT_FOUND';

export class LanRequestError extends HttpProblem<LanErrorCode> {}

// Every code is listed so that a new one is a compile error here until someone picks its status.
const statusOfKioskError: Record<ErrorCode, number> = {
  INVALID_REQUEST: 400,
  FORBIDDEN_SENDER: 403,
  UNKNOWN_CHANNEL: 404,
  UNKNOWN_SERVICE: 400,
  SERVICE_CLOSED: 409,
  SERVICE_NOT_OPEN: 409,
  PRINTER_UNAVAILABLE: 503,
  TICKET_NOT_FOUND: 404,
  NOT_REPRINTABLE: 409,
  NOT_CANCELLABLE: 409,
  DAY_NOT_CLOSED: 409,
  NOT_MOVABLE: 409,
  NOT_UNCERTAIN: 409,
  UNKNOWN_COUNTER: 404,
  COUNTER_NOT_OPEN: 409,
  QUEUE_EMPTY: 409,
  NO_CURRENT_TICKET: 409,
  RECALL_TOO_SOON: 429,
  NOT_ENOUGH_RECALLS: 409,
  NOT_REINSTATABLE: 409,
  STAFF_LOCKED: 403,
  STAFF_FORBIDDEN: 403,
  PIN_REFUSED: 400,
  SETUP_REQUIRED: 503,
  SETUP_DONE: 409,
  STAFF_PIN_WRONG: 401,
  TOO_MANY_ATTEMPTS: 429,
  LAN_UNAVAILABLE: 503,
  PHONE_INVALID: 400,
  MOBILE_DUPLICATE: 409,
  MOBILE_UNAVAILABLE: 503,
  CONSENT_REQUIRED: 400,
  NO_CLOCK_FAULT: 409,
  SETTINGS_REFUSED: 409,
  DISTRICT_REFUSED: 400,
  NO_KEYSTORE: 409,
  DISTRICT_NOT_LINKED: 409,
  WAITING_DECISION_NEEDED: 409,
  SETTINGS_FILE_REFUSED: 400,
  UNKNOWN_VERSION: 404,
  CORE_RESTARTING: 503,
  EXPORT_FAILED: 500,
  INTERNAL: 500,
};

export function installErrorResponses(app: FastifyInstance, log: Logger): void {
  installErrorEnvelope(app, log, {
    serverName: 'the kiosk',
    clientErrorCode: () => 'INVALID_REQUEST',
    answerFor: (error) => (error instanceof KioskError ? { status: statusOfKioskError[error.code], body: { code: error.code, message: error.message } } : null),
  });
}
