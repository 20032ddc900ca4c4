import { describe, expect, it } from 'vitest';
import type { TicketPrintData } from '../types';
import { decodeEscPos, isRasterLine, isTextLine, lineWidthDots, type DecodedTicket } from '../../../../tools/virtualPrinter/escPosDecoder';
import { printableDots, type PaperWidthMm } from './commands';
import { countBlackDots } from './monochromeBitmap';
import { encodeTextReceipt, encodeTicket } from './ticketEncoder';
import { sampleTicket } from '../testSupport/sampleTicket';
import { demoOffice } from '../../office/demoOffice';
import { ticketPrintData } from '../../kiosk/ticketPrintData';

const ticket: TicketPrintData = sampleTicket;

const indexOfSequence = (bytes: Uint8Array, sequence: number[], from = 0): number => {
  for (let index = from; index <= bytes.length - sequence.length; index++) {
    if (sequence.every((byte, offset) => bytes[index + offset] === byte)) return index;
  }
  return -1;
};

const decodeOne = (data: TicketPrintData): DecodedTicket => {
  const tickets = decodeEscPos(encodeTicket(data));
  expect(tickets).toHaveLength(1);
  return tickets[0];
};

describe('encodeTicket', () => {
  it('starts with init, then code table 0, Korean double-byte mode and the Korean character set', () => {
    const bytes = encodeTicket(ticket);
    expect([...bytes.slice(0, 9)]).toEqual([0x1b, 0x40, 0x1b, 0x74, 0x00, 0x1c, 0x26, 0x1b, 0x52]);
    expect(bytes[9]).toBe(13);
    expect(decodeOne(ticket).koreanMode).toBe(true);
  });

  it('prints KS X 1001 Hangul as double-byte text, never as images or question marks', () => {
    const decoded = decodeOne(ticket);
    expect(decoded.lines.filter(isRasterLine)).toHaveLength(0);
    expect(decoded.text.split('\n').filter(Boolean)).toEqual([
      '종로구청 민원실',
      '주민등록 등·초본',
      '1023',
      '앞에 3명 대기 중',
      '예상 대기 10~15분',
      '2025-11-24 09:12',
      '번호가 지나가면 다시 발급받아 주세요.',
    ]);
  });

  it('centers the office and service names at double size', () => {
    const [office, service] = decodeOne(ticket).lines.filter(isTextLine);
    for (const line of [office, service]) {
      expect(line).toMatchObject({ widthMultiplier: 2, heightMultiplier: 2, align: 'center', bold: true });
    }
  });

  it('prints a number of up to five characters at the largest size (GS ! 0x77), longer ones smaller', () => {
    const sizeOf = (displayNumber: string) =>
      decodeOne({ ...ticket, displayNumber }).lines.filter(isTextLine).find((line) => line.text === displayNumber);
    expect(sizeOf('A1023')).toMatchObject({ widthMultiplier: 8, heightMultiplier: 8 });
    expect(sizeOf('1023')).toMatchObject({ widthMultiplier: 8, heightMultiplier: 8 });
    expect(sizeOf('A-1023')?.widthMultiplier).toBe(6);
    expect(sizeOf('민원-1023')?.widthMultiplier).toBe(4);
  });

  it('prints a line with characters outside KS X 1001 as a non-blank raster image instead of text', () => {
    const decoded = decodeOne({ ...ticket, serviceName: '똠방각하 뷁 민원' });
    const texts = decoded.lines.filter(isTextLine).map((line) => line.text);
    expect(texts.join('')).not.toMatch(/[똠뷁?\ufffd]/);
    expect(texts).not.toContain('똠방각하 뷁 민원');
    const rasters = decoded.lines.filter(isRasterLine);
    expect(rasters).toHaveLength(1);
    expect(rasters[0].raster.width).toBe(576);
    expect(countBlackDots(rasters[0].raster)).toBeGreaterThan(500);
    // The raster takes the service name's place, between the office name and the number.
    expect(decoded.lines.indexOf(rasters[0])).toBe(1);
  });

  it.each([
    ['zh', '这里是民政服务中心'],
    ['vi', 'Phòng dân sự quận Jongno'],
  ] as const)('prints a %s ticket: its words as images with the bundled fonts, the number as text', (language, officeName) => {
    const office = { ...demoOffice, officeName: { ...demoOffice.officeName, [language]: officeName } };
    const data = ticketPrintData(office, office.services[0], { displayNumber: '1023', peopleAhead: 3, estimate: { kind: 'range', minMinutes: 10, maxMinutes: 15 }, issuedAtMs: Date.UTC(2026, 2, 2, 0, 12) }, language);
    const decoded = decodeOne(data);
    expect(decoded.lines.filter(isTextLine).map((line) => line.text).filter(Boolean)).toEqual(['1023']);
    const rasters = decoded.lines.filter(isRasterLine);
    // office, service, people ahead, estimate, issued at and notice
    expect(rasters).toHaveLength(6);
    for (const line of rasters) {
      expect(line.raster.width).toBe(576);
      expect(countBlackDots(line.raster)).toBeGreaterThan(200);
    }
  });

  it('draws hanzi on a Chinese ticket even where KS X 1001 has them, never in the printer\'s Korean shapes', () => {
    // 等候 and 人口 are KS X 1001 hanja too; the printer's Korean font would print them in Korean form.
    const chinese = decodeOne({ ...ticket, notice: '等候 人口', drawHanzi: true });
    expect(chinese.lines.filter(isTextLine).map((line) => line.text)).not.toContain('等候 人口');
    expect(chinese.lines.filter(isRasterLine)).toHaveLength(1);
    const korean = decodeOne({ ...ticket, notice: '等候 人口' });
    expect(korean.lines.filter(isTextLine).map((line) => line.text)).toContain('等候 人口');
  });

  it('draws hanzi with the Chinese font: different characters make different images, not the same box', () => {
    const image = (notice: string) => decodeOne({ ...ticket, notice, drawHanzi: true }).lines.filter(isRasterLine)[0].raster;
    const [hao, ma] = [image('号'), image('码')];
    expect(countBlackDots(hao)).toBeGreaterThan(100);
    expect(Buffer.from(hao.bits).equals(Buffer.from(ma.bits))).toBe(false);
  });

  it('wraps a long raster line instead of running off the paper', () => {
    const short = decodeOne({ ...ticket, notice: '똠' }).lines.filter(isRasterLine)[0].raster;
    const long = decodeOne({ ...ticket, notice: '똠 '.repeat(60) }).lines.filter(isRasterLine)[0].raster;
    expect(long.height).toBeGreaterThanOrEqual(2 * short.height);
  });

  it('cannot be steered by control characters in a name', () => {
    const decoded = decodeOne({ ...ticket, officeName: '종로\u001dV\u0000구청' });
    expect(decoded.text.split('\n')[0]).toBe('종로 V 구청');
  });

  it('prints the status URL as a QR code with model 2, error level M', () => {
    const url = 'https://sunbeon.example.kr/t/7f3a';
    const bytes = encodeTicket({ ...ticket, statusUrl: url });
    expect(indexOfSequence(bytes, [0x1d, 0x28, 0x6b, 0x04, 0x00, 49, 65, 50, 0])).toBeGreaterThan(0);
    expect(indexOfSequence(bytes, [0x1d, 0x28, 0x6b, 0x03, 0x00, 49, 69, 49])).toBeGreaterThan(0);
    expect(decodeOne({ ...ticket, statusUrl: url }).qrData).toBe(url);
    expect(decodeOne(ticket).qrData).toBeUndefined();
  });

  it('ends with a feed and partial cut (GS V 66 n)', () => {
    const bytes = encodeTicket(ticket);
    expect([...bytes.slice(-4, -1)]).toEqual([0x1d, 0x56, 66]);
    expect(decodeOne(ticket).cut).toBe(true);
  });
});

