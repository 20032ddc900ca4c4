import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pinoRoll from 'pino-roll';
import { createLogger, type Logger, type LogSink } from './logger';
import { redactPhoneNumbers } from './phoneMasking';

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

/** Reads `length` bytes of `path` from `position` (fewer at its end): how log files are read here, so a test can count it. */
export type ReadRange = (path: string, position: number, length: number) => Buffer;

const readRange: ReadRange = (path, position, length) => {
  const piece = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    return piece.subarray(0, readSync(fd, piece, 0, length, position));
  } finally {
    closeSync(fd);
  }
};

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
    pieces.unshift(readRange(path, size - take, take));
    left -= take;
  }
  const text = Buffer.concat(pieces).toString('utf8');
  // A cut through the first file starts mid-line: drop that partial line.
  return left <= 0 ? text.slice(text.indexOf('\n') + 1) : text;
}

/** An error line of the log files as the staff screen shows it: when, and the (masked) message. */
export interface LoggedError {
  at: string;
  message: string;
}

/** How far back the staff screen looks for errors in a file it has not read before: the newest part, not days of it. */
const ERROR_SCAN_BYTES = 512_000;

/**
 * The latest error lines in the log files of `dir` (every process writing there), newest first,
 * masked again like an export. The staff screen asks every few seconds, so each file is read once:
 * later calls read only what was appended since (a file that shrank was replaced: read again).
 */
export function recentErrorsReader(dir: string, limit: number, read: ReadRange = readRange): () => LoggedError[] {
  /** Per file: how far it was read, and the line being written when it was. */
  const files = new Map<string, { readTo: number; unfinished: string }>();
  let errors: LoggedError[] = [];
  return () => {
    if (!existsSync(dir)) return errors;
    const present = readdirSync(dir).filter((file) => file.endsWith('.log'));
    for (const known of files.keys()) if (!present.includes(known)) files.delete(known);
    for (const file of present) {
      const path = join(dir, file);
      const { size } = statSync(path);
      const seen = files.get(file);
      if (seen?.readTo === size) continue;
      const appended = seen !== undefined && seen.readTo < size;
      const from = appended ? seen.readTo : Math.max(0, size - ERROR_SCAN_BYTES);
      const lines = ((appended ? seen.unfinished : '') + read(path, from, size - from).toString('utf8')).split('\n');
      // A first read from the middle of a file starts mid-line.
      if (from > 0 && !appended) lines.shift();
      files.set(file, { readTo: size, unfinished: lines.pop() ?? '' });
      errors.push(...errorLines(lines));
    }
    errors = errors.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
    return errors;
  };
}

function errorLines(lines: string[]): LoggedError[] {
  const errors: LoggedError[] = [];
  for (const line of lines) {
    if (!line.includes('"level":"error"') && !line.includes('"level":"fatal"')) continue;
    try {
      const entry = JSON.parse(line) as { time?: unknown; msg?: unknown };
      if (typeof entry.time === 'string' && typeof entry.msg === 'string') errors.push({ at: entry.time, message: redactPhoneNumbers(entry.msg) });
    } catch {
      // A line cut by a crash mid-write: the next one is whole.
    }
  }
  return errors;
}
