import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extraLayouts, officeLayouts, type OfficeDayScenario } from './officeLayouts';

/** bench/README.md's "Where the generator's figures come from" table: each figure's value and source. */
function statedFigures(): Map<string, { value: string; source: string }> {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf("### Where the generator's figures come from"));
  const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Figure'));
  return new Map(
    rows.map((line) => {
      const [figure, value, source] = line.replace(/^\| | \|$/g, '').split(' | ');
      return [figure, { value, source }];
    }),
  );
}

const layouts = [...officeLayouts, ...extraLayouts];
/** "4–7", or "5" when every layout has the same figure. */
function spread(values: readonly number[], digits = 0): string {
  const [low, high] = [Math.min(...values), Math.max(...values)].map((v) => v.toFixed(digits).replace(/\.0+$/, ''));
  return low === high ? low : `${low}–${high}`;
}
const percentSpread = (pick: (l: OfficeDayScenario) => number) => `${spread(layouts.map((l) => pick(l) * 100))} %`;

describe("bench/README's figures of the generator", () => {
  const figures = statedFigures();
  const stated = new Map([...figures].map(([figure, { value }]) => [figure, value]));

  it('state what officeLayouts.ts draws, layout for layout', () => {
    expect(stated.get('Visitors per day')).toContain(`${spread(layouts.map((l) => l.expectedVisitors))} per office (${spread(layouts.map((l) => l.office.counters.length))} counters)`);
    const passportShare = layouts.map((l) => l.serviceMix.find((m) => m.value === 'passport')!.weight / l.serviceMix.reduce((sum, m) => sum + m.weight, 0));
    expect(stated.get('Passport share')).toContain(`${spread(passportShare.map((share) => share * 100))} %`);
    expect(stated.get('Arrival shape')).toContain(`a door queue of ${spread(layouts.flatMap((l) => (l.doorQueue ? [l.doorQueue.visitors] : [])))} before opening`);
    expect(stated.get('Arrival shape')).toContain(`surges of ${spread(layouts.flatMap((l) => (l.surge ? [l.surge.visitors] : [])))}`);
    const names: Record<string, string> = { 'resident-registration': 'resident registration', 'family-relations': 'family relations', 'seal-certificate': 'seal', passport: 'passport' };
    for (const layout of layouts) {
      for (const [serviceId, { meanMinutes, sdMinutes }] of Object.entries(layout.serviceTimes)) {
        expect(stated.get('Service times'), `${layout.name}: ${serviceId}`).toMatch(new RegExp(`${names[serviceId]} [^|]*\\b${meanMinutes} ± ${sdMinutes}\\b`));
      }
    }
    expect(stated.get('Heavy tail')).toBe(`${percentSpread((l) => l.complicatedCases.share)} of cases take ${spread(layouts.map((l) => l.complicatedCases.factor), 1)} × longer`);
    expect(stated.get('No-shows')).toBe(percentSpread((l) => l.noShowShare));
    expect(stated.get('Priority residents')).toBe(percentSpread((l) => l.priorityShare));
    expect(stated.get('Walk-up')).toContain(`${spread(layouts.map((l) => l.walkUpMinutes.min), 1)}–${spread(layouts.map((l) => l.walkUpMinutes.max), 1)} min`);
    expect(stated.get('Staff')).toContain(`open 0–${spread(layouts.map((l) => l.staffDrift.lateOpening))} min late, lunch ± ${spread(layouts.map((l) => l.staffDrift.lunch))} min`);
  });

  it('cite where the real figures come from: visitors per day, passports, service times', () => {
    for (const figure of ['Visitors per day', 'Passport share', 'Service times', 'Opening hours', 'Lunch']) {
      expect(figures.get(figure)?.source, figure).toMatch(/[a-z0-9-]+\.(com|kr)\b|REFERENCE\.md/);
    }
  });
});
