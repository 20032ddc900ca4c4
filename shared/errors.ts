import { z } from 'zod';

/** Every way a kiosk request can fail, the same codes over IPC and the LAN API. */
export const errorCodes = [
  'INVALID_REQUEST',
  'FORBIDDEN_SENDER',
  'UNKNOWN_CHANNEL',
  'UNKNOWN_SERVICE',
  'SERVICE_CLOSED',
  'SERVICE_NOT_OPEN',
  'PRINTER_UNAVAILABLE',
  'TICKET_NOT_FOUND',
  'NOT_REPRINTABLE',
  'NOT_CANCELLABLE',
  'DAY_NOT_CLOSED',
  'NOT_MOVABLE',
  'NOT_UNCERTAIN',
  'UNKNOWN_COUNTER',
  'COUNTER_NOT_OPEN',
  'QUEUE_EMPTY',
  'NO_CURRENT_TICKET',
  'RECALL_TOO_SOON',
  'NOT_ENOUGH_RECALLS',
  'NOT_REINSTATABLE',
  'STAFF_LOCKED',
  'STAFF_FORBIDDEN',
  'PIN_REFUSED',
  'SETUP_REQUIRED',
  'SETUP_DONE',
  'STAFF_PIN_WRONG',
  'TOO_MANY_ATTEMPTS',
  'LAN_UNAVAILABLE',
  'PHONE_INVALID',
  'MOBILE_DUPLICATE',
  'MOBILE_UNAVAILABLE',
  'CONSENT_REQUIRED',
  'NO_CLOCK_FAULT',
  'SETTINGS_REFUSED',
  'DISTRICT_REFUSED',
  'NO_KEYSTORE',
  /** Disconnecting a kiosk that has no district link. */
  'DISTRICT_NOT_LINKED',
  'WAITING_DECISION_NEEDED',
  'SETTINGS_FILE_REFUSED',
  'UNKNOWN_VERSION',
  /** The folder staff chose for the logs could not be written (a full or write-protected stick). */
  'EXPORT_FAILED',
  /** The kiosk's core process stopped and is starting again: nothing was done, try again in a moment. */
  'CORE_RESTARTING',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** The body of every HTTP error answer, kiosk LAN and district server alike. */
export const apiErrorSchema = z.object({ code: z.string(), message: z.string() });
export type ApiError = z.infer<typeof apiErrorSchema>;
