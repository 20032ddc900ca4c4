import { describe, expect, it } from 'vitest';
import type { OfficeOverview } from '../../../shared/ipc/contract';
import type { Failure } from '../../../shared/result';
import { idleTimeoutMs, initialFlowState, transition } from './flowMachine';
import type { FlowEvent, FlowState } from './flowTypes';
import { issuedTicket, madeUpPhone, officeOverview } from './testFixtures';

const office = officeOverview(
  [{ id: 'resident', name: { ko: '주민등록 등·초본', en: 'Resident Registration' }, waiting: 3, estimate: { kind: 'unknown' }, closedForToday: false, notOpen: null }],
  { ticketKinds: ['paper', 'mobile'] },
);
const resident = office.services[0]!;
const ticket = issuedTicket(resident, { peopleAhead: 3 });
const lastFour = String(1000 + 234);
const { phone, masked } = madeUpPhone(lastFour);

const failure = (code: Failure['code'], extra: Partial<Failure> = {}): Failure => ({ code, message: 'x', ...extra });
const digits = (typed: string): FlowEvent[] => [...typed].map((digit) => ({ type: 'phoneDigit', digit }));

function run(events: FlowEvent[], from: FlowState = initialFlowState): FlowState {
  return events.reduce(transition, from);
}

function toTicketType(offered: OfficeOverview = office): FlowEvent[] {
  return [{ type: 'begin', language: 'en' }, { type: 'officeLoaded', office: offered }, { type: 'serviceChosen', serviceId: 'resident' }];
}
const printerReady: FlowEvent = { type: 'printerChecked', status: { state: 'ready', paperNearEnd: false } };
const toConsent: FlowEvent[] = [...toTicketType(), printerReady, { type: 'mobileChosen' }];
const toEntry: FlowEvent[] = [...toConsent, { type: 'consentGiven' }];
const toConfirm: FlowEvent[] = [...toEntry, ...digits(phone), { type: 'phoneSubmitted' }];
const toIssuing: FlowEvent[] = [...toConfirm, { type: 'mobileConfirmed' }];
const issued = (messagesMayBeLate: boolean): FlowEvent => ({ type: 'mobileIssued', ticket, maskedPhone: masked, messagesMayBeLate });
const toDone: FlowEvent[] = [...toIssuing, issued(false)];

/** Its last four digits are in the full, the formatted and the masked number alike. */
const holdsNumber = (state: FlowState) => JSON.stringify(state).includes(lastFour);

describe('choosing the mobile ticket', () => {
  it('opens the consent screen, whatever the printer says', () => {
    const base = { name: 'mobileConsent', language: 'en', office, service: resident };
    expect(run(toConsent)).toEqual(base);
    expect(run([...toTicketType(), { type: 'mobileChosen' }])).toEqual(base);
    expect(run([...toTicketType(), { type: 'printerCheckFailed' }, { type: 'mobileChosen' }])).toEqual(base);
  });

  it('goes straight to phone entry, without consent, where the district waived it', () => {
    const waived = { ...office, mobileConsentRequired: false };
    expect(run([...toTicketType(waived), { type: 'mobileChosen' }])).toMatchObject({ name: 'phoneEntry', consented: false, typed: '' });
  });

  it('is not there when the office offers only paper', () => {
    const paperOnly = run([...toTicketType({ ...office, ticketKinds: ['paper'] }), printerReady]);
    expect(transition(paperOnly, { type: 'mobileChosen' })).toBe(paperOnly);
  });

  it('is the only way in an office without paper tickets, even with a ready printer', () => {
    const mobileOnly = run([...toTicketType({ ...office, ticketKinds: ['mobile'] }), printerReady]);
    expect(mobileOnly).toMatchObject({ name: 'chooseTicket' });
    expect(transition(mobileOnly, { type: 'paperChosen' })).toBe(mobileOnly);
    expect(transition(mobileOnly, { type: 'mobileChosen' })).toMatchObject({ name: 'mobileConsent' });
  });
});

describe('consent', () => {
  it('agreeing opens an empty phone entry', () => {
    expect(run(toEntry)).toEqual({ name: 'phoneEntry', language: 'en', office, service: resident, consented: true, typed: '', problem: null });
  });

  it('refusing issues the paper ticket straight away', () => {
    expect(run([...toConsent, { type: 'paperInstead' }])).toEqual({ name: 'printing', language: 'en', service: resident });
  });

  it('refusing issues nothing where there is no paper ticket (the screen offers the way back instead)', () => {
    const consent = run([...toTicketType({ ...office, ticketKinds: ['mobile'] }), { type: 'mobileChosen' }]);
    expect(transition(consent, { type: 'paperInstead' })).toBe(consent);
  });
});

