import type { Duplex } from 'node:stream';
import type { ByteChannel, ReadResult, WriteResult } from './byteChannel';
import { IncomingBytes } from './incomingBytes';
import { settleWithin } from './settleWithin';

export interface StreamChannelOptions {
  /** Time the cable itself needs to carry `byteCount` bytes, added to a write's timeout. */
  transmissionMs?: (byteCount: number) => number;
  /** Waits until written bytes have left the host, where the stream's write callback comes earlier. */
  drain?: (done: (error?: Error | null) => void) => void;
  /** Releases the link and calls `done`; by default the stream is destroyed. */
  shutdown?: (done: () => void) => void;
}

/** A printer link over a Node duplex stream: a TCP socket or a serial port. */
export class StreamChannel implements ByteChannel {
  private readonly incoming = new IncomingBytes();
  private closed = false;

  constructor(
    private readonly stream: Duplex,
    private readonly options: StreamChannelOptions = {},
  ) {
    stream.on('data', (chunk: Uint8Array) => this.incoming.push(chunk));
    // Errors always end in 'close'; listening keeps them from becoming uncaught exceptions.
    stream.on('error', () => undefined);
    stream.on('close', () => {
      this.closed = true;
      this.incoming.end();
    });
  }

  write(bytes: Uint8Array, timeoutMs: number): Promise<WriteResult> {
    if (this.closed) return Promise.resolve({ ok: false, failure: 'closed' });
    const allowanceMs = timeoutMs + (this.options.transmissionMs?.(bytes.length) ?? 0);
    return settleWithin<WriteResult>(allowanceMs, { ok: false, failure: 'timeout' }, (settle) => {
      const onClose = (): void => settle({ ok: false, failure: 'closed' });
      const done = (error?: Error | null): void => settle(error ? { ok: false, failure: 'closed' } : { ok: true });
      this.stream.once('close', onClose);
      this.stream.write(bytes, (error) => {
        if (error || !this.options.drain) done(error);
        else this.options.drain(done);
      });
      return () => this.stream.off('close', onClose);
    });
  }

  read(count: number, timeoutMs: number): Promise<ReadResult> {
    return this.incoming.read(count, timeoutMs);
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      if (this.options.shutdown) return this.options.shutdown(resolve);
      this.stream.once('close', () => resolve());
      this.stream.destroy();
    });
  }
}
