import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlow } from '../flow/FlowContext';
import type { VoiceGuidance } from '../voice/useVoiceGuidance';
import { residentModes } from './residentModes';

/**
 * The voice and the three display modes as switches, low in the bottom bar on every resident
 * screen, and while the voice is on a "say again" button beside them (the keypad's help key does
 * the same). On the start screen nobody has chosen a language yet, so the labels read in Korean
 * and English. Each switch is said aloud as it flips.
 */
export function ModeBar({ bilingual, voice }: { bilingual: boolean; voice: VoiceGuidance }) {
  const { t, i18n } = useTranslation();
  const modes = useFlow((s) => s.modes);
  const labelId = useId();
  const en = i18n.getFixedT('en');
  return (
    <div className="modes" role="group" aria-labelledby={labelId}>
      <span className="visually-hidden" id={labelId}>
        {t('modes.title')}
      </span>
      {residentModes.map((mode) => (
        <button
          key={mode}
          type="button"
          className="btn btn--secondary btn--mode"
          aria-pressed={modes[mode]}
          data-mode={mode}
          onClick={(event) => {
            event.stopPropagation();
            voice.toggleMode(mode);
          }}
        >
          {t(`modes.${mode}`)}
          {bilingual && (
            <>
              {' '}
              <span lang="en">{en(`modes.${mode}`)}</span>
            </>
          )}
        </button>
      ))}
      {modes.voice && (
        <button
          type="button"
          className="btn btn--secondary btn--mode"
          onClick={(event) => {
            event.stopPropagation();
            voice.onKey('help');
          }}
        >
          {t('modes.sayAgain')}
          {bilingual && (
            <>
              {' '}
              <span lang="en">{en('modes.sayAgain')}</span>
            </>
          )}
        </button>
      )}
    </div>
  );
}
