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

/**
 * The headers of every file of the kiosk's own page (app:// in Electron, the bridge in tests). Some
 * of its files come from the kiosk's data folder (the start page, the office's faces): nosniff has
 * the browser run as script only what is served as script, so a file planted there is never run.
 */
export const KIOSK_PAGE_HEADERS = { 'content-security-policy': KIOSK_CSP, 'x-content-type-options': 'nosniff' } as const;
