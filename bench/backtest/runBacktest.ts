import { summarise, type BacktestReport } from './backtestReport';
import { districtOfficeDay, type OfficeDayScenario } from './officeDay';
import { simulateDay } from './simulateDay';

export interface BacktestOptions {
  scenario?: OfficeDayScenario;
  /** One simulated day per seed. */
  seeds?: readonly number[];
}

const DEFAULT_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Simulated office days replayed through the real queue, scored on what the kiosk would have shown. */
export function runBacktest(options: BacktestOptions = {}): BacktestReport {
  const scenario = options.scenario ?? districtOfficeDay;
  const seeds = options.seeds ?? DEFAULT_SEEDS;
  return summarise(seeds.length, seeds.flatMap((seed) => simulateDay(scenario, seed)));
}
