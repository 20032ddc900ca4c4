import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export const contentSecurityPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** HSTS for a year: the server is reached through an HTTPS proxy, and a browser that saw it once never falls back to HTTP. */
export const HSTS_MAX_AGE_S = 365 * 24 * 60 * 60;

/**
 * On every response: a ticket's link is its only key, so no page may leak it in a Referer or be
 * framed. Helmet sets the usual hardening headers; the policy itself is ours, as one string.
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: { maxAge: HSTS_MAX_AGE_S, includeSubDomains: true },
  });
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('content-security-policy', contentSecurityPolicy);
  });
}
