import { useTranslation } from 'react-i18next';
import type { FlowState } from '../flow/flowTypes';
import { OpensAgain, PrinterNotice, ScreenTitle } from './parts';

type Props = { state: Extract<FlowState, { name: 'error' }> };

/** Nothing was issued. Residents read what happened in plain words, never the technical message. */
export function ErrorScreen({ state }: Props) {
  const { t } = useTranslation();
  const { reason } = state;
  switch (reason.kind) {
    case 'printer':
      return (
        <div className="stack stack--center" data-testid="error-printer" data-printer-problem={reason.problem}>
          <ScreenTitle>{t('error.printerTitle')}</ScreenTitle>
          <PrinterNotice problem={reason.problem} />
        </div>
      );
    case 'service-closed':
      return (
        <div className="stack stack--center" data-testid="error-service-closed">
          <ScreenTitle>{t('error.closedTitle')}</ScreenTitle>
          <p className="lead">{t('error.closedBody')}</p>
        </div>
      );
    case 'service-not-open':
      return (
        <div className="stack stack--center" data-testid="error-service-not-open">
          <ScreenTitle>{t('error.notOpenTitle')}</ScreenTitle>
          <p className="lead">
            <OpensAgain opensAt={reason.opensAt} language={state.language} />
          </p>
        </div>
      );
    case 'generic':
      return (
        <div className="stack stack--center" data-testid="error-generic">
          <ScreenTitle>{t('error.genericTitle')}</ScreenTitle>
          <p className="lead">{t('error.genericBody')}</p>
        </div>
      );
  }
}
