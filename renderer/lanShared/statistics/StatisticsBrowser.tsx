import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/language';
import type { StatisticsRequest, StatisticsReport } from '../../../shared/statistics';
import { StatisticsReportView } from './StatisticsReportView';

export type StatisticsMessage = { kind: 'info' | 'error'; text: string };

/** What a page does to fetch and to save: the kiosk through its IPC, the manager page over the LAN. null: no answer to show (the page took over). */
export interface StatisticsSource {
  load(request: StatisticsRequest): Promise<{ ok: true; value: StatisticsReport } | { ok: false; message: string } | null>;
  /** Saves the range's CSV; resolves to what to tell the person (the file saved, or why not), or null. */
  exportCsv(range: { fromDay: string; toDay: string }): Promise<StatisticsMessage | null>;
}

/** A date range, the CSV of it, and its statistics as charts and tables. Opens on today. */
export function StatisticsBrowser({ source, language, headingLevel = 2 }: { source: StatisticsSource; language: Language; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('lan');
  const [report, setReport] = useState<StatisticsReport | null>(null);
  const [range, setRange] = useState<{ fromDay: string; toDay: string } | null>(null);
  const [message, setMessage] = useState<StatisticsMessage | null>(null);

  const load = useCallback(
    async (request: StatisticsRequest) => {
      const answer = await source.load(request);
      if (answer === null) return;
      if (!answer.ok) {
        setMessage({ kind: 'error', text: answer.message });
        return;
      }
      setMessage(null);
      setReport(answer.value);
      setRange({ fromDay: answer.value.fromDay, toDay: answer.value.toDay });
    },
    [source],
  );

  useEffect(() => {
    void load({});
  }, [load]);

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const rangeIsValid = range !== null && range.fromDay !== '' && range.toDay !== '' && range.fromDay <= range.toDay;
  return (
    <section className="stats" aria-labelledby="stats-heading" data-testid="statistics">
      <Heading id="stats-heading">{t('statistics.heading')}</Heading>
      {range && (
        <form
          className="stats-range"
          onSubmit={(event) => {
            event.preventDefault();
            if (rangeIsValid) void load(range);
          }}
        >
          <label>
            {t('statistics.from')}
            <input type="date" value={range.fromDay} max={report?.today} onChange={(event) => setRange({ ...range, fromDay: event.target.value })} />
          </label>
          <label>
            {t('statistics.to')}
            <input type="date" value={range.toDay} max={report?.today} onChange={(event) => setRange({ ...range, toDay: event.target.value })} />
          </label>
          <button type="submit" className="btn btn--secondary" disabled={!rangeIsValid}>
            {t('statistics.show')}
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            disabled={!rangeIsValid}
            onClick={async () => {
              if (!rangeIsValid) return;
              setMessage(await source.exportCsv(range));
            }}
          >
            {t('statistics.exportCsv')}
          </button>
        </form>
      )}
      {range && !rangeIsValid && <p className="stats-message stats-message--error">{t('statistics.badRange')}</p>}
      <p className={message?.kind === 'error' ? 'stats-message stats-message--error' : 'stats-message'} role="status" data-testid="stats-message">
        {message?.text}
      </p>
      {report && <StatisticsReportView key={`${report.fromDay}_${report.toDay}`} report={report} language={language} />}
    </section>
  );
}
