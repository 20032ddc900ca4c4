import type { FastifyRequest } from 'fastify';
import type { Database } from '../database/openDatabase';
import { authenticateCounterToken } from './counterTokens';
import { LanRequestError } from './httpErrors';

const challenge = { 'WWW-Authenticate': 'Bearer' };

/** The counter whose token the request carries, or undefined when it carries none (a display board). */
export function optionalCounterId(db: Database, request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const token = /^Bearer ([A-Za-z0-9_-]{1,128})$/.exec(header)?.[1];
  const counterId = token === undefined ? null : authenticateCounterToken(db, token);
  if (counterId === null) {
    throw new LanRequestError(401, 'UNAUTHORIZED', 'This counter is not paired (the token is unknown or was revoked): pair it again with a new code', challenge);
  }
  return counterId;
}

export function requiredCounterId(db: Database, request: FastifyRequest): string {
  const counterId = optionalCounterId(db, request);
  if (counterId === undefined) {
    throw new LanRequestError(401, 'UNAUTHORIZED', 'Pair this counter first, then send its token as "Authorization: Bearer <token>"', challenge);
  }
  return counterId;
}
