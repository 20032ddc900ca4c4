import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `dir/file` whole (a rename): a reader sees the old file or the new one, never half of one. */
export function replaceFile(dir: string, file: string, bytes: Uint8Array | string): void {
  writeFileSync(join(dir, `${file}.new`), bytes);
  renameSync(join(dir, `${file}.new`), join(dir, file));
}

/** A text file's content, or '' when there is none yet. */
export function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
