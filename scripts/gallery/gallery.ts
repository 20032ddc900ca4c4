import { crc32 } from 'node:zlib';

/**
 * The README's pictures: every one is taken by e2e/screenshots.spec.ts (`npm run screenshots`
 * writes them to docs/screenshots; `npm test` takes them into test-results), stamped with a PNG
 * text chunk naming that spec, and checked against the README by readmeGallery.test.ts.
 */
export const GALLERY_DIR = 'docs/screenshots';
export const SCREENSHOTS_DIR_ENV = 'SUNBEON_SCREENSHOTS_DIR';
export const SHOT_SOURCE = 'e2e/screenshots.spec.ts';
/** Half the CSS pixels: a 1080×1920 kiosk screen becomes a 540×960 picture, sharp enough for a README. */
export const SHOT_SCALE = 0.5;
/** A picture above this is a sign of a photo-like screen or a wrong scale, not something to commit. */
export const MAX_SHOT_BYTES = 250_000;

export const galleryShots = [
  'kiosk-start-portrait',
  'kiosk-services-portrait',
  'kiosk-ticket-type-portrait',
  'kiosk-done-portrait',
  'kiosk-consent-portrait',
  'kiosk-phone-entry-portrait',
  'kiosk-start-landscape',
  'kiosk-services-landscape',
  'printed-ticket',
  'counter-page',
  'display-board',
  'public-status',
  'staff-screen',
] as const;
export type GalleryShot = (typeof galleryShots)[number];

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const SOURCE_KEY = 'Source';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Adds a tEXt chunk "Source: e2e/screenshots.spec.ts" right after the PNG's header chunk. */
export function stampShot(png: Buffer): Buffer {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  const afterHeader = 8 + 12 + png.readUInt32BE(8);
  const text = chunk('tEXt', Buffer.concat([Buffer.from(SOURCE_KEY, 'latin1'), Buffer.from([0]), Buffer.from(SHOT_SOURCE, 'latin1')]));
  return Buffer.concat([png.subarray(0, afterHeader), text, png.subarray(afterHeader)]);
}

/** The value of the PNG's "Source" text chunk, or null. */
export function shotSource(png: Buffer): string | null {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  for (let offset = 8; offset + 12 <= png.length; ) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (type === 'tEXt') {
      const data = png.subarray(offset + 8, offset + 8 + length);
      const separator = data.indexOf(0);
      if (data.toString('latin1', 0, separator) === SOURCE_KEY) return data.toString('latin1', separator + 1);
    }
    if (type === 'IDAT') return null;
    offset += 12 + length;
  }
  return null;
}
