import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiError } from '../../../shared/errors';
import type { Logger } from '../logger';

export type ProblemCode = 'UNAUTHORIZED' | 'INVALID_REQUEST' | 'PAYLOAD_TOO_LARGE' | 'NOT_FOUND' | 'RATE_LIMITED' | 'INTERNAL';

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

/** Fastify's own refusals of a request (unparsable JSON, too large, wrong media type) carry a 4xx status and a fixed message. */
function isFastifyClientError(error: unknown): error is FastifyError {
  if (typeof error !== 'object' || error === null) return false;
  const { code, statusCode } = error as Partial<FastifyError>;
  return typeof code === 'string' && code.startsWith('FST_') && typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
}

/** Every failure leaves as `{ code, message }`; a request body (it may hold a phone number) never reaches a log or an answer. */
export function installErrorResponses(app: FastifyInstance, log: Logger): void {
  app.setErrorHandler((error, request, reply) => {
    const send = (status: number, body: ApiError) => reply.status(status).send(body);
    if (error instanceof HttpProblem) return reply.headers(error.headers).status(error.status).send({ code: error.code, message: error.message });
    if (isFastifyClientError(error)) {
      const status = error.statusCode ?? 400;
      return send(status, { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INVALID_REQUEST', message: error.message });
    }
    log.error(`${request.method} ${request.routeOptions.url ?? 'unrouted'} failed: ${error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown'}`);
    return send(500, { code: 'INTERNAL', message: 'Something went wrong inside the district server' });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ code: 'NOT_FOUND', message: `Nothing at ${request.method} ${request.url.split('?')[0]}` } satisfies ApiError);
  });
}
