import { redactPhoneNumbers } from '../../nodeShared/phoneMasking';

/** Messages only, never payloads, so that personal data cannot reach a log by accident. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export type LogLevel = keyof Logger;

/** Every line passes through the phone redaction as well: a defence in depth for the "never logged" promise. */
export function createLogger(write: (level: LogLevel, line: string) => void): Logger {
  const at = (level: LogLevel) => (message: string) => write(level, `[sunbeon-server] ${redactPhoneNumbers(message)}`);
  return { info: at('info'), warn: at('warn'), error: at('error') };
}

export const consoleLogger = createLogger((level, line) => console[level](line));
