import { useEffect } from 'react';
import type { FlowState } from '../flow/flowTypes';
import { isStaffScreen } from '../flow/staffActions';
import type { VoiceCommand } from '../voice/useVoiceGuidance';
import { focusTargetIndex, keypadCommandOf } from './keypadKeys';
import { useWindowKeys } from './useWindowKeys';

/**
 * What the resident can focus and press: the keypad walks these, and only these are said or kept
 * focused. A disabled control is none of them; one that is only aria-disabled (a closed service)
 * still takes the focus, so it can say why it does nothing.
 */
export const focusableControl = 'button:not(:disabled), a[href], input:not(:disabled), select:not(:disabled), [tabindex="0"]';

/**
 * Marks how the resident last reached the kiosk (`<html data-input="keys|touch">`). Focus moved by
 * script before any input matches :focus-visible in Chromium, so the title's ring after a boot
 * would show on the idle start screen; kiosk.css draws it only once keys were used.
 */
function useInputKind() {
  useEffect(() => {
    const mark = (kind: 'keys' | 'touch') => () => {
      document.documentElement.dataset.input = kind;
    };
    const keys = mark('keys');
    const touch = mark('touch');
    window.addEventListener('keydown', keys, true);
    window.addEventListener('pointerdown', touch, true);
    return () => {
      window.removeEventListener('keydown', keys, true);
      window.removeEventListener('pointerdown', touch, true);
    };
  }, []);
}

/** The screen's controls in reading order, and the phone keypad's grid among them if it shows. */
function controlsOf(root: HTMLElement) {
  const controls = [...root.querySelectorAll<HTMLElement>(focusableControl)].filter((element) => element.getClientRects().length > 0);
  const gridElement = root.querySelector<HTMLElement>('[data-keypad-columns]');
  if (!gridElement) return { controls };
  const inGrid = controls.filter((element) => gridElement.contains(element));
  const grid = { start: controls.indexOf(inGrid[0]), size: inGrid.length, columns: Number(gridElement.dataset.keypadColumns) };
  return { controls, grid: inGrid.length > 0 ? grid : undefined };
}

function moveFocus(root: HTMLElement, command: 'next' | 'previous' | 'up' | 'down') {
  const { controls, grid } = controlsOf(root);
  const current = controls.indexOf(document.activeElement as HTMLElement);
  controls[focusTargetIndex(current, controls.length, command, grid)]?.focus();
}


/**
 * The whole resident flow by keypad or keyboard: arrows move focus through the screen's controls
 * (rows on the phone keypad), OK (Enter) presses the focused control or else the screen's main
 * action (the button marked data-enter) or else focuses the first choice, back (Escape) returns
 * to start. The start and
 * phone-entry screens read their own Enter; the staff screens keep the keyboard's own behaviour.
 */
/** `back` is the keypad's back key (the way back to start); help and volume go to `voice`. */
export function useKeypad(state: FlowState, root: () => HTMLElement | null, back: () => void, voice: (command: VoiceCommand) => void) {
  useInputKind();
  useWindowKeys((event) => {
    if (isStaffScreen(state)) return;
    const command = keypadCommandOf(event);
    const container = root();
    if (!command || !container) return;
    switch (command) {
      case 'next':
      case 'previous':
      case 'up':
      case 'down':
        moveFocus(container, command);
        break;
      case 'ok': {
        if (state.name === 'start' || state.name === 'phoneEntry' || event.target instanceof HTMLButtonElement) return;
        // A screen of equal choices (services, ticket types) has no main action: OK goes to the first.
        const main = container.querySelector<HTMLButtonElement>('button[data-enter]:not(:disabled)');
        if (main) main.click();
        else moveFocus(container, 'next');
        break;
      }
      case 'back':
        if (state.name === 'start') return;
        back();
        break;
      default:
        voice(command);
    }
    event.preventDefault();
  }, [state, root, back, voice]);
}
