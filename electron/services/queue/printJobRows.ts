import { perConnection } from '../database/perConnection';

export type PrintJobState = 'sending' | 'uncertain';

export interface PrintJobRow {
  ticket_id: string;
  owner: string;
  state: PrintJobState;
  started_at_ms: number;
}

/** The `print_jobs` table: prints in flight ('sending', with their owner process) and prints whose outcome nobody knows ('uncertain'). */
export const printJobRows = perConnection((db) => {
  const start = db.prepare<[string, string, number]>(
    `INSERT INTO print_jobs (ticket_id, owner, state, started_at_ms) VALUES (?, ?, 'sending', ?)
     ON CONFLICT (ticket_id) DO UPDATE SET owner = excluded.owner, state = 'sending', started_at_ms = excluded.started_at_ms`,
  );
  const markUncertain = db.prepare<[string]>(`UPDATE print_jobs SET state = 'uncertain' WHERE ticket_id = ?`);
  const remove = db.prepare<[string]>('DELETE FROM print_jobs WHERE ticket_id = ?');
  const find = db.prepare<[string], PrintJobRow>('SELECT * FROM print_jobs WHERE ticket_id = ?');
  const sending = db.prepare<[], PrintJobRow>(`SELECT * FROM print_jobs WHERE state = 'sending'`);
  const uncertain = db.prepare<[], PrintJobRow>(`SELECT * FROM print_jobs WHERE state = 'uncertain' ORDER BY started_at_ms`);
  return {
    start: (ticketId: string, owner: string, nowMs: number): void => void start.run(ticketId, owner, nowMs),
    markUncertain: (ticketId: string): void => void markUncertain.run(ticketId),
    remove: (ticketId: string): void => void remove.run(ticketId),
    find: (ticketId: string): PrintJobRow | undefined => find.get(ticketId),
    sending: (): PrintJobRow[] => sending.all(),
    uncertain: (): PrintJobRow[] => uncertain.all(),
  };
});
