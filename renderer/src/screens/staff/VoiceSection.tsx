import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageNames } from '../../../../shared/language';
import { useFlow } from '../../flow/FlowContext';
import { localVoiceFor } from '../../voice/localVoices';
import { StaffSection } from './StaffSection';

/** The system's voices, read again when it says they changed (Chromium fills the list after the first ask). */
function useSystemVoices(): readonly SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>([]);
  useEffect(() => {
    const synth = window.speechSynthesis as SpeechSynthesis | undefined;
    if (!synth) return;
    const read = () => setVoices(synth.getVoices());
    read();
    synth.addEventListener('voiceschanged', read);
    return () => synth.removeEventListener('voiceschanged', read);
  }, []);
  return voices;
}

/**
 * Which of the office's languages the voice guide can speak on this computer, and with which
 * voice: a language pack installed without its speech voice shows here, to staff, rather than
 * to a blind resident who hears nothing.
 */
export function VoiceSection() {
  const { t } = useTranslation();
  const offered = useFlow((s) => s.offeredLanguages);
  const voices = useSystemVoices();
  return (
    <StaffSection heading={t('staff.voiceHeading')} data-testid="voice-languages">
      <ul className="staff-section__list">
        {offered.map((language) => {
          const voice = localVoiceFor(language, voices);
          return (
            <li key={language} data-language={language} data-voice-found={voice ? 'yes' : 'no'}>
              <span lang={language}>{languageNames[language]}</span>: {voice ? voice.name : t('staff.voiceMissing')}
            </li>
          );
        })}
      </ul>
    </StaffSection>
  );
}
