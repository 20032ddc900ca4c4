import { readFileSync } from 'node:fs';
import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import { expect, test } from './fixtures';
import { enterStaffPin, expectAccessible, pairingCodeFromStaffScreen, rowOf, screen, takePaperTicket } from './kioskSteps';

const seoul = (time: string) => Date.parse(`2026-11-24T${time}:00+09:00`);

test.describe('statistics on the staff screen', () => {
  test.use({ startAt: '2026-11-24T09:30:00+09:00' });

  test('the manager reads the day the spec made: counts, waits, service time, hourly arrivals, in charts with tables, in both orientations', async ({ kiosk }) => {
    test.setTimeout(180_000);
    const { page, lanBase, openBrowserPage, clock } = kiosk;

    // 09:30: two passport tickets and a resident-registration one, all on paper.
    for (const service of [/Passport/, /Passport/, /Resident registration/]) {
      await takePaperTicket(page, { language: 'English', service });
      await expect(page.getByTestId('ticket-number')).toBeVisible();
      await page.getByRole('button', { name: 'Finish' }).click();
    }

    // Counter 3 calls 4001 at 09:40 (a 10-minute wait) and finishes it at 09:46 (6 minutes of service).
    const counter = await openBrowserPage({ width: 1366, height: 768 });
    await counter.goto(`${lanBase}/counter`);
    await counter.getByTestId('pairing-code').fill(await pairingCodeFromStaffScreen(page, 3));
    await counter.getByTestId('pairing-submit').click();
    await counter.getByTestId('state-open').click();
    await expect(counter.getByTestId('state-open')).toHaveAttribute('aria-pressed', 'true');
    clock!.set(seoul('09:40'));
    await counter.getByTestId('action-call-next').click();
    await expect(counter.getByTestId('current-number')).toHaveText('4001');
    clock!.set(seoul('09:46'));
    await counter.getByTestId('action-complete').click();
    await expect(counter.getByTestId('current-ticket')).not.toContainText('4001');

    // 10:05: one more passport ticket; then the resident-registration ticket is cancelled at the desk.
    clock!.set(seoul('10:05'));
    await takePaperTicket(page, { language: 'English', service: /Passport/ });
    await expect(page.getByTestId('ticket-number')).toHaveText('4003');
    await page.getByRole('button', { name: 'Finish' }).click();
    await enterStaffPin(page, DEMO_STAFF_PIN);
    await expect(screen(page, 'staff')).toBeVisible();
    await page.getByRole('button', { name: '번호표 창구' }).click();
    await page.getByLabel('번호표 번호').fill('1001');
    await page.getByRole('button', { name: '찾기' }).click();
    await page.getByTestId('desk-found').locator('tr[data-ticket="1001"]').getByRole('button', { name: '취소' }).click();
    await expect(page.getByTestId('desk-message')).toHaveText('1001번을 취소했습니다.');

    await page.getByRole('button', { name: '통계' }).click();
    const statistics = page.getByTestId('statistics');
    await expect(statistics.getByLabel('시작일')).toHaveValue('2026-11-24');
    // Issued, paper, mobile, served, no-shows, cancelled; mean, median and 90% wait.
    expect(await rowOf(statistics.getByTestId('stats-days'), '2026-11-24')).toEqual(['2026-11-24', '4', '4', '0', '1', '0', '1', '10', '10', '10']);
    await expect(statistics.getByTestId('stats-busiest')).toHaveText('가장 붐빈 시간: 09시');
    expect(await rowOf(statistics.getByTestId('stats-hours'), '09시')).toEqual(['09시', '3', '3', '0', '1', '0', '1']);
    expect(await rowOf(statistics.getByTestId('stats-hours'), '10시')).toEqual(['10시', '1', '1', '0', '0', '0', '0']);
    expect(await rowOf(statistics.getByTestId('stats-services'), '여권')).toEqual(['여권', '3', '3', '0', '1', '0', '0', '10', '10', '10', '6']);
    expect(await rowOf(statistics.getByTestId('stats-services'), '주민등록 등·초본')).toEqual(['주민등록 등·초본', '1', '1', '0', '0', '0', '1', '–', '–', '–', '–']);
    expect(await rowOf(statistics.getByTestId('stats-counters'), '3번 창구')).toEqual(['3번 창구', '1', '6']);
    // The chart draws the same figures, and says them to a screen reader.
    const hoursChart = statistics.getByTestId('stats-hours-chart');
    await expect(hoursChart.locator('[data-bar="09시"]')).toHaveAttribute('data-value', '3');
    await expect(hoursChart.locator('[data-bar="10시"]')).toHaveAttribute('data-value', '1');
    await expect(hoursChart.getByRole('img')).toHaveAccessibleName('시간대별 도착(발행 수): 09시 3, 10시 1');
    await expectAccessible(page);

    // Portrait: nothing runs off the right edge, and it stays accessible.
    await page.setViewportSize({ width: 1080, height: 1920 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(hoursChart.getByRole('img')).toBeInViewport({ ratio: 0.5 });
    await expectAccessible(page);

    // The CSV of the shown range, saved through the browser's download.
    const downloading = page.waitForEvent('download');
    await statistics.getByRole('button', { name: 'CSV 내려받기' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('sunbeon-statistics-2026-11-24.csv');
    await expect(statistics.getByTestId('stats-message')).toHaveText('sunbeon-statistics-2026-11-24.csv 파일로 저장했습니다.');
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('2026-11-24,업무,여권,3,3,0,1,0,0,10,10,10,6\r\n');
  });
});
