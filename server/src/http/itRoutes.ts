import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { businessDayBefore } from '../../../shared/businessDay';
import type { Clock } from '../../../nodeShared/clock';
import type { Logger } from '../../../nodeShared/logger';
import { fleetHealth, type FleetThresholds } from '../fleet/fleetHealth';
import { secretHash, secretMatches } from '../kiosks/kioskCredentials';
import { messageKinds, type MessageKind } from '../messages/messageContent';
import { deliveryPage } from '../pages/deliveryPage';
import { deliveryStates } from '../../../shared/statistics';
import { deliveryStatisticsByOffice, deliveryStatisticsPage } from '../pages/deliveryStatisticsPage';
import { officeBusinessDays } from '../offices/officeBusinessDays';
import { fleetPage } from '../pages/fleetPage';
import { pageLanguage } from '../pages/pageLanguage';
import type { DeliveryLine, DeliveryTally, DistrictStore } from '../store/districtStore';
import { DistrictProblem } from './httpErrors';

const businessDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a business day, YYYY-MM-DD');
const daySchema = z.object({ day: businessDay });
/** The page opens on the current business day when no day is asked for. */
const pageDaySchema = z.object({ day: businessDay.optional() });
/** Statistics cover at most a quarter; without a range, the last seven business days up to the current one. */
const MAX_STATISTICS_DAYS = 92;
const rangeSchema = z
  .object({ from: businessDay.optional(), to: businessDay.optional() })
  .refine(({ from, to }) => !from || !to || from <= to, 'from must not be after to');

const dayMs = 86_400_000;

type StateCounts = Record<DeliveryTally['state'], number>;

/** One office's messages of the day, per kind and state: what district IT needs to see whether residents got them. */
export function deliveryStatusByOffice(tallies: readonly DeliveryTally[]): Array<{ officeId: string; messages: Record<MessageKind, StateCounts> }> {
  const offices = new Map<string, Record<MessageKind, StateCounts>>();
  const empty = () => Object.fromEntries(deliveryStates.map((state) => [state, 0])) as StateCounts;
  for (const { officeId, kind, state, count } of tallies) {
    const office = offices.get(officeId) ?? (Object.fromEntries(messageKinds.map((k) => [k, empty()])) as Record<MessageKind, StateCounts>);
    office[kind][state] += count;
    offices.set(officeId, office);
  }
  return [...offices].map(([officeId, messages]) => ({ officeId, messages }));
}

export interface ItOptions {
  /** SUNBEON_IT_TOKEN; without one the IT routes do not exist. */
  token: string | null;
  log: Logger;
  clock: Clock;
  /**
   * The Seoul hour a business day starts (SUNBEON_DAY_CLOSE_HOUR): from midnight to then, kiosks
   * still issue on the day before, so "today" on IT's pages is that day, not the Seoul date. An
   * office whose kiosks tell their own hour (office snapshots) is on the day that hour gives.
   */
  businessDayStartHour: number;
  thresholds: FleetThresholds;
  /** The version kiosks should be on (the update feed's); null: the newest any kiosk reports. */
  publishedVersion?: () => Promise<string | null>;
}

/** Per address: enough for a page that refreshes itself and a monitoring script, too few to guess a token. */
const IT_REQUESTS_PER_MINUTE = 60;
/**
 * The audit log records who opened IT's views, not every refresh of a page that reloads itself each
 * 15 s: an address is logged on its first accepted request and again after this long without one.
 */
const IT_SESSION_MS = 30 * 60_000;

/** The token as a bearer (scripts) or as the password of HTTP Basic (a browser asks for it; any user name). */
function givenToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization ?? '';
  const bearer = /^Bearer (.+)$/.exec(header)?.[1];
  if (bearer) return bearer;
  const basic = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header)?.[1];
  if (!basic) return null;
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 ? decoded.slice(colon + 1) : null;
}

/**
 * District IT's views, all behind SUNBEON_IT_TOKEN, rate-limited and audited (each address that
 * opens them, once per half hour of use; every refusal as a warning):
 * - `GET /api/v1/it/deliveries?day=YYYY-MM-DD`: message counts per office, kind and state;
 * - `GET /it/deliveries?day=YYYY-MM-DD` (HTML): those counts and every message by its ticket number;
 * - `GET /api/v1/it/statistics?from=…&to=…` (JSON) and `GET /it/statistics` (HTML): per office and
 *   business day, messages by result and the share that reached residents;
 * - `GET /api/v1/it/fleet` (JSON) and `GET /it/fleet` (HTML): every kiosk with its alerts.
 * Counts and kiosk health only — no phone number, no ticket.
 */
