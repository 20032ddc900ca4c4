import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { openLogFiles, recentErrorsReader, recentLogText } from './logFiles';
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
  const errors = recentErrorsReader(dir, 2)();
  expect(errors.map((e) => e.message)).toEqual(['sync refused', 'the page crashed near 010-****-9753']);
  expect(Date.parse(errors[0]!.at)).toBeGreaterThan(Date.parse(errors[1]!.at));
  expect(recentErrorsReader(dir, 10)().map((e) => e.message)).toEqual(['sync refused', 'the page crashed near 010-****-9753', 'printer went away']);
  expect(recentErrorsReader(join(tempDir(), 'never'), 10)()).toEqual([]);
});

it('reads each log file once for the staff screen’s polls, then only what was appended, a line finished later included', () => {
  const dir = tempDir();
  const line = (level: string, msg: string, second: number) => `${JSON.stringify({ level, time: `2026-03-02T01:00:${String(second).padStart(2, '0')}.000Z`, msg })}\n`;
  const core = join(dir, 'sunbeon.2026-03-02.1.log');
  writeFileSync(core, line('info', 'started', 0) + line('error', 'printer went away', 1));
  let bytesRead = 0;
  const poll = recentErrorsReader(dir, 3, (path, position, length) => {
    const piece = readFileSync(path).subarray(position, position + length);
    bytesRead += piece.length;
    return piece;
  });
  expect(poll().map((e) => e.message)).toEqual(['printer went away']);
  const firstRead = bytesRead;
  expect(firstRead).toBe(statSync(core).size);

  for (let i = 0; i < 5; i++) poll();
  expect(bytesRead).toBe(firstRead);

  // Main writes to its own file; the core's error arrives in two writes.
  const main = join(dir, 'sunbeon-main.2026-03-02.1.log');
  writeFileSync(main, line('error', `the page crashed near ${phoneOf('010', '8642', '9753')}`, 2));
  const finished = line('error', 'sync refused', 3);
  appendFileSync(core, finished.slice(0, 20));
  expect(poll().map((e) => e.message)).toEqual(['the page crashed near 010-****-9753', 'printer went away']);
  appendFileSync(core, finished.slice(20));
  expect(poll().map((e) => e.message)).toEqual(['sync refused', 'the page crashed near 010-****-9753', 'printer went away']);
  expect(bytesRead).toBe(statSync(core).size + statSync(main).size);
});

it('reads only the newest part of a big file it has not seen, from a whole line', () => {
  const dir = tempDir();
  const file = join(dir, 'sunbeon.2026-03-02.1.log');
  const filler = `${JSON.stringify({ level: 'error', time: '2026-03-01T00:00:00.000Z', msg: 'x'.repeat(1_000) })}\n`.repeat(600);
  writeFileSync(file, filler + `${JSON.stringify({ level: 'error', time: '2026-03-02T01:00:00.000Z', msg: 'latest' })}\n`);
  let bytesRead = 0;
  const errors = recentErrorsReader(dir, 2, (path, position, length) => {
    bytesRead += length;
    return readFileSync(path).subarray(position, position + length);
  })();
  expect(errors.map((e) => e.message)).toEqual(['latest', 'x'.repeat(1_000)]);
  expect(bytesRead).toBe(512_000);
});
