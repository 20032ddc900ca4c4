import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../shared/office';
import { App } from './App';
import { FlowStoreProvider } from './flow/FlowContext';
import { createFlowStore } from './flow/flowStore';
import { createI18n } from './i18n';
import { kioskApi } from './kioskApi';
import './styles/fonts.css';
import './styles/common.css';
import './styles/kiosk.css';

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

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <FlowStoreProvider store={store}>
        <App />
      </FlowStoreProvider>
    </I18nextProvider>
  </StrictMode>,
);
