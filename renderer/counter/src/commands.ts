import type { CounterStatus } from '../../../shared/lan/counterApi';
import type { Message } from '../../lanShared/message';

/** What the counter can do to a ticket; each kind is also its endpoint under /api/counter/. */
export type TicketCommand =
  | { kind: 'call-next' }
  | { kind: 'recall' }
  | { kind: 'start' }
  | { kind: 'complete' }
  | { kind: 'no-show' }
  | { kind: 'transfer'; serviceId: string }
  | { kind: 'reinstate'; ticketId: string };

export type CounterState = CounterStatus['counter']['state'];
export type CounterCommand = TicketCommand | { kind: 'state'; state: CounterState };

/** The big buttons of the desk: transfer first opens the list of services. */
export const deskActions = ['call-next', 'recall', 'start', 'complete', 'no-show', 'transfer'] as const;
export type DeskAction = (typeof deskActions)[number];

export type Availability = { enabled: boolean; reason: Message | null };

const yes: Availability = { enabled: true, reason: null };
const no = (reason: Message | null = null): Availability => ({ enabled: false, reason });

/** The services the current ticket may move to: any the kiosk lists other than its own. */
export function transferTargets(status: CounterStatus) {
  return status.queues.filter((queue) => queue.serviceId !== status.current?.serviceId);
}

/**
 * Whether a desk button makes sense now, and if not, why in words when the reason is not plain
 * from the screen. The server has the last word; this spares staff a pointless round trip.
 */
export function availabilityOf(action: DeskAction, status: CounterStatus): Availability {
  const { counter, current, rules } = status;
  const open = counter.state === 'open';
  const called = current?.status === 'called';
  const atCounter = called || current?.status === 'serving';

  switch (action) {
    case 'call-next':
      return open ? yes : no({ key: 'reason.notOpen' });
    case 'recall':
      if (!called) return no();
      return open ? yes : no({ key: 'reason.notOpen' });
    case 'start':
      return called ? yes : no();
    case 'complete':
      return atCounter ? yes : no();
    case 'no-show': {
      if (!called || !current) return no();
      const needed = rules.recallsBeforeNoShow;
      if (current.recallCount >= needed) return yes;
      return no({ key: 'reason.needRecalls', values: { done: current.recallCount, needed } });
    }
    case 'transfer':
      if (!atCounter) return no();
      return transferTargets(status).length > 0 ? yes : no({ key: 'reason.noOtherService' });
  }
}
