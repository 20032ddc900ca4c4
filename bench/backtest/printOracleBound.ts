import { accuracyOf, GOAL, mean, median, minutes, percent } from './backtestReport';
import { extraLayouts, officeLayouts, type OfficeDayScenario } from './officeLayouts';
import { leastMedianWidth, oracleTicket, type AtDesk, type OracleTicket } from './oracleBound';
import { EXTRA_SEEDS, HELD_OUT_SEEDS, KIOSK_IN_USE_DAYS_BEFORE, TUNING_SEEDS } from './runBacktest';
import { seededRandom } from './seededRandom';
import { simulateDay, type SimulatedTicket } from './simulateDay';
import { printTable } from '../stats';

/** Futures drawn per ticket, and every how many tickets one is taken (in issue order). */
const FUTURES = 200;
const EVERY = 4;
/** The oracles' own draws come from seeds this far from the day's, never from the day's stream. */
const ORACLE_SEEDS = 1_000_000;

interface BoundTicket {
  ticket: SimulatedTicket;
  oracle: Record<AtDesk, OracleTicket>;
}

/** The layout's days (a kiosk in use, as the backtest scores it), every EVERY-th ticket with both oracles at its issue. */
export function boundTickets(scenario: OfficeDayScenario, seeds: readonly number[]): BoundTicket[] {
  return seeds.flatMap((seed) => {
    const oracles: { index: number; oracle: Record<AtDesk, OracleTicket> }[] = [];
    let index = 0;
    const tickets = simulateDay(scenario, seed, KIOSK_IN_USE_DAYS_BEFORE, (office) => {
      if (index % EVERY === 0) {
        const random = seededRandom(ORACLE_SEEDS + seed * 1_000 + index);
        oracles.push({ index, oracle: { true: oracleTicket(office, random, FUTURES, GOAL.inside, 'true'), observed: oracleTicket(office, random, FUTURES, GOAL.inside, 'observed') } });
      }
      index += 1;
    });
    return oracles.map(({ index: at, oracle }) => ({ ticket: tickets[at], oracle }));
  });
}

function oracleCells(tickets: readonly BoundTicket[], atDesk: AtDesk): string[] {
  const oracles = tickets.map((t) => ({ wait: t.ticket.trueWaitMinutes, ...t.oracle[atDesk] }));
  return [
    minutes(median(oracles.map((o) => o.high - o.low))),
    minutes(mean(oracles.map((o) => Math.abs(o.wait - o.median)))),
    percent(oracles.filter((o) => o.wait >= o.low && o.wait <= o.high).length / oracles.length),
    minutes(leastMedianWidth(oracles, GOAL.inside)),
  ];
}

const oracleColumns = (oracle: string) => [`${oracle}: width`, 'MAE', 'true inside', 'least width'];
const header = ['layout', 'tickets', ...oracleColumns('knows desks'), ...oracleColumns('sees desks'), 'sees desks, passport: width', 'MAE', 'ours, same tickets: inside', 'MAE', 'width'];

function row(scenario: OfficeDayScenario, seeds: readonly number[]): string[] {
  const tickets = boundTickets(scenario, seeds);
  const ours = accuracyOf(
    tickets.map((t) => t.ticket),
    'estimate',
  );
  const passports = tickets.filter((t) => t.ticket.serviceId === 'passport').map((t) => ({ wait: t.ticket.trueWaitMinutes, ...t.oracle.observed }));
  return [
    scenario.name,
    String(tickets.length),
    ...oracleCells(tickets, 'true'),
    ...oracleCells(tickets, 'observed'),
    ...(passports.length === 0 ? ['–', '–'] : [minutes(median(passports.map((o) => o.high - o.low))), minutes(mean(passports.map((o) => Math.abs(o.wait - o.median))))]),
    percent(ours.inside),
    minutes(ours.meanAbsoluteErrorMinutes),
    minutes(ours.medianWidthMinutes),
  ];
}

/**
 * The feasibility bound beside the estimator, on the tuning seeds and then on the held-out ones
 * (reporting them tunes nothing). Width: median over tickets of the shortest interval holding 80 %
 * of the ticket's futures; MAE: of the futures' median; true inside: how often the day's real wait
 * fell inside that interval (≈ 80 % when the futures are the true conditional distribution); least
 * width: the least median width any estimator could show at 80 % inside, even one showing half the
 * residents an endless range.
 */
export function printOracleBound(which = process.argv[2] ?? 'all'): void {
  const runs: [string, readonly OfficeDayScenario[], readonly number[]][] = [
    [`tuning seeds ${TUNING_SEEDS.join(', ')}`, [...officeLayouts, ...extraLayouts], TUNING_SEEDS],
    [`held-out seeds ${HELD_OUT_SEEDS.join(', ')}`, officeLayouts, HELD_OUT_SEEDS],
    [`the two later layouts' own seeds ${EXTRA_SEEDS.join(', ')}`, extraLayouts, EXTRA_SEEDS],
  ];
  for (const [seedsName, layouts, seeds] of runs.filter((_, i) => which === 'all' || (which === 'tuning' ? i === 0 : i > 0))) {
    printTable(
      `Feasibility bound (oracle: true state and distributions at issue, ${FUTURES} futures per ticket, every ${EVERY}th ticket), ${seedsName}, a kiosk in use; minutes`,
      header,
      layouts.map((scenario) => row(scenario, seeds)),
    );
  }
}

if (process.argv[1]?.endsWith('printOracleBound.ts')) printOracleBound();
