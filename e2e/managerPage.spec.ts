import { readFileSync } from 'node:fs';
import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import { parseCsv } from '../electron/services/testSupport/parseCsv';
import { expect, test } from './fixtures';
import { expectAccessible, takePaperTicket } from './kioskSteps';

test.describe('the manager page on the LAN', () => {
  test.use({ startAt: '2026-11-24T09:30:00+09:00' });

  test('the manager signs in with the PIN from the office PC, reads the day and downloads its CSV, which counts the tickets the spec issued', async ({ kiosk }) => {
    test.setTimeout(180_000);
    const { page, lanBase, openBrowserPage } = kiosk;
    const issued: string[] = [];
    for (const service of [/Passport/, /Passport/, /Resident registration/]) {
      await takePaperTicket(page, { language: 'English', service });
      issued.push((await page.getByTestId('ticket-number').textContent()) ?? '');
      await page.getByRole('button', { name: 'Finish' }).click();
    }
    expect(issued).toEqual(['4001', '4002', '1001']);

    const office = await openBrowserPage({ width: 1366, height: 768 });
    await office.goto(`${lanBase}/manager`);
    await office.getByLabel('관리자 PIN').fill('99999999');
    await office.getByRole('button', { name: '로그인' }).click();
    await expect(office.getByTestId('login-problem')).toHaveText('PIN이 틀렸습니다.');
    await expectAccessible(office);
    await office.getByLabel('관리자 PIN').fill(DEMO_STAFF_PIN);
    await office.getByRole('button', { name: '로그인' }).click();

    const statistics = office.getByTestId('statistics');
    await expect(statistics.getByLabel('시작일')).toHaveValue('2026-11-24');
    await expect(statistics.getByTestId('stats-days').locator('tbody tr')).toHaveText([/^2026-11-24\s*3\s*3\s*0\s*0\s*0\s*0/]);
    await expect(statistics.getByTestId('stats-hours-chart').locator('[data-bar="09시"]')).toHaveAttribute('data-value', '3');
    await expectAccessible(office);

    const downloading = office.waitForEvent('download');
    await statistics.getByRole('button', { name: 'CSV 내려받기' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('sunbeon-statistics-2026-11-24.csv');
    const { bom, rows } = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(bom).toBe(true);
    expect(rows.filter((row) => row[1] === '합계').map((row) => row.slice(0, 9))).toEqual([['2026-11-24', '합계', '', '3', '3', '0', '0', '0', '0']]);
    expect(rows.filter((row) => row[1] === '업무').map((row) => [row[2], row[3]])).toEqual([
      ['주민등록 등·초본', '1'],
      ['여권', '2'],
    ]);

    // Signing out returns to the PIN form.
    await office.getByRole('button', { name: '로그아웃' }).click();
    await expect(office.getByLabel('관리자 PIN')).toBeVisible();
  });
});
