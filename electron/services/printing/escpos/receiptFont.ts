import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

const BUNDLED_FONT = join('assets', 'fonts', 'Pretendard-Bold.otf');
let foundDefault: string | undefined;

/**
 * The bundled font in the nearest `assets` folder above this module: the repository's, whether
 * this runs from source or from the built main bundle. A packaged app passes its own path instead.
 */
export function defaultReceiptFontPath(): string {
  if (foundDefault) return foundDefault;
  const start = __dirname;
  for (let folder = start; ; folder = dirname(folder)) {
    const candidate = join(folder, BUNDLED_FONT);
    if (existsSync(candidate)) return (foundDefault = candidate);
    if (dirname(folder) === folder) return join(start, BUNDLED_FONT);
  }
}

/** Beside the bundled Pretendard: the Simplified Chinese hanzi it lacks (scripts/fonts/subsetChinese.sh). */
const HANZI_FONT = 'NotoSansSC-Bold.subset.otf';

const familiesByPath = new Map<string, string>();

function registered(fontPath: string): string {
  const known = familiesByPath.get(fontPath);
  if (known) return known;
  // A system fallback font would print tofu or blanks on a ticket, so a missing font is a packaging bug.
  if (!existsSync(fontPath)) throw new Error(`Receipt font not found: ${fontPath}`);
  const family = `SunbeonReceipt${familiesByPath.size}`;
  if (!GlobalFonts.registerFromPath(fontPath, family)) throw new Error(`Receipt font could not be loaded: ${fontPath}`);
  familiesByPath.set(fontPath, family);
  return family;
}

/**
 * Registers the font files once and answers the canvas font list to draw with: the given font
 * (Hangul, Latin with every Vietnamese letter) first, the Chinese font beside it for hanzi.
 */
export function receiptFontFamily(fontPath: string): string {
  return `${registered(fontPath)}, ${registered(join(dirname(fontPath), HANZI_FONT))}`;
}
