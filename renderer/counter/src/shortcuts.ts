import type { DeskAction } from './commands';

/** A key press, reduced to what decides whether it is a shortcut. */
export type KeyPress = {
  /** KeyboardEvent.code: the physical key, so R works whether the keyboard is typing Hangul or Latin. */
  code: string;
  repeat: boolean;
  modified: boolean;
  /** Focus is in a text field: keys are typing there. */
  inTextField: boolean;
  /** Focus is on a button or link: Space presses that control. */
  onControl: boolean;
};

/** What each desk button shows as its key; Space also calls the next resident. */
export const shortcutLabels: Record<DeskAction, string> = {
  'call-next': 'F1',
  recall: 'R',
  start: 'S',
  complete: 'D',
  'no-show': 'N',
  transfer: 'T',
};

const letterKeys: Record<string, DeskAction> = {
  KeyR: 'recall',
  KeyS: 'start',
  KeyD: 'complete',
  KeyN: 'no-show',
  KeyT: 'transfer',
};

/**
 * The desk action a key press asks for. F1 always works; single letters and Space only while
 * staff keep them on (WCAG 2.1.4: single-key shortcuts must be possible to turn off).
 */
export function actionOfKey(press: KeyPress, letterShortcuts: boolean): DeskAction | null {
  if (press.repeat || press.modified || press.inTextField) return null;
  if (press.code === 'F1') return 'call-next';
  if (!letterShortcuts) return null;
  if (press.code === 'Space') return press.onControl ? null : 'call-next';
  return letterKeys[press.code] ?? null;
}
