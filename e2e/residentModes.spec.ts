import type { Page } from '@playwright/test';
import { defaultKioskMount, heightAboveFloorMm, MAX_REACH_MM, type KioskMount } from '../shared/kioskMount';
import { demoOffice } from '../electron/services/office/demoOffice';
import { expect, test } from './fixtures';
import { expectAccessible, screen } from './kioskSteps';
import { withOfflineMobileKiosk } from './offlineMobileKiosk';
import { ko } from '../renderer/src/i18n/ko';
import { vi } from '../renderer/src/i18n/vi';
import { zh } from '../renderer/src/i18n/zh';

const languageNames = { ko: '한국어', zh: '中文', vi: 'Tiếng Việt' } as const;

test.skip(({ transport }) => transport === 'electron', 'the mobile screens need the OS keystore under Electron; the bridge run covers the modes');
// Axe on five screens per mode and orientation.
test.setTimeout(150_000);

const viewports = [
  { name: 'portrait' as const, width: 1080, height: 1920 },
  { name: 'landscape' as const, width: 1920, height: 1080 },
];

/** The top edge of every enabled control, in pixels from the top of the page. */
const controlTops = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button:not(:disabled), a[href], input:not(:disabled)')]
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => ({ name: element.textContent?.trim() ?? '', top: element.getBoundingClientRect().top + window.scrollY })),
  );

/**
 * The lowest contrast on the page, measured from computed colours: of any visible text against
 * what is painted behind it, and of any enabled control's edge (its border, or its fill where it
 * has no border that stands out more) against what is painted behind the control.
 */
const lowestContrast = (page: Page) =>
  page.evaluate(() => {
    const channel = (c: number) => {
      const v = c / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    const rgba = (color: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return { rgb: [r, g, b], alpha: a };
    };
    const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    const contrast = (x: number[], y: number[]) => {
      const [a, b] = [luminance(x), luminance(y)];
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    };
    const background = (element: Element | null): number[] => {
      for (let at = element; at; at = at.parentElement) {
        const { rgb, alpha } = rgba(getComputedStyle(at).backgroundColor);
        if (alpha > 0) return rgb;
      }
      return rgba(getComputedStyle(document.documentElement).backgroundColor).rgb;
    };
    const text = { ratio: 21, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.getClientRects().length === 0) continue;
      if (element.closest('.visually-hidden')) continue;
      const ratio = contrast(rgba(getComputedStyle(element).color).rgb, background(element));
      if (ratio < text.ratio) Object.assign(text, { ratio, text: node.textContent.trim() });
    }
    const outline = { ratio: 21, control: '' };
    for (const control of document.querySelectorAll<HTMLElement>('button:not(:disabled), a[href], input:not(:disabled)')) {
      if (control.getClientRects().length === 0 || control.closest('.visually-hidden')) continue;
      const style = getComputedStyle(control);
      const behind = background(control.parentElement);
      const border = rgba(style.borderTopColor);
      const fill = rgba(style.backgroundColor);
      const edges = [
        ...(parseFloat(style.borderTopWidth) > 0 && border.alpha > 0 ? [contrast(border.rgb, behind)] : []),
        ...(fill.alpha > 0 ? [contrast(fill.rgb, behind)] : []),
      ];
      const ratio = Math.max(1, ...edges);
      if (ratio < outline.ratio) Object.assign(outline, { ratio, control: control.textContent?.trim() ?? control.tagName });
    }
    return { text, outline };
  });

const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

const residentWords = { ko, zh, vi };
const passport = { ko: /여권/, zh: /护照/, vi: /Hộ chiếu/ };

/** Start → 여권 → 휴대폰으로 받기 → 동의 → phone keypad in `language`, calling `check` on each screen on the way. */
async function walkToPhoneKeypad(page: Page, check: (name: string) => Promise<void>, language: keyof typeof residentWords = 'ko') {
  const words = residentWords[language];
  await check('start');
  await page.getByRole('button', { name: languageNames[language], exact: true }).click();
  await expect(screen(page, 'chooseService')).toBeVisible();
  await check('chooseService');
  await page.getByRole('button', { name: passport[language] }).click();
  await expect(page.getByRole('button', { name: words.ticket.paper })).toBeEnabled();
  await check('chooseTicket');
  await page.getByRole('button', { name: words.ticket.mobile }).click();
  await expect(screen(page, 'mobileConsent')).toBeVisible();
  await check('mobileConsent');
  await page.getByRole('button', { name: words.mobile.agree, exact: true }).click();
  await expect(screen(page, 'phoneEntry')).toBeVisible();
  await check('phoneEntry');
}

