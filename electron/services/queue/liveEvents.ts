import { languageSchema } from '../../../shared/office';
import { liveEventTypes, type LiveEvent } from '../../../shared/queue';
import type { Database } from '../database/openDatabase';
import { outboxRows } from './outboxRows';

export function lastEventId(db: Database): number {
  return outboxRows(db).lastPosition();
}

/** The queue's changes after `afterId`, in order: what a reconnecting counter page or board missed. */
export function liveEventsSince(db: Database, afterId: number, limit = 500): LiveEvent[] {
  // Outbox rows only the district sync cares about are not live events: skip them, don't stop the stream.
  return outboxRows(db)
    .since(afterId, limit)
    .flatMap((row) => {
      const type = liveEventTypes.find((t) => t === row.event_type);
      if (!type) return [];
      const payload = JSON.parse(row.payload) as { displayNumber?: string; serviceId?: string; counterNumber?: number; language?: unknown };
      const language = languageSchema.safeParse(payload.language);
      const ticket =
        row.ticket_id && payload.displayNumber && payload.serviceId
          ? { id: row.ticket_id, displayNumber: payload.displayNumber, serviceId: payload.serviceId, ...(language.success ? { language: language.data } : {}) }
          : null;
      return {
        id: row.position,
        type,
        at: row.occurred_at,
        ticket,
        counterNumber: payload.counterNumber ?? null,
      };
    });
}
