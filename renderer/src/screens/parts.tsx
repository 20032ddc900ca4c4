import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/office';
import type { PrintFailureReason, PrinterProblem } from '../flow/flowMachine';

/** Each language named in itself, for the buttons that switch to it. */
export const languageNames: Record<Language, string> = { ko: '한국어', en: 'English' };

/** Every screen has exactly one h1; the app moves focus to it when the screen changes. */
export function ScreenTitle({ children }: { children: ReactNode }) {
  return (
    <h1 className="screen-title" tabIndex={-1}>
      {children}
    </h1>
  );
}

type PrinterNoticeProps = { problem: PrinterProblem | PrintFailureReason; action?: string };

/** A plain-words printer problem followed by what to do about it (by default: tell the staff). */
export function PrinterNotice({ problem, action }: PrinterNoticeProps) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--warning">
      <p className="notice__reason">{t(`problem.${problem}`)}</p>
      <p className="notice__action">{action ?? t('tellStaff')}</p>
    </div>
  );
}

export function TicketNumber({ displayNumber }: { displayNumber: string }) {
  const { t } = useTranslation();
  return (
    <div className="ticket-card">
      <p className="ticket-card__label">{t('done.numberLabel')}</p>
      <p className="ticket-card__number" data-testid="ticket-number">
        {displayNumber}
      </p>
    </div>
  );
}

/** An indeterminate progress bar with its label written out, for waits of a few seconds. */
export function Busy({ label }: { label: string }) {
  const labelId = useId();
  return (
    <div className="busy">
      <div className="busy__bar" role="progressbar" aria-labelledby={labelId}>
        <div className="busy__fill" />
      </div>
      <p className="busy__label" id={labelId}>
        {label}
      </p>
    </div>
  );
}
