import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../electron/services/printing/escpos/bytes';
import { bold, characterSize, feedAndPartialCut, initialize, koreanDoubleByteOn, lineFeed, qrCode, rasterImage, statusQuery } from '../../electron/services/printing/escpos/commands';
import { encodeTicket } from '../../electron/services/printing/escpos/ticketEncoder';
import { EscPosStreamDecoder, decodeEscPos, isQrLine, isTextLine, type DecoderEvent } from './escPosDecoder';
import { qrMatrix, type QrMatrix } from './qrMatrix';
import { sampleTicket } from '../../electron/services/printing/testSupport/sampleTicket';

const ticketData = {
  ...sampleTicket,
  notice: '똠 번호가 지나가면 다시 발급받아 주세요.',
  statusUrl: 'https://sunbeon.example.kr/t/7f3a?office=1101',
};

/** The symbol as a scanner sees it: dark modules on white with a 4-module quiet zone. */
function renderQr(matrix: QrMatrix, pixelsPerModule: number): { rgba: Uint8ClampedArray; side: number } {
  const side = (matrix.size + 8) * pixelsPerModule;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / pixelsPerModule) - 4;
      const column = Math.floor(x / pixelsPerModule) - 4;
      const inside = row >= 0 && column >= 0 && row < matrix.size && column < matrix.size;
      if (inside && matrix.isDark(row, column)) rgba.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  }
  return { rgba, side };
}

describe('decodeEscPos', () => {
  it('decodes the same tickets and status queries whether bytes arrive whole or one at a time', () => {
    const stream = concatBytes([statusQuery(1), encodeTicket(ticketData), statusQuery(4), encodeTicket(ticketData)]);
    const whole = new EscPosStreamDecoder().push(stream);
    const piecewise = new EscPosStreamDecoder();
    const events: DecoderEvent[] = [];
    for (const byte of stream) events.push(...piecewise.push(Uint8Array.of(byte)));
    expect(events).toEqual(whole);
    expect(whole.map((event) => event.kind)).toEqual(['status-query', 'ticket', 'status-query', 'ticket']);
  });

  it('records size, alignment and bold per line', () => {
    const bytes = concatBytes([initialize(), characterSize(3, 2), bold(true), Uint8Array.from([0x41, 0x42]), lineFeed(), feedAndPartialCut(0)]);
    expect(decodeEscPos(bytes)[0].lines).toEqual([{ text: 'AB', widthMultiplier: 3, heightMultiplier: 2, align: 'left', bold: true }]);
  });

  it('shows CP949 extension pairs as garbage, as a KS X 1001 printer would print them', () => {
    const bytes = concatBytes([initialize(), koreanDoubleByteOn(), Uint8Array.of(0x8c, 0x63, 0xb0, 0xa1), lineFeed()]);
    expect(decodeEscPos(bytes)[0].text).toBe('\ufffd가');
  });

  it('without Korean mode, reads high bytes as single-byte code page characters', () => {
    const bytes = concatBytes([initialize(), Uint8Array.of(0xb0, 0xa1), lineFeed()]);
    const [ticket] = decodeEscPos(bytes);
    expect(ticket.text).not.toBe('가');
    expect(ticket.koreanMode).toBe(false);
  });

  it('keeps raster images with their size and bits', () => {
    const bitmap = { width: 16, height: 2, bits: Uint8Array.of(0xff, 0x00, 0x0f, 0xf0) };
    const [ticket] = decodeEscPos(concatBytes([initialize(), rasterImage(bitmap), feedAndPartialCut(3)]));
    expect(ticket.lines).toEqual([{ raster: bitmap, align: 'left' }]);
  });

  it('reports a ticket cut off before GS V as not cut', () => {
    const bytes = encodeTicket(ticketData);
    const [ticket] = decodeEscPos(bytes.slice(0, bytes.length - 10));
    expect(ticket.cut).toBe(false);
  });

  it('decodes QR data that, drawn again, scans back to the same URL', () => {
    const [ticket] = decodeEscPos(encodeTicket(ticketData));
    expect(ticket.qrData).toBe(ticketData.statusUrl);
    const qr = ticket.lines.find(isQrLine)?.qr;
    expect(qr).toMatchObject({ moduleSize: 6, errorLevel: 'M' });
    const { rgba, side } = renderQr(qrMatrix(ticket.qrData ?? '', qr?.errorLevel ?? 'M'), 4);
    expect(jsQR(rgba, side, side)?.data).toBe(ticketData.statusUrl);
  });

  it('decodes a QR stored with non-ASCII data as UTF-8', () => {
    const bytes = concatBytes([initialize(), qrCode(new TextEncoder().encode('순번 7'), { moduleSize: 4, errorLevel: 'H' })]);
    const [ticket] = decodeEscPos(bytes);
    expect(ticket.qrData).toBe('순번 7');
    expect(ticket.lines.filter(isTextLine)).toHaveLength(0);
  });
});
