import { describe, expect, it } from 'vitest';
import { focusTargetIndex, keypadCommandOf } from './keypadKeys';

const key = (k: string, chord: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...chord,
});

describe('the keypad mapping', () => {
  it('reads the keypad keys and ignores chords and keys it does not have', () => {
    expect(keypadCommandOf(key('Enter'))).toBe('ok');
    expect(keypadCommandOf(key('Escape'))).toBe('back');
    expect(keypadCommandOf(key('F1'))).toBe('help');
    expect(keypadCommandOf(key('ArrowDown'))).toBe('down');
    expect(keypadCommandOf(key('+'))).toBe('volumeUp');
    expect(keypadCommandOf(key('AudioVolumeDown'))).toBe('volumeDown');
    expect(keypadCommandOf(key('F2'))).toBe('slower');
    expect(keypadCommandOf(key('F3'))).toBe('faster');
    expect(keypadCommandOf(key('F7'))).toBe('earphonesIn');
    expect(keypadCommandOf(key('F8'))).toBe('earphonesOut');
    expect(keypadCommandOf(key('5'))).toBeNull();
    expect(keypadCommandOf(key('Enter', { altKey: true }))).toBeNull();
  });
});

describe('moving focus by arrows', () => {
  it('steps through the controls in reading order and wraps', () => {
    expect(focusTargetIndex(-1, 3, 'down')).toBe(0);
    expect(focusTargetIndex(-1, 3, 'up')).toBe(2);
    expect(focusTargetIndex(0, 3, 'next')).toBe(1);
    expect(focusTargetIndex(2, 3, 'next')).toBe(0);
    expect(focusTargetIndex(0, 3, 'previous')).toBe(2);
    expect(focusTargetIndex(1, 3, 'up')).toBe(0);
    expect(focusTargetIndex(0, 0, 'next')).toBe(-1);
  });

  // The phone keypad: 1..9, 지움, 0, ⌫ in rows of three, then the wide 다음 key, then 처음으로.
  const grid = { start: 0, size: 13, columns: 3 };
  it('moves by rows inside the phone keypad and leaves it past the edges', () => {
    expect(focusTargetIndex(1, 14, 'down', grid)).toBe(4); // 2 → 5
    expect(focusTargetIndex(4, 14, 'up', grid)).toBe(1); // 5 → 2
    expect(focusTargetIndex(10, 14, 'down', grid)).toBe(12); // 0 → 다음
    expect(focusTargetIndex(12, 14, 'up', grid)).toBe(9); // 다음 → 지움
    expect(focusTargetIndex(12, 14, 'down', grid)).toBe(13); // 다음 → 처음으로
    expect(focusTargetIndex(1, 14, 'up', grid)).toBe(13); // top row: out of the grid, wrapping
    expect(focusTargetIndex(4, 14, 'next', grid)).toBe(5);
  });
});
