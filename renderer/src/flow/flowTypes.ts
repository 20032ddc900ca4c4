import type { IssuedTicket, KioskApi, LanStatus, OfficeOverview, ResponseOf, StaffOverview } from '../../../shared/ipc/contract';
import type { Language } from '../../../shared/language';
import type { PhoneProblem } from '../../../shared/phoneNumber';
import type { PrintOutcome, PrinterState, PrinterStatusView } from '../../../shared/printer';
import type { Envelope, Failure } from '../../../shared/result';

/*
 * The kiosk flow's states and events, apart from the machines that move between them, so the
 * machines and the store import them without importing each other.
 */

/** Why a paper ticket cannot be promised: a printer state, or 'unknown' when the status call failed. */
export type PrinterProblem = Exclude<PrinterState, 'ready'> | 'unknown';
/** Why an issued ticket did not come out of the printer. */
export type PrintFailureReason = Extract<PrintOutcome, { status: 'failed' | 'uncertain' }>['reason'];
export type OfficeService = OfficeOverview['services'][number];

export type PrinterCheck = { status: 'checking' } | { status: 'ready' } | { status: 'unavailable'; problem: PrinterProblem };

/** What went wrong on the last reprint or cancel attempt, shown next to the buttons. */
export type PrintFailedNotice = 'none' | 'reprint-failed' | 'cancel-failed';

export type ErrorReason =
  | { kind: 'printer'; problem: PrinterProblem }
  | { kind: 'service-closed' }
  | { kind: 'service-not-open'; opensAt: string | null }
  | { kind: 'generic' };

/**
 * The kiosk's screens, one per state: the resident flow and, behind the PIN, the staff screen.
 * Every state carries the language chosen, so a stale screen can never render in the wrong language.
 */
export type FlowState =
  | { name: 'start'; language: Language }
  | { name: 'loadingOffice'; language: Language }
  | { name: 'chooseService'; language: Language; office: OfficeOverview }
  | { name: 'chooseTicket'; language: Language; office: OfficeOverview; service: OfficeService; printer: PrinterCheck }
  | { name: 'printing'; language: Language; service: OfficeService }
  | { name: 'done'; language: Language; ticket: IssuedTicket }
  | {
      name: 'printFailed';
      language: Language;
      ticket: IssuedTicket;
      reason: PrintFailureReason;
      pending: 'none' | 'reprinting' | 'cancelling';
      notice: PrintFailedNotice;
    }
  | {
      /** The bytes went out, then the printer went quiet or away: only the resident can see whether the ticket came out. */
      name: 'printUncertain';
      language: Language;
      ticket: IssuedTicket;
      reason: PrintFailureReason;
      pending: 'none' | 'answering';
      notice: 'none' | 'answer-failed';
    }
  | { name: 'cancelled'; language: Language; ticket: IssuedTicket }
  | { name: 'error'; language: Language; reason: ErrorReason }
  | MobileState
  | StaffScreenState;

export type FlowStateName = FlowState['name'];

export type FlowEvent =
  | { type: 'begin'; language: Language }
  | { type: 'officeLoaded'; office: OfficeOverview }
  | { type: 'officeFailed' }
  | { type: 'serviceChosen'; serviceId: string }
  | { type: 'printerChecked'; status: PrinterStatusView }
  | { type: 'printerCheckFailed' }
  | { type: 'paperChosen' }
  | { type: 'issued'; ticket: IssuedTicket; print: PrintOutcome }
  | { type: 'issueFailed'; error: Failure }
  | { type: 'reprintRequested' }
  | { type: 'reprinted'; print: PrintOutcome }
  | { type: 'reprintFailed'; error: Failure }
  | { type: 'printAnswered' }
  | { type: 'printResolved'; cameOut: boolean }
  | { type: 'printResolveFailed' }
  | { type: 'cancelRequested' }
  | { type: 'cancelSucceeded' }
  | { type: 'cancelFailed' }
  | { type: 'reset' }
  | MobileEvent
  | StaffEvent;

/** Where the resident is in the mobile flow; every state keeps the service and office for the way back to paper. */
export type MobileBase = { language: Language; office: OfficeOverview; service: OfficeService };

/** What became of the "also print a paper ticket" request on the done screen. */
export type CopyPrint =
  | { status: 'none' }
  | { status: 'printing' }
  | { status: 'printed' }
  | { status: 'failed'; reason: PrintFailureReason };

/** Why no mobile ticket was issued, when the way on is paper (or back). */
export type MobileNotIssuedReason = 'duplicate' | 'unavailable';

export type PhoneEntryState = MobileBase & {
  name: 'phoneEntry';
  consented: boolean;
  /** The digits typed so far: only the entry screen shows them, nothing announces them. */
  typed: string;
  problem: PhoneProblem | null;
};

