import type { KioskHandlers } from '../ipc/kioskRoutes';
import type { QueueContext } from '../queue/queueContext';
import { statisticsBetween } from '../statistics/officeStatistics';
import { statisticsCsv } from '../statistics/statisticsCsv';
import type { StaffSession } from './staffSession';

type StatisticsMethods = 'getStatistics' | 'exportStatistics';

/** Office statistics and their CSV, for the manager. */
export function createStatisticsHandlers({ queue, session }: { queue: QueueContext; session: StaffSession }): Pick<KioskHandlers, StatisticsMethods> {
  return {
    async getStatistics({ fromDay, toDay }) {
      session.require('manager');
      return { days: statisticsBetween(queue, fromDay, toDay) };
    },

    async exportStatistics({ fromDay, toDay }) {
      session.require('manager');
      const range = fromDay === toDay ? fromDay : `${fromDay}_${toDay}`;
      return { fileName: `sunbeon-statistics-${range}.csv`, csv: statisticsCsv(statisticsBetween(queue, fromDay, toDay), queue.office()) };
    },
  };
}
