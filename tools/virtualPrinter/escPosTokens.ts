import iconv from 'iconv-lite';
import { DLE, EOT, ESC, FS, GS, LF } from '../../electron/services/printing/escpos/commands';
import { decodeKsx1001Pair } from '../../electron/services/printing/escpos/ksx1001';
import type { MonochromeBitmap } from '../../electron/services/printing/escpos/monochromeBitmap';

export type EscPosToken =
  | { kind: 'text'; char: string }
  | { kind: 'line-feed' }
  | { kind: 'initialize'; name: string }
  | { kind: 'korean-mode'; name: string; on: boolean }
  | { kind: 'international-charset'; name: string; charset: number }
  | { kind: 'align'; name: string; value: number }
  | { kind: 'bold'; name: string; on: boolean }
  | { kind: 'character-size'; name: string; value: number }
  | { kind: 'feed-lines'; name: string }
  | { kind: 'cut'; name: string }
  | { kind: 'raster'; name: string; bitmap: MonochromeBitmap }
  | { kind: 'qr'; name: string; fn: number; parameters: Uint8Array }
  | { kind: 'status-query'; name: string; query: number }
  /** GS ( H fn 48: answer with this id once everything before it is printed. */
  | { kind: 'process-id'; name: string; id: Uint8Array }
  /** A command that changes nothing this decoder models; it still appears in a ticket's command list. */
  | { kind: 'other'; name: string };

/** What decides how text bytes read: Korean double-byte mode and the Korean character set. */
export interface TextMode {
  doubleByte: boolean;
  koreaCharset: boolean;
}

export interface Token {
  token: EscPosToken;
  length: number;
}

const REPLACEMENT = '\ufffd';
const QR_CN = 49;
// GS ( H: fn and m are both 48 (the bytes where GS ( k has cn and fn).
const PROCESS_ID_FN = 48;
const hex = (byte: number): string => `0x${byte.toString(16).padStart(2, '0')}`;
const char = (byte: number): string => String.fromCharCode(byte);

/**
 * The token starting at `offset`, or null when the bytes end inside it (a stream delivers a
 * command in pieces). Unknown commands are skipped by their two-byte prefix and reported.
 */
export function nextToken(bytes: Uint8Array, offset: number, mode: TextMode): Token | null {
  const available = bytes.length - offset;
  const at = (index: number): number => bytes[offset + index];
  const need = (length: number, token: () => EscPosToken): Token | null =>
    available >= length ? { token: token(), length } : null;

  const first = at(0);
  if (first === LF) return { token: { kind: 'line-feed' }, length: 1 };
  if (first === ESC || first === FS || first === GS || first === DLE) {
    if (available < 2) return null;
    return commandToken(bytes, offset, available, need);
  }
  if (first < 0x20 || first === 0x7f) return { token: { kind: 'other', name: `control ${hex(first)}` }, length: 1 };
  return textToken(first, available > 1 ? at(1) : undefined, mode);
}

type Need = (length: number, token: () => EscPosToken) => Token | null;