export type MobileState =
  | (MobileBase & { name: 'mobileConsent' })
  | PhoneEntryState
  | (MobileBase & { name: 'mobileConfirm'; consented: boolean; phone: string; maskedPhone: string })
  | (MobileBase & { name: 'mobileIssuing'; consented: boolean })
  | (MobileBase & { name: 'mobileNotIssued'; reason: MobileNotIssuedReason })
  | {
      name: 'mobileDone';
      language: Language;
      ticket: IssuedTicket;
      maskedPhone: string;
      messagesMayBeLate: boolean;
      /** A paper copy needs the printer, so only offices that offer paper tickets offer it. */
      copyOffered: boolean;
      copy: CopyPrint;
    };

export type MobileEvent =
  | { type: 'mobileChosen' }
  | { type: 'consentGiven' }
  | { type: 'paperInstead' }
  | { type: 'phoneDigit'; digit: string }
  | { type: 'phoneDeleted' }
  | { type: 'phoneCleared' }
  | { type: 'phoneSubmitted' }
  | { type: 'phoneEditRequested' }
  | { type: 'mobileConfirmed' }
  | ({ type: 'mobileIssued' } & ResponseOf<'issueMobileTicket'>)
  | { type: 'mobileIssueFailed'; error: Failure }
  | { type: 'copyRequested' }
  | { type: 'copyPrinted'; print: PrintOutcome }
  | { type: 'copyFailed'; error: Failure };

/** Why the PIN screen is showing a message instead of just the keypad. */
export type StaffPinNotice = 'none' | 'wrong' | 'too-many' | 'length' | 'expired' | 'failed';

export type StaffPinState = {
  name: 'staffPin';
  language: Language;
  /** The digits typed so far; the screen only ever shows how many. */
  pin: string;
  checking: boolean;
  notice: StaffPinNotice;
};

export type ServiceName = Pick<OfficeOverview['services'][number], 'id' | 'name'>;
export type StaffCounter = StaffOverview['counters'][number];
export type PairingCode = ResponseOf<'createPairingCode'>;

/** What the staff screen loads: the overview plus the office's service names for the counters table. */
export type StaffView = { overview: StaffOverview; services: readonly ServiceName[] };

/** The staff screen shows the overview, or one counter's pairing code, or asks before revoking. */
export type StaffPanel =
  | { kind: 'overview' }
  | { kind: 'pairing'; counter: StaffCounter; pairing: PairingCode }
  | { kind: 'confirmRevoke'; counter: StaffCounter };

export type StaffNotice =
  | { kind: 'none' }
  | { kind: 'revoked'; counter: StaffCounter; revokedDevices: number }
  | { kind: 'lan-unavailable' }
  | { kind: 'failed' };

/** The one call in flight; while it runs, further requests are ignored. */
export type StaffPending = 'none' | 'loading' | 'lan' | 'pairing' | 'revoking';

export type StaffState = {
  name: 'staff';
  language: Language;
  pending: StaffPending;
  panel: StaffPanel;
  notice: StaffNotice;
} & StaffView;

export type StaffScreenState = StaffPinState | StaffState;

export type StaffEvent =
  | { type: 'staffRequested' }
  | { type: 'languageChosen'; language: Language }
  | { type: 'pinDigit'; digit: string }
  | { type: 'pinDeleted' }
  | { type: 'pinSubmitted' }
  | { type: 'staffLoaded'; view: StaffView }
  /** The open screen re-read the overview by itself: taken only while no staff call is under way. */
  | { type: 'staffPolled'; view: StaffView }
  | { type: 'staffCallFailed'; error: Failure }
  | { type: 'refreshRequested' }
  | { type: 'printResolveRequested' }
  | { type: 'lanToggleRequested' }
  | { type: 'lanChanged'; lan: LanStatus }
  | { type: 'pairingRequested'; counterId: string }
  | { type: 'pairingCreated'; counterId: string; pairing: PairingCode }
  | { type: 'revokeAsked'; counterId: string }
  | { type: 'revokeConfirmed' }
  | { type: 'counterRevoked'; revokedDevices: number }
  | { type: 'panelClosed' };

export type Reply = <T>(
  asking: FlowState,
  call: (kiosk: KioskApi) => Promise<Envelope<T>>,
  answer: (result: Envelope<T>) => FlowEvent,
) => Promise<void>;

/** Sends `event`; if it moved the flow into a state named `expected`, runs `call` with that state and reports its answer. */
export type Request = <N extends FlowState['name'], T>(
  event: FlowEvent,
  expected: N,
  call: (kiosk: KioskApi, asking: Extract<FlowState, { name: N }>) => Promise<Envelope<T>>,
  answer: (result: Envelope<T>) => FlowEvent,
) => Promise<void>;
