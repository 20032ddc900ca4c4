/** `npm run bench:soak`: only the soak of `npm run bench` (10,000 flows over four business days). */
import { benchSoak, soakHeader, SOAK_TITLE } from './soakBench';
import { printTable } from './stats';

benchSoak()
  .then((rows) => printTable(SOAK_TITLE, soakHeader, rows))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
