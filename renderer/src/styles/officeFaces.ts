import { useEffect } from 'react';
import { useFlow } from '../flow/FlowContext';

/** The weights fonts.css gives the office's faces, and their files under /office-fonts/ (electron/services/fonts/officeFaces.ts). */
const weights = [
  ['400', 'Regular'],
  ['700', 'Bold'],
] as const;

/** The cut this page fetched last (or is fetching), and the faces it added for it. */
let fetched: number | null = null;
let added: FontFace[] = [];

/**
 * Keeps an open kiosk page on the faces of the office's names as staff change the office. fonts.css
 * loads the faces on disk when the page opens; faces cut after that (a renamed office, a new
 * service) are fetched under a URL of their own, so no cache answers with the old ones, and added
 * to the page's fonts once loaded. Added faces come after the stylesheet's in the set, so the
 * browser takes them over the stylesheet's. Without this the new names would be drawn from the
 * Pretendard parts until the kiosk restarts. The cut's time and the page's start are read from
 * the same machine's clock; after a clock step back a cut may go unseen, as before.
 */
export function followOfficeFaces(cutAt: number | null): void {
  if (cutAt === null || cutAt <= performance.timeOrigin || cutAt === fetched) return;
  fetched = cutAt;
  const faces = weights.map(
    ([weight, file]) => new FontFace('Sunbeon Office', `url("/office-fonts/Pretendard-${file}.office.ttf?cut=${cutAt}") format("truetype")`, { weight, style: 'normal', display: 'block' }),
  );
  Promise.all(faces.map((face) => face.load())).then(
    (loaded) => {
      if (fetched !== cutAt) return;
      for (const face of added) document.fonts.delete(face);
      for (const face of loaded) document.fonts.add(face);
      added = loaded;
    },
    () => {
      // The page keeps the faces it has (the new names draw from the Pretendard parts); the next answer tries again.
      if (fetched === cutAt) fetched = null;
    },
  );
}

/** Follows the office's faces whenever a resident's tap brings the office anew (getOffice: services, waits, and when its faces were cut). */
export function useOfficeFaces(): void {
  const cutAt = useFlow((s) => ('office' in s.state ? s.state.office.officeFacesCutAt : null));
  useEffect(() => followOfficeFaces(cutAt), [cutAt]);
}
