import { createLogger, type Logger } from '../../../nodeShared/logger';

export interface CapturingLogger extends Logger {
  /** The JSON lines as they would have reached stdout, masking done. */
  lines: string[];
}

/** A real logger (redaction included) whose lines stay in memory for the test to read. */
export function capturingLogger(): CapturingLogger {
  const lines: string[] = [];
  return Object.assign(createLogger('sunbeon-server', { write: (line: string) => lines.push(line) }), { lines });
}
