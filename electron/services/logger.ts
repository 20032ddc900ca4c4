/** Messages only: callers never pass payloads, so personal data cannot reach a log by accident. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const consoleLogger: Logger = {
  info: (message) => console.info(`[sunbeon] ${message}`),
  warn: (message) => console.warn(`[sunbeon] ${message}`),
  error: (message) => console.error(`[sunbeon] ${message}`),
};
