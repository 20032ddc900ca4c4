/** What renderer/public/earlyTap.js noted: a tap (the path to the element from #root, and its text) or a key. */
interface EarlyAction {
  tap?: number[];
  text?: string;
  key?: string;
}

/**
 * Tells earlyTap.js to note nothing more: called as the kiosk's first frame is committed, when its
 * own handlers already act on a tap (a note made then would have the tap done twice).
 */
export function stopNotingEarlyActions(): void {
  document.documentElement.setAttribute('data-kiosk-mounted', '');
}

/**
 * Does, once, what the resident did on the start screen the core drew into the page before the
 * kiosk had mounted (earlyTap.js noted it): the same tap on the same control of the mounted start
 * screen, or the same key, so the kiosk's own handlers (language, mode, voice, staff, keypad) act
 * on it. From here on the kiosk listens itself: the note is taken away and no other is made.
 */
export function honourEarlyAction(root: HTMLElement): void {
  const html = document.documentElement;
  const noted = html.getAttribute('data-early-action');
  html.removeAttribute('data-early-action');
  if (!noted) return;
  const action = JSON.parse(noted) as EarlyAction;
  if (action.key) {
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: action.key, bubbles: true, cancelable: true }));
    return;
  }
  let target: Element | undefined = root;
  for (const index of action.tap ?? []) target = target?.children[index];
  // A page drawn for another office (renamed since) may have something else there: then nothing is done.
  if (target instanceof HTMLElement && target.textContent === action.text) target.click();
}
