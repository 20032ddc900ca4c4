import type { PaperWidthMm } from '../../../../shared/printer';
import { concatBytes } from './bytes';
import type { MonochromeBitmap } from './monochromeBitmap';

export const DLE = 0x10;
export const EOT = 0x04;
export const LF = 0x0a;
export const ESC = 0x1b;
export const FS = 0x1c;
export const GS = 0x1d;

/** ESC R 13: the Korean international character set (prints 0x5C as ₩). */
export const KOREA_CHARSET = 13;
/** Font A: a 12 × 24 dot cell; a Hangul character takes two cells. */
export const CHAR_WIDTH_DOTS = 12;
export const CHAR_HEIGHT_DOTS = 24;

/** Receipt rolls the kiosk prints on, by width in mm, and the dots of their printable line at 203 dpi. */
export { paperWidthsMm, type PaperWidthMm } from '../../../../shared/printer';
export const printableDots: Record<PaperWidthMm, number> = { 58: 384, 80: 576 };
/** The 80 mm roll most kiosk printers take. */
export const PAPER_WIDTH_DOTS = printableDots[80];

export type Alignment = 'left' | 'center' | 'right';
export const alignments: readonly Alignment[] = ['left', 'center', 'right'];

export type QrErrorLevel = 'L' | 'M' | 'Q' | 'H';
export const qrErrorLevels: readonly QrErrorLevel[] = ['L', 'M', 'Q', 'H'];
const QR_ERROR_LEVEL_BASE = 48;
const QR_MODEL_2 = 50;
const QR_SYMBOL_STORAGE = 48;

/** Answers to DLE EOT n: 1 printer, 2 offline cause, 4 paper sensor. */
export type StatusQueryKind = 1 | 2 | 4;
export const statusQueryKinds: readonly StatusQueryKind[] = [1, 2, 4];

export const initialize = (): Uint8Array => Uint8Array.of(ESC, 0x40);
export const selectCodeTable = (table: number): Uint8Array => Uint8Array.of(ESC, 0x74, table);
export const koreanDoubleByteOn = (): Uint8Array => Uint8Array.of(FS, 0x26);
export const selectInternationalCharset = (charset: number): Uint8Array => Uint8Array.of(ESC, 0x52, charset);
export const align = (alignment: Alignment): Uint8Array => Uint8Array.of(ESC, 0x61, alignments.indexOf(alignment));
export const bold = (on: boolean): Uint8Array => Uint8Array.of(ESC, 0x45, on ? 1 : 0);
export const lineFeed = (): Uint8Array => Uint8Array.of(LF);
export const printAndFeedLines = (lines: number): Uint8Array => Uint8Array.of(ESC, 0x64, lines);
export const feedAndPartialCut = (feed: number): Uint8Array => Uint8Array.of(GS, 0x56, 66, feed);
export const statusQuery = (kind: StatusQueryKind): Uint8Array => Uint8Array.of(DLE, EOT, kind);

/** GS ! n: width and height multipliers (1–8) in the high and low nibbles. */
export function characterSize(widthMultiplier: number, heightMultiplier: number): Uint8Array {
  return Uint8Array.of(GS, 0x21, ((widthMultiplier - 1) << 4) | (heightMultiplier - 1));
}

/** GS v 0, normal density. */
export function rasterImage(bitmap: MonochromeBitmap): Uint8Array {
  const widthBytes = bitmap.width / 8;
  const header = Uint8Array.of(GS, 0x76, 0x30, 0, widthBytes & 0xff, widthBytes >> 8, bitmap.height & 0xff, bitmap.height >> 8);
  return concatBytes([header, bitmap.bits]);
}

/** GS ( k with cn 49: one QR symbol function and its parameters. */
function qrFunction(fn: number, parameters: Uint8Array): Uint8Array {
  const length = parameters.length + 2;
  return concatBytes([Uint8Array.of(GS, 0x28, 0x6b, length & 0xff, length >> 8, 49, fn), parameters]);
}

export function qrCode(data: Uint8Array, options: { moduleSize: number; errorLevel: QrErrorLevel }): Uint8Array {
  return concatBytes([
    qrFunction(65, Uint8Array.of(QR_MODEL_2, 0)),
    qrFunction(67, Uint8Array.of(options.moduleSize)),
    qrFunction(69, Uint8Array.of(QR_ERROR_LEVEL_BASE + qrErrorLevels.indexOf(options.errorLevel))),
    qrFunction(80, concatBytes([Uint8Array.of(QR_SYMBOL_STORAGE), data])),
    qrFunction(81, Uint8Array.of(QR_SYMBOL_STORAGE)),
  ]);
}

export function qrErrorLevelFromByte(byte: number): QrErrorLevel | undefined {
  return qrErrorLevels[byte - QR_ERROR_LEVEL_BASE];
}

/** Epson's answer header to GS ( H fn 48, before the four id bytes and a NUL. */
export const PROCESS_ID_ANSWER = Uint8Array.of(0x37, 0x22);
export const PROCESS_ID_ANSWER_LENGTH = 7;

/**
 * GS ( H fn 48: the printer answers `37 22 d1 d2 d3 d4 00` once everything before it has been
 * printed, so sent after the cut it confirms the whole job. `id` is four digits.
 */
export function processIdRequest(id: string): Uint8Array {
  const digits = new TextEncoder().encode(id);
  if (!/^\d{4}$/.test(id)) throw new Error('a process id is four digits');
  return concatBytes([Uint8Array.of(GS, 0x28, 0x48, 6, 0, 48, 48), digits]);
}

/** True when `answer` is the printer's confirmation of the job that carried `id`. */
export function isProcessIdAnswer(answer: Uint8Array, id: string): boolean {
  const expected = concatBytes([PROCESS_ID_ANSWER, new TextEncoder().encode(id), Uint8Array.of(0)]);
  return answer.length === expected.length && answer.every((byte, index) => byte === expected[index]);
}
