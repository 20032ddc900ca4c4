/**
 * A kiosk's clock may be minutes off. The batch says what the kiosk's clock read when it was sent;
 * the difference to the server's clock on arrival moves every event onto the server's clock
 * (network time counts as clock error, which is seconds at most). An event cannot have happened
 * after it arrived, whatever the arithmetic says.
 */
export function correctedOccurrence(occurredAt: string, offsetMs: number, receivedAtMs: number): string {
  return new Date(Math.min(Date.parse(occurredAt) + offsetMs, receivedAtMs)).toISOString();
}

export function clockOffsetMs(sentAt: string, receivedAtMs: number): number {
  return receivedAtMs - Date.parse(sentAt);
}
