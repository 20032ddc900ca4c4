import type { ErrorCode } from '../../shared/errors';
import type { Failure } from '../../shared/result';

/** An expected failure with a code the renderer can explain; the dispatcher turns it into an envelope. */
export class KioskError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Omit<Failure, 'code' | 'message'> = {},
  ) {
    super(message);
    this.name = 'KioskError';
  }
}
