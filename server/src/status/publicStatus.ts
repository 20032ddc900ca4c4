import type { z } from 'zod';
import type { publicOfficeStatusSchema, publicTicketStatusSchema } from '../../../shared/district/api';
import type { Language, LocalizedText } from '../../../shared/language';
import type { Clock } from '../../../nodeShared/clock';
import type { DistrictStore, OfficeSnapshotRecord, TicketRecord, TicketStatus } from '../store/districtStore';
import { congestionOf } from './congestion';
import { estimateForTicket } from './placeEstimate';
import { createBoundedCache } from './boundedCache';

export type PublicOfficeStatus = z.infer<typeof publicOfficeStatusSchema>;
export type PublicTicketStatus = z.infer<typeof publicTicketStatusSchema>;

/** A ticket's public status and what its page needs around it. */
export interface TicketView {
  status: PublicTicketStatus;
  officeId: string;
  officeName: LocalizedText | null;
  language: Language;
}

export interface PublicStatus {
  office(officeId: string): Promise<PublicOfficeStatus | null>;
  /** The same, serialized once per load: a crowd's reads send the cached bytes. */
  officeJson(officeId: string): Promise<string | null>;
  /** An ingest changed the office's queue here: its snapshot, its lines and these tickets are read again. */
  forget(officeId: string, statusTokens: readonly string[]): void;
  ticket(statusToken: string): Promise<TicketView | null>;
}

const publicStatusOf: Record<TicketStatus, PublicTicketStatus['status']> = {
  waiting: 'waiting',
  called: 'called',
  serving: 'called',
  done: 'done',
  no_show: 'no_show',
  cancelled: 'cancelled',
  // Its paper never came out, so nobody holds its QR code; should someone open the page, it waits at the ticket desk.
  print_failed: 'waiting',
};

/**
 * The read-only public views, from the office snapshots and the ticket mirror. Every store read is
 * cached for `cacheMs`, so however many residents refresh, each office costs one query per period;
 * an ingest on this instance drops what it changed at once.
 */
export function createPublicStatus(store: DistrictStore, clock: Clock, cacheMs: number): PublicStatus {
  const offices = createBoundedCache(clock, cacheMs, async (officeId) => {
    const record = await store.transaction((tx) => tx.officeSnapshot(officeId));
    if (!record) return null;
    const status = toPublicOffice(record);
    return { record, status, json: JSON.stringify(status) };
  });
  const tickets = createBoundedCache(clock, cacheMs, (statusToken) => store.transaction((tx) => tx.findTicketByStatusToken(statusToken)));
  const lines = createBoundedCache(clock, cacheMs, async (key) => {
    const [officeId, businessDay, serviceId] = JSON.parse(key) as [string, string, string];
    return (await store.transaction((tx) => tx.waitingTickets({ officeId, businessDay, serviceId }))).map((t) => t.lineOrder);
  });

  async function peopleAhead(ticket: TicketRecord): Promise<number> {
    if (ticket.status !== 'waiting') return 0;
    const lineOrders = await lines(JSON.stringify([ticket.officeId, ticket.businessDay, ticket.serviceId]));
    return (lineOrders ?? []).filter((order) => order < ticket.lineOrder).length;
  }

  return {
    async office(officeId) {
      return (await offices(officeId))?.status ?? null;
    },
    async officeJson(officeId) {
      return (await offices(officeId))?.json ?? null;
    },
    // Another instance's ingest is not seen here: its changes show once the entries' time is up (cacheMs).
    forget(officeId, statusTokens) {
      const changed = new Set(statusTokens);
      offices.forget((key) => key === officeId);
      lines.forget((key) => (JSON.parse(key) as string[])[0] === officeId);
      tickets.forget((key) => changed.has(key));
    },
    async ticket(statusToken) {
      const ticket = await tickets(statusToken);
      if (!ticket) return null;
      const snapshot = (await offices(ticket.officeId))?.record.snapshot;
      const service = snapshot?.services.find((s) => s.id === ticket.serviceId);
      const ahead = await peopleAhead(ticket);
      return {
        status: {
          displayNumber: ticket.displayNumber,
          serviceName: service?.name ?? { ko: ticket.serviceId, en: ticket.serviceId },
          status: publicStatusOf[ticket.status],
          peopleAhead: ahead,
          estimate: ticket.status === 'waiting' ? estimateForTicket(snapshot, ticket, ahead) : { kind: 'unknown' },
          counterNumber: ticket.counterNumber,
        },
        officeId: ticket.officeId,
        officeName: snapshot?.officeName ?? null,
        language: ticket.language,
      };
    },
  };
}

function toPublicOffice({ snapshot, correctedAt }: OfficeSnapshotRecord): PublicOfficeStatus {
  return {
    officeName: snapshot.officeName,
    updatedAt: correctedAt,
    services: snapshot.services.map(({ id, name, waiting, estimate }) => ({ id, name, waiting, estimate, congestion: congestionOf(estimate, waiting) })),
  };
}
