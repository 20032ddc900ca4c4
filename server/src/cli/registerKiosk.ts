/**
 * `tsx server/src/cli/registerKiosk.ts --db <file> | --database-url <postgres://…> --office <officeId>`: registers a kiosk and
 * prints its token once. The server keeps only a hash of the secret, so a lost token means
 * registering the kiosk again.
 */
import { parseArgs } from 'node:util';
import { registerKiosk } from '../kiosks/registerKiosk';
import { openDistrictStore } from '../store/openDistrictStore';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, 'database-url': { type: 'string' }, office: { type: 'string' } } });
  const databaseUrl = values['database-url'];
  if ((!values.db && !databaseUrl) || !values.office) throw new Error('Usage: registerKiosk (--db <file> | --database-url <postgres://…>) --office <officeId>');
  const store = await openDistrictStore(databaseUrl ? { databaseUrl } : { dbFile: values.db ?? '' });
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