for (const viewport of viewports) {
  test.describe(`resident modes, ${viewport.name}`, () => {
    test(`low position keeps every control at most ${MAX_REACH_MM} mm above the floor`, async ({ browser }) => {
      await withOfflineMobileKiosk(browser, { viewport }, async (page) => {
        await expect(screen(page, 'start')).toBeVisible();
        const tooHigh = async () =>
          (await controlTops(page)).filter(({ top }) => heightAboveFloorMm(defaultKioskMount, viewport.name, top / viewport.height) > MAX_REACH_MM);
        // Without the mode the phone keypad's top row is out of reach in portrait.
        if (viewport.name === 'portrait') {
          await walkToPhoneKeypad(page, async () => undefined);
          expect((await tooHigh()).map((c) => c.name)).toContain('1');
          await page.keyboard.press('Escape');
        }
        await page.getByRole('button', { name: /낮은 화면/ }).click();
        await expect(page.getByRole('button', { name: /낮은 화면/ })).toHaveAttribute('aria-pressed', 'true');
        await walkToPhoneKeypad(page, async (name) => {
          expect(await tooHigh(), name).toEqual([]);
          await expectAccessible(page);
        });
      });
    });

    test('large text doubles every size without a sideways scroll, axe clean', async ({ browser }, testInfo) => {
      await withOfflineMobileKiosk(browser, { viewport }, async (page) => {
        await expect(screen(page, 'start')).toBeVisible();
        await page.getByRole('button', { name: /큰 글자/ }).click();
        await walkToPhoneKeypad(page, async (name) => {
          expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), name).toBe('64px');
          expect(await noSideScroll(page), name).toBe(true);
          await expectAccessible(page);
          await page.screenshot({ path: testInfo.outputPath(`large-text-${viewport.name}-${name}.png`) });
        });
        // Every digit still on screen (scrolled to): nothing lost.
        for (const digit of '0123456789') await expect(page.getByRole('button', { name: digit, exact: true })).toBeVisible();
      });
    });

    test('high contrast gives every text 7:1 or better and every control edge 3:1, axe clean, and the next resident starts plain', async ({ browser }, testInfo) => {
      await withOfflineMobileKiosk(browser, { viewport }, async (page) => {
        await expect(screen(page, 'start')).toBeVisible();
        await page.getByRole('button', { name: /고대비/ }).click();
        await walkToPhoneKeypad(page, async (name) => {
          const lowest = await lowestContrast(page);
          expect(lowest.text.ratio, `${name}: "${lowest.text.text}"`).toBeGreaterThanOrEqual(7);
          expect(lowest.outline.ratio, `${name}: control "${lowest.outline.control}"`).toBeGreaterThanOrEqual(3);
          await expectAccessible(page);
          await page.screenshot({ path: testInfo.outputPath(`high-contrast-${viewport.name}-${name}.png`) });
        });
        await page.keyboard.press('Escape');
        await expect(screen(page, 'start')).toBeVisible();
        await expect(page.getByRole('button', { name: /고대비/ })).toHaveAttribute('aria-pressed', 'false');
        await expect(page.locator('html')).not.toHaveClass(/high-contrast/);
      });
    });

    for (const language of ['zh', 'vi'] as const) {
      test(`${language}: large text with high contrast, then low position, axe clean on every screen`, async ({ browser }) => {
        test.setTimeout(300_000);
        await withOfflineMobileKiosk(browser, { viewport }, async (page) => {
          await expect(screen(page, 'start')).toBeVisible();
          await page.getByRole('button', { name: /큰 글자/ }).click();
          await page.getByRole('button', { name: /고대비/ }).click();
          await walkToPhoneKeypad(
            page,
            async (name) => {
              const where = `${language} ${name}`;
              expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), where).toBe('64px');
              expect(await noSideScroll(page), where).toBe(true);
              const lowest = await lowestContrast(page);
              expect(lowest.text.ratio, `${where}: "${lowest.text.text}"`).toBeGreaterThanOrEqual(7);
              expect(lowest.outline.ratio, `${where}: control "${lowest.outline.control}"`).toBeGreaterThanOrEqual(3);
              await expectAccessible(page);
            },
            language,
          );
          await page.keyboard.press('Escape');
          await expect(screen(page, 'start')).toBeVisible();
          await page.getByRole('button', { name: /낮은 화면/ }).click();
          await walkToPhoneKeypad(
            page,
            async (name) => {
              const tooHigh = (await controlTops(page)).filter(
                ({ top }) => heightAboveFloorMm(defaultKioskMount, viewport.name, top / viewport.height) > MAX_REACH_MM,
              );
              expect(tooHigh, `${language} ${name}`).toEqual([]);
              await expectAccessible(page);
            },
            language,
          );
          await page.keyboard.press('Escape');
        });
      });
    }
  });
}

test('low position follows the mount staff configured: a 43-inch portrait panel 800 mm up keeps every control below 1,200 mm', async ({ browser }) => {
  const mount: KioskMount = { panelDiagonalInches: 43, panelBottomMm: 800 };
  const viewport = viewports[0];
  await withOfflineMobileKiosk(browser, { viewport, office: { ...demoOffice, kioskMount: mount } }, async (page) => {
    const tooHigh = async () =>
      (await controlTops(page)).filter(({ top }) => heightAboveFloorMm(mount, viewport.name, top / viewport.height) > MAX_REACH_MM).map((c) => c.name);
    await expect(screen(page, 'start')).toBeVisible();
    // Higher up than the default mount: without the mode even the language buttons are out of reach.
    expect(await tooHigh()).toContain('한국어');
    await page.getByRole('button', { name: /낮은 화면/ }).click();
    await walkToPhoneKeypad(page, async (name) => expect(await tooHigh(), name).toEqual([]));
  });
});

test('modes turned on at the start screen by a resident who then walks away are off for the next one', async ({ kiosk }) => {
  const { page } = kiosk;
  // The page's timers on a clock the test moves: 30 s untouched on the start screen, the last 15 with a warning.
  // Paused at once (a little ahead of the page's time, which runs on until then): only the test moves it.
  await page.clock.install();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 5_000);
  await expect(screen(page, 'start')).toBeVisible();
  await page.getByRole('button', { name: /큰 글자/ }).click();
  await page.getByRole('button', { name: /음성 안내/ }).click();
  await expect(page.locator('html')).toHaveClass(/large-text/);
  await page.clock.fastForward(14_000);
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await page.clock.fastForward(1_000);
  await expect(page.getByTestId('idle-warning')).toContainText('15초');
  await expect(page.locator('html')).toHaveClass(/large-text/);
  await page.clock.fastForward(15_000);
  await expect(page.locator('html')).not.toHaveClass(/large-text/);
  await expect(page.getByRole('button', { name: /큰 글자/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: /음성 안내/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await expect(screen(page, 'start')).toBeVisible();
});
