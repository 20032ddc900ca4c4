import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';
import { phoneOf } from './testSupport/testPhones';

function capture() {
  const lines: string[] = [];
  const log = createLogger('sunbeon-test', { write: (line) => lines.push(line) });
  return { log, lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const phone = phoneOf('010', '9876', '5432');
const written = phoneOf('010-', '9876-', '5432');

describe('the logger', () => {
  it('writes one JSON line per entry with its level, name, time and fields', () => {
    const { log, entries } = capture();
    log.info('ticket 1001 printed', { ticketId: 't1', tookMs: 412 });
    log.warn('printer slow');
    log.error('printer gone');
    expect(entries()).toEqual([
      expect.objectContaining({ level: 'info', name: 'sunbeon-test', msg: 'ticket 1001 printed', ticketId: 't1', tookMs: 412, time: expect.any(String) }),
      expect.objectContaining({ level: 'warn', msg: 'printer slow' }),
      expect.objectContaining({ level: 'error', msg: 'printer gone' }),
    ]);
  });

  it('masks a phone number wherever it is: message, field, nested value, array, key, error', () => {
    const { log, lines, entries } = capture();
    log.info(`sent to ${phone}`);
    log.warn('provider answered', { reason: `invalid recipient ${written}`, detail: { to: [phone], [phone]: 'as a key' } });
    log.error('send failed', { err: new Error(`cannot reach ${phone}`) });
    const everything = lines.join('\n');
    expect(everything).not.toMatch(/98765432|9876-5432/);
    const [message, fields, failure] = entries();
    expect(message.msg).toBe('sent to 010-****-5432');
    expect(fields).toMatchObject({ reason: 'invalid recipient 010-****-5432', detail: { to: ['010-****-5432'], '010-****-5432': 'as a key' } });
    expect(failure.err).toMatchObject({ message: 'cannot reach 010-****-5432', stack: expect.stringContaining('cannot reach 010-****-5432') });
  });

  it('leaves numbers and digit runs that are not phone numbers alone', () => {
    const { log, entries } = capture();
    log.info('ticket 1001 for office 12345', { sequence: 1001, instant: 1772409600000 });
    expect(entries()[0]).toMatchObject({ msg: 'ticket 1001 for office 12345', sequence: 1001, instant: 1772409600000 });
  });
});
