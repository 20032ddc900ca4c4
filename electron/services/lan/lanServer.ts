import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from '../../../nodeShared/logger';
import type { QueueChanges } from '../queue/queueChanges';
import type { QueueContext } from '../queue/queueContext';
import { noAlerts, type AlertFeed } from './alertFeed';
import { registerBoardRoutes } from './boardRoutes';
import { registerCounterRoutes } from './counterRoutes';
import { installErrorResponses } from './httpErrors';
import { registerLiveEventRoutes, type LiveEventStreams, type LiveStreamLimits } from './liveEventRoutes';
import { registerManagerRoutes } from './managerRoutes';
import { registerPageRoutes } from './pageRoutes';
import type { StaffSession } from '../kiosk/staffSession';
import type { LanLockoutName } from '../../../shared/staff';
import type { LockoutClocks } from '../staff/lockoutEnd';
import { registerPairingRoutes } from './pairingRoutes';
import { installSecurityHeaders } from '../../../nodeShared/securityHeaders';
import { KIOSK_CSP } from '../contentSecurityPolicy';

export interface LanServerDeps {
  queue: QueueContext;
  /** The clocks the kept pairing lockout ends on: the queue's trusted time and time since boot. */
  lockoutClocks: LockoutClocks;
  changes: QueueChanges;
  pagesDir: string;
  log: Logger;
  liveStreamLimits?: LiveStreamLimits;
  /** Absent: the server warns of nothing (bench, route tests). */
  alerts?: AlertFeed;
  /** The kiosk's staff PINs, for the manager page; absent: no manager page (bench, route tests). */
  staff?: StaffSession;
}

export interface LanServer extends LiveEventStreams {
  listen(options: { host: string; port: number }): Promise<{ url: string }>;
  close(): Promise<void>;
  app: FastifyInstance;
  /** Staff lifted this lockout: every address may guess again now, not only once its minute is over. */
  forgetAddressFailures(lockout: LanLockoutName): void;
}

/** The HTTP server that counter pages, display boards and the manager page on the office LAN talk to. */
export function createLanServer({ queue, lockoutClocks, changes, pagesDir, log, liveStreamLimits, alerts = noAlerts, staff }: LanServerDeps): LanServer {
  const app = Fastify({
    logger: false,
    // Every request body is a few fields of JSON.
    bodyLimit: 4096,
    // Event streams never end on their own: closing must cut them instead of waiting for them.
    forceCloseConnections: true,
  });
  installSecurityHeaders(app, { contentSecurityPolicy: KIOSK_CSP });
  installErrorResponses(app, log);
  const pairingLimiter = registerPairingRoutes(app, queue, lockoutClocks, log);
  registerCounterRoutes(app, queue, changes, alerts);
  registerBoardRoutes(app, queue);
  const liveEvents = registerLiveEventRoutes(app, { queue, changes, alerts, log }, liveStreamLimits);
  const managerPageLimiter = staff ? registerManagerRoutes(app, queue, staff, lockoutClocks.sinceBoot) : null;
  registerPageRoutes(app, pagesDir);

  return {
    app,
    async listen({ host, port }) {
      const url = await app.listen({ host, port });
      log.info(`LAN server listening at ${url}`);
      return { url };
    },
    close: () => app.close(),
    endCounterStreams: liveEvents.endCounterStreams,
    forgetAddressFailures(lockout) {
      (lockout === 'pairing' ? pairingLimiter : managerPageLimiter)?.forgetAll();
    },
  };
}
