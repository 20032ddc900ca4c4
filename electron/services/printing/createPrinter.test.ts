import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrinter } from './createPrinter';
import { concatBytes } from './escpos/bytes';
import { feedAndPartialCut } from './escpos/commands';
import { encodeTicket } from './escpos/ticketEncoder';
import type { TicketPrintData } from './types';
import { isTextLine, lineWidthDots } from '../../../tools/virtualPrinter/escPosDecoder';
import { startVirtualPrinter, type VirtualPrinter } from '../../../tools/virtualPrinter/virtualPrinter';
import { sampleTicket } from './testSupport/sampleTicket';

const TIMEOUT_MS = 300;
const ticket: TicketPrintData = { ...sampleTicket, statusUrl: 'https://sunbeon.example.kr/t/7f3a' };

let virtualPrinter: VirtualPrinter;
const printerOnVirtual = () => createPrinter({ transport: 'network', host: '127.0.0.1', port: virtualPrinter.port, timeoutMs: TIMEOUT_MS });

beforeEach(async () => {
  virtualPrinter = await startVirtualPrinter({ port: 0 });
});
afterEach(async () => {
  await virtualPrinter.stop();
});

/** A port nobody listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('network printer against the virtual printer', () => {
  it('prints Hangul text that arrives exactly, in Korean mode, cut, with its QR', async () => {
    const printer = printerOnVirtual();
    await expect(printer.print(encodeTicket(ticket))).resolves.toEqual({ status: 'printed' });
    const [job] = await virtualPrinter.waitForJobs(1, 1000);
    const texts = job.lines.filter(isTextLine).map((line) => line.text);
    expect(texts).toContain('종로구청 민원실');
    expect(texts).toContain('주민등록 등·초본');
    expect(texts.find((text) => text === '1023')).toBeDefined();
    expect(job).toMatchObject({ koreanMode: true, cut: true, qrData: ticket.statusUrl });
    expect(virtualPrinter.previewSvg()).toContain('종로구청 민원실');
    await printer.close();
  });

  it.each([
    [null, 'ready', false],
    ['paper-out', 'paper-out', true],
    ['cover-open', 'cover-open', false],
    ['offline', 'offline', false],
  ] as const)('reads fault %s as %s', async (fault, state, paperNearEnd) => {
    virtualPrinter.setFault(fault);
    await expect(printerOnVirtual().readStatus()).resolves.toEqual({ state, paperNearEnd });
  });

  it.each(['paper-out', 'cover-open', 'offline'] as const)('does not send a job to a printer reporting %s', async (fault) => {
    virtualPrinter.setFault(fault);
    await expect(printerOnVirtual().print(encodeTicket(ticket))).resolves.toEqual({ status: 'failed', reason: fault });
    virtualPrinter.setFault(null);
    await printerOnVirtual().readStatus();
    expect(virtualPrinter.jobs).toHaveLength(0);
  });

  it('answers no-answer within the timeout when the printer stays silent', async () => {
    virtualPrinter.setFault('no-answer');
    const printer = printerOnVirtual();
    const started = Date.now();
    await expect(printer.readStatus()).resolves.toMatchObject({ state: 'no-answer' });
    await expect(printer.print(encodeTicket(ticket))).resolves.toEqual({ status: 'failed', reason: 'no-answer' });
    expect(Date.now() - started).toBeLessThan(2 * TIMEOUT_MS + 300);
  });

  it('calls a job uncertain (connection-lost) when the printer drops the connection as it arrives', async () => {
    virtualPrinter.setFault('drop-mid-print');
    await expect(printerOnVirtual().print(encodeTicket(ticket))).resolves.toEqual({ status: 'uncertain', reason: 'connection-lost' });
    virtualPrinter.setFault(null);
    await expect(printerOnVirtual().readStatus()).resolves.toMatchObject({ state: 'ready' });
    expect(virtualPrinter.jobs).toHaveLength(0);
  });

  it('knows a job came out from the process-ID answer, and calls silence after it uncertain', async () => {
    const printer = printerOnVirtual();
    await expect(printer.print(encodeTicket({ ...ticket, displayNumber: '3001' }))).resolves.toEqual({ status: 'printed' });
    const silentBeforeTheCut = encodeTicket({ ...ticket, displayNumber: '3002' });
    virtualPrinter.setFault('no-answer', { afterJobBytes: silentBeforeTheCut.length - 4 });
    await expect(printer.print(silentBeforeTheCut)).resolves.toEqual({ status: 'uncertain', reason: 'timeout' });
    expect(virtualPrinter.copiesOf('3002')).toBe(1);
    expect(virtualPrinter.jobs.map((job) => job.text).join()).not.toContain('3002');
  });

  it('stops a fragment from joining the next ticket: paper out mid-print, then feed and cut first', async () => {
    const printer = printerOnVirtual();
    const job = encodeTicket({ ...ticket, displayNumber: '3003' });
    virtualPrinter.setFault('paper-out', { afterJobBytes: Math.floor(job.length / 2) });
    const outcome = await printer.print(job);
    expect(outcome).toEqual({ status: 'uncertain', reason: 'paper-out' });
    virtualPrinter.setFault(null);
    // What ticketPrinting sends after an uncertain print: a clean cut, then the next ticket.
    await expect(printer.print(concatBytes([feedAndPartialCut(0), encodeTicket({ ...ticket, displayNumber: '3004' })]))).resolves.toEqual({ status: 'printed' });
    const [fragment, next] = virtualPrinter.jobs.slice(-2);
    expect(fragment.text).toContain('3003');
    expect(next.text).toContain('3004');
    expect(next.text).not.toContain('3003');
  });

  it('prints a double-size English office name within a 58 mm roll, wrapped at spaces', async () => {
    const officeName = 'Jongno-gu Office, Civil Services';
    await expect(printerOnVirtual().print(encodeTicket({ ...ticket, officeName }, { paperWidthMm: 58 }))).resolves.toEqual({ status: 'printed' });
    const lines = (await virtualPrinter.waitForJobs(1, 1000))[0].lines.filter(isTextLine);
    for (const line of lines) expect(lineWidthDots(line), line.text).toBeLessThanOrEqual(384);
    expect(lines.slice(0, 3).map((line) => line.text)).toEqual(['Jongno-gu', 'Office, Civil', 'Services']);
  });

  it('falls back to the status after the job on a printer that ignores process-ID requests', async () => {
    virtualPrinter.setAnswersProcessId(false);
    const printer = printerOnVirtual();
    await expect(printer.print(encodeTicket(ticket))).resolves.toEqual({ status: 'printed' });
    await expect(printer.print(encodeTicket(ticket))).resolves.toEqual({ status: 'printed' });
    virtualPrinter.setAnswersProcessId(true);
  });

  it('sends each job exactly once, one operation at a time', async () => {
    const printer = printerOnVirtual();
    const outcomes = await Promise.all([
      printer.print(encodeTicket({ ...ticket, displayNumber: '1' })),
      printer.readStatus(),
      printer.print(encodeTicket({ ...ticket, displayNumber: '2' })),
    ]);
    expect(outcomes).toEqual([{ status: 'printed' }, { state: 'ready', paperNearEnd: false }, { status: 'printed' }]);
    await virtualPrinter.waitForJobs(2, 1000);
    expect(virtualPrinter.jobs.map((job) => job.text.split('\n').find((line) => /^\d+$/.test(line)))).toEqual(['1', '2']);
  });
});

describe('network printer that cannot be reached', () => {
  it('is offline when the connection is refused, with the reason', async () => {
    const printer = createPrinter({ transport: 'network', host: '127.0.0.1', port: await closedPort(), timeoutMs: TIMEOUT_MS });
    const status = await printer.readStatus();
    expect(status).toMatchObject({ state: 'offline', paperNearEnd: false });
    expect(status.reason).toContain('ECONNREFUSED');
    await expect(printer.print(encodeTicket(ticket))).resolves.toEqual({ status: 'failed', reason: 'offline' });
  });

  it.each([
    { transport: 'serial', path: '/dev/sunbeon-no-such-port', baudRate: 9600 },
    { transport: 'usb', vendorId: 0xfffe, productId: 0xfffe },
  ] as const)('is offline with a reason when the $transport printer is not there', async (config) => {
    const status = await createPrinter({ ...config, timeoutMs: TIMEOUT_MS }).readStatus();
    expect(status).toMatchObject({ state: 'offline', paperNearEnd: false });
    expect(status.reason).toMatch(/sunbeon-no-such-port|fffe:fffe|optional module/);
  });

  it('is offline once closed', async () => {
    const printer = printerOnVirtual();
    await printer.close();
    await expect(printer.readStatus()).resolves.toMatchObject({ state: 'offline' });
  });
});
