import { describe, expect, it } from 'vitest';
import { nextFriendly, roundDownFriendly, roundFriendly, roundUpFriendly } from './friendlyMinutes';

describe('friendly minutes', () => {
  it('keeps whole minutes up to 10', () => {
    expect([roundDownFriendly(0.4), roundDownFriendly(7.9), roundUpFriendly(0.2), roundUpFriendly(7.1), roundUpFriendly(10)]).toEqual([0, 7, 1, 8, 10]);
  });

  it('uses 5, 10 and 30-minute steps for longer waits, only ever widening', () => {
    expect([roundDownFriendly(14), roundUpFriendly(11), roundUpFriendly(58)]).toEqual([10, 15, 60]);
    expect([roundDownFriendly(99), roundUpFriendly(61)]).toEqual([90, 70]);
    expect([roundDownFriendly(170), roundUpFriendly(121)]).toEqual([150, 150]);
  });

  it('rounds to the nearest friendly value in the step of its size', () => {
    expect([roundFriendly(0.4), roundFriendly(7.6), roundFriendly(12.4), roundFriendly(12.6), roundFriendly(64), roundFriendly(136)]).toEqual([0, 8, 10, 15, 60, 150]);
  });

  it('steps past a bound to the next friendly value', () => {
    expect([nextFriendly(0), nextFriendly(9), nextFriendly(10), nextFriendly(60), nextFriendly(120)]).toEqual([1, 10, 15, 70, 150]);
  });
});
