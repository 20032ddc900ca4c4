import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiError } from '../shared/errors';
import type { Logger } from './logger';

/** A refusal a route throws on purpose: its status, its code, plain words for the client and any headers (WWW-Authenticate, Retry-After). */
export class HttpProblem<Code extends string = string> extends Error {
  constructor(
    readonly status: number,
    readonly code: Code,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface ErrorEnvelopeOptions {
  /** Who failed, in the answer to a crash: "the kiosk", "the district server". */
  serverName: string;
  /** The code of Fastify's own refusal of a request (unparsable JSON, too large, wrong media type), by its status. */
  clientErrorCode(status: number): string;
  /** The app's own failures that are not an HttpProblem (a domain error with its status); null for anything else. */
  answerFor?(error: unknown): { status: number; body: ApiError } | null;
}

/** Fastify's own rejections of a request carry a 4xx status and a fixed message. */
function isFastifyClientError(error: unknown): error is FastifyError {
  if (typeof error !== 'object' || error === null) return false;
  const { code, statusCode } = error as Partial<FastifyError>;
  return typeof code === 'string' && code.startsWith('FST_') && typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
}

/**
 * Every failure leaves as `{ code, message }`: nothing thrown reaches the client as a stack or a
 * crash, and a request (it may hold a phone number) never reaches a log or an answer.
 */
export function installErrorEnvelope(app: FastifyInstance, log: Logger, options: ErrorEnvelopeOptions): void {
  app.setErrorHandler((error, request, reply) => {
    const send = (status: number, body: ApiError) => reply.status(status).send(body);
    if (error instanceof HttpProblem) {
      reply.headers(error.headers);
      return send(error.status, { code: error.code, message: error.message });
    }
    const answer = options.answerFor?.(error);
    if (answer) return send(answer.status, answer.body);
    if (isFastifyClientError(error)) {
      const status = error.statusCode ?? 400;
      return send(status, { code: options.clientErrorCode(status), message: error.message });
    }
    if (request.raw.aborted || request.raw.socket?.destroyed) {
      // The client went away mid-request: anyone on the network can do that at will, so it must not fill the error log.
      log.debug(`${request.method} ${request.routeOptions.url ?? 'unrouted'} aborted by the client`);
      return reply;
    }
    // Only the error's class and message.
    log.error(`${request.method} ${request.routeOptions.url ?? 'unrouted'} failed: ${error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown'}`);
    return send(500, { code: 'INTERNAL', message: `Something went wrong inside ${options.serverName}` });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ code: 'NOT_FOUND', message: `Nothing at ${request.method} ${request.url.split('?')[0]}` } satisfies ApiError);
  });
}
