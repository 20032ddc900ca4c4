import { z } from 'zod';
import { KioskError } from '../kioskError';

/** Input (a body, a header, a query) that fails its contract schema is the client's mistake: 400 with zod's reason, never a crash. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new KioskError('INVALID_REQUEST', z.prettifyError(parsed.error));
  return parsed.data;
}
