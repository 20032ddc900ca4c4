import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { counterViewSchema } from '../../../shared/counter';
import { counterStateRequestSchema, counterStatusSchema, emptyRequestSchema, reinstateRequestSchema, ticketResponseSchema, transferRequestSchema } from '../../../shared/lan/counterApi';
import type { QueueChanges } from '../queue/queueChanges';
import type { QueueContext } from '../queue/queueContext';
import { callNext, completeService, markNoShow, recall, reinstate, setCounterState, startServing, transfer } from '../queue/calling';
import { counterStatus } from '../views/queueViews';
import type { AlertFeed } from './alertFeed';
import { requiredCounterId } from './counterAuth';
import { parseInput } from './requestInput';

const counterResponseSchema = z.object({ counter: counterViewSchema });

interface CounterAction {
  path: string;
  /** Parses the body and acts for the token's counter; the answer is checked against `response`. */
  run(queue: QueueContext, counterId: string, body: unknown): unknown;
  response: z.ZodType;
}

function action<Req extends z.ZodType, Res extends z.ZodType>(
  path: string,
  request: Req,
  response: Res,
  act: (queue: QueueContext, counterId: string, body: z.output<Req>) => z.input<Res>,
): CounterAction {
  return { path, response, run: (queue, counterId, body) => act(queue, counterId, parseInput(request, body)) };
}

const ticketAction = (path: string, act: (queue: QueueContext, counterId: string) => z.input<typeof ticketResponseSchema>['ticket']) =>
  action(path, emptyRequestSchema, ticketResponseSchema, (queue, counterId) => ({ ticket: act(queue, counterId) }));

const counterActions: CounterAction[] = [
  ticketAction('call-next', callNext),
  ticketAction('recall', recall),
  ticketAction('start', startServing),
  ticketAction('complete', completeService),
  ticketAction('no-show', markNoShow),
  action('reinstate', reinstateRequestSchema, ticketResponseSchema, (queue, counterId, body) => ({ ticket: reinstate(queue, counterId, body.ticketId) })),
  action('transfer', transferRequestSchema, ticketResponseSchema, (queue, counterId, body) => ({ ticket: transfer(queue, counterId, body.serviceId) })),
  action('state', counterStateRequestSchema, counterResponseSchema, (queue, counterId, body) => ({ counter: setCounterState(queue, counterId, body.state) })),
];

/** The token names the counter: a paired browser acts only on its own counter, so no route takes a counter id. */
export function registerCounterRoutes(app: FastifyInstance, queue: QueueContext, changes: QueueChanges, alerts: AlertFeed): void {
  app.get('/api/counter/status', async (request) => counterStatusSchema.parse({ ...counterStatus(queue, requiredCounterId(queue.db, request)), alerts: alerts.current() }));

  for (const { path, run, response } of counterActions) {
    app.post(`/api/counter/${path}`, async (request) => {
      const answer = run(queue, requiredCounterId(queue.db, request), request.body);
      // The action has committed: live views hear of it even if shaping the answer fails.
      changes.notify();
      return response.parse(answer);
    });
  }
}
