import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lanRequest } from './lanRequest';

const schema = z.object({ n: z.number() });

function answering(status: number, body: unknown, seen: RequestInit[] = []): typeof fetch {
  return async (_input, init) => {
    seen.push(init ?? {});
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  };
}

describe('lanRequest', () => {
  it('returns the answer checked against the schema', async () => {
    expect(await lanRequest('/x', schema, {}, answering(200, { n: 1 }))).toEqual({ ok: true, value: { n: 1 } });
  });

  it('sends JSON and the bearer token', async () => {
    const seen: RequestInit[] = [];
    await lanRequest('/x', schema, { method: 'POST', body: {}, token: 'secret' }, answering(200, { n: 1 }, seen));
    expect(seen[0].method).toBe('POST');
    expect(seen[0].body).toBe('{}');
    expect(seen[0].headers).toMatchObject({ Authorization: 'Bearer secret', 'Content-Type': 'application/json' });
  });

  it('reports an answer of another shape as invalid, not as data', async () => {
    expect(await lanRequest('/x', schema, {}, answering(200, { n: 'one' }))).toEqual({ ok: false, failure: { kind: 'invalid', status: 200 } });
    expect(await lanRequest('/x', schema, {}, answering(200, '<html>'))).toEqual({ ok: false, failure: { kind: 'invalid', status: 200 } });
  });

  it('passes on the server’s error code', async () => {
    const result = await lanRequest('/x', schema, {}, answering(409, { code: 'QUEUE_EMPTY', message: 'nobody waits' }));
    expect(result).toEqual({ ok: false, failure: { kind: 'rejected', status: 409, code: 'QUEUE_EMPTY', message: 'nobody waits' } });
  });

  it('tells a revoked token apart', async () => {
    expect(await lanRequest('/x', schema, {}, answering(401, { code: 'UNAUTHORIZED', message: '' }))).toEqual({
      ok: false,
      failure: { kind: 'unauthorized' },
    });
  });

  it('treats no answer, or a gateway without the kiosk behind it, as unreachable', async () => {
    const down: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await lanRequest('/x', schema, {}, down)).toEqual({ ok: false, failure: { kind: 'unreachable' } });
    expect(await lanRequest('/x', schema, {}, answering(502, 'Bad Gateway'))).toEqual({ ok: false, failure: { kind: 'unreachable' } });
  });
});
