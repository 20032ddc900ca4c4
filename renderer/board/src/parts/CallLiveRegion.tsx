import { useTranslation } from 'react-i18next';
import { useBoard } from '../boardStore';

/** The announced call in words, for screen readers and braille displays in the hall. */
export function CallLiveRegion() {
  const { t } = useTranslation('board');
  const call = useBoard((s) => s.spotlight);
  const values = call ? { number: call.displayNumber, counter: call.counterNumber } : null;
  return (
    <p className="visually-hidden" role="status" aria-live="assertive" aria-atomic="true" data-testid="call-announcement">
      {call && values && (
        <>
          <span lang="ko">{t('call.sentence', { ...values, lng: 'ko' })}</span>{' '}
          <span lang="en">{t('call.sentence', { ...values, lng: 'en' })}</span>
          {call.language !== 'ko' && call.language !== 'en' && (
            <>
              {' '}
              <span lang={call.language}>{t('call.sentence', { ...values, lng: call.language })}</span>
            </>
          )}
        </>
      )}
    </p>
  );
}