function commandToken(bytes: Uint8Array, offset: number, available: number, need: Need): Token | null {
  const prefix = bytes[offset];
  const code = bytes[offset + 1];
  const arg = (index: number): number => bytes[offset + index];
  const name = (...args: number[]): string =>
    [{ [ESC]: 'ESC', [FS]: 'FS', [GS]: 'GS', [DLE]: 'DLE' }[prefix], char(code), ...args.map(String)].join(' ');

  if (prefix === ESC) {
    switch (char(code)) {
      case '@':
        return need(2, () => ({ kind: 'initialize', name: name() }));
      case 'R':
        return need(3, () => ({ kind: 'international-charset', name: name(arg(2)), charset: arg(2) }));
      case 'a':
        return need(3, () => ({ kind: 'align', name: name(arg(2)), value: arg(2) % 48 }));
      case 'E':
        return need(3, () => ({ kind: 'bold', name: name(arg(2)), on: (arg(2) & 1) === 1 }));
      case 'd':
        return need(3, () => ({ kind: 'feed-lines', name: name(arg(2)) }));
      case 't':
      case '!':
      case '-':
      case '3':
      case 'J':
      case 'M':
      case 'G':
        return need(3, () => ({ kind: 'other', name: name(arg(2)) }));
    }
  } else if (prefix === FS) {
    if (char(code) === '&') return need(2, () => ({ kind: 'korean-mode', name: name(), on: true }));
    if (char(code) === '.') return need(2, () => ({ kind: 'korean-mode', name: name(), on: false }));
  } else if (prefix === GS) {
    switch (char(code)) {
      case '!':
        return need(3, () => ({ kind: 'character-size', name: `GS ! ${hex(arg(2))}`, value: arg(2) }));
      case 'V':
        return cutToken(available, arg, name, need);
      case 'v':
        return rasterToken(bytes, offset, available, need);
      case '(':
        return functionToken(bytes, offset, available, need);
    }
  } else if (code === EOT) {
    return need(3, () => ({ kind: 'status-query', name: `DLE EOT ${arg(2)}`, query: arg(2) }));
  }
  return need(2, () => ({ kind: 'other', name: `unknown ${name()}` }));
}

// GS V m: function A (m = 0, 1, 48, 49) has no feed argument, function B (65, 66, …) has one.
function cutToken(available: number, arg: (index: number) => number, name: (...args: number[]) => string, need: Need): Token | null {
  if (available < 3) return null;
  const m = arg(2);
  if ([0, 1, 48, 49].includes(m)) return need(3, () => ({ kind: 'cut', name: name(m) }));
  return need(4, () => ({ kind: 'cut', name: name(m, arg(3)) }));
}

// GS v 0 m xL xH yL yH d1…dk: width in bytes, height in dots.
function rasterToken(bytes: Uint8Array, offset: number, available: number, need: Need): Token | null {
  if (available < 8) return null;
  const widthBytes = bytes[offset + 4] + bytes[offset + 5] * 256;
  const height = bytes[offset + 6] + bytes[offset + 7] * 256;
  const length = 8 + widthBytes * height;
  return need(length, () => ({
    kind: 'raster',
    name: `GS v 0 ${widthBytes * 8}x${height}`,
    bitmap: { width: widthBytes * 8, height, bits: bytes.slice(offset + 8, offset + length) },
  }));
}

// GS ( X pL pH …: the two bytes after the function letter give the length of the rest.
function functionToken(bytes: Uint8Array, offset: number, available: number, need: Need): Token | null {
  if (available < 5) return null;
  const letter = char(bytes[offset + 2]);
  const parameterLength = bytes[offset + 3] + bytes[offset + 4] * 256;
  const length = 5 + parameterLength;
  return need(length, () => {
    const cn = bytes[offset + 5];
    const fn = bytes[offset + 6];
    if (letter === 'H' && cn === PROCESS_ID_FN && fn === PROCESS_ID_FN) return { kind: 'process-id', name: 'GS ( H 48', id: bytes.slice(offset + 7, offset + length) };
    if (letter !== 'k' || cn !== QR_CN) return { kind: 'other', name: `GS ( ${letter}` };
    return { kind: 'qr', name: `GS ( k ${cn} ${fn}`, fn, parameters: bytes.slice(offset + 7, offset + length) };
  });
}

function textToken(lead: number, trail: number | undefined, mode: TextMode): Token | null {
  if (lead < 0x80) {
    // The Korean character set prints 0x5C as the won sign.
    const text = lead === 0x5c && mode.koreaCharset ? '₩' : char(lead);
    return { token: { kind: 'text', char: text }, length: 1 };
  }
  if (!mode.doubleByte) return { token: { kind: 'text', char: iconv.decode(Uint8Array.of(lead), 'cp437') }, length: 1 };
  if (lead < 0x81 || lead === 0xff) return { token: { kind: 'text', char: REPLACEMENT }, length: 1 };
  if (trail === undefined) return null;
  // A KS X 1001 printer has no glyphs for CP949's extended pairs: they come out as garbage.
  return { token: { kind: 'text', char: decodeKsx1001Pair(lead, trail) ?? REPLACEMENT }, length: 2 };
}
