import { askFirstAnswers } from './firstAnswers';
// Linked from index.html by the build, so the styles load beside the scripts.
import './styles/fonts.css';
import './styles/common.css';
import './styles/kiosk.css';

/*
 * The page's entry, kept small: it asks main for the setup status and the office while React,
 * i18next and the screens are still being fetched and parsed, then starts the kiosk with both
 * answers. index.html fetches the kiosk's chunks beside this one (electron.vite.config.ts).
 */
const first = askFirstAnswers();
// The start screen's faces (index.html preloads their files) are decoded while React is parsed, not
// once its first frame asks for them: the kiosk's words and the office's names, in both weights.
for (const font of ['400 1em "Sunbeon Kiosk"', '700 1em "Sunbeon Kiosk"', '400 1em "Sunbeon Office"', '700 1em "Sunbeon Office"']) void document.fonts.load(font);
void document.fonts.load('700 1em "Sunbeon Hanzi Label"', '中文');
void import('./startKiosk').then(({ startKiosk }) => startKiosk(first));
