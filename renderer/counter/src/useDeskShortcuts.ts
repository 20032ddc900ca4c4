import { useEffect, useEffectEvent } from 'react';
import type { DeskAction } from './commands';
import { actionOfKey } from './shortcuts';

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));
}

function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.matches('button, a[href], summary, [role="button"]');
}

/** Desk shortcuts on the whole page, except while a dialog is open (its keys are its own). */
export function useDeskShortcuts(letterShortcuts: boolean, onAction: (action: DeskAction) => void): void {
  const act = useEffectEvent(onAction);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (document.querySelector('dialog[open]')) return;
      const action = actionOfKey(
        {
          code: event.code,
          repeat: event.repeat,
          modified: event.ctrlKey || event.altKey || event.metaKey,
          inTextField: isTextField(event.target),
          onControl: isControl(event.target),
        },
        letterShortcuts,
      );
      if (!action) return;
      event.preventDefault(); // F1 would open the browser's help; Space would scroll
      act(action);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [letterShortcuts]);
}
