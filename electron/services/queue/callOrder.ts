/**
 * The calling policy's order, in one place: a ticket waiting past the starvation limit goes before
 * fresher ones, priority first within each group, then issue order (line order). `nextToCall` applies
 * it to the few candidates its indexes give; the backtest's feasibility bound applies it to a whole
 * line held in memory.
 */
export interface CallCandidate {
  /** Issue order (the ticket's rowid). */
  lineOrder: number;
  priority: boolean;
  /** Waiting since before the starvation limit. */
  starved: boolean;
}

export function callsBefore(a: CallCandidate, b: CallCandidate): boolean {
  if (a.starved !== b.starved) return a.starved;
  if (a.priority !== b.priority) return a.priority;
  return a.lineOrder < b.lineOrder;
}

/** The candidate called first, if any. */
export function firstToCall<T extends CallCandidate>(candidates: Iterable<T>): T | undefined {
  let first: T | undefined;
  for (const candidate of candidates) if (!first || callsBefore(candidate, first)) first = candidate;
  return first;
}
