import type { Input } from 'electron';

/**
 * The kiosk's lockdown decisions, kept free of Electron's runtime so they are tested in Node;
 * index.ts applies them to the window.
 */

export type ShortcutInput = Pick<Input, 'key' | 'control' | 'meta' | 'alt' | 'shift'>;

/** Ctrl/⌘ combinations that only edit the focused field (staff type into the settings forms). */
const EDITING_KEYS = new Set(['a', 'c', 'v', 'x', 'z', 'y']);
/** With Shift as well, only redo and plain paste stay editing; Ctrl+Shift+I/J/C open the developer tools. */
const SHIFTED_EDITING_KEYS = new Set(['z', 'v']);
/** Alt combinations that close the window, open its system menu or move back and forward in history. */
const ALT_COMMANDS = new Set(['F4', ' ', 'ArrowLeft', 'ArrowRight', 'Home']);
/** Browser keys of multimedia keyboards. */
const BROWSER_KEYS = new Set(['BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome', 'BrowserSearch', 'BrowserStop']);
const MODIFIER_KEYS = new Set(['Control', 'Meta', 'Shift', 'Alt', 'AltGraph']);

/**
 * Whether a key press would reach the browser or the window instead of the kiosk page: reload,
 * developer tools, zoom, print, close, fullscreen, history. The kiosk page uses no function key and
 * no modifier shortcut, so everything of that kind is refused except field editing.
 */
export function isBlockedShortcut(input: ShortcutInput): boolean {
  const { key } = input;
  if (/^F\d{1,2}$/.test(key) || BROWSER_KEYS.has(key)) return true;
  if (MODIFIER_KEYS.has(key)) return false;
  if (input.alt && ALT_COMMANDS.has(key)) return true;
  if (input.control || input.meta) {
    const editing = input.shift ? SHIFTED_EDITING_KEYS : EDITING_KEYS;
    return input.alt || !editing.has(key.toLowerCase());
  }
  return false;
}

/** Navigation and redirects may only stay inside the kiosk's own pages. */
export function isKioskUrl(url: string, appOrigin: string): boolean {
  return url.startsWith(`${appOrigin}/`);
}

export interface LockdownSettings {
  /** CSS injected into every page load, or null. */
  cursorCss: string | null;
  /** Windows starts the packaged kiosk at login; Linux kiosks use the session's autostart (README). */
  startAtLogin: boolean;
}

export function lockdownSettings(env: NodeJS.ProcessEnv, runtime: { isPackaged: boolean; platform: NodeJS.Platform }): LockdownSettings {
  return {
    // Touch screens need no pointer; a mouse-driven test bench wants it, so it stays opt-in.
    cursorCss: env.SUNBEON_HIDE_CURSOR === '1' ? '*, *::before, *::after { cursor: none !important; }' : null,
    startAtLogin: runtime.isPackaged && runtime.platform === 'win32',
  };
}
