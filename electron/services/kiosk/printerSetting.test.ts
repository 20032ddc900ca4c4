import { describe, expect, it } from 'vitest';
import { parsePaperWidth, parsePrinterSetting } from './printerSetting';

describe('parsePrinterSetting', () => {
  it.each([
    ['tcp://192.168.0.50:9100', { transport: 'network', host: '192.168.0.50', port: 9100 }],
    ['tcp://printer.office.local:9100', { transport: 'network', host: 'printer.office.local', port: 9100 }],
    ['usb://0x0419:0x3c01', { transport: 'usb', vendorId: 0x0419, productId: 0x3c01 }],
    ['serial:///dev/ttyUSB0?baud=19200', { transport: 'serial', path: '/dev/ttyUSB0', baudRate: 19200 }],
    ['serial://COM3?baud=9600', { transport: 'serial', path: 'COM3', baudRate: 9600 }],
  ])('reads %s', (setting, expected) => {
    expect(parsePrinterSetting(setting)).toEqual(expected);
  });

  it.each(['', '192.168.0.50', 'tcp://host', 'tcp://host:0', 'tcp://host:99999', 'usb://1234:5678', 'lpt1'])(
    'explains what it expects when given %j',
    (setting) => {
      expect(() => parsePrinterSetting(setting)).toThrow(/SUNBEON_PRINTER to tcp:\/\/HOST:PORT/);
    },
  );
});

describe('parsePaperWidth', () => {
  it('takes 58 or 80 mm, 80 when unset, and says what it expects otherwise', () => {
    expect(parsePaperWidth(undefined)).toBe(80);
    expect(parsePaperWidth(' 58 ')).toBe(58);
    expect(parsePaperWidth('80')).toBe(80);
    expect(() => parsePaperWidth('76')).toThrow(/SUNBEON_PAPER_WIDTH to 58 or 80/);
  });
});
