import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../shared/ipc/contract';
import { kioskApi } from '../../kioskApi';

type Result = ResponseOf<'testPrint'> | 'failed';

/** Prints a test page and says what the printer answered, in plain words. */
export function TestPrint() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const run = async () => {
    setBusy(true);
    const answer = await kioskApi().testPrint({});
    setResult(answer.ok ? answer.value : 'failed');
    setBusy(false);
  };
  const message = (): string => {
    if (result === null) return '';
    if (result === 'failed') return t('printerTest.failed');
    if (result.print?.status === 'printed') return t('printerTest.printed') + (result.status.paperNearEnd ? ` ${t('staff.paperNearEnd')}` : '');
    if (result.print?.status === 'failed') return `${t('printerTest.notPrinted')} ${t(`problem.${result.print.reason}`)}`;
    return `${t('printerTest.notPrinted')} ${t(`problem.${result.status.state}`)}`;
  };
  return (
    <div className="test-print">
      <button type="button" className="btn btn--secondary btn--small" disabled={busy} onClick={() => void run()}>
        {busy ? t('printerTest.printing') : t('printerTest.button')}
      </button>
      <p className="test-print__result" role="status" data-testid="test-print-result">
        {message()}
      </p>
    </div>
  );
}
