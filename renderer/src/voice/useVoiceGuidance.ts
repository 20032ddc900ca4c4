import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { languageTags, languages, type Language } from '../../../shared/language';
import type { FlowState } from '../flow/flowTypes';
import { useFlow } from '../flow/FlowContext';
import type { KeypadCommand } from '../keypad/keypadKeys';
import { focusableControl } from '../keypad/useKeypad';
import type { ResidentMode } from '../modes/residentModes';
import { sentences } from '../sentences';
import { localVoiceFor } from './localVoices';
import { languagesSaid, voiceScriptFor, type Listening, type SpokenPart } from './voiceScript';
import { adjustVoice } from './voiceSettings';

export type VoiceCommand = Extract<KeypadCommand, 'help' | 'volumeUp' | 'volumeDown' | 'slower' | 'faster' | 'earphonesIn' | 'earphonesOut'>;

export interface VoiceGuidance {
  /** A voice key of the keypad (help, volume, rate, the earphone jack). */
  onKey(command: VoiceCommand): void;
  /** Turns a mode on or off and says so: "큰 글자 켜짐", and "음성 안내 꺼짐" as the voice's last words. */
  toggleMode(mode: ResidentMode): void;
}

/** The language of the words at `node`: the nearest lang attribute inside the page, else the resident's. */
function languageAt(node: Node, resident: Language): Language {
  const marked = (node instanceof Element ? node : node.parentElement)?.closest('[lang]');
  const tag = marked && marked !== document.documentElement ? marked.getAttribute('lang') : null;
  return languages.find((language) => tag?.startsWith(language)) ?? resident;
}

/** A control's name, each run of words in its own language ("음성 안내" in Korean, "Voice guide" in English). */
function namePartsOf(element: HTMLElement, resident: Language): SpokenPart[] {
  const whole = element.dataset.voice ?? element.getAttribute('aria-label');
  const parts: SpokenPart[] = whole != null ? [{ language: languageAt(element, resident), text: whole }] : [];
  if (whole == null) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const language = languageAt(node, resident);
      const last = parts.at(-1);
      if (last?.language === language) last.text += node.textContent ?? '';
      else parts.push({ language, text: node.textContent ?? '' });
    }
  }
  return parts.map(({ language, text }) => ({ language, text: text.replace(/\s+/g, ' ').trim() })).filter(({ text }) => text !== '');
}

/**
 * What to say when a control takes the focus from the keypad or keyboard (`:focus-visible`): its
 * own voice text (a service says its line in words), else its name. A touch focuses the control
 * too, but what the tap does is said then, not the name it would cut off; a control that does
 * nothing (aria-disabled: a closed service) is said on a tap too, as nothing follows to say. A screen's title is
 * not a control: the screen itself is said then. A digit key (the phone's, the staff PIN's)
 * stays silent through the loudspeaker, where it would give the number away.
 */
function focusedControlSaid(element: HTMLElement, listening: Listening, resident: Language): SpokenPart[] {
  if (!element.matches(focusableControl) || !element.matches(':focus-visible, [aria-disabled="true"]')) return [];
  const parts = namePartsOf(element, resident);
  if (listening === 'speaker' && parts.some(({ text }) => /\d/.test(text))) return [];
  return parts;
}

const noLanguages: readonly Language[] = [];

/**
 * Speaks what the screen shows through the system's offline voice (speechSynthesis; README
 * "Voice guidance" says why), only once the resident asked for it: the 음성 안내 switch, the
 * keypad's help key or earphones plugged in. A new screen interrupts what was being said; help
 * says it again; volume and rate keys say it again at the new setting. The idle warning is said
 * when it appears, a mode turned on or off is said as it changes, and so is the control the keypad's focus lands on.
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

  const offered = useFlow((s) => s.offeredLanguages);
  /** The languages the screen names aloud after its words: the start screen's choice. */
  const named = state.name === 'start' ? offered : noLanguages;

  /** Cuts off whatever is being said, then says each part in its language's offline voice. */
  const say = useCallback(
    (parts: readonly SpokenPart[]) => {
      const synth = window.speechSynthesis as SpeechSynthesis | undefined;
      if (!synth) return;
      synth.cancel();
      for (const part of parts) {
        if (!part.text) continue;
        const utterance = new SpeechSynthesisUtterance(part.text);
        utterance.lang = languageTags[part.language];
        utterance.volume = settings.volume;
        utterance.rate = settings.rate;
        const local = localVoiceFor(part.language, synth.getVoices());
        if (local) utterance.voice = local;
        synth.speak(utterance);
      }
    },
    [settings.volume, settings.rate],
  );
  const sayWords = useCallback((words: string) => say([{ language, text: words }]), [say, language]);

  // Speaks on a new screen and again when the resident changed how it sounds; a reset for the next resident falls silent.
  /** The screen's words, after what the resident just switched ("음성 안내 켜짐"), if anything. */
  const screenSaid = useCallback(
    (switched = '') => [{ language, text: sentences(language, switched, text) }, ...languagesSaid(named)],
    [language, text, named],
  );
  useEffect(() => {
    const switched = voiceSwitched.current;
    voiceSwitched.current = '';
    if (on) say(screenSaid(switched));
    else if (switched) sayWords(switched);
    else window.speechSynthesis?.cancel();
  }, [on, screenSaid, say, sayWords]);

  // Keypad feedback: where the focus lands is said, so a resident who cannot see knows what OK will press.
  const { listening } = settings;
  useEffect(() => {
    if (!on) return;
    const sayFocused = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement)) return;
      const parts = focusedControlSaid(event.target, listening, language);
      if (parts.length > 0) say(parts);
    };
    window.addEventListener('focusin', sayFocused);
    return () => window.removeEventListener('focusin', sayFocused);
  }, [on, listening, say, language]);

  // The idle warning is said too: a resident who cannot see it would otherwise lose the screen.
  useEffect(() => {
    if (on && idleWarning) sayWords(t('app.idleAlert'));
  }, [on, idleWarning, sayWords, t]);

  const toggleMode = useCallback(
    (mode: ResidentMode) => {
      const phrase = t(modes[mode] ? 'modes.turnedOff' : 'modes.turnedOn', { mode: t(`modes.${mode}`) });
      if (mode === 'voice') voiceSwitched.current = phrase;
      else if (on) sayWords(phrase);
      toggleStoredMode(mode);
    },
    [modes, on, sayWords, t, toggleStoredMode],
  );

  const onKey = useCallback(
    (command: VoiceCommand) => {
      switch (command) {
        case 'help':
          if (on) say(screenSaid());
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
    [on, screenSaid, say, toggleMode, settings, setVoice],
  );
  return { onKey, toggleMode };
}
