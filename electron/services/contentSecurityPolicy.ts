/**
 * Sent as a header with every page the kiosk serves — its own screens (app:// or the bridge) and the
 * LAN pages (counter, board); index.html files carry the same policy as a meta tag.
 */
export const KIOSK_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "media-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
