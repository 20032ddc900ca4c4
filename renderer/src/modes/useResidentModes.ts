import { useEffect, useState } from 'react';
import { reachableShare } from '../../../shared/kioskMount';
import { useFlow } from '../flow/FlowContext';

function useOrientation(): 'portrait' | 'landscape' {
  const query = '(orientation: portrait)';
  const [portrait, setPortrait] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = () => setPortrait(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
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
