import { describe, expect, it } from 'vitest';
import { counterConfigSchema } from './office';

const desk = { id: 'counter-1', number: 1, serviceIds: ['passport'] };

describe('counterConfigSchema desk schedule', () => {
  it('accepts a desk without a schedule and one with opening, early closing and a lunch turn', () => {
    expect(counterConfigSchema.parse(desk)).toEqual(desk);
    const scheduled = { ...desk, opensAt: '09:30', closesAt: '16:00', lunch: { start: '11:30', end: '12:30' } };
    expect(counterConfigSchema.parse(scheduled)).toEqual(scheduled);
  });

  it('rejects times that are not HH:MM and spans that end before they start', () => {
    expect(counterConfigSchema.safeParse({ ...desk, opensAt: '9:30' }).success).toBe(false);
    expect(counterConfigSchema.safeParse({ ...desk, closesAt: '24:00' }).success).toBe(false);
    expect(counterConfigSchema.safeParse({ ...desk, lunch: { start: '13:00', end: '12:00' } }).success).toBe(false);
    expect(counterConfigSchema.safeParse({ ...desk, opensAt: '17:00', closesAt: '09:00' }).success).toBe(false);
  });
});
