import { useId, type ReactNode } from 'react';
import './statistics.css';

export type Bar = { label: string; value: number };

const ROW_HEIGHT = 24;
const LABEL_ROOM = 170;
const PLOT_WIDTH = 260;
const VALUE_ROOM = 40;
const WIDTH = LABEL_ROOM + PLOT_WIDTH + VALUE_ROOM;

/**
 * A horizontal bar chart (room for a service's whole name) drawn as plain SVG (no network, no chart library), with the same figures as a table
 * beside it: the table is the chart's text alternative, read by screen readers and by anyone who
 * wants the exact numbers. The SVG itself is named by the caption and summarises the bars.
 */
export function BarChart(props: { title: string; tableLabel: string; bars: readonly Bar[]; summary: string; testId: string; children: ReactNode }) {
  const { title, tableLabel, bars, summary, testId, children } = props;
  const captionId = useId();
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  const height = Math.max(bars.length, 1) * ROW_HEIGHT;
  return (
    <figure className="stats-chart" data-testid={testId} aria-labelledby={captionId}>
      <figcaption id={captionId} className="stats-chart__title">
        {title}
      </figcaption>
      <div className="stats-chart__body">
        <svg className="stats-chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${title}: ${summary}`}>
          <line className="stats-chart__axis" x1={LABEL_ROOM} x2={LABEL_ROOM} y1={0} y2={height} />
          {bars.map((bar, index) => {
            const length = (bar.value / largest) * PLOT_WIDTH;
            const middle = index * ROW_HEIGHT + ROW_HEIGHT / 2;
            return (
              <g key={bar.label} data-bar={bar.label} data-value={bar.value}>
                <text className="stats-chart__label" x={LABEL_ROOM - 6} y={middle} textAnchor="end" dominantBaseline="middle">
                  {bar.label}
                </text>
                <rect className="stats-chart__bar" x={LABEL_ROOM} y={middle - ROW_HEIGHT / 2 + 4} width={length} height={ROW_HEIGHT - 8} />
                <text className="stats-chart__value" x={LABEL_ROOM + length + 4} y={middle} dominantBaseline="middle">
                  {bar.value}
                </text>
              </g>
            );
          })}
        </svg>
        {/* Focusable, so a keyboard can scroll a table wider than a portrait screen. */}
        <div className="stats-table-scroll" tabIndex={0} role="region" aria-label={tableLabel}>
          {children}
        </div>
      </div>
    </figure>
  );
}
