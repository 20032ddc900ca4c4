import { useLayoutEffect, type DependencyList } from 'react';

/**
 * Listens to every key the kiosk receives while the calling screen shows. Attached during the
 * commit (a layout effect), not after paint: a key pressed the moment a screen appears must reach
 * that screen, not fall into the gap before a passive effect runs.
 */
export function useWindowKeys(onKey: (event: KeyboardEvent) => void, deps: DependencyList): void {
  useLayoutEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, deps);
}
