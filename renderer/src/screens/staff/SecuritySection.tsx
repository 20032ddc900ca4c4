import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffOverview } from '../../../../shared/ipc/contract';
import { pinProblem, type AuditEntry, type LanLockoutName, type StaffRole } from '../../../../shared/staff';
import { TextField } from '../admin/fields';
import { download } from '../../../lanShared/download';
import { ActorLabel, seoulTime, StaffTable } from './StaffTable';
import { StaffSection } from './StaffSection';
import { useStaffCall } from './useStaffCall';
import { useFlow } from '../../flow/FlowContext';

function FailedUnlocks({ failures }: { failures: StaffOverview['recentFailedUnlocks'] }) {
  const { t, i18n } = useTranslation();
  return (
    <StaffSection heading={t('security.failedHeading')}>
      {failures.length === 0 ? (
        <p className="staff-section__status">{t('security.noFailures')}</p>
      ) : (
        <ul className="plain-list" data-testid="failed-unlocks">
          {failures.map((failure) => (
            <li key={`${failure.at}-${failure.consecutiveFailures}`}>
              {failure.from === null
                ? t('security.failure', { time: seoulTime(failure.at, i18n.language), count: failure.consecutiveFailures })
                : t('security.failureFromLan', { time: seoulTime(failure.at, i18n.language), count: failure.consecutiveFailures, source: failure.from })}
            </li>
          ))}
        </ul>
      )}
    </StaffSection>
  );
}

const lanRefusalTexts = {
  pairing: {
    testId: 'refused-pairings',
    heading: 'security.pairingHeading',
    failures: 'security.pairingFailures',
    locked: 'security.pairingLocked',
    lift: 'security.pairingLift',
    lifted: 'security.pairingLifted',
  },
  managerPage: {
    testId: 'refused-manager-page-pins',
    heading: 'security.managerPageHeading',
    failures: 'security.managerPageFailures',
    locked: 'security.managerPageLocked',
    lift: 'security.managerPageLift',
    lifted: 'security.managerPageLifted',
  },
} as const satisfies Record<LanLockoutName, Record<string, string>>;

/** Anyone on the LAN can start these lockouts: the manager may lift one to pair a counter, or sign in on the manager page, now. */
function LiftLanLockout({ lockout, lockedUntil }: { lockout: LanLockoutName; lockedUntil: string | null }) {
  const { t } = useTranslation();
  const call = useStaffCall();
  const refreshStaff = useFlow((s) => s.refreshStaff);
  const [lifted, setLifted] = useState(false);
  const texts = lanRefusalTexts[lockout];

  const lift = async () => {
    const answer = await call((kiosk) => kiosk.liftLanLockout({ lockout }));
    if (!answer?.ok) return;
    setLifted(true);
    await refreshStaff();
  };

  if (lockedUntil) {
    return (
      <button type="button" className="btn btn--secondary btn--small" onClick={() => void lift()}>
        {t(texts.lift)}
      </button>
    );
  }
  return lifted ? <p className="staff-section__status">{t(texts.lifted)}</p> : null;
}

/** Wrong guesses sent over the LAN (pairing codes to /api/pair, PINs to the manager page): someone there may be guessing; the manager may lift a lockout. */
function LanRefusals({ refused, guessed, canLift }: { refused: StaffOverview['refusedPairings']; guessed: LanLockoutName; canLift: boolean }) {
  const { t, i18n } = useTranslation();
  const texts = lanRefusalTexts[guessed];
  return (
    <StaffSection heading={t(texts.heading)} data-testid={texts.testId}>
      {refused.consecutiveFailures === 0 || refused.lastAt === null ? (
        <p className="staff-section__status">{t('security.noFailures')}</p>
      ) : (
        <p className="staff-section__status">
          {t(texts.failures, { count: refused.consecutiveFailures, time: seoulTime(refused.lastAt, i18n.language), source: refused.lastSource })}
        </p>
      )}
      {refused.lockedUntil && <p className="staff-section__status" role="status">{t(texts.locked, { time: seoulTime(refused.lockedUntil, i18n.language) })}</p>}
      {canLift && <LiftLanLockout lockout={guessed} lockedUntil={refused.lockedUntil} />}
    </StaffSection>
  );
}

