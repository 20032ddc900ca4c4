import { createSerialQueue } from '../../../nodeShared/serialQueue';
import { concatBytes } from './escpos/bytes';
import { PROCESS_ID_ANSWER_LENGTH, isProcessIdAnswer, processIdRequest } from './escpos/commands';
import { queryStatus } from './statusQuery';
import type { ByteChannel, ChannelOpener } from './transport/byteChannel';
import type { PrintOutcome, PrinterState, PrinterStatus, ReadyPrint, ReceiptPrinter } from './types';

/** A status with, when the printer is not ready for a reason the status cannot show, that reason. */
export interface PrinterStatusReport extends PrinterStatus {
  /** Plain words for logs and the admin screen (e.g. a missing USB driver); never personal data. */
  reason?: string;
}

export interface DiagnosedReceiptPrinter extends ReceiptPrinter {
  readStatus(abandon?: AbortSignal): Promise<PrinterStatusReport>;
  printIfReady(jobFor: () => Uint8Array): Promise<ReadyPrint<PrinterStatusReport>>;
}

type OutcomeReason = PrinterState | 'connection-lost' | 'timeout';
const failed = (reason: OutcomeReason): PrintOutcome => ({ status: 'failed', reason });
const uncertain = (reason: OutcomeReason): PrintOutcome => ({ status: 'uncertain', reason });
const notReady = (state: PrinterState, reason: string): PrinterStatusReport => ({ state, paperNearEnd: false, reason });
const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Status and print logic shared by every transport. Operations run one at a time, each on a
 * freshly opened channel, since a printer serves one connection at a time.
 */
export class ChannelReceiptPrinter implements DiagnosedReceiptPrinter {
  private readonly serially = createSerialQueue();
  private closed = false;
  private processIdSupport: 'unknown' | 'supported' | 'unsupported' = 'unknown';
  private processCounter = Math.floor(Math.random() * 10_000);
  private readonly completionTimeoutMs: number;

  /** `completionTimeoutMs`: how long a job may take to come out (4 × timeoutMs unless told). */
  constructor(
    private readonly openChannel: ChannelOpener,
    private readonly timeoutMs: number,
    completionTimeoutMs?: number,
  ) {
    this.completionTimeoutMs = completionTimeoutMs ?? 4 * timeoutMs;
  }

  readStatus(abandon?: AbortSignal): Promise<PrinterStatusReport> {
    return this.exclusive(
      (channel) => this.statusOn(channel),
      (reason) => notReady('offline', reason),
      (error) => notReady('error', describe(error)),
      abandon,
    );
  }

  /**
   * One connection for the check and the job: reads the status and, only when the printer is
   * ready, takes the job from `jobFor` (the caller commits there what the job prints) and prints it
   * as print() does. A printer that is not ready gets nothing and `jobFor` is never called. Should
   * `jobFor` throw, nothing is sent and its error is rethrown once the connection is closed.
   */
  async printIfReady(jobFor: () => Uint8Array): Promise<ReadyPrint<PrinterStatusReport>> {
    const job: { taken: boolean; threw?: { error: unknown } } = { taken: false };
    const answer = await this.exclusive<ReadyPrint<PrinterStatusReport>>(
      async (channel) => {
        const status = await this.statusOn(channel);
        if (status.state !== 'ready') return { ready: false, status };
        let bytes: Uint8Array;
        try {
          bytes = jobFor();
        } catch (error) {
          job.threw = { error };
          return { ready: false, status };
        }
        job.taken = true;
        return { ready: true, outcome: await this.sendAndConfirm(channel, bytes) };
      },
      (reason) => ({ ready: false, status: notReady('offline', reason) }),
      (error) => (job.taken ? { ready: true, outcome: failed('error') } : { ready: false, status: notReady('error', describe(error)) }),
    );
    if (job.threw) throw job.threw.error;
    return answer;
  }

