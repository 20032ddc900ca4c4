import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { concatBytes } from '../../electron/services/printing/escpos/bytes';
import { DLE, EOT, PROCESS_ID_ANSWER } from '../../electron/services/printing/escpos/commands';
import { startControlServer, type RunningControlServer } from './controlServer';
import { EscPosStreamDecoder, type DecodedTicket } from './escPosDecoder';
import { statusByteFor, stopsPrinting, type VirtualFault } from './faultStatus';
import { ticketPreviewSvg } from './ticketPreview';

export type { DecodedTicket } from './escPosDecoder';
export { virtualFaults, type VirtualFault } from './faultStatus';

export interface VirtualPrinterOptions {
  /** 0 or absent: any free port. */
  port?: number;
  /** Starts the demo page and HTTP API on this port (0: any free port). */
  controlPort?: number;
  host?: '127.0.0.1';
  /** How many of the latest tickets `jobs` keeps: a printer left running for days must not hold every ticket. */
  keepJobs?: number;
}

const KEPT_JOBS = 500;

export interface VirtualPrinter {
  readonly port: number;
  readonly controlPort?: number;
  /** The latest complete (cut) tickets received (at most keepJobs), in order. */
  readonly jobs: readonly DecodedTicket[];
  /** Every complete ticket received since the start, including those no longer kept. */
  readonly received: number;
  /** Status queries (DLE EOT) received since the start, answered or not. */
  readonly statusQueries: number;
  readonly fault: VirtualFault | null;
  /**
   * Plays a fault. With `afterJobBytes` it strikes only once that many bytes of a job have arrived
   * (0: right after the status check, half a job: mid-print); until then the printer is fine.
   */
  setFault(fault: VirtualFault | null, options?: { afterJobBytes?: number }): void;
  /** Whether it answers Epson's GS ( H process-ID request (many printers ignore it); true at start. */
  setAnswersProcessId(answers: boolean): void;
  /** Pieces of paper showing `text`: cut tickets plus the uncut piece still at the cutter. */
  copiesOf(text: string): number;
  lastJob(): DecodedTicket | undefined;
  previewSvg(): string;
  /** Resolves once at least `count` jobs arrived since the start; rejects after `timeoutMs`. */
  waitForJobs(count: number, timeoutMs: number): Promise<readonly DecodedTicket[]>;
  stop(): Promise<void>;
}

