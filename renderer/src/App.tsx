import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { announcementFor, screenKeyOf } from './announcement';
import type { FlowState } from './flow/flowTypes';
import { useFlow } from './flow/FlowContext';
import { useIdleReturn } from './flow/useIdleReturn';
import { CancelledScreen } from './screens/CancelledScreen';
import { ChooseServiceScreen } from './screens/ChooseServiceScreen';
import { ChooseTicketScreen } from './screens/ChooseTicketScreen';
import { DoneScreen } from './screens/DoneScreen';
import { ErrorScreen } from './screens/ErrorScreen';
import { LoadingScreen } from './screens/LoadingScreen';
import { MobileConfirmScreen } from './screens/mobile/MobileConfirmScreen';
import { MobileConsentScreen } from './screens/mobile/MobileConsentScreen';
import { MobileDoneScreen } from './screens/mobile/MobileDoneScreen';
import { MobileIssuingScreen } from './screens/mobile/MobileIssuingScreen';
import { MobileNotIssuedScreen } from './screens/mobile/MobileNotIssuedScreen';
import { PhoneEntryScreen } from './screens/mobile/PhoneEntryScreen';
import { PrintFailedScreen } from './screens/PrintFailedScreen';
import { PrintUncertainScreen } from './screens/PrintUncertainScreen';
import { PrintingScreen } from './screens/PrintingScreen';
import { StaffPinScreen } from './screens/StaffPinScreen';
import { StaffScreen } from './screens/StaffScreen';
import { StartScreen } from './screens/StartScreen';

function Screen({ state }: { state: FlowState }) {
  switch (state.name) {
    case 'start':
      return <StartScreen />;
    case 'loadingOffice':
      return <LoadingScreen />;
    case 'chooseService':
      return <ChooseServiceScreen state={state} />;
    case 'chooseTicket':
      return <ChooseTicketScreen state={state} />;
    case 'printing':
      return <PrintingScreen state={state} />;
    case 'done':
      return <DoneScreen state={state} />;
    case 'printFailed':
      return <PrintFailedScreen state={state} />;
    case 'printUncertain':
      return <PrintUncertainScreen state={state} />;
    case 'cancelled':
      return <CancelledScreen />;
    case 'error':
      return <ErrorScreen state={state} />;
    case 'mobileConsent':
      return <MobileConsentScreen state={state} />;
    case 'phoneEntry':
      return <PhoneEntryScreen state={state} />;
    case 'mobileConfirm':
      return <MobileConfirmScreen state={state} />;
    case 'mobileIssuing':
      return <MobileIssuingScreen state={state} />;
    case 'mobileNotIssued':
      return <MobileNotIssuedScreen state={state} />;
    case 'mobileDone':
      return <MobileDoneScreen state={state} />;
    case 'staffPin':
      return <StaffPinScreen state={state} />;
    case 'staff':
      return <StaffScreen state={state} />;
  }
}

/** Screens with nothing left to do but go back: there the way back is the main button. */
function backIsTheWayOn(state: FlowState): boolean {
  switch (state.name) {
    case 'error':
    case 'cancelled':
      return true;
    case 'chooseTicket':
      return state.printer.status === 'unavailable' && !state.office.ticketKinds.includes('mobile');
    case 'mobileNotIssued':
      return !state.office.ticketKinds.includes('paper');
    default:
      return false;
  }
}

export function App() {
  const state = useFlow((s) => s.state);
  const officeName = useFlow((s) => s.officeName);
  const reset = useFlow((s) => s.reset);
  const loadOfficeName = useFlow((s) => s.loadOfficeName);
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const { language } = state;
  const screenKey = screenKeyOf(state);

  useEffect(() => {
    void loadOfficeName();
  }, [loadOfficeName]);

  useEffect(() => {
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [screenKey]);

  useIdleReturn(state, reset);

  return (
    <div className={`kiosk kiosk--${state.name}`}>
      <header className="topbar">
        <p className="topbar__office">{officeName ? officeName[language] : t('app.name')}</p>
      </header>
      <main ref={mainRef} className={`screen screen--${state.name}`} data-testid={`screen-${state.name}`}>
        <Screen state={state} />
      </main>
      {state.name !== 'start' && (
        <footer className="bottombar">
          <button
            type="button"
            className={backIsTheWayOn(state) ? 'btn btn--primary btn--back' : 'btn btn--secondary btn--back'}
            onClick={reset}
          >
            {t(state.name === 'staff' ? 'staff.lock' : 'app.backToStart')}
          </button>
        </footer>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcementFor(state, t)}
      </p>
    </div>
  );
}
