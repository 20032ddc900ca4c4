import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../database/openDatabase';
import { waitForecastRows } from '../estimates/waitForecastRows';
import { contactRows } from '../privacy/contactRows';
import { useTempDirs } from '../testSupport/tempDir';
import { numberSequenceRows } from './numberSequenceRows';
import { outboxRows } from './outboxRows';
import { ticketRows } from './ticketRows';

const tempDir = useTempDirs();

/** Every statement these owners prepare on a fresh connection. */
function statementsOf(db: Database, owners: readonly ((db: Database) => unknown)[]): string[] {
  const sources: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((source: string) => {
    sources.push(source);
    return prepare(source);
  }) as Database['prepare'];
  owners.forEach((owner) => owner(db));
  db.prepare = prepare;
  return sources;
}

/** Every statement the owners of the tables that grow with history prepare on a fresh connection. */
const ownerStatements = (db: Database) => statementsOf(db, [ticketRows, outboxRows, numberSequenceRows, contactRows, waitForecastRows]);

function planOf(db: Database, source: string): string[] {
  const named = [...new Set(source.match(/@\w+/g) ?? [])];
  const explain = db.prepare(`EXPLAIN QUERY PLAN ${source}`);
  const rows = named.length > 0 ? explain.all(Object.fromEntries(named.map((name) => [name.slice(1), null]))) : explain.all(...(source.match(/\?/g) ?? []).map(() => null));
  return (rows as { detail: string }[]).map((row) => row.detail);
}

/** A walk through tickets or outbox that is not limited to a day, a ticket or a small partial index. */
const historyScan = /^SCAN (tickets|outbox)\b(?! USING (COVERING )?INDEX (outbox_calls|outbox_unsent|outbox_set_aside|tickets_printing)\b)/;

/** Read once a day by housekeeping, or only by the bench's size report: allowed to walk what is left. */
const notOnAnyPath = [/^DELETE FROM outbox WHERE occurred_at < \?/, /^SELECT COUNT\(\*\) FROM (tickets|outbox)$/];

describe('query plans of the tables that grow with history', () => {
  it('find their rows through an index: no statement used by residents, counters or boards walks the whole history', () => {
    const db = openDatabase(join(tempDir(), 'k.db'));
    const statements = ownerStatements(db).filter((source) => /\b(tickets|outbox)\b/.test(source));
    expect(statements.length).toBeGreaterThan(30);
    const scans = statements
      .filter((source) => !notOnAnyPath.some((allowed) => allowed.test(source.trim())))
      .flatMap((source) => planOf(db, source).filter((step) => historyScan.test(step)).map((step) => `${step}: ${source.replace(/\s+/g, ' ')}`));
    expect(scans).toEqual([]);
    db.close();
  });

  it('read the board’s recent calls newest first from the call events only, stopping at the limit', () => {
    const db = openDatabase(join(tempDir(), 'k.db'));
    const recentCalls = ownerStatements(db).find((source) => source.includes("IN ('ticket.called', 'ticket.recalled')") && source.includes('LIMIT'));
    expect(recentCalls).toBeDefined();
    expect(planOf(db, recentCalls!)).toEqual([expect.stringMatching(/^SCAN outbox USING INDEX outbox_calls$/), expect.stringMatching(/^SEARCH tickets USING INDEX/)]);
    db.close();
  });

  it('find the tickets now called at the desks and the day’s latest no-shows in their own small indexes, without a sort', () => {
    const db = openDatabase(join(tempDir(), 'k.db'));
    const statements = statementsOf(db, [ticketRows]);
    const calledNow = statements.find((source) => /status = 'called' AND counter_id IS NOT NULL/.test(source));
    const noShows = statements.find((source) => /status = 'no_show'.*LIMIT/s.test(source));
    expect(planOf(db, calledNow!)).toEqual([expect.stringMatching(/^SEARCH tickets USING INDEX tickets_called_now /)]);
    const noShowPlan = planOf(db, noShows!);
    expect(noShowPlan.filter((step) => /TEMP B-TREE/.test(step))).toEqual([]);
    expect(noShowPlan).toContainEqual(expect.stringMatching(/^SEARCH tickets USING INDEX tickets_no_shows /));
    db.close();
  });

  it('choose a desk’s next ticket from the heads of its lines (kiosk migration 036): no sort of the waiting line', () => {
    const db = openDatabase(join(tempDir(), 'k.db'));
    // The starvation limit and the priority rule are what calling reads: every statement naming them.
    const calling = statementsOf(db, [ticketRows]).filter((source) => /issued_at_ms <= \?|priority DESC/.test(source));
    expect(calling.length).toBeGreaterThanOrEqual(2);
    for (const source of calling) {
      const plan = planOf(db, source);
      expect(plan.filter((step) => /TEMP B-TREE/.test(step)), source).toEqual([]);
      expect(plan, source).toContainEqual(expect.stringMatching(/^SEARCH tickets USING (COVERING )?INDEX tickets_line_by_(service|issue_time) \(business_day=\?/));
    }
    db.close();
  });

  it('make a forecast from the line and the latest finished tickets alone: none of its reads sorts or walks the day', () => {
    const db = openDatabase(join(tempDir(), 'k.db'));
    // Housekeeping's once-a-day reads aside.
    const reads = statementsOf(db, [waitForecastRows]).filter((source) => /^\s*SELECT/.test(source) && !source.includes('MIN(business_day)'));
    expect(reads.length).toBeGreaterThanOrEqual(5);
    for (const source of reads) expect(planOf(db, source).filter((step) => /TEMP B-TREE|^SCAN (tickets|wait_forecasts)\b/.test(step)), source).toEqual([]);
    db.close();
  });
});
