import { describe, expect, it } from 'vitest';
import { idleTimeoutMs, initialFlowState, transition } from './flowMachine';
import type { FlowEvent, FlowState } from './flowTypes';
import { issuedTicket, officeOverview } from './testFixtures';

const office = officeOverview([
  { id: 'resident', name: { ko: '주민등록 등·초본', en: 'Resident Registration' }, waiting: 3, estimate: { kind: 'range', minMinutes: 5, maxMinutes: 10 }, closedForToday: false, notOpen: null },
  { id: 'seal', name: { ko: '인감증명', en: 'Personal Seal Certificate' }, waiting: 0, estimate: { kind: 'range', minMinutes: 5, maxMinutes: 10 }, closedForToday: true, notOpen: null },
]);
const resident = office.services[0]!;
const ticket = issuedTicket(resident, { peopleAhead: 3, estimate: { kind: 'range', minMinutes: 5, maxMinutes: 10 } });

function run(events: FlowEvent[], from: FlowState = initialFlowState): FlowState {
  return events.reduce(transition, from);
}

const toServices: FlowEvent[] = [{ type: 'begin', language: 'en' }, { type: 'officeLoaded', office }];
const toReadyTicket: FlowEvent[] = [
  ...toServices,
  { type: 'serviceChosen', serviceId: 'resident' },
  { type: 'printerChecked', status: { state: 'ready', paperNearEnd: false } },
];
const toPrinting: FlowEvent[] = [...toReadyTicket, { type: 'paperChosen' }];
const toPrintFailed: FlowEvent[] = [
  ...toPrinting,
  { type: 'issued', ticket, print: { status: 'failed', reason: 'paper-out' } },
];

