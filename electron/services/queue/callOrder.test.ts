import { describe, expect, it } from 'vitest';
import { callsBefore, firstToCall } from './callOrder';

const ticket = (lineOrder: number, priority = false, starved = false) => ({ lineOrder, priority, starved });

describe('the calling order', () => {
  it('calls a starved ticket before a fresh priority one, priority before issue order, then issue order', () => {
    expect(callsBefore(ticket(9, false, true), ticket(1, true))).toBe(true);
    expect(callsBefore(ticket(9, true, true), ticket(1, false, true))).toBe(true);
    expect(callsBefore(ticket(9, true), ticket(1))).toBe(true);
    expect(callsBefore(ticket(1), ticket(2))).toBe(true);
    expect(callsBefore(ticket(2), ticket(1))).toBe(false);
    expect(callsBefore(ticket(1), ticket(1))).toBe(false);
  });

  it('picks the first of any candidates, whatever order they come in', () => {
    const line = [ticket(4), ticket(7, true), ticket(2), ticket(9, false, true), ticket(3, true)];
    expect(firstToCall(line)).toEqual(ticket(9, false, true));
    expect(firstToCall(line.slice(0, 3))).toEqual(ticket(7, true));
    expect(firstToCall([ticket(4), ticket(2)])).toEqual(ticket(2));
    expect(firstToCall([])).toBeUndefined();
  });
});
