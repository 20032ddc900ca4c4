import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify from 'fastify';
import type { Page } from '@playwright/test';
import { z } from 'zod';

/**
 * The kiosk seen from another machine without a desktop, VNC or any package: a page on 127.0.0.1
 * that shows the live kiosk screen (a fresh screenshot as soon as the last one is shown) and sends
 * clicks and keys back to it. Meanwhile the latest screen is also kept in a file, for `scp`.
 */
export interface RemoteView {
  url: string;
  close(): Promise<void>;
}

const clickSchema = z.object({ x: z.number().min(0).max(4000), y: z.number().min(0).max(4000) }).strict();
/** The keys the kiosk flow needs: digits for a phone number, and moving about the screens. */
const keySchema = z.object({ key: z.string().regex(/^([0-9]|Enter|Backspace|Escape|Tab|ArrowUp|ArrowDown|ArrowLeft|ArrowRight| )$/) }).strict();
const FILE_REFRESH_MS = 5_000;

export async function startRemoteView(options: { page: Page; port: number; screenDir: string }): Promise<RemoteView> {
  const { page } = options;
  mkdirSync(options.screenDir, { recursive: true });
  const screenFile = join(options.screenDir, 'kiosk.jpg');
  let inFlight: Promise<Buffer> | null = null;
  let lastShotAt = 0;
  // One screenshot at a time, shared by every viewer asking meanwhile: two cores, several viewers.
  const screenshot = (): Promise<Buffer> => {
    inFlight ??= page
      .screenshot({ type: 'jpeg', quality: 70, animations: 'allow', caret: 'initial' })
      .then((image) => {
        lastShotAt = Date.now();
        writeFileSync(screenFile, image);
        return image;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
  const fileRefresh = setInterval(() => {
    if (Date.now() - lastShotAt >= FILE_REFRESH_MS) void screenshot().catch(() => undefined);
  }, FILE_REFRESH_MS);

  const app = Fastify({ logger: false, bodyLimit: 1024 });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', "default-src 'self'; img-src 'self' blob:; style-src 'unsafe-inline'; frame-ancestors 'none'");
    reply.header('cache-control', 'no-store');
  });
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(VIEW_PAGE));
  app.get('/view.js', async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(VIEW_SCRIPT));
  app.get('/screen.jpg', async (_request, reply) => reply.type('image/jpeg').send(await screenshot()));
  app.post('/click', async (request, reply) => {
    const parsed = clickSchema.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: z.prettifyError(parsed.error) });
    await page.mouse.click(parsed.data.x, parsed.data.y);
    return { ok: true };
  });
  app.post('/key', async (request, reply) => {
    const parsed = keySchema.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send({ error: z.prettifyError(parsed.error) });
    await page.keyboard.press(parsed.data.key === ' ' ? 'Space' : parsed.data.key);
    return { ok: true };
  });
  const url = await app.listen({ host: '127.0.0.1', port: options.port });
  return {
    url: `${url}/`,
    async close() {
      clearInterval(fileRefresh);
      await app.close();
    },
  };
}

const VIEW_PAGE = `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>순번 키오스크 — remote view</title>
<style>
  html, body { margin: 0; height: 100%; background: #1e1e1e; color: #ddd; font: 14px sans-serif; }
  body { display: flex; flex-direction: column; align-items: center; }
  p { margin: 6px; }
  img { flex: 1; min-height: 0; max-width: 100%; object-fit: contain; cursor: pointer; outline: 1px solid #555; }
</style>
</head>
<body>
<p>The live kiosk screen: click to tap, type digits and Enter/Backspace/Escape to use its keypad.</p>
<img id="screen" alt="The kiosk screen">
<script src="/view.js"></script>
</body>
</html>`;

const VIEW_SCRIPT = `
const screen = document.getElementById('screen');
async function refresh() {
  try {
    const response = await fetch('/screen.jpg', { cache: 'no-store' });
    if (response.ok) {
      const previous = screen.src;
      screen.src = URL.createObjectURL(await response.blob());
      await screen.decode().catch(() => undefined);
      if (previous) URL.revokeObjectURL(previous);
    }
  } catch {}
  setTimeout(refresh, 250);
}
function send(path, body) {
  return fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
screen.addEventListener('click', (event) => {
  const box = screen.getBoundingClientRect();
  // object-fit: contain letterboxes the image inside the element.
  const scale = Math.min(box.width / screen.naturalWidth, box.height / screen.naturalHeight);
  const left = (box.width - screen.naturalWidth * scale) / 2;
  const top = (box.height - screen.naturalHeight * scale) / 2;
  const x = (event.clientX - box.left - left) / scale;
  const y = (event.clientY - box.top - top) / scale;
  if (x >= 0 && y >= 0 && x <= screen.naturalWidth && y <= screen.naturalHeight) void send('/click', { x, y });
});
window.addEventListener('keydown', (event) => {
  if (/^([0-9]|Enter|Backspace|Escape|Tab|ArrowUp|ArrowDown|ArrowLeft|ArrowRight| )$/.test(event.key)) {
    event.preventDefault();
    void send('/key', { key: event.key });
  }
});
refresh();
`;
