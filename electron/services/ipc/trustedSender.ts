import type { Logger } from '../../../nodeShared/logger';
import { fail } from '../../../shared/result';

export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

/**
 * Only our own page's top frame may call the kiosk. Compares scheme and host by hand because
 * WHATWG URL gives custom schemes such as app:// an opaque 'null' origin.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, trustedOrigin: string): boolean {
  if (!frame?.isMainFrame) return false;
  try {
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === trustedOrigin;
  } catch {
    return false;
  }
}

/** A call from anything but our page's top frame (a frame we never loaded, a hijacked page) is refused, and logged for IT. */
export function refuseSender(log: Pick<Logger, 'warn'>, channel: string, frame: SenderFrame | null | undefined) {
  const caller = frame ? `${frame.isMainFrame ? 'the main frame' : 'a subframe'} of ${frame.url.slice(0, 200)}` : 'no frame';
  log.warn(`IPC refused on ${channel}: the caller is not the kiosk page (${caller})`);
  return fail('FORBIDDEN_SENDER', 'Only the kiosk page may call the kiosk');
}
