import { chmod, copyFile, open, rename } from 'node:fs/promises';

/**
 * Copies `source` to `partial` off the main thread, flushes it to disk, and only then renames it to
 * `target`: without the flush a file system may commit the rename before the data, and a power cut
 * would leave a whole-looking file with holes in it.
 */
export async function copyIntoPlace(source: string, target: string, partial: string, mode?: number): Promise<void> {
  await copyFile(source, partial);
  if (mode !== undefined) await chmod(partial, mode);
  const written = await open(partial, 'r+');
  try {
    await written.sync();
  } finally {
    await written.close();
  }
  await rename(partial, target);
}
