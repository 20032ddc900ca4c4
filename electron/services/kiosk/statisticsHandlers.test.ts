import { describe, expect, it } from 'vitest';
import { parseCsv } from '../testSupport/parseCsv';
import { useTempDirs } from '../testSupport/tempDir';
import { useVirtualPrinters } from '../testSupport/virtualPrinters';
import { useTestKiosks, valueOf } from '../testSupport/testKiosk';
import { DEMO_STAFF_PIN } from './kioskCore';

const tempDir = useTempDirs();
const kiosks = useTestKiosks();
const startPrinter = useVirtualPrinters();

describe('statistics over IPC', () => {
  it('answers the manager the day’s counts and CSV, and nobody before unlocking', async () => {
    const printer = await startPrinter();
    const { call } = kiosks.start({ dataDir: tempDir(), printerPort: printer.port, demo: true });
    for (const serviceId of ['passport', 'passport', 'seal-certificate']) valueOf(await call('issueTicket', { serviceId, kind: 'paper', language: 'ko' }));
    const today = { fromDay: '2026-11-24', toDay: '2026-11-24' };
    expect(await call('getStatistics', today)).toMatchObject({ ok: false });
    expect(await call('exportStatistics', today)).toMatchObject({ ok: false });
    valueOf(await call('unlockStaff', { pin: DEMO_STAFF_PIN }));
    expect(await call('getStatistics', { fromDay: '2026-11-25', toDay: '2026-11-24' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    const report = valueOf(await call('getStatistics', {}));
    expect(report).toMatchObject({ fromDay: '2026-11-24', toDay: '2026-11-24', today: '2026-11-24' });
    expect(report.services.find((s) => s.id === 'passport')?.name.ko).toBe('여권');
    expect(report.counters.map((c) => c.number)).toEqual([1, 2, 3]);
    const { days } = valueOf(await call('getStatistics', today));
    expect(days).toEqual(report.days);
    expect(days.map((d) => [d.businessDay, d.issued, d.byService.map((s) => [s.serviceId, s.issued])])).toEqual([
      ['2026-11-24', 3, [['seal-certificate', 1], ['passport', 2]]],
    ]);
    const { fileName, csv } = valueOf(await call('exportStatistics', today));
    expect(fileName).toBe('sunbeon-statistics-2026-11-24.csv');
    const { bom, rows } = parseCsv(csv);
    expect(bom).toBe(true);
    expect(rows.find((row) => row[1] === '합계')?.slice(0, 4)).toEqual(['2026-11-24', '합계', '', '3']);
    expect(valueOf(await call('getAuditLog', { limit: 1 })).entries[0]).toMatchObject({ actor: 'manager', action: 'statistics-exported', detail: today });
  });
});
