import { StrictMode, useEffect, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../shared/language';
import { App } from './App';
import type { FirstAnswers } from './firstAnswers';
import { FlowStoreProvider } from './flow/FlowContext';
import { createFlowStore } from './flow/flowStore';
import { createI18n } from './i18n';
import { kioskApi } from './kioskApi';
import { setupScreen } from './screens/splitScreens';
import { honourEarlyAction, stopNotingEarlyActions } from './startPage/earlyAction';

/**
 * The early action's hand-over (startPage/earlyAction.ts): noting stops as the first frame is
 * committed, and what was noted is done once every screen's effects have run (it sits last in the tree).
 */
function EarlyActionHandover({ root }: { root: HTMLElement }) {
  useLayoutEffect(stopNotingEarlyActions, []);
  useEffect(() => honourEarlyAction(root), [root]);
  return null;
}

/**
 * The kiosk's screens, drawn once the first answers are in: the first frame is already the right
 * screen (setup or start), and the start screen already has the office's name and language buttons.
 * The page may hold the start screen the core drew (electron/services/startPage) from these same
 * components: React's first commit puts its own in its place, in one frame, and then does what a
 * resident tapped on the drawn one meanwhile.
 */
export async function startKiosk(first: FirstAnswers): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');

  const i18n = createI18n();
  const store = createFlowStore(kioskApi);

  /** Follows the resident's language in the same tick the flow changes, so no frame mixes languages. */
  function applyLanguage(language: Language): void {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    document.title = i18n.t('app.name');
  }
  applyLanguage(store.getState().state.language);
  store.subscribe(({ state }) => applyLanguage(state.language));

  const [setup, office] = await Promise.all([first.setup, first.office]);
  if (setup.ok && setup.value.needed) void setupScreen.preload();
  store.getState().officeAnswered(office);
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <FlowStoreProvider store={store}>
          <App setupAnswer={setup} />
        </FlowStoreProvider>
      </I18nextProvider>
      <EarlyActionHandover root={root} />
    </StrictMode>,
  );
}
