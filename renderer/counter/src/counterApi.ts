import { z } from 'zod';
import { counterViewSchema, type CounterView } from '../../../shared/counter';
import { counterStatusSchema, pairResponseSchema, ticketResponseSchema, type CounterStatus } from '../../../shared/lan/counterApi';
import type { TicketView } from '../../../shared/ticket';
import { lanRequest, type LanResult } from '../../lanShared/lanRequest';
import type { CounterState, TicketCommand } from './commands';

export type CounterApi = {
  pair: (code: string) => Promise<LanResult<{ token: string; counter: CounterView }>>;
  status: (token: string) => Promise<LanResult<CounterStatus>>;
  send: (token: string, command: TicketCommand) => Promise<LanResult<TicketView>>;
  setState: (token: string, state: CounterState) => Promise<LanResult<CounterView>>;
};

const counterAnswerSchema = z.object({ counter: counterViewSchema });

function bodyOf(command: TicketCommand): object {
  if (command.kind === 'transfer') return { serviceId: command.serviceId };
  if (command.kind === 'reinstate') return { ticketId: command.ticketId };
  return {};
}

function valueOf<T, V>(result: LanResult<T>, pick: (answer: T) => V): LanResult<V> {
  return result.ok ? { ok: true, value: pick(result.value) } : result;
}

/** The counter endpoints of the kiosk's LAN server (same origin as this page). */
export const counterApi: CounterApi = {
  pair: (code) => lanRequest('/api/pair', pairResponseSchema, { method: 'POST', body: { code } }),
  status: (token) => lanRequest('/api/counter/status', counterStatusSchema, { token }),
  send: async (token, command) =>
    valueOf(
      await lanRequest(`/api/counter/${command.kind}`, ticketResponseSchema, { method: 'POST', body: bodyOf(command), token }),
      (answer) => answer.ticket,
    ),
  setState: async (token, state) =>
    valueOf(
      await lanRequest('/api/counter/state', counterAnswerSchema, { method: 'POST', body: { state }, token }),
      (answer) => answer.counter,
    ),
};
