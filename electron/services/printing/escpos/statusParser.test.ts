import { describe, expect, it } from 'vitest';
import { parseStatus } from './statusParser';

describe('parseStatus', () => {
  it.each([
    { printer: 0x12, offlineCause: 0x12, paperSensor: 0x12, state: 'ready', paperNearEnd: false },
    { printer: 0x12, offlineCause: 0x12, paperSensor: 0x1e, state: 'ready', paperNearEnd: true },
    { printer: 0x12, offlineCause: 0x12, paperSensor: 0x16, state: 'ready', paperNearEnd: true },
    { printer: 0x1a, offlineCause: 0x32, paperSensor: 0x7e, state: 'paper-out', paperNearEnd: true },
    { printer: 0x1a, offlineCause: 0x12, paperSensor: 0x72, state: 'paper-out', paperNearEnd: false },
    { printer: 0x1a, offlineCause: 0x32, paperSensor: 0x12, state: 'paper-out', paperNearEnd: false },
    { printer: 0x1a, offlineCause: 0x16, paperSensor: 0x12, state: 'cover-open', paperNearEnd: false },
    { printer: 0x1a, offlineCause: 0x36, paperSensor: 0x7e, state: 'cover-open', paperNearEnd: true },
    { printer: 0x1a, offlineCause: 0x52, paperSensor: 0x12, state: 'error', paperNearEnd: false },
    { printer: 0x1a, offlineCause: 0x12, paperSensor: 0x12, state: 'offline', paperNearEnd: false },
    { printer: 0x00, offlineCause: 0x12, paperSensor: 0x12, state: 'error', paperNearEnd: false },
    { printer: 0x12, offlineCause: 0x93, paperSensor: 0x12, state: 'error', paperNearEnd: false },
  ])('$printer $offlineCause $paperSensor → $state', ({ state, paperNearEnd, ...answers }) => {
    expect(parseStatus(answers)).toEqual({ state, paperNearEnd });
  });
});
