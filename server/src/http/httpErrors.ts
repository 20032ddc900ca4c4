import type { FastifyInstance } from 'fastify';
import { HttpProblem, installErrorEnvelope } from '../../../nodeShared/httpErrors';
import type { Logger } from '../../../nodeShared/logger';

export type ProblemCode = 'UNAUTHORIZED' | 'INVALID_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'NOT_FOUND' | 'RATE_LIMITED' | 'INTERNAL';

/** The district server's refusals, in its own codes. */
export class DistrictProblem extends HttpProblem<ProblemCode> {}

export function installErrorResponses(app: FastifyInstance, log: Logger): void {
  installErrorEnvelope(app, log, {
    serverName: 'the district server',
    clientErrorCode: (status) => (status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INVALID_REQUEST'),
  });
}
