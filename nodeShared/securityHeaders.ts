import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export interface SecurityHeaderOptions {
  /** The server's own policy, as one string. */
  contentSecurityPolicy: string;
  /** Only for a server reached through HTTPS; absent for the kiosk's plain-HTTP LAN server. */
  hstsMaxAgeS?: number;
}

/**
 * On every response (pages, API answers, refusals): a link may be a ticket's only key, so no page
 * leaks it in a Referer or is framed. Helmet sets the usual hardening headers; the policy is ours.
 */
export function installSecurityHeaders(app: FastifyInstance, options: SecurityHeaderOptions): void {
  void app.register(helmet, {
    contentSecurityPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: options.hstsMaxAgeS === undefined ? false : { maxAge: options.hstsMaxAgeS, includeSubDomains: true },
  });
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('content-security-policy', options.contentSecurityPolicy);
  });
}
