import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { openLogFiles, recentLogText } from './logFiles';
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
