import { expect, test } from './fixtures';

test.describe('the Electron shell', () => {
  test.skip(({ transport }) => transport !== 'electron', 'Window preferences and navigation guards exist only under real Electron');

  test('runs the page isolated and sandboxed, from app://, in a kiosk window', async ({ kiosk }) => {
    const { page } = kiosk;
    expect(page.url()).toBe('app://kiosk/index.html');
    const mainWorld = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      // contextBridge hands the page proxies: only an isolated preload's functions print as native code.
      bridged: String((window as unknown as { sunbeon: { getOffice: () => unknown } }).sunbeon.getOffice),
    }));
    expect(mainWorld).toEqual({ require: 'undefined', process: 'undefined', bridged: expect.stringContaining('[native code]') });
    const window = await kiosk.electronApp!.evaluate(({ BrowserWindow }) => {
      const [only, ...others] = BrowserWindow.getAllWindows();
      return { kiosk: only.isKiosk(), others: others.length };
    });
    expect(window).toEqual({ kiosk: true, others: 0 });
  });

  test('denies navigation away, new windows and permission requests', async ({ kiosk }) => {
    const { page } = kiosk;
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://kiosk/index.html');
    const geolocation = await page.evaluate(
      () => new Promise((resolve) => navigator.geolocation.getCurrentPosition(() => resolve('granted'), () => resolve('denied'))),
    );
    expect(geolocation).toBe('denied');
  });

  test('has no application menu, keeps the display awake, and swallows reload, devtools and zoom keys', async ({ kiosk }) => {
    const { page } = kiosk;
    const shell = await kiosk.electronApp!.evaluate(({ BrowserWindow, Menu }) => ({
      menu: Menu.getApplicationMenu(),
      devtools: BrowserWindow.getAllWindows()[0].webContents.isDevToolsOpened(),
    }));
    expect(shell).toEqual({ menu: null, devtools: false });
    await page.getByRole('button', { name: '한국어', exact: true }).click();
    await expect(page.getByTestId('screen-chooseService')).toBeVisible();
    for (const key of ['Control+r', 'F5', 'F12', 'Control+Shift+I', 'Control+=', 'Control+w', 'Alt+ArrowLeft']) await page.keyboard.press(key);
    // A reload or a history move would have put the page back on the start screen.
    await expect(page.getByTestId('screen-chooseService')).toBeVisible();
    const after = await kiosk.electronApp!.evaluate(({ BrowserWindow }) => {
      const [window] = BrowserWindow.getAllWindows();
      return { devtools: window.webContents.isDevToolsOpened(), zoom: window.webContents.getZoomFactor(), open: !window.isDestroyed() };
    });
    expect(after).toEqual({ devtools: false, zoom: 1, open: true });
  });
});
