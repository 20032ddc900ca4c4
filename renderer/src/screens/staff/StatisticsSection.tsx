import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/language';
import { StatisticsBrowser, type StatisticsSource } from '../../../lanShared/statistics/StatisticsBrowser';
import { download } from '../../../lanShared/download';
import { useStaffCall } from './useStaffCall';

/** The manager's statistics on the kiosk: the same report as the LAN manager page, read through the kiosk's own IPC. */
export function StatisticsSection() {
  const { t, i18n } = useTranslation('lan');
  const call = useStaffCall();
  const source = useMemo<StatisticsSource>(
    () => ({
      async load(request) {
        const answer = await call((kiosk) => kiosk.getStatistics(request));
        if (!answer) return null;
        return answer.ok ? answer : { ok: false, message: t('statistics.failed', { reason: answer.error.message }) };
      },
      async exportCsv(range) {
        const answer = await call((kiosk) => kiosk.exportStatistics(range));
        if (!answer) return null;
        if (!answer.ok) return { kind: 'error', text: t('statistics.failed', { reason: answer.error.message }) };
        download(answer.value.fileName, answer.value.csv);
        return { kind: 'info', text: t('statistics.exported', { file: answer.value.fileName }) };
      },
    }),
    [call, t],
  );
  return (
    <div className="staff-section staff-section--wide">
      <StatisticsBrowser source={source} language={i18n.language as Language} />
    </div>
  );
}
