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
