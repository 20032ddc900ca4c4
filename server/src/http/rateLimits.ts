import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { DistrictProblem } from './httpErrors';

export interface RateLimits {
  /** Requests per minute from one address to the public pages, their API and anything unrouted. */
  publicPerMinute: number;
  /** Batches per minute from one address to the kiosk intake. */
  kioskPerMinute: number;
  /** Requests per minute from one address to the update feed. */
  updatesPerMinute: number;
}

/**
 * Generous for people: mobile carriers put many phones behind one address (CGNAT), and a kiosk
 * draining a backlog sends batches back to back.
 */
/**
 * The update feed: an office's 40 kiosks share one address behind its router, and a release reaches
 * a staged group in the same hour. One kiosk's update is about ten requests (channel file, two
 * blockmaps, the installer's changed blocks in batches, a retry or two); 1,200 a minute lets 40 of
 * them fetch at once with room to spare, and still stops a runaway loop.
 */
export const defaultRateLimits: RateLimits = { publicPerMinute: 300, kioskPerMinute: 600, updatesPerMinute: 1_200 };

/** The route option for the kiosk intake; every other route gets the public limit. */
export const kioskRouteLimit = (limits: RateLimits) => ({ rateLimit: { max: limits.kioskPerMinute, timeWindow: 60_000 } });
/** The route option for the update feed, counted apart from the public pages and the intake. */
export const updatesRouteLimit = (limits: RateLimits) => ({ rateLimit: { max: limits.updatesPerMinute, timeWindow: 60_000 } });

/** Every route counts per client address; guessing status links (/t/:token) is the flood to expect. */
export async function installRateLimits(app: FastifyInstance, limits: RateLimits): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    max: limits.publicPerMinute,
    timeWindow: 60_000,
    cache: 10_000,
    errorResponseBuilder: (_request, context) =>
      new DistrictProblem(429, 'RATE_LIMITED', `Too many requests from this address; try again in ${context.after}`, { 'retry-after': String(Math.ceil(context.ttl / 1000)) }),
  });
}
