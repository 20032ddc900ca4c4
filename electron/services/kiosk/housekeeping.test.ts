import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OfficeConfig } from '../../../shared/office';
import { settableClock } from '../../../nodeShared/clock';
import type { Logger } from '../../../nodeShared/logger';
import { openDatabase } from '../database/openDatabase';
import { KioskError } from '../kioskError';
import { demoOffice } from '../office/demoOffice';
import { createQueueChanges } from '../queue/queueChanges';
import { useTempDirs } from '../testSupport/tempDir';
import { startHousekeeping } from './housekeeping';

const tempDir = useTempDirs();

afterEach(() => {
  vi.useRealTimers();
});

describe('housekeeping', () => {
  it('skips quietly on a kiosk not yet set up, and prunes once the office exists', () => {
    vi.useFakeTimers();
    const db = openDatabase(join(tempDir(), 'k.db'));
    let office: OfficeConfig | null = null;
    const officeReads = vi.fn(() => {
      if (!office) throw new KioskError('SETUP_REQUIRED', 'This kiosk has not been set up yet');
      return office;
    });
    const log: Logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const changes = createQueueChanges();
    const housekeeping = startHousekeeping({
      queue: { db, office: officeReads, clock: settableClock('2026-11-24T01:00:00Z') },
      changes,
      log,
      districtSends: () => false,
      officeConfigured: () => office !== null,
    });
    try {
      vi.runAllTimers();
      changes.notify();
      vi.runAllTimers();
      expect(log.error).not.toHaveBeenCalled();
      expect(officeReads).not.toHaveBeenCalled();

      office = demoOffice;
      changes.notify();
      vi.runAllTimers();
      expect(officeReads).toHaveBeenCalled();
      expect(log.error).not.toHaveBeenCalled();
    } finally {
      housekeeping.close();
      db.close();
    }
  });
});
