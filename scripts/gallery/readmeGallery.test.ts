import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GALLERY_DIR, galleryShots, MAX_SHOT_BYTES, shotSource, SHOT_SOURCE, stampShot } from './gallery';

const repo = join(__dirname, '../..');
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const referenced = [...readme.matchAll(/\]\((docs\/screenshots\/[^)\s]+)\)/g)].map((match) => match[1]);

describe('the README gallery', () => {
  it('shows every picture the screenshot spec takes, and no other', () => {
    expect([...referenced].sort()).toEqual(galleryShots.map((name) => `${GALLERY_DIR}/${name}.png`).sort());
  });

  it.each(galleryShots)('%s.png was taken by the screenshot spec and is small', (name) => {
    const file = join(repo, GALLERY_DIR, `${name}.png`);
    expect(existsSync(file), `${file} is missing: run npm run screenshots`).toBe(true);
    expect(shotSource(readFileSync(file))).toBe(SHOT_SOURCE);
    expect(statSync(file).size).toBeLessThanOrEqual(MAX_SHOT_BYTES);
  });

  it('stamps a PNG so that the stamp reads back, and an unstamped PNG reads as unstamped', () => {
    const picture = readFileSync(join(repo, GALLERY_DIR, `${galleryShots[0]}.png`));
    const unstamped = Buffer.concat([picture.subarray(0, 33), picture.subarray(33 + 12 + picture.readUInt32BE(33))]);
    expect(shotSource(unstamped)).toBeNull();
    expect(shotSource(stampShot(unstamped))).toBe(SHOT_SOURCE);
    expect(() => stampShot(Buffer.from('not a png'))).toThrow('not a PNG');
  });
});
