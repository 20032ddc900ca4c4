import pino, { type DestinationStream } from 'pino';
import { redactPhoneNumbers } from './phoneMasking';

/** Plain facts beside a message (ids, counts, durations). Never a request body or a person's data. */
export type LogFields = Record<string, unknown>;

export interface Logger {
  /** Routine noise a LAN client can cause at will (an aborted request): kept out of the default log level. */
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Where finished lines go: stdout by default, a test's memory, later a rotating file. */
export type LogSink = DestinationStream;

function maskStrings(value: unknown): unknown {
  if (typeof value === 'string') return redactPhoneNumbers(value);
  if (Array.isArray(value)) return value.map(maskStrings);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [redactPhoneNumbers(key), maskStrings(inner)]));
  }
  return value;
}

/**
 * Every line is masked on its way to the sink, after pino has put it together: a phone number in a
 * message, a field, a nested value, a key or an error's stack leaves as 010-****-5678 whatever the
 * caller passed. Numbers (the timestamp among them) are values of their own and stay as they are.
 */
function maskingSink(sink: LogSink): LogSink {
  return { write: (line) => sink.write(`${JSON.stringify(maskStrings(JSON.parse(line)))}\n`) };
}

/** One JSON line per entry (pino), `name` telling the kiosk's lines from the district server's. */
export function createLogger(name: string, sink: LogSink = process.stdout): Logger {
  const log = pino(
    {
      name,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    maskingSink(sink),
  );
  return {
    debug: (message, fields) => log.debug(fields ?? {}, message),
    info: (message, fields) => log.info(fields ?? {}, message),
    warn: (message, fields) => log.warn(fields ?? {}, message),
    error: (message, fields) => log.error(fields ?? {}, message),
  };
}
