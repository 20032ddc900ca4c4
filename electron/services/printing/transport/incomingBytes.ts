import type { ReadResult } from './byteChannel';

interface PendingRead {
  count: number;
  settle: (result: ReadResult) => void;
}

/** Bytes a transport received and not yet read, handed out to one reader at a time. */
export class IncomingBytes {
  private buffered = new Uint8Array(0);
  private ended = false;
  private pending: PendingRead | null = null;

  push(chunk: Uint8Array): void {
    const joined = new Uint8Array(this.buffered.length + chunk.length);
    joined.set(this.buffered);
    joined.set(chunk, this.buffered.length);
    this.buffered = joined;
    this.settlePending();
  }

  /** The link is gone: a waiting reader learns it now instead of at its timeout. */
  end(): void {
    this.ended = true;
    this.settlePending();
  }

  read(count: number, timeoutMs: number): Promise<ReadResult> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle({ ok: false, failure: 'timeout' }), timeoutMs);
      const settle = (result: ReadResult): void => {
        clearTimeout(timer);
        this.pending = null;
        resolve(result);
      };
      this.pending = { count, settle };
      this.settlePending();
    });
  }

  private settlePending(): void {
    const pending = this.pending;
    if (!pending) return;
    if (this.buffered.length >= pending.count) {
      const bytes = this.buffered.slice(0, pending.count);
      this.buffered = this.buffered.slice(pending.count);
      pending.settle({ ok: true, bytes });
    } else if (this.ended) {
      pending.settle({ ok: false, failure: 'closed' });
    }
  }
}
