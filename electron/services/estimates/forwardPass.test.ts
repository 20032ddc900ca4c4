import { describe, expect, it } from 'vitest';
import { forecastCalls, type DeskPlan, type DeskTime, type WaitingTicket } from './forwardPass';

const exactly = (meanMinutes: number): DeskTime => ({ meanMinutes, varianceMinutes2: 0, meanErrorMinutes: 0 });
const desk = (serviceIds: string[], plan: Partial<DeskPlan> = {}): DeskPlan => ({ serviceIds, freeAtMinutes: 0, freeAtVariance: 0, breaks: [], ...plan });
const waiting = (serviceId: string, extra: Partial<WaitingTicket> = {}): WaitingTicket => ({ serviceId, priority: false, waitedMinutes: 0, ...extra });
const times = new Map([
  ['passport', exactly(20)],
  ['seal', exactly(4)],
  ['resident', exactly(5)],
]);

function calledAt(desks: DeskPlan[], line: WaitingTicket[], starvationMinutes = 20): (number | null)[] {
  return forecastCalls({ desks, waiting: line, deskTimes: times, starvationMinutes }).map((f) => (f ? f.expectedMinutes : null));
}

describe('forecastCalls', () => {
  it('sends passports only to the desk that calls them, even when it shares a service with others', () => {
    const desks = [desk(['seal', 'passport']), desk(['seal', 'resident']), desk(['resident'])];
    const line = [waiting('passport'), waiting('passport'), waiting('seal'), waiting('passport'), waiting('seal')];
    // Desk 1 takes the passports in issue order; desk 2 takes both seals meanwhile.
    expect(calledAt(desks, line)).toEqual([0, 20, 0, 40, 4]);
  });

  it('starts at the opening and resumes after lunch; a desk past its early closing leaves the line to a desk still open', () => {
    const opensIn30 = desk(['resident'], { freeAtMinutes: 30, breaks: [{ fromMinutes: 38, toMinutes: 98 }] });
    expect(calledAt([opensIn30], [waiting('resident'), waiting('resident'), waiting('resident')])).toEqual([30, 35, 98]);
    const closesIn7 = desk(['resident'], { breaks: [{ fromMinutes: 7, toMinutes: Infinity }] });
    const opensIn12 = desk(['resident'], { freeAtMinutes: 12 });
    expect(calledAt([closesIn7, opensIn12], [waiting('resident'), waiting('resident'), waiting('resident'), waiting('resident')])).toEqual([0, 5, 12, 17]);
  });

  it('serves every ticket already issued: the line’s last desk to close keeps calling it past its closing', () => {
    const closesIn30 = desk(['tenMinutes'], { breaks: [{ fromMinutes: 30, toMinutes: Infinity }] });
    const line = Array.from({ length: 6 }, () => waiting('tenMinutes'));
    const forecasts = forecastCalls({ desks: [closesIn30], waiting: line, deskTimes: new Map([['tenMinutes', exactly(10)]]), starvationMinutes: 20 });
    expect(forecasts.map((f) => f?.expectedMinutes ?? null)).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('reads each waiting ticket a bounded number of times, however long past its closing a desk serves the line', () => {
    // Every third ticket priority, so both heads are read at each call. Counts reads of the line's tickets.
    const readsOfLine = (count: number, breaks: DeskPlan['breaks']) => {
      let reads = 0;
      const line = new Proxy(
        Array.from({ length: count }, (_, i) => waiting('tenMinutes', { priority: i % 3 === 0 })),
        {
          get(target, key, receiver): unknown {
            if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
            return Reflect.get(target, key, receiver);
          },
        },
      );
      const forecasts = forecastCalls({ desks: [desk(['tenMinutes'], { breaks })], waiting: line, deskTimes: new Map([['tenMinutes', exactly(10)]]), starvationMinutes: 60 });
      expect(forecasts.every((f) => f !== null)).toBe(true);
      expect(Math.max(...forecasts.map((f) => f?.expectedMinutes ?? 0))).toBe((count - 1) * 10);
      return reads;
    };
    // 3,000 tickets of 10 min behind a desk closing in 30 min: served for about 500 hours past closing.
    const pastClosing = readsOfLine(3000, [{ fromMinutes: 30, toMinutes: Infinity }]);
    // Once when the lines are built, at most both heads at each call: no scan per minute or per ticket.
    expect(pastClosing).toBeLessThanOrEqual(3 * 3000);
    expect(pastClosing).toBe(readsOfLine(3000, []));
    expect(readsOfLine(6000, [{ fromMinutes: 30, toMinutes: Infinity }])).toBe(2 * pastClosing);
  });

  it('keeps past its closing only the lines it closes last for; a line no desk serves today gets no forecast', () => {
    // Desk 1 closes at 7 but is the last passport desk; seals also have desk 2, open all day.
    const sealAndPassport = desk(['seal', 'passport'], { breaks: [{ fromMinutes: 7, toMinutes: Infinity }] });
    const sealOnly = desk(['seal'], { freeAtMinutes: 30 });
    const line = [waiting('passport'), waiting('passport'), waiting('seal'), waiting('resident')];
    expect(calledAt([sealAndPassport, sealOnly], line)).toEqual([0, 20, 30, null]);
  });

  it('calls priority first, until a normal ticket has waited past the starvation limit', () => {
    const line = [waiting('resident', { waitedMinutes: 12 }), waiting('resident', { priority: true }), waiting('resident', { priority: true })];
    // At 0 the normal one has waited 12 min: a priority goes first; at 5 it has waited 17; at 10, 22 > 20: its turn.
    expect(calledAt([desk(['resident'])], line)).toEqual([10, 0, 5]);
  });

  it('calls a priority ticket past the starvation limit before older starved normal ones', () => {
    // In a long line every normal ticket is past the limit: a priority ticket joins them once it is too, and goes first.
    const line = [waiting('resident', { waitedMinutes: 40 }), waiting('resident', { waitedMinutes: 30 }), waiting('resident', { priority: true, waitedMinutes: 18 })];
    expect(calledAt([desk(['resident'])], line)).toEqual([0, 10, 5]);
  });

  it('pools desk-time noise over the desks that can call a ticket and adds the shared error of the mean', () => {
    const noisy = new Map([['resident', { meanMinutes: 5, varianceMinutes2: 4, meanErrorMinutes: 0.5 }]]);
    const line = Array.from({ length: 5 }, () => waiting('resident'));
    const [one, two] = [[desk(['resident'])], [desk(['resident']), desk(['resident'])]].map((desks) =>
      forecastCalls({ desks, waiting: line, deskTimes: noisy, starvationMinutes: 20 }),
    );
    // One desk: the fifth waits four services, variance 4 × 4, shared error 4 × 0.5.
    expect(one[4]?.spreadMinutes).toBeCloseTo(Math.sqrt(16 + 4), 10);
    // Two desks: the fifth is the first desk's third, variance 2 × 4 pooled over two desks, shared error 2 × 0.5.
    expect(two[4]).toEqual({ expectedMinutes: 10, spreadMinutes: Math.sqrt(8 / 2 + 1) });
  });

  it('stops at the ticket asked for', () => {
    const forecasts = forecastCalls({ desks: [desk(['resident'])], waiting: [waiting('resident'), waiting('resident'), waiting('resident')], deskTimes: times, starvationMinutes: 20, untilIndex: 1 });
    expect(forecasts.map((f) => f?.expectedMinutes ?? null)).toEqual([0, 5, null]);
  });
});
