import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { OFFICE_FONT_DIR } from '../electron/services/fonts/officeFaces';
import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import { expect, test } from './fixtures';
import { enterStaffPin, screen } from './kioskSteps';

/** Whether Chromium drew the probe's text with a web font (the office's faces), not a system font. */
async function probeDrawnByOfficeFace(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#office-face-probe' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.length > 0 && fonts.every((font) => font.isCustomFont);
}

/** A line in the office's family alone, holding characters of the new name the demo office's names lack. */
async function addProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = document.createElement('p');
    probe.id = 'office-face-probe';
    probe.style.fontFamily = '"Sunbeon Office"';
    probe.textContent = '햇빛';
    document.body.append(probe);
  });
  await page.evaluate(() => document.fonts.ready);
}

const officeFaces = (page: Page) =>
  page.evaluate(() => [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Sunbeon Office').map((face) => `${face.weight} ${face.status}`));

test('an open kiosk page takes up the faces of a renamed office, without a reload', async ({ kiosk }) => {
  const { page } = kiosk;
  await expect(screen(page, 'start')).toBeVisible();
  await page.evaluate(() => Object.assign(window, { openSinceTheStart: true }));
  await addProbe(page);
  expect(await probeDrawnByOfficeFace(page)).toBe(false);
  await page.evaluate(() => document.getElementById('office-face-probe')!.remove());
  expect(await officeFaces(page)).toEqual(['400 loaded', '700 loaded']);

  await enterStaffPin(page, DEMO_STAFF_PIN);
  await expect(screen(page, 'staff')).toBeVisible();
  await page.getByRole('button', { name: '설정', exact: true }).click();
  await page.getByLabel('사무실 이름(한국어)').fill('햇빛동 행정복지센터');
  await page.getByRole('button', { name: '설정 저장' }).click();
  await expect(page.getByTestId('settings-message')).toContainText('저장했습니다');
  await page.getByRole('button', { name: '잠그기' }).click();
  await expect(screen(page, 'start')).toBeVisible();

  // The next resident's tap brings the office anew, with the time its faces were cut.
  await page.getByRole('button', { name: '한국어', exact: true }).click();
  await expect(screen(page, 'chooseService')).toBeVisible();
  await expect.poll(() => officeFaces(page)).toEqual(['400 loaded', '700 loaded', '400 loaded', '700 loaded']);
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname + new URL(entry.name).search));
  expect(fetched.filter((path) => path.startsWith('/office-fonts/') && path.includes('?cut='))).toHaveLength(2);
  await addProbe(page);
  expect(await probeDrawnByOfficeFace(page)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { openSinceTheStart?: boolean }).openSinceTheStart)).toBe(true);
});

test('a file planted among the office faces in the data folder is never run as a script by the kiosk page', async ({ kiosk }) => {
  const { page, dataDir } = kiosk;
  await expect(screen(page, 'start')).toBeVisible();
  const planted = ['planted.ttf', 'planted.js'];
  for (const name of planted) writeFileSync(join(dataDir!, OFFICE_FONT_DIR, name), 'window.planted = (window.planted ?? 0) + 1;');
  const loaded = await page.evaluate(
    (names) =>
      Promise.all(
        names.map(
          (name) =>
            new Promise<string>((resolve) => {
              const script = document.createElement('script');
              script.src = `/office-fonts/${name}`;
              script.onload = () => resolve('loaded');
              script.onerror = () => resolve('refused');
              document.head.append(script);
            }),
        ),
      ),
    planted,
  );
  expect([loaded, await page.evaluate(() => (window as unknown as { planted?: number }).planted ?? 0)]).toEqual([['refused', 'refused'], 0]);
  // Neither is served as part of the page at all: only the core's faces are.
  expect((await page.request.get(new URL('/office-fonts/planted.js', page.url()).href)).status()).toBe(404);
});
