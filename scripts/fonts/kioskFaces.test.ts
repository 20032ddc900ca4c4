import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { subsetFont } from '../../electron/services/fonts/fontSubset';
import { ko } from '../../renderer/src/i18n/ko';
import { kioskWords } from './kioskWords';

const FONTS = join(__dirname, '../../assets/fonts');

describe("the kiosk's own faces (assets/fonts/Pretendard-*.kiosk.ttf)", () => {
  it.each(['Regular', 'Bold'])('%s is cut from the messages as they are now (else run npx tsx scripts/fonts/cutKioskFaces.ts)', (weight) => {
    const committed = readFileSync(join(FONTS, `Pretendard-${weight}.kiosk.ttf`));
    const fresh = subsetFont(readFileSync(join(FONTS, `Pretendard-${weight}.ttf`)), kioskWords());
    expect(committed.equals(fresh)).toBe(true);
  });

  it('draws the start screen: its Korean, the language buttons, digits and the ✓ of a mode switch', () => {
    const face = new Face(new Blob(readFileSync(join(FONTS, 'Pretendard-Bold.kiosk.ttf'))));
    const drawn = new Set([...face.collectUnicodes()].map((point) => String.fromCodePoint(point)));
    const needed = [...`${ko.start.title}${ko.start.instruction}${ko.modes.largeText}한국어EnglishTiếng Việt0123456789✓`].filter((character) => character !== ' ');
    expect(needed.filter((character) => !drawn.has(character))).toEqual([]);
  });
});
