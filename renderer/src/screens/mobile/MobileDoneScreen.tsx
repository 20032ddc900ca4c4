import { useTranslation } from 'react-i18next';
import type { MobileState } from '../../flow/flowTypes';
import { useFlow } from '../../flow/FlowContext';
import { Busy, MaskedPhone, PrinterNotice, ScreenTitle, TicketFacts, TicketNumber } from '../parts';

type Props = { state: Extract<MobileState, { name: 'mobileDone' }> };

function CopyStatus({ copy }: { copy: Props['state']['copy'] }) {
  const { t } = useTranslation();
  switch (copy.status) {
    case 'none':
      return null;
    case 'printing':
      return <Busy label={t('mobile.copyPrinting')} />;
    case 'printed':
      return <p className="notice notice--info">{t('mobile.copyPrinted')}</p>;
    case 'failed':
      return <PrinterNotice problem={copy.reason} action={`${t('mobile.copyFailed')} ${t('mobile.copyFailedAction')}`} />;
  }
}

/** When messages may come late, the paper copy becomes the main way on. */
export function MobileDoneScreen({ state }: Props) {
  const { t } = useTranslation();
  const reset = useFlow((s) => s.reset);
  const printMobileCopy = useFlow((s) => s.printMobileCopy);
  const { ticket, messagesMayBeLate, copy } = state;
  const copyButtonShown = state.copyOffered && (copy.status === 'none' || copy.status === 'failed');
  const copyFirst = copyButtonShown && messagesMayBeLate;
  return (
    <div className="result result--mobile">
      <div className="result__text">
        <ScreenTitle>{t('mobile.doneTitle')}</ScreenTitle>
        <p className="lead lead--strong">{t('mobile.kakao')}</p>
        <MaskedPhone maskedPhone={state.maskedPhone} />
      </div>
      <div className="result__ticket">
        <TicketNumber displayNumber={ticket.displayNumber} />
        <TicketFacts ticket={ticket} language={state.language} />
      </div>
      {(messagesMayBeLate || copy.status !== 'none') && (
        <div className="result__notes">
          {messagesMayBeLate && (
            <p className="notice notice--warning" data-testid="messages-late">
              {t('mobile.late')}
            </p>
          )}
          <CopyStatus copy={copy} />
        </div>
      )}
      <div className="result__actions">
        {copyButtonShown && (
          <button type="button" className={copyFirst ? 'btn btn--primary' : 'btn btn--secondary'} onClick={() => void printMobileCopy()}>
            {t('mobile.alsoPaper')}
          </button>
        )}
        <button type="button" className={copyFirst ? 'btn btn--secondary' : 'btn btn--primary'} data-enter onClick={reset}>
          {t('done.finish')}
        </button>
      </div>
    </div>
  );
}