describe('phone entry', () => {
  it('takes digits, deletes the last one and clears them all', () => {
    expect(run([...toEntry, ...digits('0101')])).toMatchObject({ typed: '0101', problem: null });
    expect(run([...toEntry, ...digits('0101'), { type: 'phoneDeleted' }])).toMatchObject({ typed: '010' });
    expect(run([...toEntry, ...digits('0101'), { type: 'phoneCleared' }])).toMatchObject({ typed: '', problem: null });
  });

  it('ignores anything but one ASCII digit, and stops one digit past the longest number', () => {
    const entry = run(toEntry);
    for (const digit of ['a', '12', '', '-', '１']) expect(transition(entry, { type: 'phoneDigit', digit })).toBe(entry);
    expect(transition(entry, { type: 'phoneDeleted' })).toBe(entry);
    expect(transition(entry, { type: 'phoneCleared' })).toBe(entry);
    const full = run(digits(`${phone}99`), entry);
    expect(full).toMatchObject({ typed: `${phone}9`, problem: 'too-long' });
  });

  it('says at once what is wrong, but not "too short" while the number is still being typed', () => {
    expect(run([...toEntry, ...digits('1')])).toMatchObject({ problem: 'not-mobile' });
    expect(run([...toEntry, ...digits('02')])).toMatchObject({ problem: 'not-mobile' });
    expect(run([...toEntry, ...digits('0100000')])).toMatchObject({ problem: null });
    expect(run([...toEntry, ...digits('1'), { type: 'phoneDeleted' }])).toMatchObject({ typed: '', problem: null });
  });

  it('says "too short" on Next, and forgets it with the next digit', () => {
    const short = run([...toEntry, ...digits('0100000'), { type: 'phoneSubmitted' }]);
    expect(short).toMatchObject({ name: 'phoneEntry', problem: 'too-short' });
    expect(transition(short, { type: 'phoneSubmitted' })).toBe(short);
    expect(run(digits('1'), short)).toMatchObject({ problem: null });
  });

  it('confirms a valid number, shown masked', () => {
    expect(run(toConfirm)).toEqual({
      name: 'mobileConfirm',
      language: 'en',
      office,
      service: resident,
      consented: true,
      phone,
      maskedPhone: masked,
    });
  });
});

describe('confirmation', () => {
  it('Edit goes back to an empty entry: the digits are not kept', () => {
    const edited = run([...toConfirm, { type: 'phoneEditRequested' }]);
    expect(edited).toMatchObject({ name: 'phoneEntry', typed: '', problem: null, consented: true });
    expect(holdsNumber(edited)).toBe(false);
  });

  it('Confirm issues once, and the issuing state no longer holds the number', () => {
    const issuing = run(toIssuing);
    expect(issuing).toEqual({ name: 'mobileIssuing', language: 'en', office, service: resident, consented: true });
    expect(holdsNumber(issuing)).toBe(false);
    for (const event of [{ type: 'mobileConfirmed' }, { type: 'phoneEditRequested' }, ...digits('1')] as FlowEvent[]) {
      expect(transition(issuing, event)).toBe(issuing);
    }
  });
});

describe('issuing', () => {
  it('ends on the done screen with the masked number from the answer', () => {
    expect(run(toDone)).toEqual({
      name: 'mobileDone',
      language: 'en',
      ticket,
      maskedPhone: masked,
      messagesMayBeLate: false,
      copyOffered: true,
      copy: { status: 'none' },
    });
    expect(run([...toIssuing, issued(true)])).toMatchObject({ messagesMayBeLate: true });
  });

  it.each([
    [failure('PHONE_INVALID', { phoneProblem: 'too-long' }), { name: 'phoneEntry', typed: '', problem: 'too-long', consented: true }],
    [failure('PHONE_INVALID'), { name: 'phoneEntry', typed: '', problem: 'not-mobile' }],
    [failure('MOBILE_DUPLICATE'), { name: 'mobileNotIssued', reason: 'duplicate' }],
    [failure('MOBILE_UNAVAILABLE'), { name: 'mobileNotIssued', reason: 'unavailable' }],
    [failure('CONSENT_REQUIRED'), { name: 'mobileConsent' }],
    [failure('SERVICE_CLOSED'), { name: 'error', reason: { kind: 'service-closed' } }],
    [failure('INTERNAL'), { name: 'error', reason: { kind: 'generic' } }],
  ] as const)('maps %o to %o, without the number', (error, expected) => {
    const next = run([...toIssuing, { type: 'mobileIssueFailed', error }]);
    expect(next).toMatchObject(expected);
    expect(holdsNumber(next)).toBe(false);
  });

  it('offers paper after a duplicate or when mobile tickets are unavailable', () => {
    for (const code of ['MOBILE_DUPLICATE', 'MOBILE_UNAVAILABLE'] as const) {
      const notIssued = run([...toIssuing, { type: 'mobileIssueFailed', error: failure(code) }]);
      expect(transition(notIssued, { type: 'paperInstead' })).toEqual({ name: 'printing', language: 'en', service: resident });
      expect(transition(notIssued, { type: 'mobileConfirmed' })).toBe(notIssued);
    }
  });

  it('offers no paper where the office has none', () => {
    const mobileOnly = { ...office, ticketKinds: ['mobile' as const] };
    const notIssued = run([
      ...toTicketType(mobileOnly),
      { type: 'mobileChosen' },
      { type: 'consentGiven' },
      ...digits(phone),
      { type: 'phoneSubmitted' },
      { type: 'mobileConfirmed' },
      { type: 'mobileIssueFailed', error: failure('MOBILE_UNAVAILABLE') },
    ]);
    expect(notIssued).toMatchObject({ name: 'mobileNotIssued' });
    expect(transition(notIssued, { type: 'paperInstead' })).toBe(notIssued);
  });
});

