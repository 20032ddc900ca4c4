import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrinter } from '../../electron/services/printing/createPrinter';
import { encodeTicket } from '../../electron/services/printing/escpos/ticketEncoder';
import { startVirtualPrinter, type VirtualPrinter } from './virtualPrinter';

let printer: VirtualPrinter;
const url = (path: string) => `http://127.0.0.1:${printer.controlPort}${path}`;
const putFault = (body: string) => fetch(url('/fault'), { method: 'PUT', headers: { 'content-type': 'application/json' }, body });

beforeAll(async () => {
  printer = await startVirtualPrinter({ port: 0, controlPort: 0 });
});
afterAll(async () => {
  await printer.stop();
});

describe('virtual printer control server', () => {
  it.each([
    ['not JSON', '{fault'],
    ['an unknown fault', '{"fault":"on-fire"}'],
    ['a missing fault', '{}'],
    ['extra keys', '{"fault":null,"also":1}'],
    ['a bare string', '"paper-out"'],
  ])('answers 400 with a reason to %s, leaving the fault as it was', async (_case, body) => {
    printer.setFault('cover-open');
    const response = await putFault(body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/JSON|fault/);
    expect(printer.fault).toBe('cover-open');
  });

  it('answers 413 to an oversized body', async () => {
    expect((await putFault(JSON.stringify({ fault: 'x'.repeat(5000) }))).status).toBe(413);
  });

  it('sets and clears a fault', async () => {
    expect((await putFault('{"fault":"paper-out"}')).status).toBe(200);
    expect(printer.fault).toBe('paper-out');
    expect(await (await fetch(url('/fault'))).json()).toEqual({ fault: 'paper-out' });
    expect((await putFault('{"fault":null}')).status).toBe(200);
    expect(printer.fault).toBeNull();
  });

  it('serves the page, the jobs and the preview of the last ticket', async () => {
    const kiosk = createPrinter({ transport: 'network', host: '127.0.0.1', port: printer.port, timeoutMs: 300 });
    await kiosk.print(
      encodeTicket({ officeName: '종로구청', serviceName: '똠 민원', displayNumber: '7', peopleAheadLine: '', waitEstimateLine: '', issuedAtLine: '', notice: '' }),
    );
    const page = await fetch(url('/'));
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('drop-mid-print');
    const jobs = (await (await fetch(url('/jobs'))).json()) as { text: string; lines: object[] }[];
    expect(jobs.at(-1)?.text).toContain('종로구청');
    expect(jobs.at(-1)?.lines).toContainEqual({ raster: { width: 576, height: expect.any(Number) }, align: 'center' });
    const preview = await (await fetch(url('/preview.svg'))).text();
    expect(preview).toMatch(/^<svg/);
    expect(preview).toContain('data:image/png;base64,');
    expect((await fetch(url('/nothing'))).status).toBe(404);
  });

  it('keeps only the latest tickets, and still counts every one', async () => {
    const small = await startVirtualPrinter({ port: 0, keepJobs: 2 });
    const kiosk = createPrinter({ transport: 'network', host: '127.0.0.1', port: small.port, timeoutMs: 300 });
    for (const number of ['1', '2', '3']) {
      await kiosk.print(encodeTicket({ officeName: '종로구청', serviceName: '민원', displayNumber: number, peopleAheadLine: '', waitEstimateLine: '', issuedAtLine: '', notice: '' }));
    }
    await small.waitForJobs(3, 1000);
    expect(small.received).toBe(3);
    expect(small.jobs.map((job) => job.text.split('\n').find((line) => /^\d+$/.test(line)))).toEqual(['2', '3']);
    await small.stop();
  });
});
