import type { z } from 'zod';
import { apiErrorSchema } from '../../shared/errors';

/** Why a call to the kiosk's LAN server gave no usable answer. */
export type LanFailure =
  /** No answer at all: the kiosk is rebooting, the network is down, or it took too long. */
  | { kind: 'unreachable' }
  /** The token was revoked (or never valid): the terminal must pair again. */
  | { kind: 'unauthorized' }
  /** The server understood and said no, with one of its error codes. */
  | { kind: 'rejected'; status: number; code: string; message: string }
  /** An answer we cannot read: a server of another version, or a proxy's error page. */
  | { kind: 'invalid'; status: number };

export type LanResult<T> = { ok: true; value: T } | { ok: false; failure: LanFailure };

export type LanRequest = {
  method?: 'GET' | 'POST';
  body?: unknown;
  token?: string;
};

const TIMEOUT_MS = 8000;

async function jsonOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/**
 * The one way the counter page and the board talk to the kiosk: same origin, JSON, and every
 * answer checked against the contract's schema. It never throws; failures come back as values.
 */
export async function lanRequest<T>(
  path: string,
  schema: z.ZodType<T>,
  { method = 'GET', body, token }: LanRequest = {},
  fetchImpl: typeof fetch = fetch,
): Promise<LanResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetchImpl(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return { ok: false, failure: { kind: 'unreachable' } };
  }

  if (response.status === 401) return { ok: false, failure: { kind: 'unauthorized' } };
  const json = await jsonOf(response);
  if (!response.ok) {
    const error = apiErrorSchema.safeParse(json);
    // A gateway's 502/503/504 means the kiosk behind it is not answering.
    if (!error.success && response.status >= 502) return { ok: false, failure: { kind: 'unreachable' } };
    if (!error.success) return { ok: false, failure: { kind: 'invalid', status: response.status } };
    return { ok: false, failure: { kind: 'rejected', status: response.status, ...error.data } };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, failure: { kind: 'invalid', status: response.status } };
  return { ok: true, value: parsed.data };
}
