import type { CounterView } from '../../shared/counter';
import type { OfficeConfig } from '../../shared/office';
import { demoOffice } from '../../electron/services/office/demoOffice';

/** Seoul wall-clock time of the simulated day, "HH:MM". */
export type SeoulTime = `${number}:${number}`;

export interface ServiceTimeDistribution {
  meanMinutes: number;
  sdMinutes: number;
}

/** Everything a simulated day is drawn from; the figures are stated here, not tuned to flatter the estimator. */
export interface OfficeDayScenario {
  office: OfficeConfig;
  /** The Seoul calendar date of the day. */
  date: string;
  expectedVisitors: number;
  /** Arrivals form a Poisson process whose rate in each period is proportional to `perHour`. */
  arrivalProfile: readonly { from: SeoulTime; to: SeoulTime; perHour: number }[];
  serviceMix: readonly { value: string; weight: number }[];
  /** Lognormal service time at the counter, from "serving" to "done". */
  serviceTimes: Readonly<Record<string, ServiceTimeDistribution>>;
  /** A few cases take far longer (missing documents, a proxy with a power of attorney). */
  complicatedCases: { share: number; factor: number };
  /** Uniform minutes between the call and the resident reaching the counter. */
  walkUpMinutes: { min: number; max: number };
  counterSchedule: readonly { at: SeoulTime; counterId: string; state: CounterView['state'] }[];
}

/**
 * A district office on a weekday: ~250 visitors with a morning peak, three general counters
 * taking lunch in turns, a passport desk that closes over lunch and a second passport counter
 * staffed only from 10:00 to 15:00. The configured default minutes (demo office) are deliberately
 * a little off the true means, as they are in real offices.
 */
export const districtOfficeDay: OfficeDayScenario = {
  office: {
    ...demoOffice,
    counters: [
      { id: 'counter-1', number: 1, serviceIds: ['resident-registration', 'family-relations'] },
      { id: 'counter-2', number: 2, serviceIds: ['resident-registration', 'seal-certificate'] },
      { id: 'counter-3', number: 3, serviceIds: ['resident-registration', 'family-relations', 'seal-certificate'] },
      { id: 'counter-4', number: 4, serviceIds: ['passport'] },
      { id: 'counter-5', number: 5, serviceIds: ['passport'] },
    ],
  },
  date: '2025-03-10',
  expectedVisitors: 250,
  arrivalProfile: [
    { from: '09:00', to: '10:00', perHour: 40 },
    { from: '10:00', to: '11:00', perHour: 45 },
    { from: '11:00', to: '12:00', perHour: 35 },
    { from: '12:00', to: '13:00', perHour: 30 },
    { from: '13:00', to: '14:00', perHour: 30 },
    { from: '14:00', to: '15:00', perHour: 25 },
    { from: '15:00', to: '16:00', perHour: 22 },
    { from: '16:00', to: '17:00', perHour: 18 },
    { from: '17:00', to: '17:30', perHour: 12 },
  ],
  serviceMix: [
    { value: 'resident-registration', weight: 45 },
    { value: 'family-relations', weight: 20 },
    { value: 'seal-certificate', weight: 20 },
    { value: 'passport', weight: 15 },
  ],
  serviceTimes: {
    'resident-registration': { meanMinutes: 4.5, sdMinutes: 2.5 },
    'family-relations': { meanMinutes: 6, sdMinutes: 3 },
    'seal-certificate': { meanMinutes: 3, sdMinutes: 1.5 },
    passport: { meanMinutes: 14, sdMinutes: 6 },
  },
  complicatedCases: { share: 0.03, factor: 3 },
  walkUpMinutes: { min: 0.2, max: 1 },
  counterSchedule: [
    { at: '09:00', counterId: 'counter-1', state: 'open' },
    { at: '09:00', counterId: 'counter-2', state: 'open' },
    { at: '09:00', counterId: 'counter-3', state: 'open' },
    { at: '09:00', counterId: 'counter-4', state: 'open' },
    { at: '10:00', counterId: 'counter-5', state: 'open' },
    { at: '11:30', counterId: 'counter-1', state: 'paused' },
    { at: '12:00', counterId: 'counter-2', state: 'paused' },
    { at: '12:00', counterId: 'counter-4', state: 'paused' },
    { at: '12:00', counterId: 'counter-5', state: 'paused' },
    { at: '12:30', counterId: 'counter-1', state: 'open' },
    { at: '12:30', counterId: 'counter-3', state: 'paused' },
    { at: '13:00', counterId: 'counter-2', state: 'open' },
    { at: '13:00', counterId: 'counter-4', state: 'open' },
    { at: '13:00', counterId: 'counter-5', state: 'open' },
    { at: '13:30', counterId: 'counter-3', state: 'open' },
    { at: '15:00', counterId: 'counter-5', state: 'closed' },
  ],
};

export function seoulInstant(date: string, time: SeoulTime): number {
  return Date.parse(`${date}T${time}:00+09:00`);
}
