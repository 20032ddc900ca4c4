import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startRemoteView, type RemoteView } from './remoteView';

const JPEG_START = Buffer.from([0xff, 0xd8, 0xff]);
let browser: Browser;
let view: RemoteView;
let screenDir: string;
const events: string[] = [];

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.SUNBEON_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 400, height: 300 } });
  await page.exposeFunction('record', (event: string) => events.push(event));
  await page.setContent(`<button id="tap" style="position:absolute;left:100px;top:100px;width:80px;height:40px">tap</button>
    <script>
      document.getElementById('tap').addEventListener('click', () => window.record('click'));
      window.addEventListener('keydown', (event) => window.record('key ' + event.key));
    </script>`);
  screenDir = mkdtempSync(join(tmpdir(), 'sunbeon-view-'));
  view = await startRemoteView({ page, port: 0, screenDir });
}, 60_000);

afterAll(async () => {
  await view?.close();
  await browser?.close();
  rmSync(screenDir, { recursive: true, force: true });
});

const post = (path: string, body: unknown) =>
  fetch(new URL(path, view.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the remote view of a headless kiosk', () => {
  it('serves the viewer page and a live screenshot, and keeps the latest in a file', async () => {
    const page = await fetch(view.url);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('<script src="/view.js"></script>');
    const screen = await fetch(new URL('/screen.jpg', view.url));
    expect(screen.headers.get('content-type')).toBe('image/jpeg');
    const image = Buffer.from(await screen.arrayBuffer());
    expect(image.subarray(0, 3)).toEqual(JPEG_START);
    const file = join(screenDir, 'kiosk.jpg');
    expect(existsSync(file) && readFileSync(file).subarray(0, 3)).toEqual(JPEG_START);
  });

  it('forwards a click at the screen position and the keypad keys to the kiosk page', async () => {
    expect((await post('/click', { x: 5, y: 5 })).status).toBe(200);
    expect((await post('/click', { x: 140, y: 120 })).status).toBe(200);
    expect((await post('/key', { key: '7' })).status).toBe(200);
    expect((await post('/key', { key: 'Backspace' })).status).toBe(200);
    await vi.waitFor(() => expect(events).toEqual(['click', 'key 7', 'key Backspace']));
  });

  it('refuses anything but a position and the keypad keys', async () => {
    expect((await post('/click', { x: 'a', y: 1 })).status).toBe(400);
    expect((await post('/click', { x: 1, y: 1, button: 'right' })).status).toBe(400);
    expect((await post('/key', { key: 'Control+w' })).status).toBe(400);
    expect((await post('/key', { key: 'F12' })).status).toBe(400);
    expect(events).not.toContain('key F12');
  });
});
