import type { FastifyInstance } from 'fastify';
import { KIOSK_CSP } from '../contentSecurityPolicy';


/** On every response: the pages need them most, and any API answer opened in a browser tab is a page too. */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers({
      'content-security-policy': KIOSK_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
  });
}
