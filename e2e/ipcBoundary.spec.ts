import { kioskMethods } from '../shared/ipc/contract';
import { expect, test } from './fixtures';

test('the page gets only the named kiosk API, and a bad payload gets a clear refusal', async ({ kiosk }) => {
  const { page } = kiosk;
  const exposed = await page.evaluate(() => ({
    methods: Object.keys((window as unknown as { sunbeon: object }).sunbeon).sort(),
    hasIpcRenderer: 'ipcRenderer' in window,
    hasRequire: typeof (window as unknown as { require?: unknown }).require,
    hasProcess: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(exposed).toEqual({ methods: [...kioskMethods].sort(), hasIpcRenderer: false, hasRequire: 'undefined', hasProcess: 'undefined' });

  const refusal = await page.evaluate(() =>
    (window as unknown as { sunbeon: { issueTicket(r: unknown): Promise<unknown> } }).sunbeon.issueTicket({ serviceId: '', kind: 'mobile', language: 'fr' }),
  );
  expect(refusal).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  expect((refusal as { error: { message: string } }).error.message).toMatch(/serviceId|kind|language/);
  expect(kiosk.printer.jobs).toHaveLength(0);
});
