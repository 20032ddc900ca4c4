import { CHAR_WIDTH_DOTS, KOREA_CHARSET, alignments, qrErrorLevelFromByte, type Alignment, type QrErrorLevel } from '../../electron/services/printing/escpos/commands';
import type { MonochromeBitmap } from '../../electron/services/printing/escpos/monochromeBitmap';
import { nextToken, type EscPosToken } from './escPosTokens';

export interface TextLine {
  text: string;
  widthMultiplier: number;
  heightMultiplier: number;
  align: Alignment;
  bold: boolean;
}
export interface RasterLine {
  raster: MonochromeBitmap;
  align: Alignment;
}
export interface QrLine {
  qr: { data: string; moduleSize: number; errorLevel: QrErrorLevel };
}
export type DecodedLine = TextLine | RasterLine | QrLine;

export interface DecodedTicket {
  /** What came out of the printer, top to bottom. */
  lines: DecodedLine[];
  /** The text lines joined by newlines. */
  text: string;
  qrData?: string;
  /** The ticket ended with a cut (GS V); bytes cut off before it decode to cut = false. */
  cut: boolean;
  /** ESC t 0, FS & and ESC R 13 were all received for this ticket and double-byte mode stayed on. */
  koreanMode: boolean;
  /** Every command except line feeds and text, in order received, e.g. 'ESC @', 'FS &', 'GS ! 0x77'. */
  commands: string[];
}

export type DecoderEvent =
  | { kind: 'ticket'; ticket: DecodedTicket }
  | { kind: 'status-query'; query: number }
  | { kind: 'process-id'; id: Uint8Array };

export const isTextLine = (line: DecodedLine): line is TextLine => 'text' in line;
export const isRasterLine = (line: DecodedLine): line is RasterLine => 'raster' in line;
export const isQrLine = (line: DecodedLine): line is QrLine => 'qr' in line;

/** The dots a text line takes on the paper in font A: a cell per ASCII character, two per Hangul, times the width multiplier. */
export const lineWidthDots = (line: TextLine): number =>
  [...line.text].reduce((cells, char) => cells + (char.charCodeAt(0) < 0x80 ? 1 : 2), 0) * CHAR_WIDTH_DOTS * line.widthMultiplier;

interface PrintMode {
  align: Alignment;
  bold: boolean;
  size: number;
  doubleByte: boolean;
  charset: number;
  qrModuleSize: number;
  qrErrorLevel: QrErrorLevel;
  qrStored: string;
}

const KOREAN_SETUP = ['ESC t 0', 'FS &', 'ESC R 13'];
const initialMode = (): PrintMode => ({
  align: 'left',
  bold: false,
  size: 0,
  doubleByte: false,
  charset: 0,
  qrModuleSize: 3,
  qrErrorLevel: 'L',
  qrStored: '',
});

class TicketDraft {
  lines: DecodedLine[] = [];
  commands: string[] = [];
  qrData: string | undefined;
  private pendingText: { text: string; mode: PrintMode } | null = null;

  addChar(char: string, mode: PrintMode): void {
    this.pendingText ??= { text: '', mode: { ...mode } };
    this.pendingText.text += char;
  }

  /** Ends the line being filled; a bare line feed makes an empty line. */
  endLine(mode: PrintMode, keepEmpty: boolean): void {
    const pending = this.pendingText ?? (keepEmpty ? { text: '', mode } : null);
    this.pendingText = null;
    if (!pending) return;
    this.lines.push({
      text: pending.text,
      widthMultiplier: (pending.mode.size >> 4) + 1,
      heightMultiplier: (pending.mode.size & 0x0f) + 1,
      align: pending.mode.align,
      bold: pending.mode.bold,
    });
  }

  discardPendingText(): void {
    this.pendingText = null;
  }

  isEmpty(): boolean {
    return this.lines.length === 0 && this.commands.length === 0 && this.pendingText === null;
  }

  finish(cut: boolean, mode: PrintMode): DecodedTicket {
    const koreanMode = mode.doubleByte && KOREAN_SETUP.every((command) => this.commands.includes(command));
    const text = this.lines.filter(isTextLine).map((line) => line.text).join('\n');
    return { lines: this.lines, text, cut, koreanMode, commands: this.commands, ...(this.qrData === undefined ? {} : { qrData: this.qrData }) };
  }
}

