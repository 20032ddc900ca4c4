import { describe, expect, it } from 'vitest';
import { officeConfigSchema, officeHoursSchema, type OfficeHours } from './office';
import { afterDayClosed, serviceAvailability, typicalOfficeHours } from './officeHours';

/** An instant given as Seoul wall-clock time. */
function seoul(dateTime: string): number {
  return Date.parse(`${dateTime}:00+09:00`);
}
const iso = (dateTime: string) => new Date(seoul(dateTime)).toISOString();

// 2026-11-27 is a Friday.
describe('serviceAvailability', () => {
  const hours: OfficeHours = { ...typicalOfficeHours, holidays: ['2026-11-30'] };

  it('is always open without configured hours', () => {
    expect(serviceAvailability(undefined, '16:00', seoul('2026-11-28T23:29'))).toEqual({ open: true });
  });

  it('is open within hours and outside lunch', () => {
    expect(serviceAvailability(hours, undefined, seoul('2026-11-27T09:00'))).toEqual({ open: true });
    expect(serviceAvailability(hours, undefined, seoul('2026-11-27T17:59'))).toEqual({ open: true });
  });

  it('says when it opens before opening and during lunch', () => {
    expect(serviceAvailability(hours, undefined, seoul('2026-11-27T08:30'))).toEqual({
      open: false,
      reason: 'before-opening',
      opensAt: iso('2026-11-27T09:00'),
    });
    expect(serviceAvailability(hours, undefined, seoul('2026-11-27T12:10'))).toEqual({
      open: false,
      reason: 'lunch',
      opensAt: iso('2026-11-27T13:00'),
    });
  });

  it('skips the weekend and a holiday to the next opening', () => {
    // Friday evening: Saturday and Sunday closed, Monday the 30th a holiday, so Tuesday.
    expect(serviceAvailability(hours, undefined, seoul('2026-11-27T18:00'))).toEqual({
      open: false,
      reason: 'after-closing',
      opensAt: iso('2026-12-01T09:00'),
    });
    expect(serviceAvailability(hours, undefined, seoul('2026-11-28T10:00'))).toMatchObject({ reason: 'closed-weekday' });
    expect(serviceAvailability(hours, undefined, seoul('2026-11-30T10:00'))).toEqual({
      open: false,
      reason: 'holiday',
      opensAt: iso('2026-12-01T09:00'),
    });
  });

  it("stops a service at its last-ticket time while the office stays open", () => {
    expect(serviceAvailability(hours, '17:00', seoul('2026-11-27T16:59'))).toEqual({ open: true });
    expect(serviceAvailability(hours, '17:00', seoul('2026-11-27T17:00'))).toEqual({
      open: false,
      reason: 'last-ticket-passed',
      opensAt: iso('2026-12-01T09:00'),
    });
  });

  it('has no opening when every day is closed', () => {
    const never: OfficeHours = { weekly: { mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null }, holidays: [] };
    expect(serviceAvailability(never, undefined, seoul('2026-11-27T10:00'))).toEqual({ open: false, reason: 'closed-weekday', opensAt: null });
  });
});

describe('afterDayClosed', () => {
  it('opens at the next business day, at its opening hour when there are hours', () => {
    expect(afterDayClosed(undefined, undefined, '2026-11-26', 4)).toEqual({ open: false, reason: 'day-closed', opensAt: iso('2026-11-27T04:00') });
    // Thursday closed by hand: Friday 09:00.
    expect(afterDayClosed(typicalOfficeHours, undefined, '2026-11-26', 4)).toEqual({ open: false, reason: 'day-closed', opensAt: iso('2026-11-27T09:00') });
    // Friday closed by hand: the weekend is closed, so Monday.
    expect(afterDayClosed(typicalOfficeHours, undefined, '2026-11-27', 4)).toMatchObject({ opensAt: iso('2026-11-30T09:00') });
  });
});

describe('office hours schema', () => {
  it('refuses a closing before opening and a lunch outside the day, naming the field', () => {
    const bad = { ...typicalOfficeHours, weekly: { ...typicalOfficeHours.weekly, mon: { open: '18:00', close: '09:00' } } };
    const result = officeHoursSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['weekly', 'mon', 'close']);
    expect(officeHoursSchema.safeParse({ ...typicalOfficeHours, holidays: ['27/11/2026'] }).success).toBe(false);
    expect(officeHoursSchema.safeParse({ ...typicalOfficeHours, weekly: { ...typicalOfficeHours.weekly, tue: { open: '9:00', close: '18:00' } } }).success).toBe(false);
  });

  it('leaves hours optional on an office', () => {
    const office = officeConfigSchema.parse({
      officeName: { ko: '가', en: 'A' },
      businessDayStartHour: 4,
      ticketNotice: { ko: '가', en: 'A' },
      services: [{ id: 's', name: { ko: '가', en: 'A' }, blockStart: 1, blockEnd: 99, dailyCap: 9 }],
    });
    expect(office.hours).toBeUndefined();
  });
});
