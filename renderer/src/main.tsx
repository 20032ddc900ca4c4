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
void import('./startKiosk').then(({ startKiosk }) => startKiosk(first));
