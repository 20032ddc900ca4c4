import { createCanvas } from '@napi-rs/canvas';
import { PAPER_WIDTH_DOTS } from './commands';
import type { MonochromeBitmap } from './monochromeBitmap';
import { receiptFontFamily } from './receiptFont';
import { wrapWords } from './wrapWords';

export interface RasterTextOptions {
  fontPath: string;
  fontSizeDots: number;
  /** The printable line, a multiple of 8 (default 576, the 80 mm roll). */
  widthDots?: number;
}

const LINE_SPACING = 1.25;
const INK_THRESHOLD = 128;

/** Text drawn as a full-width, centered, 1-bit image, wrapped to the paper width. */
export function renderTextBitmap(text: string, options: RasterTextOptions): MonochromeBitmap {
  const width = options.widthDots ?? PAPER_WIDTH_DOTS;
  const lineHeight = Math.ceil(options.fontSizeDots * LINE_SPACING);
  const font = `${options.fontSizeDots}px ${receiptFontFamily(options.fontPath)}`;

  const measuring = createCanvas(width, lineHeight).getContext('2d');
  measuring.font = font;
  const rows = wrapWords(text, (row) => measuring.measureText(row).width <= width);

  const height = rows.length * lineHeight;
  const context = createCanvas(width, height).getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#000';
  context.font = font;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  rows.forEach((row, index) => context.fillText(row, width / 2, (index + 0.5) * lineHeight));
  return toMonochrome(context.getImageData(0, 0, width, height).data, width, height);
}

function toMonochrome(rgba: Uint8ClampedArray, width: number, height: number): MonochromeBitmap {
  const bytesPerRow = width / 8;
  const bits = new Uint8Array(bytesPerRow * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const pixel = (y * width + x) * 4;
      const luminance = (rgba[pixel] + rgba[pixel + 1] + rgba[pixel + 2]) / 3;
      if (luminance < INK_THRESHOLD) bits[y * bytesPerRow + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return { width, height, bits };
}
