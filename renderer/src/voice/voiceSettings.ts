import type { Listening } from './voiceScript';

/** How this resident listens; the next resident starts again from `defaultVoiceSettings`. */
export type VoiceSettings = Readonly<{ listening: Listening; volume: number; rate: number }>;

export const defaultVoiceSettings: VoiceSettings = { listening: 'speaker', volume: 1, rate: 1 };

const VOLUME_STEP = 0.2;
const MIN_VOLUME = 0.2;
/** Speech rates the keypad steps through: slower helps older residents, faster helps screen-reader users. */
const RATES = [0.6, 0.8, 1, 1.3, 1.6] as const;

export type VoiceAdjustment = 'volumeUp' | 'volumeDown' | 'slower' | 'faster';

/** One press of a volume or rate key; both stop at their ends rather than wrapping. */
export function adjustVoice(settings: VoiceSettings, adjustment: VoiceAdjustment): VoiceSettings {
  switch (adjustment) {
    case 'volumeUp':
    case 'volumeDown': {
      const step = adjustment === 'volumeUp' ? VOLUME_STEP : -VOLUME_STEP;
      const volume = Math.round(Math.min(1, Math.max(MIN_VOLUME, settings.volume + step)) * 10) / 10;
      return { ...settings, volume };
    }
    case 'slower':
    case 'faster': {
      const index = RATES.findIndex((rate) => rate >= settings.rate);
      const next = Math.min(RATES.length - 1, Math.max(0, (index < 0 ? RATES.length - 1 : index) + (adjustment === 'faster' ? 1 : -1)));
      return { ...settings, rate: RATES[next] };
    }
  }
}
