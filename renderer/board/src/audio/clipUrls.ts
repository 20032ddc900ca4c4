import type { ClipName } from '../announcement/callClips';

// Literal URLs, one per clip, so Vite copies each recording into the build (assets/sounds/generate.sh makes them).
export const clipUrls: Record<ClipName, string> = {
  yeong: new URL('../../../../assets/sounds/ko/yeong.wav', import.meta.url).href,
  il: new URL('../../../../assets/sounds/ko/il.wav', import.meta.url).href,
  i: new URL('../../../../assets/sounds/ko/i.wav', import.meta.url).href,
  sam: new URL('../../../../assets/sounds/ko/sam.wav', import.meta.url).href,
  sa: new URL('../../../../assets/sounds/ko/sa.wav', import.meta.url).href,
  o: new URL('../../../../assets/sounds/ko/o.wav', import.meta.url).href,
  yuk: new URL('../../../../assets/sounds/ko/yuk.wav', import.meta.url).href,
  chil: new URL('../../../../assets/sounds/ko/chil.wav', import.meta.url).href,
  pal: new URL('../../../../assets/sounds/ko/pal.wav', import.meta.url).href,
  gu: new URL('../../../../assets/sounds/ko/gu.wav', import.meta.url).href,
  sip: new URL('../../../../assets/sounds/ko/sip.wav', import.meta.url).href,
  baek: new URL('../../../../assets/sounds/ko/baek.wav', import.meta.url).href,
  cheon: new URL('../../../../assets/sounds/ko/cheon.wav', import.meta.url).href,
  man: new URL('../../../../assets/sounds/ko/man.wav', import.meta.url).href,
  'beon-gogaengnim': new URL('../../../../assets/sounds/ko/beon-gogaengnim.wav', import.meta.url).href,
  'beon-changguro-osipsio': new URL('../../../../assets/sounds/ko/beon-changguro-osipsio.wav', import.meta.url).href,
};
