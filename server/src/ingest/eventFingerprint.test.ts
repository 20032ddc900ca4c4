import { describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../../shared/district/api';
import { kioskScript } from '../testSupport/kioskScript';
import { canonicalJson, createEventFingerprinter } from './eventFingerprint';
import { phoneOf } from '../../../nodeShared/testSupport/testPhones';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
  });
});

describe('event fingerprints', () => {
  const fingerprint = createEventFingerprinter(Buffer.alloc(32, 3));
  const script = kioskScript();
  const { event } = script.issue('passport', { phone: phoneOf('010', '1234', '5678') });

  it('are equal for the same event with its keys in another order, and differ for another body', () => {
    const reordered: KioskEvent = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(event).reverse())));
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(event));
    expect(fingerprint(reordered)).toBe(fingerprint(event));
    expect(fingerprint({ ...event, kioskSequence: event.kioskSequence + 1 })).not.toBe(fingerprint(event));
  });

  it('depend on the server key, so a stored fingerprint cannot be matched against guessed phone numbers', () => {
    expect(createEventFingerprinter(Buffer.alloc(32, 4))(event)).not.toBe(fingerprint(event));
  });
});
