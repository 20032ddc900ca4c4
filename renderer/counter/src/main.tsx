import '../../lanShared/zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createLanI18n } from '../../lanShared/i18n/createLanI18n';
import { startLiveSync } from '../../lanShared/liveSync';
import { counterApi } from './counterApi';
import { CounterApp } from './CounterApp';
import { CounterStoreProvider, createCounterStore, type CounterStore } from './counterStore';
import { counterEn } from './i18n/en';
import { counterKo } from './i18n/ko';
import '../../src/styles/fonts.css';
import '../../lanShared/lanBase.css';
import './counter.css';

const root = document.getElementById('root');
if (!root) throw new Error('counter/index.html has no #root');

const store = createCounterStore({ api: counterApi, storage: window.localStorage, startSync: startLiveSync });
const i18n = createLanI18n('counter', { ko: counterKo, en: counterEn }, store.getState().preferences.language);

/** Title and language follow the staff member's choice and the paired counter. */
function applyToDocument({ preferences, session, status }: CounterStore): void {
  if (i18n.language !== preferences.language) void i18n.changeLanguage(preferences.language);
  document.documentElement.lang = preferences.language;
  const counter = status?.counter ?? session?.counter;
  const t = i18n.getFixedT(null, 'counter');
  document.title = counter ? `${t('app.counter', { number: counter.number })} · ${t('app.name')}` : t('app.name');
}
applyToDocument(store.getState());
store.subscribe(applyToDocument);
store.getState().resume();

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <CounterStoreProvider store={store}>
        <CounterApp />
      </CounterStoreProvider>
    </I18nextProvider>
  </StrictMode>,
);
