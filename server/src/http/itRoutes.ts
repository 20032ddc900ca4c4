import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { secretHash, secretMatches } from '../kiosks/kioskCredentials';
import { messageKinds, type MessageKind } from '../messages/messageContent';
import type { DeliveryTally, DistrictStore } from '../store/districtStore';
import { DistrictProblem } from './httpErrors';

const daySchema = z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a business day, YYYY-MM-DD') });
const states: ReadonlyArray<DeliveryTally['state']> = ['requested', 'accepted', 'delivered', 'fell_back', 'failed', 'expired'];

type StateCounts = Record<DeliveryTally['state'], number>;

/** One office's messages of the day, per kind and state: what district IT needs to see whether residents got them. */
export function deliveryStatusByOffice(tallies: readonly DeliveryTally[]): Array<{ officeId: string; messages: Record<MessageKind, StateCounts> }> {
  const offices = new Map<string, Record<MessageKind, StateCounts>>();
  const empty = () => Object.fromEntries(states.map((state) => [state, 0])) as StateCounts;
  for (const { officeId, kind, state, count } of tallies) {
    const office = offices.get(officeId) ?? (Object.fromEntries(messageKinds.map((k) => [k, empty()])) as Record<MessageKind, StateCounts>);
    office[kind][state] += count;
    offices.set(officeId, office);
  }
  return [...offices].map(([officeId, messages]) => ({ officeId, messages }));
}

/**
 * District IT's view: `GET /api/v1/it/deliveries?day=YYYY-MM-DD` with `Authorization: Bearer
 * <SUNBEON_IT_TOKEN>`. Counts only — no phone number, no ticket. Without a configured token the
 * route does not exist.
 */
export function registerItRoutes(app: FastifyInstance, store: DistrictStore, itToken: string | null): void {
  if (!itToken) return;
  const tokenHash = secretHash(itToken);
  app.get('/api/v1/it/deliveries', async (request) => {
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!given || !secretMatches(given, tokenHash)) throw new DistrictProblem(401, 'UNAUTHORIZED', 'Send Authorization: Bearer <SUNBEON_IT_TOKEN>', { 'www-authenticate': 'Bearer' });
    const query = daySchema.safeParse(request.query);
    if (!query.success) throw new DistrictProblem(400, 'INVALID_REQUEST', `day: ${query.error.issues[0]?.message ?? 'invalid'}`);
    const tallies = await store.transaction((tx) => tx.deliveryTallies(query.data.day));
    return { businessDay: query.data.day, offices: deliveryStatusByOffice(tallies) };
  });
}