  /**
   * Checks the printer is ready, sends the job once with a process-ID request after it, and waits
   * for the printer to say it got there. A job is never sent to a printer that reports a fault: it
   * would sit in the printer's buffer and come out after the paper is reloaded, next to the ticket
   * issued instead. Once any byte may have gone out, a fault is 'uncertain', never 'failed': the
   * paper may well be in the tray.
   */
  print(job: Uint8Array): Promise<PrintOutcome> {
    return this.exclusive(
      async (channel) => {
        const before = await queryStatus(channel, this.timeoutMs);
        if (before.kind !== 'answered') return failed(before.kind);
        if (before.status.state !== 'ready') return failed(before.status.state);
        return this.sendAndConfirm(channel, job);
      },
      () => failed('offline'),
      () => failed('error'),
    );
  }

  private async statusOn(channel: ByteChannel): Promise<PrinterStatusReport> {
    const answer = await queryStatus(channel, this.timeoutMs);
    if (answer.kind === 'answered') return answer.status;
    if (answer.kind === 'no-answer') return notReady('no-answer', `no status answer within ${this.timeoutMs} ms`);
    return notReady('offline', 'the printer closed the connection');
  }

  /** Sends the job once with a process-ID request after it, and waits for the printer to say it got there. */
  private async sendAndConfirm(channel: ByteChannel, job: Uint8Array): Promise<PrintOutcome> {
    const processId = this.nextProcessId();
    const written = await channel.write(concatBytes([job, processIdRequest(processId)]), this.timeoutMs);
    if (!written.ok) return uncertain(written.failure === 'closed' ? 'connection-lost' : 'timeout');
    return this.awaitCompletion(channel, processId);
  }

  /**
   * DLE EOT is answered at once, before buffered data is printed, so only the process-ID answer
   * proves the job came out. A printer that never answers it while its status is fine does not
   * support it: from then on a clean status after the job is the best evidence there is.
   */
  private async awaitCompletion(channel: ByteChannel, processId: string): Promise<PrintOutcome> {
    if (this.processIdSupport !== 'unsupported') {
      const answer = await channel.read(PROCESS_ID_ANSWER_LENGTH, this.completionTimeoutMs);
      if (answer.ok && isProcessIdAnswer(answer.bytes, processId)) {
        this.processIdSupport = 'supported';
        return { status: 'printed' };
      }
      if (!answer.ok && answer.failure === 'closed') return uncertain('connection-lost');
    }
    const after = await queryStatus(channel, this.timeoutMs);
    if (after.kind !== 'answered') return uncertain(after.kind === 'no-answer' ? 'timeout' : 'connection-lost');
    if (after.status.state !== 'ready') return uncertain(after.status.state);
    if (this.processIdSupport === 'supported') return uncertain('timeout');
    this.processIdSupport = 'unsupported';
    return { status: 'printed' };
  }

  private nextProcessId(): string {
    this.processCounter = (this.processCounter + 1) % 10_000;
    return String(this.processCounter).padStart(4, '0');
  }

  async close(): Promise<void> {
    this.closed = true;
    // Waits for the jobs already queued; the closed flag turns away those queued after it.
    await this.serially(async () => undefined);
  }

  /** `abandon`: closes the connection at once when aborted, so the operation ends without its answer. */
  private exclusive<T>(
    operate: (channel: ByteChannel) => Promise<T>,
    unreachable: (reason: string) => T,
    crashed: (error: unknown) => T,
    abandon?: AbortSignal,
  ): Promise<T> {
    const run = async (): Promise<T> => {
      if (this.closed) return unreachable('the printer was closed');
      if (abandon?.aborted) return unreachable('abandoned');
      const opened = await this.openChannel(this.timeoutMs);
      if (!opened.ok) return unreachable(opened.reason);
      const closeNow = (): void => void opened.channel.close();
      abandon?.addEventListener('abort', closeNow, { once: true });
      try {
        if (abandon?.aborted) return unreachable('abandoned');
        return await operate(opened.channel);
      } finally {
        abandon?.removeEventListener('abort', closeNow);
        await opened.channel.close();
      }
    };
    // A native driver may still throw; a fault is an answer, never an exception.
    return this.serially(() => run().catch(crashed));
  }
}
