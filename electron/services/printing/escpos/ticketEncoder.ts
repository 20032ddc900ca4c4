import type { TicketPrintData } from '../types';
import { concatBytes } from './bytes';
import {
  CHAR_HEIGHT_DOTS,
  CHAR_WIDTH_DOTS,
  KOREA_CHARSET,
  align,
  bold,
  characterSize,
  feedAndPartialCut,
  initialize,
  koreanDoubleByteOn,
  printableDots,
  type PaperWidthMm,
  lineFeed,
  printAndFeedLines,
  qrCode,
  rasterImage,
  selectCodeTable,
  selectInternationalCharset,
} from './commands';
import { encodeKsx1001 } from './ksx1001';
import { wrapWords } from './wrapWords';
import { renderTextBitmap } from './rasterText';
import { defaultReceiptFontPath } from './receiptFont';

export interface TicketEncodingOptions {
  /** The bundled Pretendard-Bold.otf; defaults to the repository's assets folder. */
  fontPath?: string;
  /** The roll in the printer (default 80 mm): every line is fitted to its width. */
  paperWidthMm?: PaperWidthMm;
}

interface Layout {
  fontPath: string;
  paperDots: number;
}

function layoutOf(options: TicketEncodingOptions): Layout {
  return { fontPath: options.fontPath ?? defaultReceiptFontPath(), paperDots: printableDots[options.paperWidthMm ?? 80] };
}

export interface ReceiptLine {
  text: string;
  /** Width and height multiplier alike, 1–8. */
  scale: number;
  bold: boolean;
}

const MAX_SCALE = 8;
// Five 8× characters (96 dots each) fill 480 of the 576-dot line, leaving a margin; longer numbers shrink.
const NUMBER_SHARE_OF_LINE = 5 / 6;
const QR_MODULE_SIZE = 6;
const FEED_LINES_BEFORE_CUT = 3;

/** One paper ticket as ESC/POS bytes: Korean text mode, with raster lines for text it cannot print. */
export function encodeTicket(data: TicketPrintData, options: TicketEncodingOptions = {}): Uint8Array {
  const layout = layoutOf(options);
  const line = (text: string, scale: number, isBold: boolean): Uint8Array =>
    encodeLine({ text: printableText(text), scale, bold: isBold }, layout, data.drawHanzi);
  return concatBytes([
    initialize(),
    selectCodeTable(0),
    koreanDoubleByteOn(),
    selectInternationalCharset(KOREA_CHARSET),
    align('center'),
    line(data.officeName, 2, true),
    line(data.serviceName, 2, true),
    data.markLine ? line(data.markLine, 2, true) : new Uint8Array(0),
    blankLine(),
    line(data.displayNumber, numberScale(data.displayNumber, layout.paperDots), true),
    blankLine(),
    line(data.peopleAheadLine, 1, true),
    line(data.waitEstimateLine, 1, true),
    line(data.issuedAtLine, 1, false),
    data.statusUrl ? statusQr(data.statusUrl) : new Uint8Array(0),
    line(data.notice, 1, false),
    printAndFeedLines(FEED_LINES_BEFORE_CUT),
    feedAndPartialCut(0),
  ]);
}

/** A plain receipt of text lines (a test print, the day's summary), left-aligned, cut at the end. */
export function encodeTextReceipt(lines: readonly ReceiptLine[], options: TicketEncodingOptions = {}): Uint8Array {
  const layout = layoutOf(options);
  return concatBytes([
    initialize(),
    selectCodeTable(0),
    koreanDoubleByteOn(),
    selectInternationalCharset(KOREA_CHARSET),
    align('left'),
    ...lines.map((line) => (line.text ? encodeLine({ ...line, text: printableText(line.text) }, layout) : blankLine())),
    printAndFeedLines(FEED_LINES_BEFORE_CUT),
    feedAndPartialCut(0),
  ]);
}

// At the normal size: a feed after the 8× number would otherwise leave a 24 mm gap.
function blankLine(): Uint8Array {
  return concatBytes([characterSize(1, 1), lineFeed()]);
}

// Control characters in a name would be read by the printer as commands.
function printableText(text: string): string {
  return text.normalize('NFC').replace(/\p{Cc}/gu, ' ');
}

const HANZI = /\p{Script=Han}/u;

function encodeLine(line: ReceiptLine, layout: Layout, drawHanzi = false): Uint8Array {
  if (!line.text) return new Uint8Array(0);
  if (encodeKsx1001(line.text) && !(drawHanzi && HANZI.test(line.text))) {
    const fitted = fitToPaper(line.text, line.scale, layout.paperDots);
    return concatBytes([characterSize(fitted.scale, fitted.scale), bold(line.bold), ...fitted.rows.flatMap((row) => [encodeKsx1001(row)!, lineFeed()])]);
  }
  return rasterImage(renderTextBitmap(line.text, { fontPath: layout.fontPath, fontSizeDots: CHAR_HEIGHT_DOTS * line.scale, widthDots: layout.paperDots }));
}

const columnsOf = (text: string): number => encodeKsx1001(text)!.length;

/**
 * A text line as rows no wider than the paper (the printer's own wrap would split a word, or a
 * Hangul character in two): wrapped at spaces at the asked size; where one word alone is wider
 * than the paper, the size steps down until every word fits, and only a word too wide even at
 * normal size is broken between characters. Text must be KS X 1001 (the raster path wraps itself).
 */
export function fitToPaper(text: string, scale: number, paperDots: number): { scale: number; rows: string[] } {
  for (let size = scale; ; size -= 1) {
    const maxColumns = Math.floor(paperDots / (CHAR_WIDTH_DOTS * size));
    if (size === 1 || text.split(' ').every((word) => columnsOf(word) <= maxColumns)) {
      return { scale: size, rows: wrapWords(text, (row) => columnsOf(row) <= maxColumns) };
    }
  }
}

function numberScale(displayNumber: string, paperDots: number): number {
  const columns = encodeKsx1001(printableText(displayNumber))?.length ?? [...displayNumber].length * 2;
  return Math.max(1, Math.min(MAX_SCALE, Math.floor((paperDots * NUMBER_SHARE_OF_LINE) / (columns * CHAR_WIDTH_DOTS))));
}

function statusQr(url: string): Uint8Array {
  return concatBytes([qrCode(new TextEncoder().encode(url), { moduleSize: QR_MODULE_SIZE, errorLevel: 'M' }), blankLine()]);
}
