import { useId, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { IssuedTicket } from '../../../shared/ipc/contract';
import { languageTags, type Language, textIn } from '../../../shared/language';
import { formatAsTyped } from '../../../shared/phoneNumber';
import { waitEstimateText } from '../../../shared/waitEstimateText';
import type { PrintFailureReason, PrinterProblem } from '../flow/flowTypes';

/** Each language named in itself, for the buttons that switch to it. */
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

/** "Opens again Mon 30 Nov 09:00", in the resident's language and Seoul time. */
function opensAgainText(opensAt: string | null, language: Language, t: TFunction): string {
  if (!opensAt) return t('services.notOpenNoDate');
  const when = new Date(opensAt).toLocaleString(languageTags[language], {
    timeZone: 'Asia/Seoul',
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  return t('services.opensAt', { when });
}

export function OpensAgain({ opensAt, language }: { opensAt: string | null; language: Language }) {
  const { t } = useTranslation();
  return <>{opensAgainText(opensAt, language, t)}</>;
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

/** What an issued ticket tells the resident besides its number: the service, who is ahead, how long. */
export function TicketFacts({ ticket, language }: { ticket: IssuedTicket; language: Language }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="selected-service">
        <strong className="selected-service__name">{textIn(ticket.serviceName, language)}</strong>
      </p>
      <p className="ahead">
        <Trans
          i18nKey="done.ahead"
          values={{ count: ticket.peopleAhead }}
          components={{ count: <strong className="ahead__count" data-testid="people-ahead" /> }}
        />
      </p>
      <p className="ahead">
        {t('done.estimate')} <strong data-testid="wait-estimate">{waitEstimateText(ticket.estimate, language)}</strong>
      </p>
    </>
  );
}

/** The phone number as typed, in large type: on the keypad while typing, and once more to check every digit before it is used. */
export function TypedPhone({ label, typed, testId }: { label: string; typed: string; testId: string }) {
  return (
    <div className="phone-display">
      <p className="phone-display__label">{label}</p>
      <p className="phone-display__number" data-testid={testId}>
        {formatAsTyped(typed)}
      </p>
    </div>
  );
}

/** After the confirmation the number is only ever shown like this: 010-****-5678. */
export function MaskedPhone({ maskedPhone }: { maskedPhone: string }) {
  const { t } = useTranslation();
  return (
    <p className="masked-phone">
      <span className="masked-phone__label">{t('mobile.phoneLabel')}</span>{' '}
      <strong className="masked-phone__number" data-testid="masked-phone">
        {maskedPhone}
      </strong>
    </p>
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