function PinChange({ clerkPinSet }: { clerkPinSet: boolean }) {
  const { t } = useTranslation();
  const call = useStaffCall();
  const [role, setRole] = useState<StaffRole>(clerkPinSet ? 'manager' : 'clerk');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
  const [done, setDone] = useState(false);

  const submit = async () => {
    setDone(false);
    const problem = pinProblem(pin);
    if (problem) return setProblems(new Map([['pin', t(`pinProblem.${problem}`)]]));
    if (pin !== again) return setProblems(new Map([['again', t('pinProblem.mismatch')]]));
    const answer = await call((kiosk) => kiosk.setStaffPin({ role, pin }));
    if (!answer) return;
    if (answer.ok) {
      setProblems(new Map());
      setPin('');
      setAgain('');
      setDone(true);
    } else {
      setProblems(new Map([['pin', answer.error.pinProblem ? t(`pinProblem.${answer.error.pinProblem}`) : answer.error.message]]));
    }
  };

  return (
    <StaffSection heading={t('security.pinHeading')}>
      {!clerkPinSet && <p className="staff-section__status">{t('security.clerkPinMissing')}</p>}
      <form
        className="inline-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset className="choice">
          <legend>{t('security.role')}</legend>
          {(['manager', 'clerk'] as const).map((option) => (
            <label key={option} className="choice__option">
              <input type="radio" name="pin-role" value={option} checked={role === option} onChange={() => setRole(option)} />
              {t(`security.role-${option}`)}
            </label>
          ))}
        </fieldset>
        <TextField type="password" numeric autoComplete="new-password" label={t('security.newPin')} path="pin" problems={problems} value={pin} onChange={setPin} />
        <TextField type="password" numeric autoComplete="new-password" label={t('security.newPinAgain')} path="again" problems={problems} value={again} onChange={setAgain} />
        <button type="submit" className="btn btn--secondary btn--small">
          {t('security.changePin')}
        </button>
        <p role="status" className="staff-section__status">
          {done ? t('security.pinChanged') : ''}
        </p>
      </form>
    </StaffSection>
  );
}

function AuditLog() {
  const { t, i18n } = useTranslation();
  const call = useStaffCall();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [message, setMessage] = useState('');

  const load = async () => {
    const answer = await call((kiosk) => kiosk.getAuditLog({ limit: 100 }));
    if (!answer) return;
    if (answer.ok) setEntries(answer.value.entries);
    else setMessage(t('security.loadFailed'));
  };
  const exportCsv = async () => {
    const answer = await call((kiosk) => kiosk.exportAuditLog({}));
    if (!answer) return;
    if (!answer.ok) return setMessage(t('security.loadFailed'));
    download(answer.value.fileName, answer.value.csv);
    setMessage(t('security.auditExported', { file: answer.value.fileName }));
  };
  const exportLogs = async () => {
    const answer = await call((kiosk) => kiosk.exportLogs({}));
    if (!answer) return;
    if (!answer.ok) return setMessage(t(answer.error.code === 'EXPORT_FAILED' ? 'security.logsFailed' : 'security.loadFailed'));
    const saved = answer.value;
    setMessage(saved.outcome === 'saved' ? t('security.logsSaved', { files: saved.files, folder: saved.folder }) : t('security.logsCancelled'));
  };

  return (
    <StaffSection heading={t('security.auditHeading')} wide>
      <div className="button-row">
        <button type="button" className="btn btn--secondary btn--small" onClick={() => void load()}>
          {t('security.auditLoad')}
        </button>
        <button type="button" className="btn btn--secondary btn--small" onClick={() => void exportCsv()}>
          {t('security.auditExport')}
        </button>
        <button type="button" className="btn btn--secondary btn--small" onClick={() => void exportLogs()}>
          {t('security.logsExport')}
        </button>
      </div>
      <p role="status" className="staff-section__status">
        {message}
      </p>
      {entries && (
        <StaffTable testId="audit-log" columns={[t('security.columnTime'), t('security.columnActor'), t('security.columnAction'), t('security.columnDetail')]}>
          {entries.map((entry) => (
            <tr key={entry.position} data-action={entry.action}>
              <td>{seoulTime(entry.at, i18n.language)}</td>
              <td>
                <ActorLabel actor={entry.actor} />
              </td>
              <td>{t(`audit.${entry.action}`)}</td>
              <td className="data-table__detail">{Object.keys(entry.detail).length > 0 ? JSON.stringify(entry.detail) : ''}</td>
            </tr>
          ))}
        </StaffTable>
      )}
    </StaffSection>
  );
}

/** Wrong PINs for everyone; PINs and the audit log for the manager. */
export function SecuritySection({ overview }: { overview: StaffOverview }) {
  return (
    <div className="staff__sections">
      <FailedUnlocks failures={overview.recentFailedUnlocks} />
      <LanRefusals refused={overview.refusedPairings} guessed="pairing" canLift={overview.role === 'manager'} />
      <LanRefusals refused={overview.refusedManagerPagePins} guessed="managerPage" canLift={overview.role === 'manager'} />
      {overview.role === 'manager' && (
        <>
          <PinChange clerkPinSet={overview.clerkPinSet} />
          <AuditLog />
        </>
      )}
    </div>
  );
}
