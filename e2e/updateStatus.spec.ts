import { DEMO_STAFF_PIN } from '../electron/services/kiosk/kioskCore';
import { updateProgressRecorder, updateTrialFile } from '../electron/services/updates/updateStatusFile';
import { installing, noTrial, starting, writeUpdateTrial } from '../electron/services/updates/updateTrial';
import { expect, test } from './fixtures';
import { enterStaffPin, expectAccessible, screen } from './kioskSteps';

test('the staff screen shows the running version, the update waiting to install, and a rollback', async ({ kiosk, transport }) => {
  test.skip(transport !== 'bridge', 'Writes the update files main would write into the bridge kiosk’s data folder');
  const { page, dataDir } = kiosk;
  await enterStaffPin(page, DEMO_STAFF_PIN);
  const status = page.getByTestId('software-status');
  await expect(status).toContainText('0.1.0');
  await expect(status).toContainText('자동 업데이트를 쓰지 않는 키오스크입니다.');

  // As main writes them: 1.3.0 failed to start twice and went back to 0.1.0; 1.4.0 is downloaded since.
  const onTrial = installing(noTrial, '0.1.0', '1.3.0');
  writeUpdateTrial(updateTrialFile(dataDir!), starting({ ...onTrial, trial: { ...onTrial.trial!, rollingBack: true } }, '0.1.0', new Date().toISOString()).state);
  const progress = updateProgressRecorder(dataDir!);
  progress.checking();
  progress.downloaded('1.4.0');

  await page.getByRole('button', { name: '새로 고침' }).click();
  await expect(status).toHaveAttribute('data-update-phase', 'downloaded');
  await expect(status).toContainText('1.4.0 받음: 업무가 끝나고 10분간 아무도 쓰지 않으면 설치합니다');
  await expect(page.getByTestId('update-outcome')).toHaveAttribute('data-outcome', 'rolled-back');
  await expect(page.getByTestId('update-outcome')).toContainText('1.3.0이(가) 두 번 시작하지 못해 이전 버전으로 되돌렸습니다');
  await expect(screen(page, 'staff')).toBeVisible();
  await expectAccessible(page);
});
