import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const WAL_HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;

/**
 * Counts the commits SQLite writes to a WAL file by reading it: every frame whose header carries
 * a database size ends a transaction (sqlite.org/fileformat.html, "WAL file format"). A checkpoint
 * lets the next writer start the file over under new salts; the commits of such an interval are
 * unknown (null), not guessed.
 */
export function walCommitCounter(walPath: string) {
  let salts: string | null = null;
  let offset = WAL_HEADER_BYTES;

  const read = (fd: number, at: number, length: number): Buffer => {
    const bytes = Buffer.alloc(length);
    readSync(fd, bytes, 0, length, at);
    return bytes;
  };

  return {
    /** Commits written since the previous call. */
    newCommits(): number | null {
      const fd = openSync(walPath, 'r');
      try {
        const size = fstatSync(fd).size;
        if (size < WAL_HEADER_BYTES) return 0;
        const header = read(fd, 0, WAL_HEADER_BYTES);
        const pageSize = header.readUInt32BE(8);
        const currentSalts = header.subarray(16, 24).toString('hex');
        const restarted = salts !== null && salts !== currentSalts;
        if (salts !== currentSalts) offset = WAL_HEADER_BYTES;
        salts = currentSalts;
        let commits = 0;
        while (offset + FRAME_HEADER_BYTES + pageSize <= size) {
          const frame = read(fd, offset, FRAME_HEADER_BYTES);
          // Frames left over from before a restart carry the old salts: the valid log ends there.
          if (frame.subarray(8, 16).toString('hex') !== currentSalts) break;
          if (frame.readUInt32BE(4) !== 0) commits += 1;
          offset += FRAME_HEADER_BYTES + pageSize;
        }
        return restarted ? null : commits;
      } finally {
        closeSync(fd);
      }
    },
  };
}
