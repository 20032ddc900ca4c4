/** The public status pages: no scripts of anyone else's, no framing, no forms. */
export const contentSecurityPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** HSTS for a year: the server is reached through an HTTPS proxy, and a browser that saw it once never falls back to HTTP. */
export const HSTS_MAX_AGE_S = 365 * 24 * 60 * 60;
