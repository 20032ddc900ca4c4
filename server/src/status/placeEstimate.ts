import type { WaitEstimate } from '../../../shared/waitEstimate';
import type { OfficeSnapshot } from '../store/districtStore';

const STEP_MINUTES = 5;

/**
 * What a waiting ticket is told, on its status page and in its messages alike: the kiosk's own
 * forecast for it when the office's snapshot of that day carries one, else the line's estimate
 * scaled to the ticket's place. A line the kiosk says no desk serves today keeps its reason.
 */
export function estimateForTicket(
  snapshot: OfficeSnapshot | undefined,
  ticket: { ticketId: string; serviceId: string; businessDay: string },
  peopleAhead: number,
): WaitEstimate {
  // Today's snapshot only: yesterday's forecast says nothing about today's line.
  if (!snapshot || snapshot.businessDay !== ticket.businessDay) return { kind: 'unknown' };
  const forecast = snapshot.forecasts?.find(([ticketId]) => ticketId === ticket.ticketId);
  if (forecast) return { kind: 'range', minMinutes: forecast[1], maxMinutes: forecast[2] };
  return estimateForPlace(
    snapshot.services.find((s) => s.id === ticket.serviceId),
    peopleAhead,
  );
}

/**
 * The kiosk's snapshot estimates the wait of someone joining the line now, behind everyone
 * waiting. A ticket further up waits proportionally less: the range scales by
 * (ahead + ½) / (waiting + ½), the half being the service already under way, as the kiosk counts
 * it. Rounded outwards to 5 minutes, because a scaled guess deserves no finer grain.
 */
export function estimateForPlace(service: { waiting: number; estimate: WaitEstimate } | undefined, peopleAhead: number): WaitEstimate {
  if (!service) return { kind: 'unknown' };
  if (service.estimate.kind === 'unknown') return service.estimate;
  // A snapshot older than the server's view may count fewer waiting than are ahead: then the whole estimate applies.
  const share = (peopleAhead + 0.5) / (Math.max(service.waiting, peopleAhead) + 0.5);
  const minMinutes = peopleAhead === 0 ? 0 : Math.floor((service.estimate.minMinutes * share) / STEP_MINUTES) * STEP_MINUTES;
  const maxMinutes = Math.max(minMinutes + STEP_MINUTES, Math.ceil((service.estimate.maxMinutes * share) / STEP_MINUTES) * STEP_MINUTES);
  return { kind: 'range', minMinutes, maxMinutes };
}
