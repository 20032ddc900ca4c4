import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { KioskApi } from '../shared/ipc/contract';
import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import { staticKeyProvider } from '../electron/services/privacy/keyProviders';
import { startVirtualPrinter } from '../tools/virtualPrinter/virtualPrinter';
import { openKioskPage, startKioskBridge } from './bridge/kioskBridge';
import { startDistrictWithKiosk } from './district/registeredKiosk';
import { expect, test } from './fixtures';
import { enterStaffPin, expectAccessible, screen } from './kioskSteps';

test.skip(({ transport }) => transport === 'electron', 'The keystore key comes from safeStorage under Electron; the bridge hands the core a test key over the same core protocol');
test.setTimeout(180_000);

const IT_TOKEN = randomBytes(24).toString('base64url');

test('the manager links a kiosk to the district on screen: the secret is sealed, the link starts without a restart, the audit log says only that it changed', async ({ browser }) => {
  const workDir = mkdtempSync(join(tmpdir(), 'sunbeon-district-link-'));
  const cleanups: Array<() => Promise<unknown>> = [];
  try {
    const printer = await startVirtualPrinter({ port: 0 });
    cleanups.push(() => printer.stop());
    const { server, credentials } = await startDistrictWithKiosk(workDir, IT_TOKEN);
    cleanups.push(() => server.kill());
    // No district from the environment; the core gets the keystore key as main would unseal it.
    const kiosk = await startKioskBridge({ dataDir: join(workDir, 'kiosk'), printerPort: printer.port, demo: true, keystore: staticKeyProvider(randomBytes(32)) });
    cleanups.push(() => kiosk.close());
    const page = await openKioskPage(browser, kiosk, { width: 1080, height: 1920 }, cleanups);
    const ticketKinds = () => page.evaluate(async () => {
      const answer = await (window as unknown as { sunbeon: KioskApi }).sunbeon.getOffice({});
      return answer.ok ? answer.value.ticketKinds : [];
    });
    expect(await ticketKinds()).toEqual(['paper']);

    await enterStaffPin(page, DEMO_STAFF_PIN);
    await expect(screen(page, 'staff')).toBeVisible();
    await page.getByRole('button', { name: '설정', exact: true }).click();
    const district = page.getByTestId('district-settings');
    await expect(district).toContainText('아직 구청 서버에 연결하지 않았습니다');

    await district.getByLabel('구청 서버 주소').fill('http://district.example.org');
    await district.getByLabel('키오스크 ID').fill(credentials.kioskId);
    await district.getByLabel('키오스크 비밀값').fill(credentials.secret);
    await district.getByRole('button', { name: '구청 서버 연결 저장' }).click();
    await expect(district.getByText(/구청 서버 주소는 https:\/\/로 시작합니다/)).toBeVisible();
    await expect(district.getByLabel('구청 서버 주소')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);

    await district.getByLabel('구청 서버 주소').fill(server.url);
    await district.getByRole('button', { name: '구청 서버 연결 저장' }).click();
    await expect(district.getByTestId('district-settings-status')).toHaveText('저장했습니다. 다시 시작하지 않아도 바로 연결합니다.');
    // Never shown again: the field is empty, and says an empty one keeps the secret.
    await expect(district.getByLabel('키오스크 비밀값')).toHaveValue('');
    await expect(district).toContainText('비워 두면 지금 비밀값을 그대로 씁니다.');
    expect(await ticketKinds()).toEqual(['paper', 'mobile']);

    // The district server hears from the kiosk with the credentials sealed a moment ago.
    await expect
      .poll(async () => {
        const response = await fetch(`${server.url}/api/v1/it/fleet`, { headers: { authorization: `Bearer ${IT_TOKEN}` } });
        const fleet = (await response.json()) as { offices: Array<{ kiosks: Array<{ kioskId: string; lastSeenAt: string | null }> }> };
        return fleet.offices.flatMap((office) => office.kiosks).find((entry) => entry.kioskId === credentials.kioskId)?.lastSeenAt ?? null;
      })
      .not.toBeNull();

    // The manager disconnects, after a confirmation: back to paper tickets only.
    await district.getByTestId('district-disconnect').click();
    await district.getByTestId('district-disconnect-confirm').click();
    await expect(page.getByTestId('district-settings-status')).toHaveText('연결을 끊고 비밀값을 지웠습니다.');
    expect(await ticketKinds()).toEqual(['paper']);

    await page.getByRole('button', { name: '보안·기록', exact: true }).click();
    await page.getByRole('button', { name: '기록 보기' }).click();
    const audit = page.getByTestId('audit-log');
    await expect(audit).toContainText('구청 서버 연결 변경');
    await expect(audit).toContainText('구청 서버 연결 끊음');
    await expect(audit).toContainText('"secret":"changed"');
    await expect(audit).not.toContainText(credentials.secret);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  }
});
