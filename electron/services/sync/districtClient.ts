import { eventBatchResponseSchema, type EventBatch, type EventBatchResponse } from '../../../shared/district/api';
import { heartbeatAnswerSchema, type Heartbeat, type HeartbeatAnswer } from '../../../shared/district/heartbeat';
import { apiErrorSchema } from '../../../shared/errors';
import { redactPhoneNumbers } from '../../../nodeShared/phoneMasking';

export type PostOutcome =
  | { kind: 'answered'; results: EventBatchResponse['results'] }
  /** Unreachable, too slow, overloaded or garbled: worth retrying soon — not before `retryAfterMs` when the server said so (429/503 Retry-After). */
  | { kind: 'unavailable'; reason: string; retryAfterMs?: number }
  /** Up, but refusing this kiosk (or its address): retrying soon would not help. */
  | { kind: 'refused'; reason: string }
  /** Up, but refusing the batch as invalid (HTTP 400/422): some event in it is bad, the others may be fine. */
  | { kind: 'invalid'; reason: string };

export interface DistrictRequest<Body> {
  endpoint: URL;
  authorization: string;
  body: Body;
  fetch: typeof fetch;
  timeoutMs: number;
  /** Aborted when the worker stops. */
  signal: AbortSignal;
}

/** The server's response, or why none came. */
async function postToDistrict(request: DistrictRequest<unknown>): Promise<Response | { kind: 'unavailable'; reason: string }> {
  try {
    return await request.fetch(request.endpoint, {
      method: 'POST',
      headers: { authorization: request.authorization, 'content-type': 'application/json' },
      body: JSON.stringify(request.body),
      signal: AbortSignal.any([request.signal, AbortSignal.timeout(request.timeoutMs)]),
    });
  } catch (error) {
    return { kind: 'unavailable', reason: networkFailure(error, request.timeoutMs) };
  }
}

/** Reasons describe the exchange only: request bodies (which may hold a number) are never quoted, a refusal's words only with phone-like digits masked. */
export async function postEventBatch(request: DistrictRequest<EventBatch>): Promise<PostOutcome> {
  const response = await postToDistrict(request);
  if (!(response instanceof Response)) return response;
  if (response.ok) {
    const answer = eventBatchResponseSchema.safeParse(await response.json().catch(() => null));
    return answer.success ? { kind: 'answered', results: answer.data.results } : { kind: 'unavailable', reason: 'the district server sent an answer the kiosk cannot read' };
  }
  if (response.status === 400 || response.status === 422) return { kind: 'invalid', reason: await invalidReason(response) };
  await response.body?.cancel();
  const outcome = classifyStatus(response.status);
  const retryAfterMs = retryAfter(response.headers.get('retry-after'));
  return outcome.kind === 'unavailable' && retryAfterMs !== null ? { ...outcome, retryAfterMs } : outcome;
}

/**
 * The server took the heartbeat (`problem` null), with its answer when it sent one it can read (a
 * server older than the answer sends none); or why not, in words for the log.
 */
export async function postHeartbeat(request: DistrictRequest<Heartbeat>): Promise<{ problem: string | null; answer: HeartbeatAnswer | null }> {
  const response = await postToDistrict(request);
  if (!(response instanceof Response)) return { problem: response.reason, answer: null };
  if (response.ok) {
    const answer = heartbeatAnswerSchema.safeParse(response.status === 200 ? await response.json().catch(() => null) : null);
    if (!answer.success) await response.body?.cancel().catch(() => undefined);
    return { problem: null, answer: answer.success ? answer.data : null };
  }
  await response.body?.cancel();
  const outcome = classifyStatus(response.status);
  return { problem: outcome.kind === 'answered' ? null : outcome.reason, answer: null };
}

/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfter(header: string | null, nowMs = Date.now()): number | null {
  if (header === null) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

function classifyStatus(status: number): PostOutcome {
  if (status >= 500 || status === 429 || status === 408) return { kind: 'unavailable', reason: `the district server answered HTTP ${status}` };
  if (status === 401 || status === 403) return { kind: 'refused', reason: `the district server does not accept this kiosk's id and secret (HTTP ${status})` };
  if (status === 404) return { kind: 'refused', reason: 'the district server has no event intake at this URL (HTTP 404); check the server URL' };
  return { kind: 'refused', reason: `the district server refused the batch (HTTP ${status})` };
}

/** The server's own words (its error envelope's message, phone-like digits masked) help staff see what is wrong with an event. */
async function invalidReason(response: Response): Promise<string> {
  const envelope = apiErrorSchema.safeParse(await response.json().catch(() => null));
  const words = envelope.success ? `: ${redactPhoneNumbers(envelope.data.message).slice(0, 300)}` : '';
  return `the district server rejected the batch as invalid (HTTP ${response.status}${words})`;
}

function networkFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `the district server did not answer within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error ? error.cause : undefined;
  const code = cause instanceof Error && 'code' in cause && typeof cause.code === 'string' ? cause.code : error instanceof Error ? error.name : 'unknown error';
  return `the district server cannot be reached (${code})`;
}
