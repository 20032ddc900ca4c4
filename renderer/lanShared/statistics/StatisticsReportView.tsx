import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn, type Language } from '../../../shared/language';
import type { DayDeliveries, DayStatistics, OutcomeCounts, StatisticsReport, WaitMinutes } from '../../../shared/statistics';
import { BarChart } from './BarChart';

const minutes = (value: number | null) => (value === null ? '–' : String(value));
const hourLabel = (hour: number) => String(hour).padStart(2, '0');

function StatsTable({ caption, columns, rows, testId }: { caption?: string; columns: readonly string[]; rows: readonly ReactNode[][]; testId: string }) {
  return (
    <table className="stats-table" data-testid={testId}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([head, ...cells], index) => (
          <tr key={index}>
            <th scope="row">{head}</th>
            {cells.map((cell, cellIndex) => (
              <td key={cellIndex}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function useColumns() {
  const { t } = useTranslation('lan');
  const counts = [t('statistics.issued'), t('statistics.paper'), t('statistics.mobile'), t('statistics.served'), t('statistics.noShows'), t('statistics.cancelled')];
  const waits = [t('statistics.meanWait'), t('statistics.medianWait'), t('statistics.p90Wait')];
  return { counts, waits, meanService: t('statistics.meanService') };
}

const countCells = (c: OutcomeCounts) => [c.issued, c.paper, c.mobile, c.served, c.noShows, c.cancelled];
const waitCells = (w: WaitMinutes) => [minutes(w.meanWaitMinutes), minutes(w.medianWaitMinutes), minutes(w.p90WaitMinutes)];

/** Each day of the range on one line: the totals. */
function DaysTable({ days }: { days: readonly DayStatistics[] }) {
  const { t } = useTranslation('lan');
  const columns = useColumns();
  return (
    <div className="stats-table-scroll" tabIndex={0} role="region" aria-label={t('statistics.daysCaption')}>
      <StatsTable
      testId="stats-days"
      caption={t('statistics.daysCaption')}
      columns={[t('statistics.day'), ...columns.counts, ...columns.waits]}
      rows={days.map((day) => [day.businessDay, ...countCells(day), ...waitCells(day)])}
      />
    </div>
  );
}

/** What became of the office's messages to residents, day by day: counts only, never a number. */
function DeliveriesTable({ deliveries }: { deliveries: readonly DayDeliveries[] }) {
  const { t } = useTranslation('lan');
  return (
    <div className="stats-table-scroll" tabIndex={0} role="region" aria-label={t('statistics.deliveriesCaption')}>
      <StatsTable
        testId="stats-deliveries"
        caption={t('statistics.deliveriesCaption')}
        columns={[t('statistics.day'), t('statistics.delivered'), t('statistics.fellBack'), t('statistics.deliveryFailed'), t('statistics.pending'), t('statistics.notSent')]}
        rows={deliveries.map(({ businessDay, counts }) => [businessDay, counts.delivered, counts.fell_back, counts.failed, counts.requested + counts.accepted, counts.expired])}
      />
    </div>
  );
}

/** The hours from the first to the last arrival of the day, quiet hours in between included as zero. */
function arrivalHours(day: DayStatistics) {
  if (day.byHour.length === 0) return [];
  const first = day.byHour[0]!.hour;
  const last = day.byHour[day.byHour.length - 1]!.hour;
  return Array.from({ length: last - first + 1 }, (_, index) => {
    const hour = first + index;
    return day.byHour.find((h) => h.hour === hour) ?? { hour, issued: 0, paper: 0, mobile: 0, served: 0, noShows: 0, cancelled: 0 };
  });
}

/** One day in detail: arrivals per hour, each service, each counter, as charts with their tables. */
function DayDetail({ day, report, language }: { day: DayStatistics; report: StatisticsReport; language: Language }) {
  const { t } = useTranslation('lan');
  const columns = useColumns();
  const serviceName = (id: string) => {
    const service = report.services.find((s) => s.id === id);
    return service ? textIn(service.name, language) : id;
  };
  const counterName = (id: string) => {
    const counter = report.counters.find((c) => c.id === id);
    return counter ? t('statistics.counterNumber', { number: counter.number }) : id;
  };
  const hours = arrivalHours(day);
  const describe = (pairs: readonly (readonly [string, number | string])[]) => pairs.map(([label, value]) => `${label} ${value}`).join(', ') || t('statistics.nothing');
  return (
    <section className="stats" aria-label={t('statistics.dayHeading', { day: day.businessDay })} data-testid="stats-day">
      <h3>{t('statistics.dayHeading', { day: day.businessDay })}</h3>
      <p className="stats-message" data-testid="stats-busiest">
        {day.busiestHour === null ? t('statistics.noBusiestHour') : t('statistics.busiestHour', { hour: hourLabel(day.busiestHour) })}
      </p>
      <BarChart
        testId="stats-hours-chart"
        title={t('statistics.hoursChart')}
        tableLabel={t('statistics.tableOf', { title: t('statistics.hoursChart') })}
        bars={hours.map((h) => ({ label: t('statistics.hourLabel', { hour: hourLabel(h.hour) }), value: h.issued }))}
        summary={describe(hours.map((h) => [t('statistics.hourLabel', { hour: hourLabel(h.hour) }), h.issued]))}
      >
        <StatsTable
          testId="stats-hours"
          columns={[t('statistics.hour'), ...columns.counts]}
          rows={hours.map((h) => [t('statistics.hourLabel', { hour: hourLabel(h.hour) }), ...countCells(h)])}
        />
      </BarChart>
      <BarChart
        testId="stats-services-chart"
        title={t('statistics.servicesChart')}
        tableLabel={t('statistics.tableOf', { title: t('statistics.servicesChart') })}
        bars={day.byService.map((s) => ({ label: serviceName(s.serviceId), value: s.issued }))}
        summary={describe(day.byService.map((s) => [serviceName(s.serviceId), s.issued]))}
      >
        <StatsTable
          testId="stats-services"
          columns={[t('statistics.service'), ...columns.counts, ...columns.waits, columns.meanService]}
          rows={day.byService.map((s) => [serviceName(s.serviceId), ...countCells(s), ...waitCells(s), minutes(s.meanServiceMinutes)])}
        />
      </BarChart>
      <BarChart
        testId="stats-counters-chart"
        title={t('statistics.countersChart')}
        tableLabel={t('statistics.tableOf', { title: t('statistics.countersChart') })}
        bars={day.byCounter.map((c) => ({ label: counterName(c.counterId), value: c.served }))}
        summary={describe(day.byCounter.map((c) => [counterName(c.counterId), c.served]))}
      >
        <StatsTable
          testId="stats-counters"
          columns={[t('statistics.counter'), t('statistics.served'), columns.meanService]}
          rows={day.byCounter.map((c) => [counterName(c.counterId), c.served, minutes(c.meanServiceMinutes)])}
        />
      </BarChart>
    </section>
  );
}

/** A range's statistics: the days' totals, then the chosen day in detail. */
export function StatisticsReportView({ report, language }: { report: StatisticsReport; language: Language }) {
  const { t } = useTranslation('lan');
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  if (report.days.length === 0) {
    return (
      <p className="stats-message" data-testid="stats-empty">
        {t('statistics.noDays')}
      </p>
    );
  }
  const day = report.days.find((d) => d.businessDay === chosenDay) ?? report.days[report.days.length - 1]!;
  return (
    <>
      <DaysTable days={report.days} />
      {report.deliveries.length > 0 && <DeliveriesTable deliveries={report.deliveries} />}
      {report.days.length > 1 && (
        <div className="stats-range">
          <label>
            {t('statistics.chooseDay')}
            <select value={day.businessDay} onChange={(event) => setChosenDay(event.target.value)}>
              {report.days.map((d) => (
                <option key={d.businessDay} value={d.businessDay}>
                  {d.businessDay}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <DayDetail day={day} report={report} language={language} />
    </>
  );
}
