import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../shared/ipc/contract';
import { paperWidthsMm, printerSettingSchema, type PaperWidthMm, type PrinterStatusView } from '../../../../shared/printer';
import { useStaffCall } from '../staff/useStaffCall';
import { SelectField, TextField } from './fields';
import { fieldProblems, type FieldProblems } from './fieldProblems';
import { TestPrint } from './TestPrint';

type Loaded = ResponseOf<'getPrinterSetting'>;

/**
 * The kiosk's receipt printer: its address and roll width, changed while the kiosk runs (a ticket
 * printing finishes on the old printer first), what the printer answers now, and a test print.
 */
export function PrinterSettings() {
  const { t } = useTranslation();
  const call = useStaffCall();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [address, setAddress] = useState('');
  const [paperWidthMm, setPaperWidthMm] = useState<PaperWidthMm>(80);
  const [problems, setProblems] = useState<FieldProblems>(new Map());
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const show = (value: Loaded) => {
    setLoaded(value);
    setAddress(value.setting?.address ?? '');
    setPaperWidthMm(value.setting?.paperWidthMm ?? 80);
  };
  useEffect(() => {
    void call((kiosk) => kiosk.getPrinterSetting({})).then((answer) => {
      if (answer?.ok) show(answer.value);
      else if (answer) setMessage(answer.error.message);
    });
  }, [call]);

  const statusWords = (status: PrinterStatusView) =>
    t('printerSettings.status', { status: status.state === 'ready' ? t('printerSettings.ready') : t(`problem.${status.state}`) }) +
    (status.paperNearEnd ? ` ${t('staff.paperNearEnd')}` : '');

  const save = async () => {
    const checked = fieldProblems(printerSettingSchema, { address, paperWidthMm }, (key, options) => t(key, options));
    setProblems(checked.ok ? new Map() : checked.problems);
    if (!checked.ok) return setMessage('');
    setBusy(true);
    setMessage(t('printerSettings.saving'));
    const answer = await call((kiosk) => kiosk.savePrinterSetting(checked.value));
    setBusy(false);
    if (!answer) return;
    if (answer.ok) {
      show(answer.value);
      setMessage(t('printerSettings.saved'));
    } else {
      setMessage(`${t('printerSettings.notSaved')} ${answer.error.message}`);
    }
  };

  return (
    <div className="printer-settings" data-testid="printer-settings">
      {loaded && !loaded.setting && <p>{t('printerSettings.notSet')}</p>}
      <TextField label={t('printerSettings.address')} hint={t('printerSettings.addressHint')} path="address" problems={problems} value={address} onChange={setAddress} />
      <SelectField
        label={t('printerSettings.paperWidth')}
        path="paperWidthMm"
        problems={problems}
        value={String(paperWidthMm)}
        options={paperWidthsMm.map((mm) => ({ value: String(mm), label: t('printerSettings.paperWidthMm', { mm }) }))}
        onChange={(value) => setPaperWidthMm(Number(value) as PaperWidthMm)}
      />
      <button type="button" className="btn btn--secondary btn--small" disabled={busy} onClick={() => void save()}>
        {t('printerSettings.save')}
      </button>
      <p role="status" className="staff-section__status" data-testid="printer-settings-status">
        {[message, loaded ? statusWords(loaded.status) : ''].filter(Boolean).join(' ')}
      </p>
      <TestPrint />
    </div>
  );
}
