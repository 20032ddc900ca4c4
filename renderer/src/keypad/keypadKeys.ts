/**
 * A physical kiosk keypad (EN 301 549 §5.1.3.2-style: arrows, OK, back, help, volume, speech rate, earphone jack) is wired
 * as a USB keyboard that sends these standard keys; a full keyboard works the same way. README
 * ("Keypad and keyboard") prints this table for the installer.
 */
export type KeypadCommand =
  | 'next'
  | 'previous'
  | 'up'
  | 'down'
  | 'ok'
  | 'back'
  | 'help'
  | 'volumeUp'
  | 'volumeDown'
  | 'slower'
  | 'faster'
  | 'earphonesIn'
  | 'earphonesOut';

export const keypadKeys: Readonly<Record<string, KeypadCommand>> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  ArrowDown: 'down',
  ArrowUp: 'up',
  Enter: 'ok',
  Escape: 'back',
  F1: 'help',
  '+': 'volumeUp',
  '-': 'volumeDown',
  AudioVolumeUp: 'volumeUp',
  AudioVolumeDown: 'volumeDown',
  F2: 'slower',
  F3: 'faster',
  // Kiosk keypads with an earphone jack send a key when a plug goes in or comes out.
  F7: 'earphonesIn',
  F8: 'earphonesOut',
};

type KeyLike = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>;

/** What the pressed key asks for; null for keys the keypad does not have (digits, letters, chords). */
export function keypadCommandOf(event: KeyLike): KeypadCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  return keypadKeys[event.key] ?? null;
}

/**
 * Where focus goes on an arrow key, as an index into the screen's controls in reading order.
 * Right/Left step to the next/previous control and wrap. Up/Down step too, except inside a grid
 * of `columns` (the phone keypad), where they move one row as on a number pad, and leave the grid
 * past its top or bottom row. Nothing focused yet: the first control, or the last for Up/Left.
 */
export function focusTargetIndex(
  current: number,
  count: number,
  command: 'next' | 'previous' | 'up' | 'down',
  grid?: { start: number; size: number; columns: number },
): number {
  if (count === 0) return -1;
  const forward = command === 'next' || command === 'down';
  if (current < 0) return forward ? 0 : count - 1;
  const wrap = (index: number) => (index + count) % count;
  const inGrid = grid && current >= grid.start && current < grid.start + grid.size;
  if (!inGrid || command === 'next' || command === 'previous') return wrap(current + (forward ? 1 : -1));
  const place = current - grid.start;
  const row = Math.floor(place / grid.columns);
  const lastRow = Math.floor((grid.size - 1) / grid.columns);
  if (command === 'down') return row < lastRow ? grid.start + Math.min(place + grid.columns, grid.size - 1) : wrap(grid.start + grid.size);
  return row > 0 ? grid.start + place - grid.columns : wrap(grid.start - 1);
}
