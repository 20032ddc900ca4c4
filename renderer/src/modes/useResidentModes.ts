import { useEffect, useSyncExternalStore } from 'react';
import { reachableShare } from '../../../shared/kioskMount';
import { useFlow } from '../flow/FlowContext';

const PORTRAIT = '(orientation: portrait)';

function onOrientationChange(changed: () => void): () => void {
  const list = window.matchMedia(PORTRAIT);
  list.addEventListener('change', changed);
  return () => list.removeEventListener('change', changed);
}

/**
 * The screen's orientation. The start screen drawn in the core (startPage/startScreenMarkup.tsx)
 * has no screen: it takes portrait, the kiosk's usual panel. Orientation only places low-position
 * mode's band, and no page starts in that mode.
 */
function useOrientation(): 'portrait' | 'landscape' {
  const portrait = useSyncExternalStore(onOrientationChange, () => window.matchMedia(PORTRAIT).matches, () => true);
  return portrait ? 'portrait' : 'landscape';
}

/**
 * Applies the resident's modes: large text and high contrast on the whole page (rem sizes and the
 * palette hang off <html>), low position as the share of the screen above reach, which the
 * frame's top band covers.
 */
export function useResidentModes(): { lowPosition: boolean; unreachableShare: number } {
  const modes = useFlow((s) => s.modes);
  const mount = useFlow((s) => s.kioskMount);
  const orientation = useOrientation();
  useEffect(() => {
    const root = document.documentElement.classList;
    root.toggle('large-text', modes.largeText);
    root.toggle('high-contrast', modes.highContrast);
  }, [modes.largeText, modes.highContrast]);
  return { lowPosition: modes.lowPosition, unreachableShare: 1 - reachableShare(mount, orientation) };
}
