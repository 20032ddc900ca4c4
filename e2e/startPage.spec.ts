import type { Page } from '@playwright/test';
import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import { demoOffice } from '../electron/services/office/demoOffice';
import type { OfficeConfig } from '../shared/office';
import { expect, test } from './fixtures';
import { expectAccessible, screen } from './kioskSteps';
import { recordSpeech, startSaid } from './speechLog';

test.skip(({ transport }) => transport === 'electron', "the kiosk's scripts are held back through the bridge's HTTP server; Electron serves the same page (staticFiles.ts) through app://");

/**
 * Loads the kiosk page again with its big script (React, the screens: startKiosk-*.js) held back
 * until `release()`: whatever shows meanwhile is what the page's HTML and its tiny classic script
 * do alone. The page's entry still runs; without that chunk it cannot mount anything.
 */
async function loadWithTheKioskHeldBack(page: Page): Promise<() => Promise<void>> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route(/\/assets\/startKiosk-[\w-]+\.js$/, async (route) => {
    held += 1;
    await released;
    await route.continue();
  });
  await page.reload({ waitUntil: 'commit' });
  await expect(screen(page, 'start')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(held).toBeGreaterThan(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-kiosk-mounted');
  return async () => {
    release();
    await expect(page.locator('html')).toHaveAttribute('data-kiosk-mounted', '');
  };
}

/** Every element of the start screen as drawn: its tag, classes, own text and box (ids aside: React numbers them apart on a server). */
const outline = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('#root *')].map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      const ownText = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('');
      return `${element.tagName}.${element.className} "${ownText}" ${[x, y, width, height].map(Math.round).join(',')} ${element.getAttribute('aria-pressed') ?? ''}`;
    }),
  );

const modeButton = (page: Page, name: RegExp) => page.getByRole('button', { name });

