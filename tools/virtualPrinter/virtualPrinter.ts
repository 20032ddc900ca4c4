import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { DLE, EOT } from '../../electron/services/printing/escpos/commands';
import { startControlServer, type RunningControlServer } from './controlServer';
import { EscPosStreamDecoder, type DecodedTicket } from './escPosDecoder';
import { statusByteFor, type VirtualFault } from './faultStatus';
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
  readonly fault: VirtualFault | null;
  setFault(fault: VirtualFault | null): void;
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
  const jobListeners = new Set<() => void>();
  const sockets = new Set<Socket>();
  let fault: VirtualFault | null = null;

  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    const decoder = new EscPosStreamDecoder();
    socket.on('data', (chunk: Uint8Array) => {
      if (fault === 'drop-mid-print' && !isOnlyStatusQueries(chunk)) {
        socket.destroy();
        return;
      }
      for (const event of decoder.push(chunk)) {
        if (event.kind === 'ticket') {
          jobs.push(event.ticket);
          received += 1;
          if (jobs.length > keepJobs) jobs.splice(0, jobs.length - keepJobs);
          jobListeners.forEach((listener) => listener());
          continue;
        }
        const answer = statusByteFor(fault, event.query);
        if (answer !== undefined) socket.write(Uint8Array.of(answer));
      }
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
    get fault(): VirtualFault | null {
      return fault;
    },
    setFault(next: VirtualFault | null): void {
      fault = next;
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
