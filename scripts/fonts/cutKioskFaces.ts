import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { subsetFont } from '../../electron/services/fonts/fontSubset';
import { kioskWords } from './kioskWords';

/**
 * Cuts Pretendard down to the kiosk's own words (kioskWords: every message in every language,
 * ASCII), one face per weight, listed first in the kiosk's font list (renderer/src/styles/fonts.css),
 * so the start screen draws its words without the Pretendard parts. Run it after changing a message
 * and commit the two files: `npx tsx scripts/fonts/cutKioskFaces.ts` (scripts/fonts/kioskFaces.test.ts
 * fails until then).
 */
const FONTS = join(__dirname, '../../assets/fonts');
const words = kioskWords();
for (const weight of ['Regular', 'Bold']) {
  const output = join(FONTS, `Pretendard-${weight}.kiosk.ttf`);
  const face = subsetFont(readFileSync(join(FONTS, `Pretendard-${weight}.ttf`)), words);
  writeFileSync(output, face);
  console.log(`${output}: ${face.length} bytes`);
}
