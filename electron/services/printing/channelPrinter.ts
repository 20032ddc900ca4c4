import { createSerialQueue } from '../../../nodeShared/serialQueue';
import { queryStatus } from './statusQuery';
import type { ByteChannel, ChannelOpener } from './transport/byteChannel';
import type { PrintOutcome, PrinterState, PrinterStatus, ReceiptPrinter } from './types';

/** A status with, when the printer is not ready for a reason the status cannot show, that reason. */
export interface PrinterStatusReport extends PrinterStatus {
  /** Plain words for logs and the admin screen (e.g. a missing USB driver); never personal data. */
  reason?: string;
}

export interface DiagnosedReceiptPrinter extends ReceiptPrinter {
  readStatus(): Promise<PrinterStatusReport>;
}

const failed = (reason: PrinterState | 'connection-lost' | 'timeout'): PrintOutcome => ({ status: 'failed', reason });
const notReady = (state: PrinterState, reason: string): PrinterStatusReport => ({ state, paperNearEnd: false, reason });
const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Status and print logic shared by every transport. Operations run one at a time, each on a
 * freshly opened channel, since a printer serves one connection at a time.
 */
export class ChannelReceiptPrinter implements DiagnosedReceiptPrinter {
  private readonly serially = createSerialQueue();
  private closed = false;

  constructor(
    private readonly openChannel: ChannelOpener,
    private readonly timeoutMs: number,
  ) {}

  readStatus(): Promise<PrinterStatusReport> {
    return this.exclusive(
      async (channel) => {
        const answer = await queryStatus(channel, this.timeoutMs);
        if (answer.kind === 'answered') return answer.status;
        if (answer.kind === 'no-answer') return notReady('no-answer', `no status answer within ${this.timeoutMs} ms`);
        return notReady('offline', 'the printer closed the connection');
      },
      (reason) => notReady('offline', reason),
      (error) => notReady('error', describe(error)),
    );
  }

  /**
   * Checks the printer is ready, sends the job once, then takes a status answer as the printer's
   * acknowledgment. A job is never sent to a printer that reports a fault: it would sit in the
   * printer's buffer and come out after the paper is reloaded, next to the ticket issued instead.
   * 'no-answer' means the job was not sent; 'timeout' means it was sent but never acknowledged.
   */
  print(job: Uint8Array): Promise<PrintOutcome> {
    return this.exclusive(
      async (channel) => {
        const before = await queryStatus(channel, this.timeoutMs);
        if (before.kind !== 'answered') return failed(before.kind);
        if (before.status.state !== 'ready') return failed(before.status.state);
        const written = await channel.write(job, this.timeoutMs);
        if (!written.ok) return failed(written.failure === 'closed' ? 'connection-lost' : 'timeout');
        const after = await queryStatus(channel, this.timeoutMs);
        if (after.kind === 'no-answer') return failed('timeout');
        if (after.kind === 'connection-lost') return failed('connection-lost');
        return after.status.state === 'ready' ? { status: 'printed' } : failed(after.status.state);
      },
      () => failed('offline'),
      () => failed('error'),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    // Waits for the jobs already queued; the closed flag turns away those queued after it.
    await this.serially(async () => undefined);
  }

  private exclusive<T>(
    operate: (channel: ByteChannel) => Promise<T>,
    unreachable: (reason: string) => T,
    crashed: (error: unknown) => T,
  ): Promise<T> {
    const run = async (): Promise<T> => {
      if (this.closed) return unreachable('the printer was closed');
      const opened = await this.openChannel(this.timeoutMs);
      if (!opened.ok) return unreachable(opened.reason);
      try {
        return await operate(opened.channel);
      } finally {
        await opened.channel.close();
      }
    };
    // A native driver may still throw; a fault is an answer, never an exception.
    return this.serially(() => run().catch(crashed));
  }
}
