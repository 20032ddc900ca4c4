import { describe, expect, it } from 'vitest';
import { actionOfKey, type KeyPress } from './shortcuts';

const press = (code: string, patch: Partial<KeyPress> = {}): KeyPress => ({
  code,
  repeat: false,
  modified: false,
  inTextField: false,
  onControl: false,
  ...patch,
});

describe('actionOfKey', () => {
  it('maps the desk keys by physical key, whatever the keyboard types', () => {
    expect(['F1', 'Space', 'KeyR', 'KeyS', 'KeyD', 'KeyN', 'KeyT'].map((code) => actionOfKey(press(code), true))).toEqual([
      'call-next',
      'call-next',
      'recall',
      'start',
      'complete',
      'no-show',
      'transfer',
    ]);
  });

  it('turns single-key shortcuts off on request, keeping F1', () => {
    expect(actionOfKey(press('KeyR'), false)).toBeNull();
    expect(actionOfKey(press('Space'), false)).toBeNull();
    expect(actionOfKey(press('F1'), false)).toBe('call-next');
  });

  it('ignores held keys, key combinations and typing', () => {
    expect(actionOfKey(press('F1', { repeat: true }), true)).toBeNull();
    expect(actionOfKey(press('KeyR', { modified: true }), true)).toBeNull();
    expect(actionOfKey(press('KeyN', { inTextField: true }), true)).toBeNull();
  });

  it('leaves Space to the focused button', () => {
    expect(actionOfKey(press('Space', { onControl: true }), true)).toBeNull();
    expect(actionOfKey(press('KeyR', { onControl: true }), true)).toBe('recall');
  });
});
