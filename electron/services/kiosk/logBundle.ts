import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { redactPhoneNumbers } from '../../../nodeShared/phoneMasking';

/** Where staff save the logs: main's folder picker (a USB stick), a test's temp folder; null when staff cancelled. */
export type ChooseExportFolder = () => Promise<string | null>;

export interface LogBundle {
  /** The folder written inside the chosen one. */
  folder: string;
  /** Log files copied (the manifest not counted). */
  files: number;
  bytes: number;
}

export const LOG_MANIFEST = 'manifest.json';

/**
 * Copies every rotated log file of `logDir` (the core's and main's) into a new folder
 * `sunbeon-logs-<kiosk time>` under `into`, with a manifest IT can check the copy against.
 * The lines were masked when written; each is masked again on the way out, so a number that
 * reached a file some other way (an old version, a hand edit) still never leaves on the stick.
 */
export async function writeLogBundle(options: { logDir: string | undefined; into: string; at: Date; appVersion: string }): Promise<LogBundle> {
  const stamp = options.at.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const folder = join(options.into, `sunbeon-logs-${stamp}`);
  await mkdir(folder, { recursive: true });
  const { logDir } = options;
  const names = logDir && existsSync(logDir) ? (await readdir(logDir)).filter((name) => name.endsWith('.log')).sort() : [];
  const files: Array<{ name: string; bytes: number; sha256: string }> = [];
  for (const name of names) {
    const masked = Buffer.from(redactPhoneNumbers(await readFile(join(logDir!, name), 'utf8')), 'utf8');
    await writeFile(join(folder, name), masked);
    files.push({ name, bytes: masked.length, sha256: createHash('sha256').update(masked).digest('hex') });
  }
  const manifest = { exportedAt: options.at.toISOString(), appVersion: options.appVersion, files };
  await writeFile(join(folder, LOG_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return { folder, files: files.length, bytes: files.reduce((sum, file) => sum + file.bytes, 0) };
}
