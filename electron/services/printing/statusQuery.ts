import { statusQuery, statusQueryKinds } from './escpos/commands';
import { parseStatus } from './escpos/statusParser';
import type { ByteChannel } from './transport/byteChannel';
import type { PrinterStatus } from './types';

export type StatusAnswer =
  | { kind: 'answered'; status: PrinterStatus }
  | { kind: 'no-answer' }
  | { kind: 'connection-lost' };

/** Asks DLE EOT 1, 2 and 4 in turn; all three answers must arrive within `timeoutMs` together. */
export async function queryStatus(channel: ByteChannel, timeoutMs: number): Promise<StatusAnswer> {
  const deadline = Date.now() + timeoutMs;
  const answers: number[] = [];
  for (const kind of statusQueryKinds) {
    const written = await channel.write(statusQuery(kind), remaining(deadline));
    if (!written.ok) return written.failure === 'closed' ? { kind: 'connection-lost' } : { kind: 'no-answer' };
    const read = await channel.read(1, remaining(deadline));
    if (!read.ok) return read.failure === 'closed' ? { kind: 'connection-lost' } : { kind: 'no-answer' };
    answers.push(read.bytes[0]);
  }
  const [printer, offlineCause, paperSensor] = answers;
  return { kind: 'answered', status: parseStatus({ printer, offlineCause, paperSensor }) };
}

const remaining = (deadline: number): number => Math.max(0, deadline - Date.now());