/** A receipt printer on a TCP port: it decodes ESC/POS, answers status queries and can play faults. */
export async function startVirtualPrinter(options: VirtualPrinterOptions = {}): Promise<VirtualPrinter> {
  const host = options.host ?? '127.0.0.1';
  const keepJobs = options.keepJobs ?? KEPT_JOBS;
  const jobs: DecodedTicket[] = [];
  let received = 0;
  let statusQueries = 0;
  const jobListeners = new Set<() => void>();
  const sockets = new Set<Socket>();
  let fault: VirtualFault | null = null;
  let answersProcessId = true;

  // One roll of paper: whatever any connection sent since the last cut is still on it.
  const paper = new EscPosStreamDecoder();
  let armed: { fault: VirtualFault; afterJobBytes: number } | null = null;

  const printed = (ticket: DecodedTicket): void => {
    // A cut with nothing above it (the feed and cut that opens a job after an interrupted one) is a blank slip, not a ticket.
    if (ticket.lines.length === 0) return;
    jobs.push(ticket);
    received += 1;
    if (jobs.length > keepJobs) jobs.splice(0, jobs.length - keepJobs);
    jobListeners.forEach((listener) => listener());
  };

  /** Prints (decodes) bytes and answers what they ask, as long as no fault stops the printer. */
  const feed = (socket: Socket, bytes: Uint8Array): void => {
    for (const event of paper.push(bytes)) {
      if (event.kind === 'ticket') printed(event.ticket);
      else if (event.kind === 'process-id') {
        if (!stopsPrinting(fault) && answersProcessId) socket.write(concatBytes([PROCESS_ID_ANSWER, event.id, Uint8Array.of(0)]));
      } else {
        statusQueries += 1;
        const answer = statusByteFor(fault, event.query);
        if (answer !== undefined) socket.write(Uint8Array.of(answer));
      }
    }
  };

  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      paper.dropPartialCommand();
    });
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Uint8Array) => {
      if (isOnlyStatusQueries(chunk)) {
        feed(socket, chunk);
        return;
      }
      let bytes = chunk;
      if (armed) {
        // An armed fault strikes after its share of job bytes: those print, the rest never do.
        const printable = Math.min(bytes.length, armed.afterJobBytes);
        armed.afterJobBytes -= printable;
        if (printable > 0) feed(socket, bytes.subarray(0, printable));
        bytes = bytes.subarray(printable);
        if (bytes.length === 0) return;
        fault = armed.fault;
        armed = null;
      }
      if (fault === 'drop-mid-print') {
        socket.destroy();
        return;
      }
      // Stopped by paper out, an open cover, offline or a hang: what arrives now is lost, and only status queries are answered.
      if (stopsPrinting(fault)) return;
      feed(socket, bytes);
    });
  });
  await listen(server, options.port ?? 0, host);

  let control: RunningControlServer | undefined;
  const printer: VirtualPrinter = {
    port: (server.address() as AddressInfo).port,
    get controlPort(): number | undefined {
      return control?.port;
    },
    get jobs(): readonly DecodedTicket[] {
      return jobs;
    },
    get received(): number {
      return received;
    },
    get statusQueries(): number {
      return statusQueries;
    },
    get fault(): VirtualFault | null {
      return fault;
    },
    setFault(next: VirtualFault | null, options: { afterJobBytes?: number } = {}): void {
      if (next !== null && options.afterJobBytes !== undefined) {
        armed = { fault: next, afterJobBytes: options.afterJobBytes };
        fault = null;
        return;
      }
      armed = null;
      fault = next;
    },
    setAnswersProcessId(answers: boolean): void {
      answersProcessId = answers;
    },
    copiesOf(text: string): number {
      const unfinished = paper.peekUnfinished();
      return jobs.filter((job) => job.text.includes(text)).length + (unfinished?.text.includes(text) ? 1 : 0);
    },
    lastJob: (): DecodedTicket | undefined => jobs.at(-1),
    previewSvg: (): string => ticketPreviewSvg(jobs.at(-1)),
    waitForJobs: (count: number, timeoutMs: number): Promise<readonly DecodedTicket[]> =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          if (received < count) return;
          stopWaiting();
          resolve(jobs);
        };
        const timer = setTimeout(() => {
          stopWaiting();
          reject(new Error(`virtual printer: ${received} of ${count} jobs after ${timeoutMs} ms`));
        }, timeoutMs);
        const stopWaiting = (): void => {
          clearTimeout(timer);
          jobListeners.delete(check);
        };
        jobListeners.add(check);
        check();
      }),
    async stop(): Promise<void> {
      await Promise.all([closeTcpServer(server, sockets), control?.stop()]);
    },
  };

  if (options.controlPort !== undefined) {
    try {
      control = await startControlServer(printer, options.controlPort, host);
    } catch (error) {
      await closeTcpServer(server, sockets);
      throw error;
    }
  }
  return printer;
}

// A job's bytes (or part of them) rather than only DLE EOT queries.
function isOnlyStatusQueries(chunk: Uint8Array): boolean {
  if (chunk.length % 3 !== 0) return false;
  for (let offset = 0; offset < chunk.length; offset += 3) {
    if (chunk[offset] !== DLE || chunk[offset + 1] !== EOT) return false;
  }
  return true;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeTcpServer(server: Server, sockets: Set<Socket>): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    sockets.forEach((socket) => socket.destroy());
  });
}