describe('resident flow', () => {
  it('starts on the start screen in Korean', () => {
    expect(initialFlowState).toEqual({ name: 'start', language: 'ko' });
  });

  it('walks start → services → ticket → printing → done, carrying the chosen language', () => {
    expect(run([{ type: 'begin', language: 'en' }])).toEqual({ name: 'loadingOffice', language: 'en' });
    expect(run(toServices)).toEqual({ name: 'chooseService', language: 'en', office });
    expect(run([...toServices, { type: 'serviceChosen', serviceId: 'resident' }])).toMatchObject({
      name: 'chooseTicket',
      service: resident,
      printer: { status: 'checking' },
    });
    expect(run(toReadyTicket)).toMatchObject({ name: 'chooseTicket', printer: { status: 'ready' } });
    expect(run(toPrinting)).toEqual({ name: 'printing', language: 'en', service: resident });
    expect(run([...toPrinting, { type: 'issued', ticket, print: { status: 'printed' } }])).toEqual({
      name: 'done',
      language: 'en',
      ticket,
    });
  });

  it('cannot choose a closed or unknown service', () => {
    const services = run(toServices);
    expect(transition(services, { type: 'serviceChosen', serviceId: 'seal' })).toBe(services);
    expect(transition(services, { type: 'serviceChosen', serviceId: 'nope' })).toBe(services);
    const lunch = { ...services, office: { ...office, services: office.services.map((s) => ({ ...s, notOpen: { reason: 'lunch' as const, opensAt: null } })) } };
    expect(transition(lunch, { type: 'serviceChosen', serviceId: 'resident' })).toBe(lunch);
  });

  it('cannot choose a service when the office offers no kind of ticket', () => {
    const services = run([{ type: 'begin', language: 'ko' }, { type: 'officeLoaded', office: { ...office, ticketKinds: [] } }]);
    expect(transition(services, { type: 'serviceChosen', serviceId: 'resident' })).toBe(services);
  });

  it('shows paper tickets as unavailable when the printer is not ready, and never prints then', () => {
    const unavailable = run([
      ...toServices,
      { type: 'serviceChosen', serviceId: 'resident' },
      { type: 'printerChecked', status: { state: 'cover-open', paperNearEnd: false } },
    ]);
    expect(unavailable).toMatchObject({ name: 'chooseTicket', printer: { status: 'unavailable', problem: 'cover-open' } });
    expect(transition(unavailable, { type: 'paperChosen' })).toBe(unavailable);
    expect(transition(unavailable, { type: 'reset' })).toEqual(initialFlowState);
  });

  it('treats a failed printer check as unavailable for an unknown reason', () => {
    const state = run([...toServices, { type: 'serviceChosen', serviceId: 'resident' }, { type: 'printerCheckFailed' }]);
    expect(state).toMatchObject({ printer: { status: 'unavailable', problem: 'unknown' } });
  });

  it('does not print while the printer is still being checked', () => {
    const checking = run([...toServices, { type: 'serviceChosen', serviceId: 'resident' }]);
    expect(transition(checking, { type: 'paperChosen' })).toBe(checking);
  });

  it('a failed office load ends on the generic error screen', () => {
    expect(run([{ type: 'begin', language: 'ko' }, { type: 'officeFailed' }])).toEqual({
      name: 'error',
      language: 'ko',
      reason: { kind: 'generic' },
    });
  });

  it.each([
    [{ code: 'PRINTER_UNAVAILABLE', message: 'x', printerState: 'paper-out' }, { kind: 'printer', problem: 'paper-out' }],
    [{ code: 'PRINTER_UNAVAILABLE', message: 'x', printerState: 'no-answer' }, { kind: 'printer', problem: 'no-answer' }],
    [{ code: 'PRINTER_UNAVAILABLE', message: 'x' }, { kind: 'printer', problem: 'error' }],
    [{ code: 'SERVICE_CLOSED', message: 'x' }, { kind: 'service-closed' }],
    [
      { code: 'SERVICE_NOT_OPEN', message: 'x', notOpen: { reason: 'lunch', opensAt: '2026-11-24T04:00:00.000Z' } },
      { kind: 'service-not-open', opensAt: '2026-11-24T04:00:00.000Z' },
    ],
    [{ code: 'INTERNAL', message: 'x' }, { kind: 'generic' }],
    [{ code: 'UNKNOWN_SERVICE', message: 'x' }, { kind: 'generic' }],
  ] as const)('maps issue error %o to %o', (error, reason) => {
    expect(run([...toPrinting, { type: 'issueFailed', error }])).toEqual({ name: 'error', language: 'en', reason });
  });

  it('keeps an issued ticket whose printing failed, and prints it again', () => {
    const failed = run(toPrintFailed);
    expect(failed).toEqual({ name: 'printFailed', language: 'en', ticket, reason: 'paper-out', pending: 'none', notice: 'none' });
    const reprinting = transition(failed, { type: 'reprintRequested' });
    expect(reprinting).toMatchObject({ pending: 'reprinting' });
    expect(transition(reprinting, { type: 'reprintRequested' })).toBe(reprinting);
    expect(transition(reprinting, { type: 'cancelRequested' })).toBe(reprinting);
    expect(transition(reprinting, { type: 'reprinted', print: { status: 'printed' } })).toEqual({ name: 'done', language: 'en', ticket });
  });

  it('stays on the print-failed screen with a notice when the reprint fails', () => {
    const reprinting = run([...toPrintFailed, { type: 'reprintRequested' }]);
    expect(transition(reprinting, { type: 'reprinted', print: { status: 'failed', reason: 'timeout' } })).toMatchObject({
      name: 'printFailed',
      reason: 'timeout',
      pending: 'none',
      notice: 'reprint-failed',
    });
    expect(
      transition(reprinting, { type: 'reprintFailed', error: { code: 'PRINTER_UNAVAILABLE', message: 'x', printerState: 'cover-open' } }),
    ).toMatchObject({ reason: 'cover-open', notice: 'reprint-failed' });
    expect(transition(reprinting, { type: 'reprintFailed', error: { code: 'NOT_REPRINTABLE', message: 'x' } })).toMatchObject({
      reason: 'paper-out',
      notice: 'reprint-failed',
    });
  });

  it('cancels an issued ticket, or says it could not', () => {
    const cancelling = run([...toPrintFailed, { type: 'cancelRequested' }]);
    expect(cancelling).toMatchObject({ pending: 'cancelling' });
    expect(transition(cancelling, { type: 'cancelSucceeded' })).toEqual({ name: 'cancelled', language: 'en', ticket });
    expect(transition(cancelling, { type: 'cancelFailed' })).toMatchObject({ name: 'printFailed', pending: 'none', notice: 'cancel-failed' });
    const again = transition(transition(cancelling, { type: 'cancelFailed' }), { type: 'reprintRequested' });
    expect(again).toMatchObject({ pending: 'reprinting', notice: 'none' });
  });

  it('returns to start in Korean from every screen', () => {
    const screens = [
      run([{ type: 'begin', language: 'en' }]),
      run(toServices),
      run(toReadyTicket),
      run(toPrinting),
      run([...toPrinting, { type: 'issued', ticket, print: { status: 'printed' } }]),
      run(toPrintFailed),
      run([...toPrintFailed, { type: 'cancelRequested' }, { type: 'cancelSucceeded' }]),
      run([...toPrinting, { type: 'issueFailed', error: { code: 'INTERNAL', message: 'x' } }]),
    ];
    for (const state of screens) expect(transition(state, { type: 'reset' })).toEqual(initialFlowState);
    expect(transition(initialFlowState, { type: 'reset' })).toBe(initialFlowState);
  });

  it('ignores events that do not fit the current state', () => {
    const strays: FlowEvent[] = [
      { type: 'officeLoaded', office },
      { type: 'officeFailed' },
      { type: 'serviceChosen', serviceId: 'resident' },
      { type: 'printerChecked', status: { state: 'ready', paperNearEnd: false } },
      { type: 'paperChosen' },
      { type: 'issued', ticket, print: { status: 'printed' } },
      { type: 'issueFailed', error: { code: 'INTERNAL', message: 'x' } },
      { type: 'reprintRequested' },
      { type: 'reprinted', print: { status: 'printed' } },
      { type: 'cancelRequested' },
      { type: 'cancelSucceeded' },
      { type: 'cancelFailed' },
    ];
    for (const event of strays) expect(transition(initialFlowState, event)).toBe(initialFlowState);

    const done = run([...toPrinting, { type: 'issued', ticket, print: { status: 'printed' } }]);
    for (const event of [...strays, { type: 'begin', language: 'ko' } as const]) expect(transition(done, event)).toBe(done);

    const printing = run(toPrinting);
    expect(transition(printing, { type: 'paperChosen' })).toBe(printing);
    expect(transition(printing, { type: 'begin', language: 'ko' })).toBe(printing);

    const failed = run(toPrintFailed);
    expect(transition(failed, { type: 'reprinted', print: { status: 'printed' } })).toBe(failed);
    expect(transition(failed, { type: 'cancelSucceeded' })).toBe(failed);
  });

  it('opens the staff PIN screen from start only, and leaves it like any other screen', () => {
    const pin = run([{ type: 'staffRequested' }]);
    expect(pin).toMatchObject({ name: 'staffPin', language: 'ko' });
    expect(transition(pin, { type: 'begin', language: 'en' })).toBe(pin);
    expect(transition(pin, { type: 'reset' })).toEqual(initialFlowState);
    const services = run(toServices);
    expect(transition(services, { type: 'staffRequested' })).toBe(services);
    expect(idleTimeoutMs(pin)).toBe(60_000);
  });

  it('waits ~10 s on done and cancelled, ~60 s elsewhere, and never on start', () => {
    expect(idleTimeoutMs(initialFlowState)).toBeNull();
    // A resident who turned a mode on and walked away: the start screen resets it for the next.
    expect(idleTimeoutMs(initialFlowState, true)).toBe(30_000);
    expect(idleTimeoutMs(run([...toPrinting, { type: 'issued', ticket, print: { status: 'printed' } }]))).toBe(10_000);
    expect(idleTimeoutMs(run([...toPrintFailed, { type: 'cancelRequested' }, { type: 'cancelSucceeded' }]))).toBe(10_000);
    expect(idleTimeoutMs(run(toServices))).toBe(60_000);
    expect(idleTimeoutMs(run(toPrintFailed))).toBe(60_000);
  });
});
