// Node's entry by name: the core draws with it, in Node (and lint's ban on the district server/ would catch 'react-dom/server').
import { renderToString } from 'react-dom/server.node';
import { I18nextProvider } from 'react-i18next';
import type { OfficeConfig } from '../../../shared/office';
import { startScreenOffice } from '../../../shared/startScreenOffice';
import { App } from '../App';
import { FlowStoreProvider } from '../flow/FlowContext';
import { createFlowStore } from '../flow/flowStore';
import { createI18n } from '../i18n';
import { kioskApi } from '../kioskApi';

/**
 * The kiosk's start screen for a kiosk set up for `office`, as HTML, from the very components the page mounts
 * (startKiosk.tsx): the core writes it into the kiosk's index.html (electron/services/startPage),
 * so the browser draws the start screen before any script has run.
 */
export function startScreenMarkup(office: OfficeConfig): string {
  const store = createFlowStore(kioskApi);
  store.getState().officeAnswered({ ok: true, value: startScreenOffice(office) });
  // zustand renders a server's first frame from the state the store was made with: this one is the office's.
  const answered = { ...store, getInitialState: store.getState };
  return renderToString(
    <I18nextProvider i18n={createI18n()}>
      <FlowStoreProvider store={answered}>
        <App setupAnswer={{ ok: true, value: { needed: false, draft: office, managerPinSet: true } }} />
      </FlowStoreProvider>
    </I18nextProvider>,
  );
}
