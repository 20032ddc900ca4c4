import type { CounterStatus } from '../../../shared/lan/counterApi';
import type { TicketView } from '../../../shared/ticket';
import type { LanFailure } from '../../lanShared/lanRequest';
import type { Message } from '../../lanShared/message';
import type { CounterState, TicketCommand } from './commands';

export type Notice = { tone: 'success' | 'info' | 'error'; message: Message };

/** Server codes with a message of their own; anything else is reported with its code. */
const explainedCodes = [
  'QUEUE_EMPTY',
  'RECALL_TOO_SOON',
  'NOT_ENOUGH_RECALLS',
  'COUNTER_NOT_OPEN',
  'NO_CURRENT_TICKET',
  'NOT_REINSTATABLE',
  'UNKNOWN_SERVICE',
] as const;

function isExplained(code: string): code is (typeof explainedCodes)[number] {
  return (explainedCodes as readonly string[]).includes(code);
}

const success = (key: Message['key'], values?: Message['values']): Notice => ({ tone: 'success', message: { key, values } });

/** A refusal in plain words: what happened and what to do, never a bare status code. */
export function failureNotice(failure: LanFailure, rules: CounterStatus['rules'] | undefined): Notice {
  if (failure.kind === 'unauthorized') return { tone: 'error', message: { key: 'pairing.revoked' } };
  if (failure.kind !== 'rejected') return { tone: 'error', message: { key: `errors.${failure.kind}` } };
  const { code } = failure;
  if (!isExplained(code)) return { tone: 'error', message: { key: 'errors.other', values: { code } } };
  // An empty queue is good news, not a fault.
  if (code === 'QUEUE_EMPTY') return { tone: 'info', message: { key: 'errors.QUEUE_EMPTY' } };
  const values = { seconds: rules?.recallMinIntervalSeconds ?? 0, count: rules?.recallsBeforeNoShow ?? 0 };
  return { tone: 'error', message: { key: `errors.${code}`, values } };
}

/** What a ticket command did, for the notice line and its live region. */
export function ticketNotice(command: TicketCommand, ticket: TicketView, status: CounterStatus | null): Notice {
  const number = ticket.displayNumber;
  switch (command.kind) {
    case 'call-next':
      return success('done.called', { number });
    case 'recall':
      return success('done.recalled', { number, count: ticket.recallCount });
    case 'start':
      return success('done.started', { number });
    case 'complete':
      return success('done.completed', { number });
    case 'no-show':
      return success('done.noShow', { number });
    case 'reinstate':
      return success('done.reinstated', { number });
    case 'transfer': {
      const service = status?.queues.find((queue) => queue.serviceId === command.serviceId)?.name;
      return success('done.transferred', { number, service: service ?? command.serviceId });
    }
  }
}

export function stateNotice(state: CounterState): Notice {
  return success(`done.state.${state}`);
}

/** Why pairing failed, and what to do about it. */
export function pairingError(failure: LanFailure): Message {
  if (failure.kind === 'unreachable') return { key: 'pairing.unreachable' };
  if (failure.kind === 'invalid') return { key: 'errors.invalid' };
  if (failure.kind === 'rejected' && failure.status === 429) return { key: 'pairing.tooMany' };
  return { key: 'pairing.wrongCode' };
}
