import { z } from 'zod';

// The LAN server's CSP (script-src 'self') forbids eval. Zod's fast path probes for it with
// `new Function`, which the browser reports as a CSP violation on every page load.
z.config({ jitless: true });
