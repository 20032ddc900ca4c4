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
  lineFeed,
  printAndFeedLines,
  qrCode,
  rasterImage,
  selectCodeTable,
  selectInternationalCharset,
} from './commands';
import { encodeKsx1001 } from './ksx1001';
import { renderTextBitmap } from './rasterText';
import { defaultReceiptFontPath } from './receiptFont';

export interface TicketEncodingOptions {
  /** The bundled Pretendard-Bold.otf; defaults to the repository's assets folder. */
  fontPath?: string;
}

export interface ReceiptLine {
  text: string;
  /** Width and height multiplier alike, 1–8. */
  scale: number;
  bold: boolean;
}

const MAX_SCALE = 8;
// Five 8× characters (96 dots each) leave a margin on the 576-dot line; longer numbers shrink.
const NUMBER_MAX_WIDTH_DOTS = 480;
const QR_MODULE_SIZE = 6;
const FEED_LINES_BEFORE_CUT = 3;

/** One paper ticket as ESC/POS bytes: Korean text mode, with raster lines for text it cannot print. */
export function encodeTicket(data: TicketPrintData, options: TicketEncodingOptions = {}): Uint8Array {
  const fontPath = options.fontPath ?? defaultReceiptFontPath();
  const line = (text: string, scale: number, isBold: boolean): Uint8Array =>
    encodeLine({ text: printableText(text), scale, bold: isBold }, fontPath);
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
    line(data.displayNumber, numberScale(data.displayNumber), true),
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
  const fontPath = options.fontPath ?? defaultReceiptFontPath();
  return concatBytes([
    initialize(),
    selectCodeTable(0),
    koreanDoubleByteOn(),
    selectInternationalCharset(KOREA_CHARSET),
    align('left'),
    ...lines.map((line) => (line.text ? encodeLine({ ...line, text: printableText(line.text) }, fontPath) : blankLine())),
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

function encodeLine(line: ReceiptLine, fontPath: string): Uint8Array {
  if (!line.text) return new Uint8Array(0);
  const text = encodeKsx1001(line.text);
  if (text) return concatBytes([characterSize(line.scale, line.scale), bold(line.bold), text, lineFeed()]);
  return rasterImage(renderTextBitmap(line.text, { fontPath, fontSizeDots: CHAR_HEIGHT_DOTS * line.scale }));
}

function numberScale(displayNumber: string): number {
  const columns = encodeKsx1001(printableText(displayNumber))?.length ?? [...displayNumber].length * 2;
  return Math.max(1, Math.min(MAX_SCALE, Math.floor(NUMBER_MAX_WIDTH_DOTS / (columns * CHAR_WIDTH_DOTS))));
}

function statusQr(url: string): Uint8Array {
  return concatBytes([qrCode(new TextEncoder().encode(url), { moduleSize: QR_MODULE_SIZE, errorLevel: 'M' }), blankLine()]);
}
