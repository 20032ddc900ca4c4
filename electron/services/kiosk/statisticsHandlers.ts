import type { KioskHandlers } from '../ipc/kioskRoutes';
import type { QueueContext } from '../queue/queueContext';
import { statisticsReport } from '../statistics/officeStatistics';
import { statisticsCsvFile } from '../statistics/statisticsCsv';
import type { StaffSession } from './staffSession';

type StatisticsMethods = 'getStatistics' | 'exportStatistics';

/** Office statistics and their CSV, for the manager. */
export function createStatisticsHandlers({ queue, session }: { queue: QueueContext; session: StaffSession }): Pick<KioskHandlers, StatisticsMethods> {
  return {
    async getStatistics(request) {
      session.require('manager');
      return statisticsReport(queue, request);
    },

    async exportStatistics({ fromDay, toDay }) {
      session.require('manager');
      return statisticsCsvFile(queue, fromDay, toDay);
    },
  };
}
