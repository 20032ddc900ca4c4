import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { counterStatusSchema } from '../../../shared/lan/counterApi';
import { demoOffice } from '../office/demoOffice';
import { useTempDirs } from '../testSupport/tempDir';
import { revokeCounterTokens } from './counterTokens';
import { setupLanServer } from '../testSupport/lanServerSetup';

const tempDir = useTempDirs();

async function setup(counterId = 'counter-1') {
  const lan = setupLanServer(tempDir());
  const token = await lan.pair(counterId);
  let notifications = 0;
  lan.changes.subscribe(() => (notifications += 1));
  const as = (bearer: string) => ({
    get: (path: string) => lan.app.inject({ method: 'GET', url: `/api/counter/${path}`, headers: { authorization: `Bearer ${bearer}` } }),
    post: (path: string, payload: InjectOptions['payload'] = {}) =>
      lan.app.inject({ method: 'POST', url: `/api/counter/${path}`, payload, headers: { authorization: `Bearer ${bearer}` } }),
  });
  return { ...lan, token, counter: as(token), as, notifications: () => notifications };
}

describe('counter API authentication', () => {
  it.each([
    ['no Authorization header', {}, /Pair this counter first/],
    ['an unknown token', { authorization: 'Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }, /not paired/],
    ['another scheme', { authorization: 'Basic dXNlcjpwYXNz' }, /not paired/],
    ['an empty bearer', { authorization: 'Bearer ' }, /not paired/],
  ])('answers 401 with a clear JSON body to %s', async (_case, headers, message) => {
    const { app } = await setup();
    for (const request of [
      { method: 'GET', url: '/api/counter/status' },
      { method: 'POST', url: '/api/counter/call-next', payload: {} },
    ] as const) {
      const response = await app.inject({ ...request, headers });
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(response.json()).toEqual({ code: 'UNAUTHORIZED', message: expect.stringMatching(message) });
    }
  });

  it('turns a token away once its counter is unpaired', async () => {
    const { counter, db, notifications } = await setup();
    expect((await counter.get('status')).statusCode).toBe(200);
    revokeCounterTokens(db, 'counter-1');
    expect((await counter.get('status')).statusCode).toBe(401);
    expect((await counter.post('state', { state: 'open' })).statusCode).toBe(401);
    expect(notifications()).toBe(0);
  });

  it('checks the token before the body', async () => {
    const { app } = await setup();
    const response = await app.inject({ method: 'POST', url: '/api/counter/state', payload: { state: 'nonsense' } });
    expect(response.statusCode).toBe(401);
  });
});

describe('counter API', () => {
  it('reports the status of the token’s own counter', async () => {
    const { counter, issue } = await setup();
    issue('resident-registration');
    issue('passport');
    const response = await counter.get('status');
    expect(response.statusCode).toBe(200);
    const status = counterStatusSchema.parse(response.json());
    expect(status.counter).toEqual({ id: 'counter-1', number: 1, serviceIds: ['resident-registration', 'family-relations'], state: 'closed' });
    expect(status.queues.map((q) => [q.serviceId, q.waiting])).toEqual([
      ['resident-registration', 1],
      ['family-relations', 0],
    ]);
    expect(status.rules).toEqual({ recallsBeforeNoShow: 2, recallMinIntervalSeconds: 10 });
  });

  it('opens, calls, recalls, serves and completes, notifying live views after each action', async () => {
    const { counter, issue, later, notifications } = await setup();
    issue('family-relations');
    const before = notifications();

    expect((await counter.post('state', { state: 'open' })).json()).toEqual({
      counter: { id: 'counter-1', number: 1, serviceIds: ['resident-registration', 'family-relations'], state: 'open' },
    });
    const called = await counter.post('call-next');
    expect(called.statusCode).toBe(200);
    expect(called.json()).toEqual({
      ticket: expect.objectContaining({ displayNumber: '2001', serviceId: 'family-relations', status: 'called', counterNumber: 1, recallCount: 0 }),
    });
    later(10);
    expect((await counter.post('recall')).json().ticket).toMatchObject({ displayNumber: '2001', recallCount: 1 });
    expect((await counter.post('start')).json().ticket).toMatchObject({ status: 'serving' });
    expect((await counter.post('complete')).json().ticket).toMatchObject({ status: 'done' });
    expect(notifications() - before).toBe(5);
    expect((await counter.get('status')).json().current).toBeNull();
  });

  it('marks a no-show after enough recalls and reinstates it', async () => {
    const { counter, issue, open, later } = await setup();
    const ticket = issue('resident-registration');
    open('counter-1');
    await counter.post('call-next');
    const tooEarly = await counter.post('no-show');
    expect([tooEarly.statusCode, tooEarly.json().code]).toEqual([409, 'NOT_ENOUGH_RECALLS']);
    for (let i = 0; i < 2; i += 1) {
      later(10);
      await counter.post('recall');
    }
    expect((await counter.post('no-show')).json().ticket).toMatchObject({ id: ticket.id, status: 'no_show' });
    expect((await counter.get('status')).json().noShows).toMatchObject([{ id: ticket.id }]);

    expect((await counter.post('reinstate', { ticketId: ticket.id })).json().ticket).toMatchObject({ id: ticket.id, status: 'waiting' });
    const again = await counter.post('reinstate', { ticketId: ticket.id });
    expect([again.statusCode, again.json().code]).toEqual([409, 'NOT_REINSTATABLE']);
  });

  it('transfers the ticket at the counter to another service', async () => {
    const { counter, issue, open } = await setup();
    issue('resident-registration');
    open('counter-1');
    await counter.post('call-next');
    const unknown = await counter.post('transfer', { serviceId: 'no-such-service' });
    expect([unknown.statusCode, unknown.json().code]).toEqual([400, 'UNKNOWN_SERVICE']);
    expect((await counter.post('transfer', { serviceId: 'passport' })).json().ticket).toMatchObject({ serviceId: 'passport', status: 'waiting' });
  });

  it.each([
    ['QUEUE_EMPTY', 409, 'call-next', true],
    ['COUNTER_NOT_OPEN', 409, 'call-next', false],
    ['NO_CURRENT_TICKET', 409, 'recall', true],
    ['NO_CURRENT_TICKET', 409, 'start', true],
    ['NO_CURRENT_TICKET', 409, 'complete', true],
    ['NO_CURRENT_TICKET', 409, 'no-show', true],
    ['NO_CURRENT_TICKET', 409, 'transfer', true],
  ] as const)('answers %s as %i to %s', async (code, status, path, opened) => {
    const { counter, open, notifications } = await setup();
    if (opened) open('counter-1');
    const response = await counter.post(path, path === 'transfer' ? { serviceId: 'passport' } : {});
    expect(response.statusCode).toBe(status);
    expect(response.json()).toEqual({ code, message: expect.any(String) });
    expect(notifications()).toBe(0);
  });

  it('answers RECALL_TOO_SOON as 429', async () => {
    const { counter, issue, open, later } = await setup();
    issue('resident-registration');
    open('counter-1');
    await counter.post('call-next');
    later(9);
    const response = await counter.post('recall');
    expect([response.statusCode, response.json().code]).toEqual([429, 'RECALL_TOO_SOON']);
  });

  it('acts only on the token’s own counter', async () => {
    const { counter, as, pair, issue, open } = await setup();
    const counter2 = as(await pair('counter-2'));
    issue('resident-registration');
    issue('seal-certificate');
    open('counter-1');
    open('counter-2');
    expect((await counter.post('call-next')).json().ticket).toMatchObject({ displayNumber: '1001', counterNumber: 1 });
    expect((await counter2.post('complete')).json().code).toBe('NO_CURRENT_TICKET');
    expect((await counter2.post('call-next')).json().ticket).toMatchObject({ displayNumber: '3001', counterNumber: 2 });
    expect((await counter.get('status')).json().current).toMatchObject({ displayNumber: '1001', status: 'called' });
  });

  it('answers 404 UNKNOWN_COUNTER when the token’s counter was removed from the office', async () => {
    const { counter, setOffice } = await setup();
    setOffice({ ...demoOffice, counters: demoOffice.counters.filter((c) => c.id !== 'counter-1') });
    for (const response of [await counter.get('status'), await counter.post('state', { state: 'open' })]) {
      expect([response.statusCode, response.json().code]).toEqual([404, 'UNKNOWN_COUNTER']);
    }
  });

  it.each([
    ['call-next', undefined],
    ['call-next', { counterId: 'counter-2' }],
    ['recall', []],
    ['reinstate', {}],
    ['reinstate', { ticketId: 'not-a-uuid' }],
    ['reinstate', { ticketId: randomUUID(), extra: true }],
    ['transfer', { serviceId: '' }],
    ['transfer', { serviceId: 7 }],
    ['state', { state: 'gone' }],
    ['state', { state: 'open', counterId: 'counter-2' }],
    ['state', 'open'],
  ])('answers 400 INVALID_REQUEST to %s with %j, changing nothing', async (path, payload) => {
    const { app, token, notifications } = await setup();
    const response = await app.inject({
      method: 'POST',
      url: `/api/counter/${path}`,
      headers: { authorization: `Bearer ${token}`, ...(typeof payload === 'string' ? { 'content-type': 'application/json' } : {}) },
      ...(payload === undefined ? {} : { payload }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ code: 'INVALID_REQUEST', message: expect.any(String) });
    expect(notifications()).toBe(0);
  });

  it('answers 500 INTERNAL to an unexpected failure, logging only its class and message', async () => {
    const { counter, db, logged } = await setup();
    db.close();
    const response = await counter.get('status');
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ code: 'INTERNAL', message: 'Something went wrong inside the kiosk' });
    expect(logged.at(-1)).toBe('GET /api/counter/status failed: TypeError: The database connection is not open');
  });
});
