import type { SerialPort } from 'serialport';
import type { ChannelOpener, OpenResult } from './byteChannel';
import { loadOptionalModule } from './optionalModule';
import { settleWithin } from './settleWithin';
import { StreamChannel } from './streamChannel';

const loadSerialPort = loadOptionalModule('serialport', () => import('serialport'));
// 8 data bits, a start and a stop bit.
const BITS_PER_BYTE = 10;

/** A serial (RS-232 or USB-serial) printer. */
export function serialOpener(path: string, baudRate: number): ChannelOpener {
  return async (timeoutMs) => {
    const loaded = await loadSerialPort();
    if (!loaded.ok) return { ok: false, reason: loaded.reason };
    let port: SerialPort;
    try {
      port = new loaded.module.SerialPort({ path, baudRate, autoOpen: false });
    } catch (error) {
      return { ok: false, reason: `invalid serial port settings for ${path}: ${String(error)}` };
    }
    const channel = new StreamChannel(port, {
      transmissionMs: (byteCount) => (byteCount * BITS_PER_BYTE * 1000) / baudRate,
      drain: (done) => port.drain(done),
      shutdown: (done) => (port.isOpen ? port.close(() => done()) : done()),
    });
    const opened = await settleWithin<OpenResult>(
      timeoutMs,
      { ok: false, reason: `serial port ${path} did not open within ${timeoutMs} ms` },
      (settle) =>
        port.open((error) =>
          settle(error ? { ok: false, reason: `cannot open serial port ${path}: ${error.message}` } : { ok: true, channel }),
        ),
    );
    if (!opened.ok) {
      // An open that completes after we gave up must not hold the port.
      port.once('open', () => port.close());
      await channel.close();
    }
    return opened;
  };
}
