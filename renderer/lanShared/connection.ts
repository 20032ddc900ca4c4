/** How fresh what a LAN page shows is. */
export type Connection = {
  /** Whether the last request reached the kiosk; null before the first answer. */
  reachable: boolean | null;
  /** Whether the live event stream is open; null before it first opened or failed. */
  live: boolean | null;
  /** When the shown data last came from the kiosk (ms since epoch). */
  syncedAt: number | null;
};

export type ConnectionStatus = 'connecting' | 'online' | 'offline';

export const initialConnection: Connection = { reachable: null, live: null, syncedAt: null };

export function connectionStatus({ reachable, live }: Connection): ConnectionStatus {
  if (reachable === false || live === false) return 'offline';
  if (reachable === null || live === null) return 'connecting';
  return 'online';
}
