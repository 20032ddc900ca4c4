import type { WaitEstimate } from '../../../shared/waitEstimate';
import type { ToldForecast } from '../store/districtStore';

export interface ForecastUpdateRules {
  /** At most this many "update" messages per ticket; 0: none. */
  maxPerTicket: number;
  /** No update sooner than this after the last message that carried a forecast. */
  minMinutesApart: number;
  /** A range must move by more than the larger of these: minutes, and this share of what was told. */
  minShiftMinutes: number;
  minShiftShare: number;
}

export const defaultForecastUpdateRules: ForecastUpdateRules = { maxPerTicket: 2, minMinutesApart: 10, minShiftMinutes: 10, minShiftShare: 0.5 };

const midpoint = (range: { minMinutes: number; maxMinutes: number }) => (range.minMinutes + range.maxMinutes) / 2;

/**
 * Whether `now` tells the resident something `told` did not, enough to be worth a message:
 * - a range whose middle moved by more than max(10 min, 50 % of the middle told), earlier or later
 *   ("20~30분" → "40~50분" is; "20~30분" → "25~35분" is not);
 * - a figure where "unknown" was told;
 * - "no counter for the rest of the day" where a figure was told: the resident should stop waiting.
 * A plain "unknown" now tells nothing new, so it never sends a message.
 */
export function movedMaterially(told: WaitEstimate, now: WaitEstimate, rules: ForecastUpdateRules = defaultForecastUpdateRules): boolean {
  if (now.kind === 'unknown') return now.reason === 'no-counter-today' && !(told.kind === 'unknown' && told.reason === 'no-counter-today');
  if (told.kind === 'unknown') return true;
  const shift = Math.abs(midpoint(now) - midpoint(told));
  return shift > Math.max(rules.minShiftMinutes, rules.minShiftShare * midpoint(told));
}

/**
 * Whether a waiting ticket gets an "update" now: its forecast moved materially since the last
 * message that carried one, that message is at least `minMinutesApart` old (forecasts that swing
 * back and forth between snapshots send nothing), and the ticket has had fewer than `maxPerTicket`.
 */
export function forecastUpdateDue(told: ToldForecast | null, now: WaitEstimate, nowMs: number, rules: ForecastUpdateRules): boolean {
  if (!told || told.updates >= rules.maxPerTicket) return false;
  if (nowMs - Date.parse(told.at) < rules.minMinutesApart * 60_000) return false;
  return movedMaterially(told.estimate, now, rules);
}
