import { managerLoginResponseSchema } from '../../../shared/lan/managerApi';
import { statisticsReportSchema, type StatisticsRequest } from '../../../shared/statistics';
import { lanRequest, type LanResult } from '../../lanShared/lanRequest';

const query = (request: StatisticsRequest) => ('fromDay' in request ? `?${new URLSearchParams(request)}` : '');

/** The manager endpoints of the kiosk's LAN server (same origin as this page). */
export const managerApi = {
  login: (pin: string) => lanRequest('/api/manager/login', managerLoginResponseSchema, { method: 'POST', body: { pin } }),
  statistics: (token: string, request: StatisticsRequest) => lanRequest(`/api/manager/statistics${query(request)}`, statisticsReportSchema, { token }),
  /** The range's CSV as the kiosk wrote it (UTF-8 with its byte-order mark), or why not. */
  async statisticsCsv(token: string, range: { fromDay: string; toDay: string }): Promise<LanResult<Blob>> {
    try {
      const response = await fetch(`/api/manager/statistics.csv${query(range)}`, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
      if (response.status === 401) return { ok: false, failure: { kind: 'unauthorized' } };
      if (!response.ok) return { ok: false, failure: { kind: 'invalid', status: response.status } };
      return { ok: true, value: await response.blob() };
    } catch {
      return { ok: false, failure: { kind: 'unreachable' } };
    }
  },
};
