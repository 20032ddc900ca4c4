import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../database/openDatabase';
import { useTempDirs } from '../testSupport/tempDir';
import { ticketRows, type TicketRow } from './ticketRows';

const tempDir = useTempDirs();
const DAY = '2026-11-24';
const SERVICES = ['a', 'b', 'c', 'd'];

/** A small deterministic generator, so a failure names a seed that replays it. */
function randomFrom(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % below;
  };
}

/** The calling policy in plain words: starved first, then priority, then issue order (insertion order). */
function expectedNext(lineInIssueOrder: TicketRow[], serviceIds: readonly string[], starvedIssuedBeforeMs: number): string | undefined {
  const inLine = lineInIssueOrder.filter((t) => serviceIds.includes(t.service_id) && !(t.kind === 'paper' && t.print_state === 'failed'));
  const rank = (t: TicketRow) => [t.issued_at_ms <= starvedIssuedBeforeMs ? 0 : 1, 1 - t.priority];
  let best: TicketRow | undefined;
  for (const t of inLine) {
    const [starved, priority] = rank(t);
    if (!best || starved < rank(best)[0] || (starved === rank(best)[0] && priority < rank(best)[1])) best = t;
  }
  return best?.id;
}

describe('nextToCall', () => {
  it('picks what the calling policy says over random lines: issue times out of order, priorities, failed prints, called tickets, several services', () => {
    const db = openDatabase(join(tempDir(), 'k.db'));
    const rows = ticketRows(db);
    for (let seed = 1; seed <= 40; seed += 1) {
      const day = `${DAY}#${seed}`;
      const random = randomFrom(seed);
      const fillLine = db.transaction(() => {
      for (let i = 0; i < 60; i += 1) {
        const id = `${seed}-${i}`;
        const kind = random(3) === 0 ? 'mobile' : 'paper';
        rows.insert({
          id,
          business_day: day,
          service_id: SERVICES[random(SERVICES.length)],
          sequence: i,
          display_number: String(1000 + i),
          kind,
          print_state: kind === 'paper' ? 'pending' : 'none',
          language: 'ko',
          issued_at: new Date(random(3_600) * 1000).toISOString(),
          // A clock set back by staff, or a ticket reinstated, leaves issue times out of step with issue order.
          issued_at_ms: random(3_600) * 1000,
          priority: random(4) === 0 ? 1 : 0,
          status_token: null,
        });
        if (kind === 'paper') rows.recordPrintResult(id, random(5) !== 0);
        if (random(6) === 0) rows.markCalled(id, 'desk', 0);
      }
      });
      fillLine();
      const line = rows.waitingOfDay(day);
      for (const serviceIds of [['a'], ['a', 'b'], ['b', 'c', 'd'], ['d', 'a', 'd'], ['none']]) {
        for (const starvedBefore of [-1, 600_000, 1_800_000, 3_600_000]) {
          expect(rows.nextToCall(day, serviceIds, starvedBefore)?.id, `seed ${seed}, ${serviceIds.join('+')}, starved before ${starvedBefore}`).toBe(
            expectedNext(line, serviceIds, starvedBefore),
          );
        }
      }
    }
    db.close();
  });
});
