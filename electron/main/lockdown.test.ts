import { describe, expect, it } from 'vitest';
import { isBlockedShortcut, isKioskUrl, lockdownSettings, type ShortcutInput } from './lockdown';

const press = (key: string, modifiers: Partial<Omit<ShortcutInput, 'key'>> = {}): ShortcutInput => ({
  key,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...modifiers,
});

describe('isBlockedShortcut', () => {
  it.each([
    ['F5 (reload)', press('F5')],
    ['Ctrl+R (reload)', press('r', { control: true })],
    ['Ctrl+Shift+R (hard reload)', press('R', { control: true, shift: true })],
    ['⌘R (reload)', press('r', { meta: true })],
    ['F12 (devtools)', press('F12')],
    ['Ctrl+Shift+I (devtools)', press('I', { control: true, shift: true })],
    ['Ctrl+Shift+C (inspect element)', press('C', { control: true, shift: true })],
    ['Ctrl++ (zoom in)', press('+', { control: true })],
    ['Ctrl+= (zoom in)', press('=', { control: true })],
    ['Ctrl+- (zoom out)', press('-', { control: true })],
    ['Ctrl+0 (reset zoom)', press('0', { control: true })],
    ['Ctrl+W (close window)', press('w', { control: true })],
    ['Ctrl+Q (quit)', press('q', { control: true })],
    ['Alt+F4 (close window)', press('F4', { alt: true })],
    ['Alt+Space (window menu)', press(' ', { alt: true })],
    ['F11 (fullscreen)', press('F11')],
    ['Ctrl+P (print dialog)', press('p', { control: true })],
    ['Ctrl+U (view source)', press('u', { control: true })],
    ['Alt+Left (back)', press('ArrowLeft', { alt: true })],
    ['BrowserBack key', press('BrowserBack')],
    ['BrowserRefresh key', press('BrowserRefresh')],
    ['Ctrl+Alt+V', press('v', { control: true, alt: true })],
  ])('blocks %s', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(true);
  });

  it.each([
    ['a digit (service choice, PIN, phone)', press('3')],
    ['Enter', press('Enter')],
    ['Space', press(' ')],
    ['Backspace', press('Backspace')],
    ['an arrow key', press('ArrowDown')],
    ['a letter', press('k')],
    ['Hangul', press('ㄱ')],
    ['Ctrl alone', press('Control', { control: true })],
    ['Alt alone', press('Alt', { alt: true })],
    ['Ctrl+C (copy)', press('c', { control: true })],
    ['Ctrl+V (paste)', press('v', { control: true })],
    ['Ctrl+A (select all)', press('a', { control: true })],
    ['Ctrl+Z (undo)', press('z', { control: true })],
    ['Ctrl+Shift+Z (redo)', press('Z', { control: true, shift: true })],
  ])('lets %s through', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(false);
  });
});

describe('isKioskUrl', () => {
  it('accepts only the kiosk origin', () => {
    expect(isKioskUrl('app://kiosk/index.html', 'app://kiosk')).toBe(true);
    expect(isKioskUrl('app://kiosk.evil/index.html', 'app://kiosk')).toBe(false);
    expect(isKioskUrl('https://example.com/', 'app://kiosk')).toBe(false);
    expect(isKioskUrl('app://kiosk', 'app://kiosk')).toBe(false);
  });
});

describe('lockdownSettings', () => {
  it('hides the cursor only when SUNBEON_HIDE_CURSOR=1', () => {
    const runtime = { isPackaged: true, platform: 'win32' as const };
    expect(lockdownSettings({ SUNBEON_HIDE_CURSOR: '1' }, runtime).cursorCss).toContain('cursor: none !important');
    expect(lockdownSettings({}, runtime).cursorCss).toBeNull();
    expect(lockdownSettings({ SUNBEON_HIDE_CURSOR: '0' }, runtime).cursorCss).toBeNull();
  });

  it('starts at login only as a packaged Windows app', () => {
    expect(lockdownSettings({}, { isPackaged: true, platform: 'win32' }).startAtLogin).toBe(true);
    expect(lockdownSettings({}, { isPackaged: false, platform: 'win32' }).startAtLogin).toBe(false);
    expect(lockdownSettings({}, { isPackaged: true, platform: 'linux' }).startAtLogin).toBe(false);
  });
});
