import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database/openDatabase';
import { issuedTicketsIn as ticketsIn, startIssuer } from '../testSupport/issuerTickets';
import { PROCESS_TEST_TIMEOUT_MS } from '../testSupport/nodeProcess';
import { useTempDirs } from '../testSupport/tempDir';

const tempDir = useTempDirs();

describe('issuing from several processes on one database file', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('hands out 1,000 distinct consecutive numbers to 4 parallel issuers', async () => {
    const dbFile = join(tempDir(), 'k.db');
    openDatabase(dbFile).close();
    const issuers = Array.from({ length: 4 }, () => startIssuer(dbFile, 250));
    const codes = await Promise.all(issuers.map((i) => i.exited));
    expect(codes, issuers.map((i) => i.stderr()).join('\n')).toEqual([0, 0, 0, 0]);

    const acked = issuers.flatMap((i) => i.acks.map((a) => Number(a.displayNumber)));
    expect(acked).toHaveLength(1000);
    expect(new Set(acked).size).toBe(1000);
    expect(Math.min(...acked)).toBe(10_001);
    expect(Math.max(...acked)).toBe(11_000);
    const { rows, outboxCount } = ticketsIn(dbFile);
    expect(rows).toHaveLength(1000);
    expect(outboxCount).toBe(1000);
  });

  it('kill -9 mid-issuing loses no acknowledged ticket and never repeats a number', async () => {
    const dbFile = join(tempDir(), 'k.db');
    openDatabase(dbFile).close();
    for (let round = 0; round < 3; round += 1) {
      const issuer = startIssuer(dbFile, 'forever');
      await issuer.linesReach(50 + round * 37);
      issuer.child.kill('SIGKILL');
      await issuer.exited;

      const { rows, outboxCount } = ticketsIn(dbFile);
      const stored = new Set(rows.map((r) => r.id));
      for (const ack of issuer.acks) expect(stored.has(ack.id)).toBe(true);
      expect(new Set(rows.map((r) => r.displayNumber)).size).toBe(rows.length);
      expect(outboxCount).toBe(rows.length);
    }
    const after = startIssuer(dbFile, 1);
    await after.exited;
    const { rows } = ticketsIn(dbFile);
    expect(Number(after.acks[0].displayNumber)).toBe(10_000 + rows.length);
  });
});
