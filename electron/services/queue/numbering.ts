import type { ServiceConfig } from '../../../shared/office';

export function blockSize(service: ServiceConfig): number {
  return service.blockEnd - service.blockStart + 1;
}

/** The number printed for the n-th sequence of the day: it walks the block and wraps back to its start. */
export function displayNumberFor(service: ServiceConfig, sequence: number): string {
  return String(service.blockStart + ((sequence - 1) % blockSize(service)));
}
