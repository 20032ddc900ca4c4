import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { openLogFiles, recentLoggedErrors, recentLogText } from './logFiles';
import { phoneOf } from './testSupport/testPhones';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sunbeon-logs-'));
  made.push(dir);
  return dir;
};

it('writes masked lines to a dated rolling file and exports the newest of them', async () => {
  const dir = join(tempDir(), 'logs');
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    const files = await openLogFiles('sunbeon', dir);
    const phone = phoneOf('010', '2468', '1357');
    files.log.info(`a resident typed ${phone}`, { contact: phone });
    for (let i = 0; i < 50; i += 1) files.log.warn(`line ${i}`);
    files.close();
  } finally {
    stdout.mockRestore();
  }
  const written = readdirSync(dir);
  expect(written).toHaveLength(1);
  expect(written[0]).toMatch(/^sunbeon\.\d{4}-\d{2}-\d{2}\.1\.log$/);
  const content = readFileSync(join(dir, written[0]), 'utf8');
  expect(content).toContain('a resident typed 010-****-');
  expect(content).not.toContain(phoneOf('2468', '1357'));
  expect(content.trim().split('\n')).toHaveLength(51);

  const all = recentLogText(dir, 1_000_000);
  expect(all).toBe(content);
  const tail = recentLogText(dir, 200);
  expect(tail.length).toBeLessThanOrEqual(200);
  expect(tail.endsWith('"msg":"line 49"}\n')).toBe(true);
  // Whole lines only, however the cut falls.
  for (const line of tail.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
});

it('has nothing to export before anything was logged', () => {
  expect(recentLogText(join(tempDir(), 'never'), 1_000)).toBe('');
});

it('finds the latest errors of every process writing to the folder, newest first, masked', async () => {
  const dir = join(tempDir(), 'logs');
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    const core = await openLogFiles('sunbeon', dir);
    const main = await openLogFiles('sunbeon-main', dir);
    core.log.error('printer went away');
    core.log.warn('only a warning');
    await new Promise((resolve) => setTimeout(resolve, 5));
    main.log.error(`the page crashed near ${phoneOf('010', '8642', '9753')}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    core.log.error('sync refused');
    core.close();
    main.close();
  } finally {
    stdout.mockRestore();
  }
  const errors = recentLoggedErrors(dir, 2);
  expect(errors.map((e) => e.message)).toEqual(['sync refused', 'the page crashed near 010-****-9753']);
  expect(Date.parse(errors[0]!.at)).toBeGreaterThan(Date.parse(errors[1]!.at));
  expect(recentLoggedErrors(dir, 10).map((e) => e.message)).toEqual(['sync refused', 'the page crashed near 010-****-9753', 'printer went away']);
  expect(recentLoggedErrors(join(tempDir(), 'never'), 10)).toEqual([]);
});
