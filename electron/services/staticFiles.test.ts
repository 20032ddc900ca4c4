import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from './testSupport/tempDir';
import { resolveKioskPageFile, resolveStaticFile } from './staticFiles';

const tempDir = useTempDirs();

function site() {
  const dir = tempDir();
  const root = join(dir, 'pages');
  mkdirSync(join(root, 'assets', 'fonts'), { recursive: true });
  mkdirSync(join(root, 'assets', 'folder.js'));
  writeFileSync(join(root, 'assets', 'app.js'), 'ok');
  writeFileSync(join(root, 'assets', 'fonts', 'a b.woff2'), 'font');
  writeFileSync(join(root, 'secret.json'), '{}');
  writeFileSync(join(dir, 'outside.js'), 'no');
  symlinkSync(join(dir, 'outside.js'), join(root, 'assets', 'link.js'));
  return join(root, 'assets');
}

describe('resolveStaticFile', () => {
  it('finds files inside the root, decoding the URL path once', async () => {
    const root = site();
    expect(await resolveStaticFile(root, 'app.js')).toEqual({ file: expect.stringMatching(/app\.js$/), contentType: 'text/javascript; charset=utf-8' });
    expect(await resolveStaticFile(root, '/fonts/a%20b.woff2')).toMatchObject({ contentType: 'font/woff2' });
  });

  it.each([
    ['../secret.json'],
    ['..%2fsecret.json'],
    ['%2e%2e/secret.json'],
    ['fonts/../../secret.json'],
    ['%252e%252e/secret.json'],
    ['/etc/passwd.json'],
    ['..\\secret.json'],
    ['app.js%00.png'],
    ['%E0%A4%A.js'],
    ['link.js'],
    ['folder.js'],
    ['missing.js'],
    ['app.exe'],
    [''],
  ])('refuses %j', async (urlPath) => {
    expect(await resolveStaticFile(site(), urlPath)).toBeNull();
  });
});

describe('resolveKioskPageFile', () => {
  it("serves the renderer's files, and under /office-fonts/ only the faces in the data folder's office-fonts", async () => {
    const renderer = site();
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'office-fonts'));
    writeFileSync(join(dataDir, 'office-fonts', 'Pretendard-Bold.office.ttf'), 'face');
    writeFileSync(join(dataDir, 'kiosk.json'), '{}');
    // Anything else found among the faces (the core writes only faces and their characters.txt there).
    for (const other of ['planted.js', 'planted.html', 'characters.txt']) writeFileSync(join(dataDir, 'office-fonts', other), 'window.planted = 1;');
    expect(await resolveKioskPageFile(renderer, dataDir, '/app.js')).toMatchObject({ contentType: 'text/javascript; charset=utf-8' });
    expect(await resolveKioskPageFile(renderer, dataDir, '/office-fonts/Pretendard-Bold.office.ttf')).toEqual({
      file: join(dataDir, 'office-fonts', 'Pretendard-Bold.office.ttf'),
      contentType: 'font/ttf',
    });
    for (const outside of ['/office-fonts/../kiosk.json', '/office-fonts/%2e%2e/kiosk.json', '/kiosk.json', '/office-fonts/', '/office-fonts/planted.js', '/office-fonts/planted.html', '/office-fonts/characters.txt']) {
      expect(await resolveKioskPageFile(renderer, dataDir, outside)).toBeNull();
    }
  });
});
