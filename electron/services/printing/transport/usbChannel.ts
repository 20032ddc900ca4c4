import type * as UsbDriver from 'usb';
import type { Device, InEndpoint, Interface, OutEndpoint } from 'usb';
import type { ByteChannel, ChannelOpener, ReadResult, WriteResult } from './byteChannel';
import { IncomingBytes } from './incomingBytes';
import { loadOptionalModule, type LoadedModule } from './optionalModule';
import { settleWithin } from './settleWithin';

const loadUsb = loadOptionalModule('usb', () => import('usb'));
type UsbModule = typeof UsbDriver;

const hex4 = (id: number): string => id.toString(16).padStart(4, '0');
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A USB printer-class device: bulk OUT carries jobs, bulk IN (when the printer has one) status answers. */
export function usbOpener(
  vendorId: number,
  productId: number,
  loadDriver: () => Promise<LoadedModule<UsbModule>> = loadUsb,
): ChannelOpener {
  const name = `USB printer ${hex4(vendorId)}:${hex4(productId)}`;
  return async () => {
    const loaded = await loadDriver();
    if (!loaded.ok) return { ok: false, reason: loaded.reason };
    const device = loaded.module.findByIds(vendorId, productId);
    if (!device) return { ok: false, reason: `${name} is not connected` };
    try {
      device.open();
      return { ok: true, channel: claimPrinter(loaded.module, device) };
    } catch (error) {
      closeQuietly(device);
      return { ok: false, reason: `cannot open ${name}: ${messageOf(error)}` };
    }
  };
}

function claimPrinter(usb: UsbModule, device: Device): UsbChannel {
  const interfaces = device.interfaces ?? [];
  const printer = interfaces.find((candidate) => candidate.descriptor.bInterfaceClass === usb.usb.LIBUSB_CLASS_PRINTER) ?? interfaces[0];
  if (!printer) throw new Error('the device has no interface');
  detachKernelDriver(printer);
  printer.claim();
  const isBulk = (endpoint: { transferType: number }): boolean => endpoint.transferType === usb.usb.LIBUSB_TRANSFER_TYPE_BULK;
  const output = printer.endpoints.find((endpoint): endpoint is OutEndpoint => endpoint instanceof usb.OutEndpoint && isBulk(endpoint));
  const input = printer.endpoints.find((endpoint): endpoint is InEndpoint => endpoint instanceof usb.InEndpoint && isBulk(endpoint));
  if (!output) throw new Error('the printer interface has no bulk OUT endpoint');
  return new UsbChannel(device, printer, output, input, usb.usb.LIBUSB_TRANSFER_TIMED_OUT);
}

// Linux binds usblp to printers; it must let go before the interface can be claimed.
function detachKernelDriver(printer: Interface): void {
  try {
    if (printer.isKernelDriverActive()) printer.detachKernelDriver();
  } catch {
    // Not supported on Windows and macOS, where no kernel driver holds the device.
  }
}

function closeQuietly(device: Device): void {
  try {
    device.close();
  } catch {
    // Already closed or unplugged: nothing left to release.
  }
}

class UsbChannel implements ByteChannel {
  private readonly incoming = new IncomingBytes();
  private closed = false;

  constructor(
    private readonly device: Device,
    private readonly printer: Interface,
    private readonly output: OutEndpoint,
    input: InEndpoint | undefined,
    private readonly timedOutStatus: number,
  ) {
    // Without a bulk IN endpoint the printer cannot answer: status reads time out as 'no-answer'.
    if (!input) return;
    input.on('data', (data: Uint8Array) => this.incoming.push(data));
    input.on('error', () => this.incoming.end());
    input.startPoll(1, input.descriptor.wMaxPacketSize);
  }

  write(bytes: Uint8Array, timeoutMs: number): Promise<WriteResult> {
    if (this.closed) return Promise.resolve({ ok: false, failure: 'closed' });
    return settleWithin<WriteResult>(timeoutMs, { ok: false, failure: 'timeout' }, (settle) => {
      try {
        // libusb cancels the transfer itself at this timeout, so none is left pending at release.
        this.output.timeout = timeoutMs;
        this.output.transfer(Buffer.from(bytes), (error) => {
          if (!error) settle({ ok: true });
          else settle({ ok: false, failure: error.errno === this.timedOutStatus ? 'timeout' : 'closed' });
        });
      } catch {
        settle({ ok: false, failure: 'closed' });
      }
    });
  }

  read(count: number, timeoutMs: number): Promise<ReadResult> {
    return this.incoming.read(count, timeoutMs);
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    this.incoming.end();
    return new Promise((resolve) => {
      const finish = (): void => {
        closeQuietly(this.device);
        resolve();
      };
      try {
        // Releasing with closeEndpoints stops the IN polling first.
        this.printer.release(true, finish);
      } catch {
        finish();
      }
    });
  }
}