/** Decodes an ESC/POS byte stream delivered in chunks, as a printer receives it. */
export class EscPosStreamDecoder {
  private unread = new Uint8Array(0);
  private mode = initialMode();
  private draft = new TicketDraft();

  push(chunk: Uint8Array): DecoderEvent[] {
    const bytes = new Uint8Array(this.unread.length + chunk.length);
    bytes.set(this.unread);
    bytes.set(chunk, this.unread.length);
    const events: DecoderEvent[] = [];
    let offset = 0;
    while (offset < bytes.length) {
      const next = nextToken(bytes, offset, { doubleByte: this.mode.doubleByte, koreaCharset: this.mode.charset === KOREA_CHARSET });
      if (!next) break;
      offset += next.length;
      const event = this.apply(next.token);
      if (event) events.push(event);
    }
    this.unread = bytes.slice(offset);
    return events;
  }

  /** Forgets a command cut off by a dropped connection; the paper (what was printed since the last cut) stays. */
  dropPartialCommand(): void {
    this.unread = new Uint8Array(0);
  }

  /** What is on the paper since the last cut, without ending its line. */
  peekUnfinished(): DecodedTicket | null {
    if (this.draft.isEmpty()) return null;
    const copy = Object.assign(new TicketDraft(), structuredClone({ ...this.draft }));
    copy.endLine(this.mode, false);
    return copy.finish(false, this.mode);
  }

  /** What has been received since the last cut, if anything. */
  unfinishedTicket(): DecodedTicket | null {
    if (this.draft.isEmpty()) return null;
    this.draft.endLine(this.mode, false);
    return this.draft.finish(false, this.mode);
  }

  private apply(token: EscPosToken): DecoderEvent | null {
    const { mode, draft } = this;
    if (token.kind === 'text') {
      draft.addChar(token.char, mode);
      return null;
    }
    if (token.kind === 'line-feed') {
      draft.endLine(mode, true);
      return null;
    }
    if (token.kind === 'status-query') return { kind: 'status-query', query: token.query };
    if (token.kind === 'process-id') return { kind: 'process-id', id: token.id };
    draft.commands.push(token.name);
    switch (token.kind) {
      case 'initialize':
        draft.discardPendingText();
        // Printer modes go back to power-on defaults, so the Korean setup must follow again.
        draft.commands = [token.name];
        this.mode = initialMode();
        break;
      case 'korean-mode':
        mode.doubleByte = token.on;
        break;
      case 'international-charset':
        mode.charset = token.charset;
        break;
      case 'align':
        mode.align = alignments[token.value] ?? 'left';
        break;
      case 'bold':
        mode.bold = token.on;
        break;
      case 'character-size':
        mode.size = token.value;
        break;
      case 'feed-lines':
        draft.endLine(mode, false);
        break;
      case 'raster':
        draft.endLine(mode, false);
        draft.lines.push({ raster: token.bitmap, align: mode.align });
        break;
      case 'qr':
        this.applyQr(token.fn, token.parameters);
        break;
      case 'cut': {
        draft.endLine(mode, false);
        const ticket = draft.finish(true, mode);
        this.draft = new TicketDraft();
        return { kind: 'ticket', ticket };
      }
      case 'other':
        break;
    }
    return null;
  }

  private applyQr(fn: number, parameters: Uint8Array): void {
    const { mode, draft } = this;
    if (fn === 67) mode.qrModuleSize = parameters[0];
    if (fn === 69) mode.qrErrorLevel = qrErrorLevelFromByte(parameters[0]) ?? mode.qrErrorLevel;
    // Store: m = 48, then the symbol's data bytes.
    if (fn === 80) mode.qrStored = new TextDecoder().decode(parameters.subarray(1));
    if (fn === 81) {
      draft.endLine(mode, false);
      draft.lines.push({ qr: { data: mode.qrStored, moduleSize: mode.qrModuleSize, errorLevel: mode.qrErrorLevel } });
      draft.qrData = mode.qrStored;
    }
  }
}

/** Every ticket in a byte stream; bytes after the last cut form a final ticket with cut = false. */
export function decodeEscPos(bytes: Uint8Array): DecodedTicket[] {
  const decoder = new EscPosStreamDecoder();
  const tickets = decoder.push(bytes).flatMap((event) => (event.kind === 'ticket' ? [event.ticket] : []));
  const unfinished = decoder.unfinishedTicket();
  return unfinished ? [...tickets, unfinished] : tickets;
}
