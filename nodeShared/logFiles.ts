import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pinoRoll from 'pino-roll';
import { createLogger, type Logger, type LogSink } from './logger';

/** A day's file, or a new one at 10 MB; two weeks of files kept. A kiosk's disk never fills with logs. */
const ROLL = { frequency: 'daily', size: '10m', limit: { count: 14 } } as const;

/** The folder in a kiosk's data folder (or beside the district server's database) that holds the log files. */
export const LOG_FOLDER = 'logs';

export interface LogFiles {
  log: Logger;
  close(): void;
}

/**
 * Masked JSON lines (createLogger) written to rotating files `<dir>/<name>.<date>.<n>.log`
 * (pino-roll), and to stdout too, where a console or a service manager may read them.
 */
export async function openLogFiles(name: string, dir: string): Promise<LogFiles> {
  const file = await pinoRoll({ file: join(dir, name), mkdir: true, dateFormat: 'yyyy-MM-dd', sync: true, ...ROLL });
  const both: LogSink = {
    write(line: string) {
      file.write(line);
      process.stdout.write(line);
    },
  };
  return { log: createLogger(name, both), close: () => file.end() };
}

/**
 * The newest lines of the log files in `dir` (oldest file first), at most `maxBytes`, for export.
 * The lines were masked when written: what leaves here holds no phone number.
 */
export function recentLogText(dir: string, maxBytes: number): string {
  if (!existsSync(dir)) return '';
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.log'))
    .map((file) => ({ path: join(dir, file), modified: statSync(join(dir, file)).mtimeMs }))
    .sort((a, b) => b.modified - a.modified || b.path.localeCompare(a.path));
  const pieces: Buffer[] = [];
  let left = maxBytes;
  for (const { path } of files) {
    if (left <= 0) break;
    const size = statSync(path).size;
    const take = Math.min(size, left);
    const piece = Buffer.alloc(take);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, piece, 0, take, size - take);
    } finally {
      closeSync(fd);
    }
    pieces.unshift(piece);
    left -= take;
  }
  const text = Buffer.concat(pieces).toString('utf8');
  // A cut through the first file starts mid-line: drop that partial line.
  return left <= 0 ? text.slice(text.indexOf('\n') + 1) : text;
}
