import { join } from 'node:path';
import { openDatabase } from '../database/openDatabase';
import { startTsProcess } from './nodeProcess';

const issuerScript = join(__dirname, 'issuerProcess.ts');

export interface IssuerAck {
  id: string;
  displayNumber: string;
  businessDay: string;
}

/** An issuerProcess on `dbFile`; `acks` are the tickets it reported as committed. */
export function startIssuer(dbFile: string, count: number | 'forever') {
  const issuer = startTsProcess<IssuerAck>(issuerScript, [dbFile, 'bulk', String(count)]);
  return { ...issuer, acks: issuer.lines };
}

/** What the issuers' database file holds: their tickets and the outbox row count. */
export function issuedTicketsIn(dbFile: string) {
  const db = openDatabase(dbFile);
  const rows = db.prepare(`SELECT id, display_number AS displayNumber FROM tickets WHERE service_id = 'bulk'`).all() as { id: string; displayNumber: string }[];
  const outbox = db.prepare(`SELECT COUNT(*) AS n FROM outbox`).get() as { n: number };
  db.close();
  return { rows, outboxCount: outbox.n };
}
