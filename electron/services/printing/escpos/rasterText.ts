import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PAPER_WIDTH_DOTS } from './commands';
import type { MonochromeBitmap } from './monochromeBitmap';
import { receiptFontFamily } from './receiptFont';

export interface RasterTextOptions {
  fontPath: string;
  fontSizeDots: number;
}

const LINE_SPACING = 1.25;
const INK_THRESHOLD = 128;
const graphemes = new Intl.Segmenter('ko', { granularity: 'grapheme' });

/** Text drawn as a full-width, centered, 1-bit image, wrapped to the paper width. */
export function renderTextBitmap(text: string, options: RasterTextOptions): MonochromeBitmap {
  const width = PAPER_WIDTH_DOTS;
  const lineHeight = Math.ceil(options.fontSizeDots * LINE_SPACING);
  const font = `${options.fontSizeDots}px ${receiptFontFamily(options.fontPath)}`;

  const measuring = createCanvas(width, lineHeight).getContext('2d');
  measuring.font = font;
  const rows = wrapToWidth(text, measuring, width);

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

function wrapToWidth(text: string, context: SKRSContext2D, maxWidth: number): string[] {
  const fits = (candidate: string): boolean => context.measureText(candidate).width <= maxWidth;
  const rows: string[] = [];
  let row = '';
  for (const word of text.split(' ')) {
    const candidate = row ? `${row} ${word}` : word;
    if (fits(candidate)) {
      row = candidate;
      continue;
    }
    if (row) rows.push(row);
    row = '';
    for (const { segment } of graphemes.segment(word)) {
      if (row && !fits(row + segment)) {
        rows.push(row);
        row = '';
      }
      row += segment;
    }
  }
  rows.push(row);
  return rows;
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
