/** `npm run faults [-- --long]`: runs the fault suite, prints its table, fails if any row fails. */
import { faultTable, runFaultScenarios } from './scenarios';

async function main() {
  const long = process.argv.includes('--long');
  const started = Date.now();
  const rows = await runFaultScenarios({ long });
  console.log(faultTable(rows));
  console.log(`\n${long ? 'long' : 'short'} run, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = rows.every((row) => row.pass) ? 0 : 1;
}

void main();
