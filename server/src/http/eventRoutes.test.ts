import { describe, expect, it } from 'vitest';
import { MAX_EVENTS_PER_BATCH } from '../../../shared/district/api';
import { apiErrorSchema } from '../../../shared/errors';
import { kioskScript } from '../testSupport/kioskScript';
import { useTestServers } from '../testSupport/testServers';
import { phoneOf } from '../../../nodeShared/testSupport/testPhones';

const start = useTestServers();

describe('POST /api/v1/events authentication', () => {
  it.each([
    ['no Authorization header', undefined, /Bearer <kioskId>\.<secret>/],
    ['another scheme', 'Basic dXNlcjpwYXNz', /Unknown kiosk or wrong secret/],
    ['a token without its secret', 'Bearer 3f1c2d4e-0000-4000-8000-000000000000', /Unknown kiosk or wrong secret/],
    ['an unknown kiosk', `Bearer 3f1c2d4e-0000-4000-8000-000000000000.${'A'.repeat(43)}`, /Unknown kiosk or wrong secret/],
  ])('answers 401 with a clear JSON body to %s', async (_case, authorization, message) => {
    const { server } = await start();
    const script = kioskScript();
    const response = await fetch(`${server.url}/api/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(script.batch([script.issue().event])),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(apiErrorSchema.parse(await response.json())).toEqual({ code: 'UNAUTHORIZED', message: expect.stringMatching(message) });
  });

  it('refuses a registered kiosk id with a wrong secret', async () => {
    const { post, kiosk } = await start();
    const script = kioskScript();
    const response = await post(script.batch([script.issue().event]), `${kiosk.kioskId}.${'B'.repeat(43)}`);
    expect(response.status).toBe(401);
  });

  it('checks the token before it reads the body', async () => {
    const { server } = await start();
    const response = await fetch(`${server.url}/api/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(response.status).toBe(401);
  });
});

describe('POST /api/v1/events validation', () => {
  const script = kioskScript();
  const valid = () => script.batch([script.issue('passport', { phone: phoneOf('010', '9876', '5432') }).event]);

  it.each([
    ['no events', { sentAt: new Date().toISOString(), events: [] }, /events/],
    ['no sentAt', { events: valid().events }, /sentAt/],
    ['an unknown top-level field', { ...valid(), extra: 1 }, /Unrecognized key/],
    ['an unknown event type', { ...valid(), events: [{ ...valid().events[0], type: 'ticket.teleported' }] }, /events\.0\.type/],
    ['a non-integer sequence', { ...valid(), events: [{ ...valid().events[0], kioskSequence: 1.5 }] }, /events\.0\.kioskSequence/],
    ['too many events', { ...valid(), events: Array.from({ length: MAX_EVENTS_PER_BATCH + 1 }, () => script.issue().event) }, /events/],
  ])('answers 400 with the reason to a batch with %s', async (_case, body, reason) => {
    const { post } = await start();
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(await response.json())).toEqual({ code: 'INVALID_REQUEST', message: expect.stringMatching(reason) });
  });

  it('names a malformed phone number without repeating it', async () => {
    const { post, log } = await start();
    const batch = valid();
    const event = batch.events[0];
    if (event.type !== 'ticket.issued') throw new Error('expected an issued event');
    const response = await post({ ...batch, events: [{ ...event, payload: { ...event.payload, contact: { phone: phoneOf('010', '9876', '543210') } } }] });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toMatch(/events\.0\.payload\.contact\.phone/);
    expect(text).not.toContain('9876543210');
    expect(log.lines.join('\n')).not.toContain('9876543210');
  });

  it('answers 400 to a body that is not JSON, and 413 to one over a megabyte', async () => {
    const { server, kiosk } = await start();
    const send = (body: string) =>
      fetch(`${server.url}/api/v1/events`, { method: 'POST', headers: { authorization: `Bearer ${kiosk.token}`, 'content-type': 'application/json' }, body });
    const garbled = await send(`{"sentAt": "${phoneOf('010', '9876', '5432')}"`);
    expect(garbled.status).toBe(400);
    expect(await garbled.text()).not.toContain('98765432');
    const huge = await send(JSON.stringify({ padding: 'x'.repeat(1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(apiErrorSchema.parse(await huge.json()).code).toBe('PAYLOAD_TOO_LARGE');
  });
});
