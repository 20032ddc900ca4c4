import type { Page } from '@playwright/test';
import { printableDots } from '../electron/services/printing/escpos/commands';
import { isRasterLine, isTextLine } from '../tools/virtualPrinter/escPosDecoder';
import { expect, test } from './fixtures';
import { expectAccessible, screen } from './kioskSteps';

/**
 * The fonts Chromium actually drew every visible text of the page with (DevTools' platform fonts,
 * per element): a bundled font is a web font; anything else is the machine's, which a kiosk must
 * never depend on (on a machine without it the resident would see boxes).
 */
async function fontsDrawingThePage(page: Page): Promise<{ custom: Set<string>; system: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'body *' });
  const custom = new Set<string>();
  const system: string[] = [];
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of fonts) {
      if (font.isCustomFont) custom.add(font.familyName);
      else system.push(`${font.familyName} (${font.glyphCount} glyphs)`);
    }
  }
  await cdp.detach();
  return { custom, system };
}

const residents = [
  { language: 'zh', button: '中文', service: /居民登记誊本·抄本/, done: '请取走您的号码牌', finish: '完成', ahead: '人', chineseFont: true },
  { language: 'vi', button: 'Tiếng Việt', service: /Bản sao đăng ký cư trú/, done: 'Vui lòng lấy phiếu của bạn', finish: 'Xong', ahead: 'Số người', chineseFont: false },
] as const;

test.describe('Chinese and Vietnamese residents, portrait 1080×1920', () => {
  test.use({ viewport: { width: 1080, height: 1920 } });

  test('the Korean start screen offers every office language without loading the Chinese font', async ({ kiosk }) => {
    const { page } = kiosk;
    await expect(screen(page, 'start')).toBeVisible();
    for (const name of ['한국어', 'English', '中文', 'Tiếng Việt']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    const faces = await page.evaluate(() => [...document.fonts].map((face) => `${face.family} ${face.weight} ${face.status}`));
    expect(faces).toEqual(
      expect.arrayContaining([
        'Sunbeon Kiosk 400 loaded',
        'Sunbeon Kiosk 700 loaded',
        'Sunbeon Office 400 loaded',
        'Sunbeon Office 700 loaded',
        'Sunbeon Hanzi 400 unloaded',
        'Sunbeon Hanzi 700 unloaded',
        'Sunbeon Hanzi Label 700 loaded',
      ]),
    );
    // The start screen's words come from the faces cut for the kiosk's messages (scripts/fonts/cutKioskFaces.ts) and the
    // office's names (cut by the core, served from /office-fonts/): no Pretendard part (scripts/fonts/splitPretendard.sh).
    const fontFiles = async () =>
      (await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\.(woff2|ttf)$/.test(name))))
        .map((url) => url.replace(/^.*\/|(-[\w-]{8})?\.(woff2|ttf)$/g, ''))
        .sort();
    const startScreenFonts = ['NotoSansSC-Bold.label', 'Pretendard-Bold.kiosk', 'Pretendard-Bold.office', 'Pretendard-Regular.kiosk', 'Pretendard-Regular.office'];
    expect(await fontFiles()).toEqual(startScreenFonts);
    const { system, custom } = await fontsDrawingThePage(page);
    expect(system).toEqual([]);
    expect(custom.has('Pretendard')).toBe(true);
    await expectAccessible(page);
    // A mode turned on draws its ✓ from the kiosk's face already loaded: no other part is fetched.
    await page.getByRole('button', { name: /큰 글자/ }).click();
    await expect(page.getByRole('button', { name: /큰 글자/ })).toHaveAttribute('aria-pressed', 'true');
    await page.evaluate(() => document.fonts.ready);
    expect(await fontFiles()).toEqual(startScreenFonts);
    // A syllable no cut face holds (outside KS X 1001, as staff may type one) falls through the font list to Pretendard's rare part.
    await page.evaluate(() => {
      const line = document.createElement('p');
      line.textContent = '똠 뷁';
      document.querySelector('[data-testid="screen-start"]')!.append(line);
    });
    await page.evaluate(() => document.body.getBoundingClientRect() && document.fonts.ready);
    expect(await fontFiles()).toEqual(expect.arrayContaining(['Pretendard-Regular.rare']));
    expect((await fontsDrawingThePage(page)).system).toEqual([]);
  });

  for (const resident of residents) {
    test(`a ${resident.language} resident reads every screen in bundled fonts and gets a ticket the printer can print`, async ({ kiosk }, testInfo) => {
      // Asks Chromium for the fonts of every element, twice, besides two axe runs.
      test.slow();
      const { page, printer } = kiosk;
      await page.getByRole('button', { name: resident.button, exact: true }).click();
      await expect(screen(page, 'chooseService')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', resident.language);
      await page.evaluate(() => document.fonts.ready);
      const services = await fontsDrawingThePage(page);
      expect(services.system).toEqual([]);
      expect(services.custom.has('Noto Sans CJK SC')).toBe(resident.chineseFont);
      await page.screenshot({ path: testInfo.outputPath(`services-${resident.language}.png`) });
      await expectAccessible(page);

      // A paper-only office: the service's tap prints.
      await page.getByRole('button', { name: resident.service }).click();
      await expect(screen(page, 'done')).toBeVisible();
      await expect(page.getByRole('heading', { name: resident.done })).toBeVisible();
      await expect(page.getByRole('button', { name: resident.finish })).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      expect((await fontsDrawingThePage(page)).system).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`done-${resident.language}.png`) });
      await expectAccessible(page);

      // The words go as images drawn with the bundled fonts (the printer's Korean code page has
      // neither simplified hanzi nor Vietnamese letters); the number stays text, at full size.
      const ticket = printer.lastJob();
      const texts = (ticket?.lines ?? []).filter(isTextLine).map((line) => line.text).filter(Boolean);
      expect(texts).toEqual(['1001']);
      const rasters = (ticket?.lines ?? []).filter(isRasterLine);
      expect(rasters.length).toBeGreaterThanOrEqual(5);
      for (const line of rasters) expect(line.raster.width).toBeLessThanOrEqual(printableDots[80]);

      // The done screen returns to start by itself after 10 s (the checks above may take that long).
      await expect(screen(page, 'start')).toBeVisible({ timeout: 15_000 });
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    });
  }
});
