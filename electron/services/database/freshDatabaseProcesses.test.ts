import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROCESS_TEST_TIMEOUT_MS, startTsProcess } from '../testSupport/nodeProcess';
import { useTempDirs } from '../testSupport/tempDir';
import { migrations } from './migrations';
import { openDatabase } from './openDatabase';

const tempDir = useTempDirs();
const openerScript = join(__dirname, '../testSupport/openerProcess.ts');

type OpenerLine = { ready: true } | { opened: string } | { failed: string; error: string };

describe('a new database file opened by several processes at once', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('is created and migrated once: 4 processes opening 25 fresh files together never fail', async () => {
    const openers = Array.from({ length: 4 }, () => startTsProcess<OpenerLine>(openerScript, []));
    try {
      const allPrinted = (lines: number) => Promise.all(openers.map((opener) => opener.linesReach(lines)));
      await allPrinted(1);
      const dir = tempDir();
      const rounds = 25;
      for (let round = 1; round <= rounds; round += 1) {
        const dbFile = join(dir, `fresh-${round}.db`);
        for (const opener of openers) opener.child.stdin.write(`${dbFile}\n`);
        await allPrinted(1 + round);
        // One answer per file: none printed twice, none ahead of its file.
        expect(openers.map((o) => o.lines.length)).toEqual(openers.map(() => 1 + round));
      }
      const answers = openers.flatMap((o) => o.lines.slice(1));
      expect(answers.filter((line) => 'failed' in line)).toEqual([]);
      expect(answers).toHaveLength(4 * rounds);
      const db = openDatabase(join(dir, `fresh-${rounds}.db`));
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
      db.close();
    } finally {
      for (const opener of openers) opener.child.stdin.end();
      await Promise.all(openers.map((o) => o.exited));
    }
  });
});
