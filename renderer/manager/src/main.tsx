import '../../lanShared/zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createLanI18n } from '../../lanShared/i18n/createLanI18n';
import { ManagerApp } from './ManagerApp';
import { managerEn } from './i18n/en';
import { managerKo } from './i18n/ko';
import '../../src/styles/fonts.css';
import '../../lanShared/lanBase.css';
import './manager.css';

const root = document.getElementById('root');
if (!root) throw new Error('manager/index.html has no #root');

const i18n = createLanI18n('manager', { ko: managerKo, en: managerEn });
/** The page's language and title follow the manager's choice. */
function applyToDocument(): void {
  document.documentElement.lang = i18n.language;
  document.title = i18n.t('app.name');
}
applyToDocument();
i18n.on('languageChanged', applyToDocument);

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ManagerApp />
    </I18nextProvider>
  </StrictMode>,
);
