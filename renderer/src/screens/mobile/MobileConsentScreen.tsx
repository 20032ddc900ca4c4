import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/language';
import type { MobileState } from '../../flow/flowTypes';
import { useFlow } from '../../flow/FlowContext';
import { ScreenTitle } from '../parts';
import { consentTerms } from './consentTerms';

type Props = { state: Extract<MobileState, { name: 'mobileConsent' }> };

/**
 * The PIPA Art. 15(2) notice in plain words: purpose, item, retention, and the right to refuse
 * with its consequence. Refusing is never a dead end: it issues the paper ticket (Art. 22(5)).
 */
export function MobileConsentScreen({ state }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const send = useFlow((s) => s.send);
  const choosePaperInstead = useFlow((s) => s.choosePaperInstead);
  const reset = useFlow((s) => s.reset);
  const paperOffered = state.office.ticketKinds.includes('paper');
  const terms = consentTerms(state.office, t, language);

  return (
    <div className="stack consent">
      <ScreenTitle>{t('mobile.consentTitle')}</ScreenTitle>
      <p className="lead">{t('mobile.consentLead')}</p>
      <dl className="consent__terms">
        {terms.map(([term, text]) => (
          <div key={term} className="consent__term">
            <dt>{term}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('voice.digitsOnlyPrivately')}</p>
      <div className="choice-actions">
        <button type="button" className="btn btn--primary" data-enter onClick={() => send({ type: 'consentGiven' })}>
          {t('mobile.agree')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={paperOffered ? () => void choosePaperInstead() : reset}>
          {t(paperOffered ? 'mobile.declinePaper' : 'mobile.declineToStart')}
        </button>
      </div>
    </div>
  );
}