test.describe('the start screen drawn into the page by the core', () => {
  test('shows, axe-clean, before the kiosk\'s scripts run; the kiosk then mounts the same screen in its place without a shift', async ({ kiosk }) => {
    const { page } = kiosk;
    await page.evaluate(() => document.fonts.ready);
    const mountedOnce = await outline(page);
    const release = await loadWithTheKioskHeldBack(page);
    await expect(page.locator('.topbar__office')).toHaveText(demoOffice.officeName.ko);
    for (const name of ['한국어', 'English', '中文', 'Tiếng Việt']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    await expectAccessible(page);
    const drawn = await outline(page);
    expect(drawn).toEqual(mountedOnce);
    await page.evaluate(() => {
      (document.querySelector('.start') as HTMLElement).dataset.drawnByTheCore = '';
      new PerformanceObserver((list) => {
        const log = window as unknown as { shifted?: number };
        log.shifted = (log.shifted ?? 0) + list.getEntries().reduce((sum, entry) => sum + (entry as PerformanceEntry & { value: number }).value, 0);
      }).observe({ type: 'layout-shift' });
    });
    await release();
    // React's own nodes now, where the drawn ones were, in the same places.
    await expect(page.locator('.start')).not.toHaveAttribute('data-drawn-by-the-core');
    expect(await outline(page)).toEqual(drawn);
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await page.evaluate(() => (window as unknown as { shifted?: number }).shifted ?? 0)).toBe(0);
    await expect(page.locator('h1')).toBeFocused();
  });

  test('a mode tapped before the kiosk mounted is switched on once it has, exactly once', async ({ kiosk }) => {
    const { page } = kiosk;
    const release = await loadWithTheKioskHeldBack(page);
    await modeButton(page, /큰 글자/).click();
    await expect(page.locator('html')).toHaveAttribute('data-early-action', /큰 글자|Large text/);
    // A second tap before the mount is not a second action: the kiosk does the first one.
    await modeButton(page, /고대비/).click();
    await release();
    await expect(modeButton(page, /큰 글자/)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveClass(/large-text/);
    await expect(modeButton(page, /고대비/)).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('html')).not.toHaveAttribute('data-early-action');
    // Done once: a tap now is the kiosk's own, and switches it off again.
    await modeButton(page, /큰 글자/).click();
    await expect(modeButton(page, /큰 글자/)).toHaveAttribute('aria-pressed', 'false');
  });

  test('a tap in the instant the kiosk has mounted, before its effects ran, is done once: by the kiosk, not again from a note', async ({ kiosk }) => {
    const { page } = kiosk;
    const release = await loadWithTheKioskHeldBack(page);
    // Taps the mode as soon as React's start screen replaces the drawn one: in the same task as React's first commit.
    await page.evaluate(() => {
      (document.querySelector('.start') as HTMLElement).dataset.drawnByTheCore = '';
      const root = document.getElementById('root')!;
      const watcher = new MutationObserver(() => {
        const start = root.querySelector<HTMLElement>('.start');
        if (!start || 'drawnByTheCore' in start.dataset) return;
        watcher.disconnect();
        [...root.querySelectorAll('button')].find((button) => /큰 글자/.test(button.textContent ?? ''))!.click();
      });
      watcher.observe(root, { childList: true, subtree: true });
    });
    await release();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(modeButton(page, /큰 글자/)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveClass(/large-text/);
    await expect(page.locator('html')).not.toHaveAttribute('data-early-action');
  });

  test('the voice asked for before the kiosk mounted says the start screen once it has', async ({ kiosk }) => {
    const { page } = kiosk;
    const release = await loadWithTheKioskHeldBack(page);
    const spoken = await recordSpeech(page);
    await modeButton(page, /음성 안내/).click();
    await release();
    await expect(modeButton(page, /음성 안내/)).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(spoken).toEqual(startSaid);
  });

  test("the keypad's help key pressed before the kiosk mounted turns the voice on once it has", async ({ kiosk }) => {
    const { page } = kiosk;
    const release = await loadWithTheKioskHeldBack(page);
    const spoken = await recordSpeech(page);
    await page.keyboard.press('F1');
    await expect(page.locator('html')).toHaveAttribute('data-early-action', '{"key":"F1"}');
    await release();
    await expect(modeButton(page, /음성 안내/)).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(spoken).toEqual(startSaid);
  });

  test('a language tapped, or Enter pressed, before the kiosk mounted starts in that language', async ({ kiosk }) => {
    const { page } = kiosk;
    let release = await loadWithTheKioskHeldBack(page);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await release();
    await expect(screen(page, 'chooseService')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.unrouteAll();
    release = await loadWithTheKioskHeldBack(page);
    // The keypad's OK key (Enter) on the start screen starts in Korean, as on the mounted kiosk.
    await page.keyboard.press('Enter');
    await release();
    await expect(screen(page, 'chooseService')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  });
});

const offeringChineseAndVietnamese: OfficeConfig = { ...demoOffice, languages: ['ko', 'zh', 'vi'] };

test.describe('an office offering Korean, Chinese and Vietnamese', () => {
  test.use({ office: offeringChineseAndVietnamese });

  test('its page is drawn with its own language buttons, and a renamed office is drawn for the next load', async ({ kiosk }) => {
    const { page } = kiosk;
    const served = async () => (await page.request.get(page.url())).text();
    const html = await served();
    expect(html).toContain('>中文</button>');
    expect(html).toContain('>Tiếng Việt</button>');
    expect(html).not.toContain('>English</button>');
    let release = await loadWithTheKioskHeldBack(page);
    await expect(page.locator('.start__languages button')).toHaveText(['한국어', '中文', 'Tiếng Việt']);
    await expectAccessible(page);
    await release();

    const renamed = '햇빛동 행정복지센터';
    const saved = await page.evaluate(
      async ({ pin, name }) => {
        const api = (window as unknown as { sunbeon: Record<string, (request: object) => Promise<{ ok: boolean; value?: { office: OfficeConfig } }>> }).sunbeon;
        await api.unlockStaff({ pin });
        const settings = await api.getOfficeSettings({});
        const answer = await api.saveOfficeSettings({ office: { ...settings.value!.office, officeName: { ...settings.value!.office.officeName, ko: name } } });
        await api.lockStaff({});
        return answer.ok;
      },
      { pin: DEMO_STAFF_PIN, name: renamed },
    );
    expect(saved).toBe(true);
    // The core draws the page once the save's transaction is over.
    await expect.poll(served).toContain(renamed);
    await page.unrouteAll();
    release = await loadWithTheKioskHeldBack(page);
    await expect(page.locator('.topbar__office')).toHaveText(renamed);
    await release();
    await expect(page.locator('.topbar__office')).toHaveText(renamed);
  });
});
