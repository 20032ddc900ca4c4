import { describe, expect, it } from 'vitest';
import { leastMedianWidth, mostHeldBy, oneFutureWait, oracleTicket, shortestInterval, type AtDesk } from './oracleBound';
import { officeLayouts, seoulInstant, type OfficeDayScenario } from './officeLayouts';
import { seededRandom } from './seededRandom';
import { simulateDay, type OfficeAtIssue } from './simulateDay';
import type { Visitor } from './visitors';

const small = officeLayouts[2];
/** The small office with its randomness taken out of the residents: five minutes each, no tail, nobody leaves, nobody with priority. */
const steady: OfficeDayScenario = {
  ...small,
  serviceTimes: Object.fromEntries(Object.keys(small.serviceTimes).map((id) => [id, { meanMinutes: 5, sdMinutes: 0.001 }])),
  complicatedCases: { share: 0, factor: 1 },
  walkUpMinutes: { min: 1, max: 1 },
  noShowShare: 0,
  priorityShare: 0,
};
const RR = 'resident-registration';
const at = (time: string) => seoulInstant(steady.date, time);
const resident = (serviceMinutes: number): Visitor => ({ arrivesAtMs: at('09:00'), serviceId: RR, priority: false, leaves: false, walkUpMinutes: 1, serviceMinutes });

/** One desk (s1) open and busy since 09:58 with a resident who will take `serviceMinutes`; two residents ahead of the new ticket. */
function oneDeskBusy(serviceMinutes: number): OfficeAtIssue {
  return {
    scenario: { ...steady, office: { ...steady.office, counters: steady.office.counters.filter((c) => c.id === 's1') } },
    nowMs: at('10:00'),
    ticketId: 'new',
    waiting: () => ['a', 'b', 'new'].map((ticketId, i) => ({ ticketId, issuedAtMs: at('09:50') + i * 60_000, priority: false, visitor: resident(5) })),
    open: new Set(['s1']),
    busy: new Set(['s1']),
    stopping: new Map(),
    atDesk: new Map([['s1', { visitor: resident(serviceMinutes), calledAtMs: at('09:58') }]]),
    callsAt: new Map(),
    laterSwitches: [],
  };
}

describe('the feasibility bound (oracle)', () => {
  it('plays the desk on: the resident at the desk, two ahead at 1 + 5 min each, a pause of 0.1–0.5 min before every call', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 50; i += 1) {
      // Done at 10:04, then two residents of 6 min, three pauses.
      const wait = oneFutureWait(oneDeskBusy(5), random, 'true');
      expect(wait).toBeGreaterThanOrEqual(16 + 0.3 - 1e-9);
      expect(wait).toBeLessThanOrEqual(16 + 1.5 + 1e-9);
    }
  });

  it('knows the true time of the resident at the desk, or only what can be seen of it', () => {
    // The resident at the desk will take 25 min where 5 is usual: only the oracle that knows the desk sees it.
    expect(oneFutureWait(oneDeskBusy(25), seededRandom(2), 'true')).toBeGreaterThan(36);
    const seen = oneFutureWait(oneDeskBusy(25), seededRandom(2), 'observed');
    // Seen: at the counter since 09:59, drawn again as 5 min in all (done at 10:04).
    expect(seen).toBeGreaterThan(16);
    expect(seen).toBeLessThan(18);
  });

  /** Every `every`-th ticket of the day with the oracle's interval at its issue. */
  function dayWithOracle(scenario: OfficeDayScenario, every: number, futures: number, coverage: number, atDesk: AtDesk) {
    const oracles: { index: number; low: number; high: number }[] = [];
    let index = 0;
    const tickets = simulateDay(scenario, 3, 0, (office) => {
      if (index % every === 0) oracles.push({ index, ...oracleTicket(office, seededRandom(index), futures, coverage, atDesk) });
      index += 1;
    });
    return oracles.map((o) => ({ ...o, wait: tickets[o.index].trueWaitMinutes }));
  }

  it("starts from the day's true state: on a day without random residents its futures agree with what really happened", () => {
    const checked = dayWithOracle(steady, 10, 20, 1, 'true');
    expect(checked.length).toBeGreaterThan(10);
    expect(checked.some((o) => o.wait > 10)).toBe(true);
    // Only the pauses between residents are drawn again: each true wait lies within the futures, give or take a minute or two.
    for (const o of checked) {
      expect(o.wait, `ticket ${o.index}`).toBeGreaterThanOrEqual(o.low - 2);
      expect(o.wait, `ticket ${o.index}`).toBeLessThanOrEqual(o.high + 2);
    }
  });

  it.each<AtDesk>(['true', 'observed'])('holds the true waits of a real day about as often as it says (%s desks)', (atDesk) => {
    const checked = dayWithOracle(small, 3, 60, 0.8, atDesk);
    expect(checked.length).toBeGreaterThan(40);
    const share = checked.filter((o) => o.wait >= o.low && o.wait <= o.high).length / checked.length;
    expect(share).toBeGreaterThan(0.65);
    expect(share).toBeLessThan(0.95);
  });

  it('takes the shortest interval holding the share, and the most any interval of a width holds', () => {
    const sorted = [0, 1, 2, 3, 10, 11, 12, 13, 14, 30];
    expect(shortestInterval(sorted, 0.5)).toEqual({ low: 10, high: 14 });
    expect(shortestInterval(sorted, 0.1)).toEqual({ low: 0, high: 0 });
    expect(shortestInterval(sorted, 1)).toEqual({ low: 0, high: 30 });
    expect(mostHeldBy(sorted, 3)).toBe(0.4);
    expect(mostHeldBy(sorted, 4)).toBe(0.5);
    expect(mostHeldBy(sorted, 0)).toBe(0.1);
  });

  it('finds the least median width at a coverage, counting half the tickets held whole', () => {
    const spread = (from: number) => ({ waits: Array.from({ length: 10 }, (_, i) => from + i), median: 0, low: 0, high: 0 });
    // Two tickets, one narrowed: 0.8 overall needs 0.6 of the narrow one, six consecutive minutes: width 5.
    expect(leastMedianWidth([spread(0), spread(100)], 0.8)).toBe(5);
    expect(leastMedianWidth([spread(0), spread(100)], 0.5)).toBe(0);
  });
});