export function registerItRoutes(app: FastifyInstance, store: DistrictStore, options: ItOptions): void {
  if (!options.token) return;
  const tokenHash = secretHash(options.token);
  const { log, clock } = options;
  const currentBusinessDays = async () => {
    const current = await store.transaction((tx) => officeBusinessDays(tx, clock.now(), options.businessDayStartHour));
    return { ...current, latest: current.days[current.days.length - 1]! };
  };
  /** Addresses seen with the right token recently; a refresh renews the entry without a log line. */
  const openSessions = new LRUCache<string, true>({ max: 1_000, ttl: IT_SESSION_MS, updateAgeOnGet: true });

  app.register(async (it) => {
    // After the rate limit (the routes' own onRequest hooks): guesses at the token count towards it.
    it.addHook('preParsing', async (request) => {
      const token = givenToken(request);
      if (!token || !secretMatches(token, tokenHash)) {
        log.warn('district IT route refused: no or wrong token', { route: request.routeOptions.url, address: request.ip });
        const challenge = request.url.startsWith('/it/') ? 'Basic realm="Sunbeon IT", charset="UTF-8"' : 'Bearer';
        throw new DistrictProblem(401, 'UNAUTHORIZED', 'Send Authorization: Bearer <SUNBEON_IT_TOKEN>', { 'www-authenticate': challenge });
      }
      if (openSessions.get(request.ip)) return;
      openSessions.set(request.ip, true);
      log.info('district IT signed in', { route: request.routeOptions.url, address: request.ip });
    });

    const limit = { config: { rateLimit: { max: IT_REQUESTS_PER_MINUTE, timeWindow: 60_000 } } };
    it.get('/api/v1/it/deliveries', limit, async (request) => {
      const query = daySchema.safeParse(request.query);
      if (!query.success) throw new DistrictProblem(400, 'INVALID_REQUEST', `day: ${query.error.issues[0]?.message ?? 'invalid'}`);
      const tallies = await store.transaction((tx) => tx.deliveryTallies(query.data.day));
      return { businessDay: query.data.day, offices: deliveryStatusByOffice(tallies) };
    });

    it.get('/it/deliveries', limit, async (request, reply) => {
      const query = pageDaySchema.safeParse(request.query);
      if (!query.success) throw new DistrictProblem(400, 'INVALID_REQUEST', `day: ${query.error.issues[0]?.message ?? 'invalid'}`);
      // Without a day, each office on its own current one: between two offices' start hours they differ.
      const current = query.data.day ? null : await currentBusinessDays();
      const days = current?.days ?? [query.data.day!];
      const onItsDay = (day: string) => (row: { officeId: string }) => !current || current.dayOf(row.officeId) === day;
      const tallies: DeliveryTally[] = [];
      const lines: DeliveryLine[] = [];
      await store.transaction(async (tx) => {
        for (const day of days) {
          tallies.push(...(await tx.deliveryTallies(day)).filter(onItsDay(day)));
          lines.push(...(await tx.deliveriesOfDay(day)).filter(onItsDay(day)));
        }
      });
      const language = pageLanguage(request.query, request.headers['accept-language'], 'ko');
      const page = deliveryPage(current?.latest ?? days[0]!, tallies, lines, language, current?.dayOf);
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page);
    });

    const statistics = async (request: FastifyRequest) => {
      const query = rangeSchema.safeParse(request.query);
      if (!query.success) throw new DistrictProblem(400, 'INVALID_REQUEST', `from/to: ${query.error.issues[0]?.message ?? 'invalid'}`);
      // Without a range, the last seven business days of every office, each up to its current one.
      const current = query.data.to ? null : await currentBusinessDays();
      const to = query.data.to ?? current!.latest;
      const from = query.data.from ?? businessDayBefore(current?.days[0] ?? to, 6);
      if (Date.parse(to) - Date.parse(from) >= MAX_STATISTICS_DAYS * dayMs) throw new DistrictProblem(400, 'INVALID_REQUEST', `from/to: at most ${MAX_STATISTICS_DAYS} days`);
      return { from, to, offices: deliveryStatisticsByOffice(await store.transaction((tx) => tx.deliveryStatistics(from, to))) };
    };
    it.get('/api/v1/it/statistics', limit, async (request, reply) => reply.header('cache-control', 'no-store').send(await statistics(request)));
    it.get('/it/statistics', limit, async (request, reply) => {
      const { from, to, offices } = await statistics(request);
      const language = pageLanguage(request.query, request.headers['accept-language'], 'ko');
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(deliveryStatisticsPage(from, to, offices, language));
    });

    const fleet = async () => fleetHealth(await store.transaction((tx) => tx.fleet()), clock.now(), options.thresholds, (await options.publishedVersion?.()) ?? null);
    it.get('/api/v1/it/fleet', limit, async (_request, reply) => reply.header('cache-control', 'no-store').send(await fleet()));
    it.get('/it/fleet', limit, async (request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(fleetPage(await fleet(), pageLanguage(request.query, request.headers['accept-language'], 'ko'))),
    );
  });
}
