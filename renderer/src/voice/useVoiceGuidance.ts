import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { languageTags } from '../../../shared/language';
import type { FlowState } from '../flow/flowTypes';
import { useFlow } from '../flow/FlowContext';
import type { KeypadCommand } from '../keypad/keypadKeys';
import type { ResidentMode } from '../modes/residentModes';
import { sentences } from '../sentences';
import { voiceScriptFor, type Listening } from './voiceScript';
import { adjustVoice } from './voiceSettings';

export type VoiceCommand = Extract<KeypadCommand, 'help' | 'volumeUp' | 'volumeDown' | 'slower' | 'faster' | 'earphonesIn' | 'earphonesOut'>;

export interface VoiceGuidance {
  /** A voice key of the keypad (help, volume, rate, the earphone jack). */
  onKey(command: VoiceCommand): void;
  /** Turns a mode on or off and says so: "큰 글자 켜짐", and "음성 안내 꺼짐" as the voice's last words. */
  toggleMode(mode: ResidentMode): void;
}

/**
 * What to say when a control takes the focus: its own voice text (a service says its line in
 * words), else its name. A screen's title is not a control: the screen itself is said then. A
 * digit key (the phone's, the staff PIN's) stays silent through the loudspeaker, where it would
 * give the number away.
 */
function focusedControlSaid(element: HTMLElement, listening: Listening): string {
  if (!element.matches('button, a[href], input, select, [tabindex="0"]')) return '';
  const name = (element.dataset.voice ?? element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (listening === 'speaker' && /\d/.test(name)) return '';
  return name;
}

/**
 * Speaks what the screen shows through the system's offline voice (speechSynthesis; README
 * "Voice guidance" says why), only once the resident asked for it: the 음성 안내 switch, the
 * keypad's help key or earphones plugged in. A new screen interrupts what was being said; help
 * says it again; volume and rate keys say it again at the new setting. The idle warning is said
 * when it appears, a mode turned on or off is said as it changes, and so is the control the focus lands on.
 */
export function useVoiceGuidance(state: FlowState, idleWarning: boolean): VoiceGuidance {
  const { t } = useTranslation();
  const modes = useFlow((s) => s.modes);
  const on = modes.voice;
  const toggleStoredMode = useFlow((s) => s.toggleMode);
  const settings = useFlow((s) => s.voice);
  const setVoice = useFlow((s) => s.setVoice);
  const { language } = state;
  const text = voiceScriptFor(state, t, settings.listening);
  /** The voice switched by the resident, said before the screen (on) or instead of silence (off). */
  const voiceSwitched = useRef('');

  const say = useCallback(
    (words: string) => {
      const synth = window.speechSynthesis as SpeechSynthesis | undefined;
      if (!synth) return;
      synth.cancel();
      if (!words) return;
      const utterance = new SpeechSynthesisUtterance(words);
      utterance.lang = languageTags[language];
      utterance.volume = settings.volume;
      utterance.rate = settings.rate;
      const local = synth.getVoices().find((voice) => voice.localService && voice.lang.toLowerCase().startsWith(language));
      if (local) utterance.voice = local;
      synth.speak(utterance);
    },
    [language, settings.volume, settings.rate],
  );

  // Speaks on a new screen and again when the resident changed how it sounds; a reset for the next resident falls silent.
  useEffect(() => {
    const switched = voiceSwitched.current;
    voiceSwitched.current = '';
    if (on) say(sentences(language, switched, text));
    else if (switched) say(switched);
    else window.speechSynthesis?.cancel();
  }, [on, text, say, language]);

  // Keypad feedback: where the focus lands is said, so a resident who cannot see knows what OK will press.
  const { listening } = settings;
  useEffect(() => {
    if (!on) return;
    const sayFocused = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement)) return;
      const words = focusedControlSaid(event.target, listening);
      if (words) say(words);
    };
    window.addEventListener('focusin', sayFocused);
    return () => window.removeEventListener('focusin', sayFocused);
  }, [on, listening, say]);

  // The idle warning is said too: a resident who cannot see it would otherwise lose the screen.
  useEffect(() => {
    if (on && idleWarning) say(t('app.idleAlert'));
  }, [on, idleWarning, say, t]);

  const toggleMode = useCallback(
    (mode: ResidentMode) => {
      const phrase = t(modes[mode] ? 'modes.turnedOff' : 'modes.turnedOn', { mode: t(`modes.${mode}`) });
      if (mode === 'voice') voiceSwitched.current = phrase;
      else if (on) say(phrase);
      toggleStoredMode(mode);
    },
    [modes, on, say, t, toggleStoredMode],
  );

  const onKey = useCallback(
    (command: VoiceCommand) => {
      switch (command) {
        case 'help':
          if (on) say(text);
          else toggleMode('voice');
          return;
        case 'earphonesIn':
          setVoice({ ...settings, listening: 'earphones' });
          if (!on) toggleMode('voice');
          return;
        case 'earphonesOut':
          setVoice({ ...settings, listening: 'speaker' });
          return;
        default:
          setVoice(adjustVoice(settings, command));
      }
    },
    [on, text, say, toggleMode, settings, setVoice],
  );
  return { onKey, toggleMode };
}
