import { Suspense, useCallback, useEffect, useRef, type CSSProperties, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../shared/ipc/contract';
import { textIn } from '../../shared/language';
import type { Envelope } from '../../shared/result';
import { announcementFor, screenKeyOf } from './announcement';
import type { FlowState } from './flow/flowTypes';
import { useFlow } from './flow/FlowContext';
import { isStaffScreen } from './flow/staffActions';
import { useIdleReturn } from './flow/useIdleReturn';
import { focusableControl, useKeypad } from './keypad/useKeypad';
import { ModeBar } from './modes/ModeBar';
import { useResidentModes } from './modes/useResidentModes';
import { useOfficeFaces } from './styles/officeFaces';
import { useVoiceGuidance } from './voice/useVoiceGuidance';
import { CancelledScreen } from './screens/CancelledScreen';
import { CoreRestartingScreen, useCoreRestarting } from './screens/CoreRestartingScreen';
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
import { StartScreen } from './screens/StartScreen';
import { useSetupStatus } from './screens/admin/useSetupStatus';
import { setupScreen, staffScreen } from './screens/splitScreens';

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
      return <staffScreen.Screen state={state} />;
  }
}

/** Screens that show an issued ticket end with their own single way back (완료). */
function endsWithItsOwnWayBack(state: FlowState): boolean {
  return state.name === 'done' || state.name === 'mobileDone';
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

/**
 * Moves the focus to a new screen's title and scrolls to its top. It sits beside the screen in its
 * Suspense boundary, so with a lazily loaded screen (staff) it runs once that screen has arrived,
 * not while the boundary still shows nothing. When a resident screen only changes within itself
 * (the ticket-type screen once the printer check answers), a resident already moving through it
 * by keypad keeps the control they reached: taking it to the title would move them off what they
 * were about to press, back to the top of the screen.
 */
function ScreenStart({ screenKey, screenName, staff, main }: { screenKey: string; screenName: string; staff: boolean; main: RefObject<HTMLElement | null> }) {
  const shownScreen = useRef('');
  useEffect(() => {
    const sameScreen = shownScreen.current === screenName;
    shownScreen.current = screenName;
    if (sameScreen && !staff && document.activeElement?.matches(focusableControl)) return;
    main.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    // In low position the screen scrolls inside its own box, which keeps its offset from the last screen.
    main.current?.scrollTo(0, 0);
  }, [screenKey, screenName, staff, main]);
  return null;
}

/** The kiosk, and above it the wait screen whenever the core process is starting again. */
export function App({ setupAnswer }: { setupAnswer: Envelope<ResponseOf<'getSetupStatus'>> }) {
  return (
    <>
      <SetupOrKiosk setupAnswer={setupAnswer} />
      <CoreRestartingScreen />
    </>
  );
}

/** A kiosk with no office yet shows its first-run setup; everything else waits for it. */
function SetupOrKiosk({ setupAnswer }: { setupAnswer: Envelope<ResponseOf<'getSetupStatus'>> }) {
  const { setup, finished } = useSetupStatus(setupAnswer);
  const loadOfficeName = useFlow((s) => s.loadOfficeName);
  const restarting = useCoreRestarting();
  if (setup.kind === 'needed') {
    const done = () => {
      finished();
      void loadOfficeName();
    };
    return (
      <div className="kiosk kiosk--setup" inert={restarting}>
        <main className="screen screen--setup" data-testid="screen-setup">
          <Suspense fallback={null}>
            <setupScreen.Screen draft={setup.status.draft} managerPinSet={setup.status.managerPinSet} onDone={done} />
          </Suspense>
        </main>
      </div>
    );
  }
  return <Kiosk />;
}

function Kiosk() {
  const state = useFlow((s) => s.state);
  const officeName = useFlow((s) => s.officeName);
  const reset = useFlow((s) => s.reset);
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const kioskRef = useRef<HTMLDivElement>(null);
  const kioskElement = useCallback(() => kioskRef.current, []);
  const { language } = state;
  const screenKey = screenKeyOf(state);
  const restarting = useCoreRestarting();

  const modesOn = useFlow((s) => Object.values(s.modes).some(Boolean));
  const idle = useIdleReturn(state, modesOn, reset);
  const voice = useVoiceGuidance(state, idle.secondsLeft !== null);
  useKeypad(state, kioskElement, reset, voice.onKey);
  const backIsMain = backIsTheWayOn(state);
  const display = useResidentModes();
  useOfficeFaces();
  const staff = isStaffScreen(state);

  return (
    <div
      ref={kioskRef}
      className={`kiosk kiosk--${state.name}${display.lowPosition ? ' kiosk--low-position' : ''}`}
      style={{ '--unreachable-share': display.unreachableShare } as CSSProperties}
      inert={restarting}
    >
      <header className="topbar">
        <p className="topbar__office">{officeName ? textIn(officeName, language) : t('app.name')}</p>
      </header>
      <main ref={mainRef} className={`screen screen--${state.name}`} data-testid={`screen-${state.name}`}>
        <Suspense fallback={null}>
          <Screen state={state} />
          <ScreenStart screenKey={screenKey} screenName={state.name} staff={staff} main={mainRef} />
        </Suspense>
      </main>
      {idle.secondsLeft !== null && (
        <div className="idle-warning" data-testid="idle-warning">
          {/* Said once when the warning appears; the countdown beside it ticks silently. */}
          <p className="visually-hidden" role="alert" data-testid="idle-alert">
            {t('app.idleAlert')}
          </p>
          <p className="idle-warning__text">{t('app.idleWarning', { seconds: idle.secondsLeft })}</p>
          <button type="button" className="btn btn--primary" onClick={idle.extend}>
            {t('app.moreTime')}
          </button>
        </div>
      )}
      <footer className="bottombar">
        {state.name !== 'start' && !endsWithItsOwnWayBack(state) && (
          <button
            type="button"
            className={backIsMain ? 'btn btn--primary btn--back' : 'btn btn--secondary btn--back'}
            data-enter={backIsMain || undefined}
            onClick={reset}
          >
            {t(state.name === 'staff' ? 'staff.lock' : 'app.backToStart')}
          </button>
        )}
        {!staff && <ModeBar bilingual={state.name === 'start'} voice={voice} />}
      </footer>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcementFor(state, t)}
      </p>
    </div>
  );
}
