import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { districtSettingSchema, kioskSecretSchema } from '../../../../shared/district/setting';
import type { ResponseOf } from '../../../../shared/ipc/contract';
import { TextField } from '../admin/fields';
import { fieldProblems, type FieldProblems } from '../admin/fieldProblems';
import { useStaffCall } from '../staff/useStaffCall';

type Loaded = ResponseOf<'getDistrictSetting'>;
const formSchema = z.object({ setting: districtSettingSchema, secret: kioskSecretSchema.nullable() });

/** The district server link and the kiosk's credentials: the secret is typed once, sealed, never shown again. */
export function DistrictSettings() {
  const { t } = useTranslation();
  const call = useStaffCall();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [serverUrl, setServerUrl] = useState('');
  const [publicUrl, setPublicUrl] = useState('');
  const [kioskId, setKioskId] = useState('');
  const [secret, setSecret] = useState('');
  const [problems, setProblems] = useState<FieldProblems>(new Map());
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const show = (value: Loaded) => {
    setLoaded(value);
    setServerUrl(value.setting?.serverUrl ?? '');
    setPublicUrl(value.setting?.publicUrl ?? '');
    setKioskId(value.setting?.kioskId ?? '');
    setSecret('');
  };
  useEffect(() => {
    void call((kiosk) => kiosk.getDistrictSetting({})).then((answer) => {
      if (answer?.ok) show(answer.value);
      else if (answer) setMessage(answer.error.message);
    });
  }, [call]);

  const save = async () => {
    const form = { setting: { serverUrl, publicUrl: publicUrl.trim() || null, kioskId }, secret: secret === '' && loaded?.setting ? null : secret };
    const checked = fieldProblems(formSchema, form, (key, options) => t(key, options));
    setProblems(checked.ok ? new Map() : checked.problems);
    if (!checked.ok) return setMessage('');
    setBusy(true);
    const answer = await call((kiosk) => kiosk.saveDistrictSetting(checked.value));
    setBusy(false);
    if (!answer) return;
    if (answer.ok) {
      show({ setting: answer.value.setting, canSeal: true });
      setMessage(t('districtSettings.saved'));
    } else {
      setMessage(`${t('districtSettings.notSaved')} ${answer.error.message}`);
    }
  };

  const disconnect = async () => {
    setConfirming(false);
    setBusy(true);
    const answer = await call((kiosk) => kiosk.disconnectDistrict({ confirm: true }));
    setBusy(false);
    if (!answer) return;
    if (answer.ok) {
      show({ setting: null, canSeal: true });
      setMessage(t('districtSettings.disconnected'));
    } else {
      setMessage(answer.error.message);
    }
  };

  if (loaded && !loaded.canSeal) return <p>{t('districtSettings.noKeystore')}</p>;
  return (
    <div className="district-settings" data-testid="district-settings">
      <p>{loaded?.setting ? t('districtSettings.lead') : t('districtSettings.notLinked')}</p>
      <TextField label={t('districtSettings.serverUrl')} path="setting.serverUrl" problems={problems} value={serverUrl} onChange={setServerUrl} />
      <TextField label={t('districtSettings.publicUrl')} hint={t('districtSettings.publicUrlHint')} path="setting.publicUrl" problems={problems} value={publicUrl} onChange={setPublicUrl} />
      <TextField label={t('districtSettings.kioskId')} path="setting.kioskId" problems={problems} value={kioskId} onChange={setKioskId} />
      <TextField
        type="password"
        label={t('districtSettings.secret')}
        hint={loaded?.setting ? t('districtSettings.secretKept') : undefined}
        path="secret"
        problems={problems}
        value={secret}
        onChange={setSecret}
        autoComplete="new-password"
      />
      <button type="button" className="btn btn--secondary btn--small" disabled={busy || !loaded} onClick={() => void save()}>
        {t('districtSettings.save')}
      </button>
      {loaded?.setting &&
        (confirming ? (
          <div role="group" aria-label={t('districtSettings.disconnect')} className="button-row">
            <p>{t('districtSettings.disconnectConfirm')}</p>
            <button type="button" className="btn btn--secondary btn--small" data-testid="district-disconnect-confirm" onClick={() => void disconnect()}>
              {t('districtSettings.disconnectYes')}
            </button>
            <button type="button" className="btn btn--secondary btn--small" onClick={() => setConfirming(false)}>
              {t('districtSettings.disconnectNo')}
            </button>
          </div>
        ) : (
          <button type="button" className="btn btn--secondary btn--small" data-testid="district-disconnect" disabled={busy} onClick={() => setConfirming(true)}>
            {t('districtSettings.disconnect')}
          </button>
        ))}
      <p role="status" className="staff-section__status" data-testid="district-settings-status">
        {message}
      </p>
    </div>
  );
}
