import type { WaitEstimate } from '../../../shared/waitEstimate';

const STEP_MINUTES = 5;

/**
 * The kiosk's snapshot estimates the wait of someone joining the line now, behind everyone
 * waiting. A ticket further up waits proportionally less: the range scales by
 * (ahead + ½) / (waiting + ½), the half being the service already under way, as the kiosk counts
 * it. Rounded outwards to 5 minutes, because a scaled guess deserves no finer grain.
 */
export function estimateForPlace(service: { waiting: number; estimate: WaitEstimate } | undefined, peopleAhead: number): WaitEstimate {
  if (!service || service.estimate.kind === 'unknown') return { kind: 'unknown' };
  // A snapshot older than the server's view may count fewer waiting than are ahead: then the whole estimate applies.
  const share = (peopleAhead + 0.5) / (Math.max(service.waiting, peopleAhead) + 0.5);
  const minMinutes = peopleAhead === 0 ? 0 : Math.floor((service.estimate.minMinutes * share) / STEP_MINUTES) * STEP_MINUTES;
  const maxMinutes = Math.max(minMinutes + STEP_MINUTES, Math.ceil((service.estimate.maxMinutes * share) / STEP_MINUTES) * STEP_MINUTES);
  return { kind: 'range', minMinutes, maxMinutes };
}
