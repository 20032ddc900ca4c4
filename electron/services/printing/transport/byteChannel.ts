/** Why a channel operation did not complete: the link went away, or the printer took too long. */
export type ChannelFailure = 'closed' | 'timeout';

export type WriteResult = { ok: true } | { ok: false; failure: ChannelFailure };
export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; failure: ChannelFailure };

/** A bidirectional byte link to one printer, whatever the cable. Never throws. */
export interface ByteChannel {
  write(bytes: Uint8Array, timeoutMs: number): Promise<WriteResult>;
  /** Resolves with exactly `count` bytes, or a failure once `timeoutMs` has passed or the link closed. */
  read(count: number, timeoutMs: number): Promise<ReadResult>;
  close(): Promise<void>;
}

export type OpenResult = { ok: true; channel: ByteChannel } | { ok: false; reason: string };

/** Opens a fresh channel, giving up after `timeoutMs`. Never throws: a failure says why, in plain words. */
export type ChannelOpener = (timeoutMs: number) => Promise<OpenResult>;
