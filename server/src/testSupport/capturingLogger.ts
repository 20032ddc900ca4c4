import { createLogger, type Logger } from '../logger';

export interface CapturingLogger extends Logger {
  lines: string[];
}

/** A real logger (redaction included) whose lines stay in memory for the test to read. */
export function capturingLogger(): CapturingLogger {
  const lines: string[] = [];
  return Object.assign(createLogger((level, line) => lines.push(`${level} ${line}`)), { lines });
}
