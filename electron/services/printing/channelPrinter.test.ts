import { describe, expect, it } from 'vitest';
import { ChannelReceiptPrinter } from './channelPrinter';
import { DLE, EOT } from './escpos/commands';
import type { ByteChannel, ChannelOpener } from './transport/byteChannel';
import { IncomingBytes } from './transport/incomingBytes';
import { loadOptionalModule } from './transport/optionalModule';
import { usbOpener } from './transport/usbChannel';
import { statusByteFor, type VirtualFault } from '../../../tools/virtualPrinter/faultStatus';

const TIMEOUT_MS = 100;
const JOB = Uint8Array.of(0x1b, 0x40, 0x41, 0x0a);

/** A printer whose fault can change once the job has arrived, and that may stop answering then. */
function scriptedOpener(script: { afterJob: VirtualFault | null | 'silent'; before?: VirtualFault }): { opener: ChannelOpener; jobsReceived: () => number; opened: () => number } {
  let jobsReceived = 0;
  let opened = 0;
  const opener: ChannelOpener = async () => {
    opened += 1;
    const incoming = new IncomingBytes();
    const channel: ByteChannel = {
      async write(bytes) {
        const isQuery = bytes.length === 3 && bytes[0] === DLE && bytes[1] === EOT;
        if (!isQuery) jobsReceived++;
        const fault = jobsReceived > 0 ? script.afterJob : (script.before ?? null);
        if (isQuery && fault !== 'silent') incoming.push(Uint8Array.of(statusByteFor(fault, bytes[2]) ?? 0));
        return { ok: true };
      },
      read: (count, timeoutMs) => incoming.read(count, timeoutMs),
      close: async () => incoming.end(),
    };
    return { ok: true, channel };
  };
  return { opener, jobsReceived: () => jobsReceived, opened: () => opened };
}

describe('ChannelReceiptPrinter', () => {
  it('calls a job that went out but was never acknowledged uncertain (timeout), never failed', async () => {
    const { opener, jobsReceived } = scriptedOpener({ afterJob: 'silent' });
    await expect(new ChannelReceiptPrinter(opener, TIMEOUT_MS).print(JOB)).resolves.toEqual({ status: 'uncertain', reason: 'timeout' });
    expect(jobsReceived()).toBe(1);
  });

  it('calls a job uncertain when the printer reports a fault after it: part of the ticket may be out', async () => {
    const { opener } = scriptedOpener({ afterJob: 'paper-out' });
    await expect(new ChannelReceiptPrinter(opener, TIMEOUT_MS).print(JOB)).resolves.toEqual({ status: 'uncertain', reason: 'paper-out' });
  });

  it('takes a clean status after the job as printed from a printer without process-ID answers', async () => {
    const { opener } = scriptedOpener({ afterJob: null });
    const printer = new ChannelReceiptPrinter(opener, TIMEOUT_MS);
    await expect(printer.print(JOB)).resolves.toEqual({ status: 'printed' });
    await expect(printer.print(JOB)).resolves.toEqual({ status: 'printed' });
  });

  it('never sends a job twice on its own', async () => {
    const { opener, jobsReceived } = scriptedOpener({ afterJob: 'cover-open' });
    const printer = new ChannelReceiptPrinter(opener, TIMEOUT_MS);
    await printer.print(JOB);
    expect(jobsReceived()).toBe(1);
  });

  it('answers offline with the reason when an optional driver module is missing', async () => {
    const missing = loadOptionalModule('usb', () => Promise.reject(new Error("Cannot find module 'usb'")));
    const printer = new ChannelReceiptPrinter(usbOpener(0x0416, 0x5011, missing), TIMEOUT_MS);
    const status = await printer.readStatus();
    expect(status).toMatchObject({ state: 'offline', paperNearEnd: false });
    expect(status.reason).toMatch(/optional module 'usb' is not available: Cannot find module/);
    await expect(printer.print(JOB)).resolves.toEqual({ status: 'failed', reason: 'offline' });
  });

  it('turns a driver that throws into an error answer instead of an exception', async () => {
    const printer = new ChannelReceiptPrinter(() => Promise.reject(new Error('LIBUSB_ERROR_IO')), TIMEOUT_MS);
    await expect(printer.readStatus()).resolves.toMatchObject({ state: 'error', reason: 'LIBUSB_ERROR_IO' });
    await expect(printer.print(JOB)).resolves.toEqual({ status: 'failed', reason: 'error' });
  });

  describe('printIfReady', () => {
    it('checks the status and prints the job it then asks for over one connection', async () => {
      const { opener, jobsReceived, opened } = scriptedOpener({ afterJob: null });
      const asked: string[] = [];
      const answer = await new ChannelReceiptPrinter(opener, TIMEOUT_MS).printIfReady(() => (asked.push('job'), JOB));
      expect(answer).toEqual({ ready: true, outcome: { status: 'printed' } });
      expect(asked).toEqual(['job']);
      expect(jobsReceived()).toBe(1);
      expect(opened()).toBe(1);
    });

    it('never asks a printer that is not ready for the job, and answers its status', async () => {
      const { opener, jobsReceived } = scriptedOpener({ before: 'paper-out', afterJob: null });
      let asked = false;
      const answer = await new ChannelReceiptPrinter(opener, TIMEOUT_MS).printIfReady(() => ((asked = true), JOB));
      expect(answer).toMatchObject({ ready: false, status: { state: 'paper-out' } });
      expect(asked).toBe(false);
      expect(jobsReceived()).toBe(0);
    });

    it('lets an error of the job maker through, with nothing sent', async () => {
      const { opener, jobsReceived } = scriptedOpener({ afterJob: null });
      const refusal = new Error('the daily cap is reached');
      await expect(
        new ChannelReceiptPrinter(opener, TIMEOUT_MS).printIfReady(() => {
          throw refusal;
        }),
      ).rejects.toBe(refusal);
      expect(jobsReceived()).toBe(0);
    });
  });
});
