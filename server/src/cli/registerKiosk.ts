/**
 * `tsx server/src/cli/registerKiosk.ts --db <file> --office <officeId>`: registers a kiosk and
 * prints its token once. The server keeps only a hash of the secret, so a lost token means
 * registering the kiosk again.
 */
import { parseArgs } from 'node:util';
import { registerKiosk } from '../kiosks/registerKiosk';
import { openSqliteStore } from '../store/sqlite/openSqliteStore';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, office: { type: 'string' } } });
  if (!values.db || !values.office) throw new Error('Usage: registerKiosk --db <file> --office <officeId>');
  const store = openSqliteStore(values.db);
  try {
    const { kioskId, token } = await registerKiosk(store, values.office);
    console.log(
      [
        `Kiosk registered for office ${values.office}.`,
        `  kiosk id: ${kioskId}`,
        `  token:    ${token}`,
        'Put the token into the kiosk configuration now: it is shown only this once.',
      ].join('\n'),
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
