import { chromium, type Browser, type Page } from '@playwright/test';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Room for the browser's title bar and frame around the kiosk's screen. */
const WINDOW_FRAME = { width: 16, height: 96 };

export interface KioskWindow {
  browser: Browser;
  page: Page;
  /** How much the kiosk's screen was shrunk to fit the desktop (1: full size; headless: always 1). */
  scale: number;
}

/**
 * A Chromium window showing the kiosk's screen at its real size in CSS pixels (1080×1920 in
 * portrait), shrunk as a whole with a device scale factor when the desktop is smaller. Headless
 * where there is no desktop: the page is then seen through the remote view.
 */
export async function openKioskWindow(options: {
  executablePath: string;
  screen: { width: number; height: number };
  headless: boolean;
}): Promise<KioskWindow> {
  const { screen, headless, executablePath } = options;
  const scale = headless ? 1 : await fitScale(executablePath, screen);
  const browser = await chromium.launch({
    executablePath,
    headless,
    args: [
      ...CHROMIUM_ARGS,
      ...(headless ? [] : [`--force-device-scale-factor=${scale}`, `--window-size=${screen.width + WINDOW_FRAME.width},${screen.height + WINDOW_FRAME.height}`]),
    ],
  });
  const context = await browser.newContext({ viewport: screen });
  return { browser, page: await context.newPage(), scale };
}

/** Asks a first window how big the desktop is: the largest scale ≤ 1 at which the kiosk's screen and its frame fit. */
async function fitScale(executablePath: string, screen: { width: number; height: number }): Promise<number> {
  const probe = await chromium.launch({ executablePath, headless: false, args: CHROMIUM_ARGS });
  try {
    const page = await probe.newPage({ viewport: null });
    const desktop = await page.evaluate(() => ({ width: window.screen.availWidth, height: window.screen.availHeight }));
    const fit = Math.min(1, desktop.width / (screen.width + WINDOW_FRAME.width), desktop.height / (screen.height + WINDOW_FRAME.height));
    return Math.floor(fit * 100) / 100;
  } finally {
    await probe.close();
  }
}
