import type { FastifyInstance } from 'fastify';
import { boardStateSchema } from '../../../shared/lan/counterApi';
import type { QueueContext } from '../queue/queueContext';
import { boardState } from '../views/queueViews';

/** Read-only and without a token: the board state holds display numbers, never personal data. */
export function registerBoardRoutes(app: FastifyInstance, queue: QueueContext): void {
  app.get('/api/board/state', async () => boardStateSchema.parse(boardState(queue)));
}