describe.each([58, 80] as const)('every line fits %i mm paper', (paperWidthMm: PaperWidthMm) => {
  const paperDots = printableDots[paperWidthMm];
  const english: TicketPrintData = {
    ...ticket,
    // 32 characters at double size: 768 dots, wider than even the 576-dot line.
    officeName: 'Jongno-gu Office, Civil Services',
    serviceName: 'Resident registration certificate (copy or abstract)',
    peopleAheadLine: 'People ahead of you: 3',
    waitEstimateLine: 'Estimated wait: 10-15 min',
    notice: 'When your number is called, please come to the counter shown on the screen.',
  };
  const decode = (data: TicketPrintData) => decodeEscPos(encodeTicket(data, { paperWidthMm }))[0];

  it('wraps English lines at spaces, never inside a word, at the asked size', () => {
    const lines = decode(english).lines.filter(isTextLine);
    for (const line of lines) expect(lineWidthDots(line), line.text).toBeLessThanOrEqual(paperDots);
    const officeRows = lines.slice(0, paperWidthMm === 80 ? 2 : 3);
    expect(officeRows.map((line) => line.text).join(' ')).toBe(english.officeName);
    expect(officeRows.every((line) => line.widthMultiplier === 2)).toBe(true);
    expect(lines.filter((line) => line.widthMultiplier === 1).map((line) => line.text).join(' ')).toContain(english.notice);
  });

  it('steps the size down for a word wider than the paper, and breaks only a word too wide at normal size', () => {
    const oneWord = 'Gyeongsangbukdo-Uljingun-Office'; // 31 characters: 744 dots at double size
    const [office] = decode({ ...english, officeName: oneWord }).lines.filter(isTextLine);
    expect(office).toMatchObject({ text: oneWord, widthMultiplier: 1 });
    const endless = 'x'.repeat(100);
    const rows = decode({ ...english, officeName: endless }).lines.filter(isTextLine).filter((line) => /^x+$/.test(line.text));
    expect(rows.map((row) => row.text).join('')).toBe(endless);
    for (const row of rows) expect(lineWidthDots(row)).toBeLessThanOrEqual(paperDots);
  });

  it('fits Hangul, the number and raster lines too', () => {
    const decoded = decode({ ...ticket, officeName: '서울특별시 종로구청 민원여권과 통합민원실', notice: '똠 '.repeat(40) });
    for (const line of decoded.lines.filter(isTextLine)) expect(lineWidthDots(line), line.text).toBeLessThanOrEqual(paperDots);
    for (const line of decoded.lines.filter(isRasterLine)) expect(line.raster.width).toBe(paperDots);
    const number = decoded.lines.filter(isTextLine).find((line) => line.text === ticket.displayNumber);
    expect(number?.widthMultiplier).toBe(paperWidthMm === 80 ? 8 : 6);
  });

  it('fits a text receipt (test print, day summary) the same way', () => {
    const [receipt] = decodeEscPos(encodeTextReceipt([{ text: 'Sunbeon test print / 순번 시험 인쇄 with a long tail', scale: 2, bold: true }], { paperWidthMm }));
    for (const line of receipt.lines.filter(isTextLine)) expect(lineWidthDots(line), line.text).toBeLessThanOrEqual(paperDots);
  });
});