describe('the paper copy of a mobile ticket', () => {
  const printing = run([...toDone, { type: 'copyRequested' }]);

  it('prints once, and not again once printed', () => {
    expect(printing).toMatchObject({ copy: { status: 'printing' } });
    expect(transition(printing, { type: 'copyRequested' })).toBe(printing);
    const printed = transition(printing, { type: 'copyPrinted', print: { status: 'printed' } });
    expect(printed).toMatchObject({ name: 'mobileDone', copy: { status: 'printed' } });
    expect(transition(printed, { type: 'copyRequested' })).toBe(printed);
  });

  it('says why it failed, and may be tried again', () => {
    const failed = transition(printing, { type: 'copyPrinted', print: { status: 'failed', reason: 'paper-out' } });
    expect(failed).toMatchObject({ copy: { status: 'failed', reason: 'paper-out' } });
    expect(transition(failed, { type: 'copyRequested' })).toMatchObject({ copy: { status: 'printing' } });
    expect(transition(printing, { type: 'copyFailed', error: failure('PRINTER_UNAVAILABLE', { printerState: 'cover-open' }) })).toMatchObject({
      copy: { status: 'failed', reason: 'cover-open' },
    });
    expect(transition(printing, { type: 'copyFailed', error: failure('INTERNAL') })).toMatchObject({ copy: { status: 'failed', reason: 'error' } });
  });

  it('is not offered where the office has no paper tickets', () => {
    const done = run([
      ...toTicketType({ ...office, ticketKinds: ['mobile'] }),
      { type: 'mobileChosen' },
      { type: 'consentGiven' },
      ...digits(phone),
      { type: 'phoneSubmitted' },
      { type: 'mobileConfirmed' },
      issued(true),
    ]);
    expect(done).toMatchObject({ name: 'mobileDone', copyOffered: false });
    expect(transition(done, { type: 'copyRequested' })).toBe(done);
  });

  it('ignores answers that were not asked for', () => {
    const done = run(toDone);
    expect(transition(done, { type: 'copyPrinted', print: { status: 'printed' } })).toBe(done);
    expect(transition(done, issued(true))).toBe(done);
  });
});

describe('leaving the mobile flow', () => {
  const screens = [
    run(toConsent),
    run([...toEntry, ...digits('0100')]),
    run(toConfirm),
    run(toIssuing),
    run([...toIssuing, { type: 'mobileIssueFailed', error: failure('MOBILE_DUPLICATE') }]),
    run(toDone),
  ];

  it('returns to start in Korean from every screen, dropping whatever was typed', () => {
    for (const state of screens) expect(transition(state, { type: 'reset' })).toEqual(initialFlowState);
  });

  it('waits ~10 s on the done screen and ~60 s elsewhere', () => {
    expect(screens.map((state) => idleTimeoutMs(state))).toEqual([60_000, 60_000, 60_000, 60_000, 60_000, 10_000]);
  });

  it('ignores events of other screens', () => {
    const strays: FlowEvent[] = [
      { type: 'mobileChosen' },
      { type: 'consentGiven' },
      { type: 'phoneEditRequested' },
      { type: 'mobileConfirmed' },
      issued(false),
      { type: 'copyRequested' },
      { type: 'paperChosen' },
      { type: 'begin', language: 'ko' },
    ];
    const entry = run(toEntry);
    for (const event of strays) expect(transition(entry, event)).toBe(entry);
    const confirm = run(toConfirm);
    for (const event of [...digits('1'), { type: 'phoneSubmitted' }, { type: 'paperInstead' }] as FlowEvent[]) {
      expect(transition(confirm, event)).toBe(confirm);
    }
    const fromStart = [...strays.filter((event) => event.type !== 'begin'), ...digits('1'), { type: 'paperInstead' }] as FlowEvent[];
    for (const event of fromStart) expect(transition(initialFlowState, event)).toBe(initialFlowState);
  });
});
