import type { KioskHandlers } from '../ipc/kioskRoutes';
import type { QueueContext } from '../queue/queueContext';
import { statisticsReport } from '../statistics/officeStatistics';
import { statisticsCsvFile } from '../statistics/statisticsCsv';
import type { Audit } from './adminHandlers';
import type { StaffSession } from './staffSession';

type StatisticsMethods = 'getStatistics' | 'exportStatistics';

/** Office statistics and their CSV, for the manager. */
export function createStatisticsHandlers({ queue, session, audit }: { queue: QueueContext; session: StaffSession; audit: Audit }): Pick<KioskHandlers, StatisticsMethods> {
  return {
    async getStatistics(request) {
      session.require('manager');
      return statisticsReport(queue, request);
    },

    async exportStatistics({ fromDay, toDay }) {
      const actor = session.require('manager');
      const file = statisticsCsvFile(queue, fromDay, toDay);
      audit({ actor, action: 'statistics-exported', detail: { fromDay, toDay } });
      return file;
    },
  };
}
