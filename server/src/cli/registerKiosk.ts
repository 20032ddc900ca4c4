/**
 * `tsx server/src/cli/registerKiosk.ts --db <file> | --database-url <postgres://…>` and one of:
 * - `--office <officeId>`: registers a kiosk and prints its token once;
 * - `--rotate <kioskId> [--grace-hours <h>]`: a new token; the old one works for h hours (24 by
 *   default; 0: refused at once) or until the kiosk first uses the new one;
 * - `--revoke <kioskId>`: the kiosk is refused from now on, whichever token it sends.
 * The server keeps only a hash of each secret, so a lost token means rotating it. Each action is
 * audited in the server's log files (SUNBEON_SERVER_LOG_DIR, or `logs/` beside the SQLite file):
 * what, which kiosk, and the machine account that ran it — never the token.
 */
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { LOG_FOLDER, openLogFiles } from '../../../nodeShared/logFiles';
import type { KioskCredentials } from '../kiosks/kioskCredentials';
import { registerKiosk, revokeKiosk, rotateKioskSecret } from '../kiosks/registerKiosk';
import { openDistrictStore } from '../store/openDistrictStore';

const USAGE =
  'Usage: registerKiosk (--db <file> | --database-url <postgres://…>) (--office <officeId> | --rotate <kioskId> [--grace-hours <h>] | --revoke <kioskId>)';

/** What IT types on the kiosk (staff screen → 설정 → 구청 서버: kiosk id and secret), and the token they make. */
const tokenLines = ({ kioskId, secret, token }: KioskCredentials) => [
  `  kiosk id: ${kioskId}`,
  `  secret:   ${secret}`,
  `  token:    ${token}   (= kiosk id.secret, what the kiosk sends)`,
  "Enter the kiosk id and secret on the kiosk now (staff screen → 설정 → 구청 서버, or SUNBEON_KIOSK_ID / SUNBEON_KIOSK_SECRET): they are shown only this once.",
];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      'database-url': { type: 'string' },
      office: { type: 'string' },
      rotate: { type: 'string' },
      'grace-hours': { type: 'string', default: '24' },
      revoke: { type: 'string' },
    },
  });
  const databaseUrl = values['database-url'];
  const actions = [values.office, values.rotate, values.revoke].filter((value) => value !== undefined);
  const graceHours = Number(values['grace-hours']);
  if ((!values.db && !databaseUrl) || actions.length !== 1 || !(graceHours >= 0)) throw new Error(USAGE);
  const store = await openDistrictStore(databaseUrl ? { databaseUrl } : { dbFile: values.db ?? '' });
  const logs = await openLogFiles('sunbeon-server', process.env.SUNBEON_SERVER_LOG_DIR ?? (values.db ? join(dirname(values.db), LOG_FOLDER) : LOG_FOLDER));
  const audit = (action: string, fields: Record<string, unknown>) => logs.log.info(`district IT: ${action}`, { ...fields, by: userInfo().username });
  try {
    if (values.office) {
      const registered = await registerKiosk(store, values.office);
      audit('kiosk registered', { kioskId: registered.kioskId, officeId: values.office });
      console.log([`Kiosk registered for office ${values.office}.`, ...tokenLines(registered)].join('\n'));
    } else if (values.rotate) {
      const rotated = await rotateKioskSecret(store, values.rotate, graceHours * 3_600_000);
      if (!rotated) throw new Error(`No active kiosk ${values.rotate}`);
      audit('kiosk token rotated', { kioskId: values.rotate, graceHours });
      console.log([`New token for kiosk ${values.rotate}; the old one works for ${graceHours} h or until the kiosk uses the new one.`, ...tokenLines(rotated)].join('\n'));
    } else if (values.revoke) {
      if (!(await revokeKiosk(store, values.revoke))) throw new Error(`No kiosk ${values.revoke}`);
      audit('kiosk revoked', { kioskId: values.revoke });
      console.log(`Kiosk ${values.revoke} is revoked: it is refused from now on.`);
    }
  } finally {
    logs.close();
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
