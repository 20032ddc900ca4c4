import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt at N=2^15 costs ~100 ms and 32 MiB per guess: slow for a thief with the database file, fine at a keypad. */
const COST = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_BYTES = 32;
/** Earlier builds stored `salt:hash` with scrypt's defaults (N=2^14). */
const LEGACY_COST = { N: 2 ** 14, r: 8, p: 1 } as const;

function derive(pin: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** `scrypt$N$r$p$salt$hash`: the cost travels with the hash so it can be raised later. */
function formatHash(salt: Buffer, key: Buffer): string {
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('hex'), key.toString('hex')].join('$');
}

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  return formatHash(salt, await derive(pin, salt, COST));
}

/** For seeding a PIN while the kiosk starts, before anything else runs. */
export function hashPinSync(pin: string): string {
  const salt = randomBytes(16);
  return formatHash(salt, scryptSync(pin, salt, KEY_BYTES, COST));
}

export async function pinMatches(pin: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  const [saltHex, hashHex, options] =
    parts[0] === 'scrypt'
      ? [parts[4], parts[5], { N: Number(parts[1]), r: Number(parts[2]), p: Number(parts[3]), maxmem: COST.maxmem }]
      : [...(stored.split(':') as [string, string]), LEGACY_COST];
  const expected = Buffer.from(hashHex, 'hex');
  const key = await derive(pin, Buffer.from(saltHex, 'hex'), options);
  return key.length === expected.length && timingSafeEqual(key, expected);
}
