import { describe, expect, it } from 'vitest';
import { failureNotice, pairingError, ticketNotice } from './notices';
import { testStatus, testTicket } from './testStatus';

const rules = testStatus().rules;

describe('notices', () => {
  it('puts the refusals staff meet every day in plain words, with the numbers that matter', () => {
    expect(failureNotice({ kind: 'rejected', status: 409, code: 'QUEUE_EMPTY', message: '' }, rules)).toEqual({
      tone: 'info',
      message: { key: 'errors.QUEUE_EMPTY' },
    });
    expect(failureNotice({ kind: 'rejected', status: 429, code: 'RECALL_TOO_SOON', message: '' }, rules)).toEqual({
      tone: 'error',
      message: { key: 'errors.RECALL_TOO_SOON', values: { seconds: 10, count: 2 } },
    });
  });

  it('reports unknown codes with the code, and lost connections as such', () => {
    expect(failureNotice({ kind: 'rejected', status: 500, code: 'INTERNAL', message: 'x' }, rules).message).toEqual({
      key: 'errors.other',
      values: { code: 'INTERNAL' },
    });
    expect(failureNotice({ kind: 'unreachable' }, rules).message).toEqual({ key: 'errors.unreachable' });
    expect(failureNotice({ kind: 'unauthorized' }, rules).message).toEqual({ key: 'pairing.revoked' });
  });

  it('names the ticket and the service a command moved', () => {
    const status = testStatus();
    expect(ticketNotice({ kind: 'call-next' }, testTicket(), status).message).toEqual({ key: 'done.called', values: { number: '1023' } });
    expect(ticketNotice({ kind: 'transfer', serviceId: 'seal' }, testTicket(), status).message).toEqual({
      key: 'done.transferred',
      values: { number: '1023', service: { ko: '인감', en: 'Seal certificate' } },
    });
  });

  it('tells a wrong pairing code from a kiosk out of reach', () => {
    expect(pairingError({ kind: 'unauthorized' })).toEqual({ key: 'pairing.wrongCode' });
    expect(pairingError({ kind: 'rejected', status: 429, code: 'TOO_MANY', message: '' })).toEqual({ key: 'pairing.tooMany' });
    expect(pairingError({ kind: 'unreachable' })).toEqual({ key: 'pairing.unreachable' });
  });
});
