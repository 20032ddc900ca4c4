import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskApi, ResponseOf } from '../../../../shared/ipc/contract';
import { officeConfigSchema, type OfficeConfig } from '../../../../shared/office';
import { defaultLanguages, languageNames, languages } from '../../../../shared/language';
import type { WaitingDecision, WaitingPlans } from '../../../../shared/officeSettings';
import { typicalOfficeHours } from '../../../../shared/officeHours';
import type { Envelope, Failure } from '../../../../shared/result';
import { CheckField, LocalizedFields, NumberField } from '../admin/fields';
import { fieldProblems, type FieldProblems } from '../admin/fieldProblems';
import { BoardSoundEditor, ConsentTextEditor } from './NoticeEditors';
import { HoursEditor } from '../admin/HoursEditor';
import { PrinterSettings } from '../admin/PrinterSettings';
import { useStaffCall } from '../staff/useStaffCall';
import { CountersEditor } from './CountersEditor';
import { DistrictSettings } from './DistrictSettings';
import { ServicesEditor } from './ServicesEditor';
import { VersionsSection } from './VersionsSection';
import { WaitingDecisions } from './WaitingDecisions';

type Loaded = ResponseOf<'getOfficeSettings'>;
type Changed = Envelope<ResponseOf<'saveOfficeSettings'>>;
/** What the manager asked for, to run again once they decided about the people waiting. */
type Change = (kiosk: KioskApi, plans: WaitingPlans) => Promise<Changed>;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section className="admin-form__section" aria-labelledby={`settings-${id}`} data-testid={`settings-${id}`}>
      <h2 id={`settings-${id}`} className="staff-section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The manager's office settings, edited mid-day: the kiosk checks each change against today's
 * queue (no number given twice, nobody left waiting without a line) and keeps every version.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const call = useStaffCall();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [draft, setDraft] = useState<OfficeConfig | null>(null);
  const [problems, setProblems] = useState<FieldProblems>(new Map());
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState<{ change: Change; decisions: WaitingDecision[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const answer = await call((kiosk) => kiosk.getOfficeSettings({}));
    if (!answer) return;
    if (!answer.ok) return setMessage(answer.error.message);
    setLoaded(answer.value);
    setDraft(answer.value.office);
  }, [call]);
  useEffect(() => {
    void load();
  }, [load]);

  const refused = (error: Failure) => {
    if (error.code === 'WAITING_DECISION_NEEDED' && error.waitingDecisions) return;
    const problem = error.settingsProblem;
    if (error.code === 'SETTINGS_REFUSED' && problem && problem.kind !== 'invalid' && error.fieldPath) {
      setProblems(new Map([[error.fieldPath, t(`settingsProblem.${problem.kind}`, { ...problem })]]));
      setMessage(t('settings.refused'));
    } else if (error.settingsFileProblem) {
      setMessage(t(`settingsFileProblem.${error.settingsFileProblem}`));
    } else {
      setMessage(error.message);
    }
  };

  const run = async (change: Change, plans: WaitingPlans = {}) => {
    setBusy(true);
    const answer = await call((kiosk) => change(kiosk, plans));
    setBusy(false);
    if (!answer) return;
    if (answer.ok) {
      setPending(null);
      setProblems(new Map());
      const { version, moved } = answer.value;
      setMessage(moved > 0 ? t('settings.savedMoved', { version, count: moved }) : t('settings.saved', { version }));
      await load();
    } else if (answer.error.code === 'WAITING_DECISION_NEEDED' && answer.error.waitingDecisions) {
      setPending({ change, decisions: answer.error.waitingDecisions });
      setMessage('');
    } else {
      setPending(null);
      refused(answer.error);
    }
  };

  const save = () => {
    if (!draft) return;
    const checked = fieldProblems(officeConfigSchema, draft, (key, options) => t(key, options));
    if (!checked.ok) {
      setProblems(checked.problems);
      setMessage(t('setup.fixProblems'));
      return;
    }
    setProblems(new Map());
    void run((kiosk, waitingPlans) => kiosk.saveOfficeSettings({ office: checked.value, waitingPlans }));
  };

  if (!loaded || !draft) {
    return (
      <p role="status" className="staff-section__status">
        {message || t('settings.loading')}
      </p>
    );
  }

  return (
    <form
      className="admin-form settings"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Section id="services" title={t('settings.servicesHeading')}>
        <ServicesEditor office={draft} waiting={loaded.waiting} problems={problems} onChange={setDraft} />
      </Section>
      <Section id="counters" title={t('settings.countersHeading')}>
        <CountersEditor office={draft} problems={problems} onChange={setDraft} />
      </Section>
      <Section id="calling" title={t('settings.callingHeading')}>
        <div className="service-editor__fields">
          <NumberField label={t('settings.starvationMinutes')} hint={t('settings.starvationHint')} path="calling.starvationMinutes" problems={problems} value={draft.calling.starvationMinutes} onChange={(starvationMinutes) => setDraft({ ...draft, calling: { ...draft.calling, starvationMinutes } })} />
          <NumberField label={t('settings.recallsBeforeNoShow')} path="calling.recallsBeforeNoShow" problems={problems} value={draft.calling.recallsBeforeNoShow} onChange={(recallsBeforeNoShow) => setDraft({ ...draft, calling: { ...draft.calling, recallsBeforeNoShow } })} />
          <NumberField label={t('settings.recallInterval')} path="calling.recallMinIntervalSeconds" problems={problems} value={draft.calling.recallMinIntervalSeconds} onChange={(recallMinIntervalSeconds) => setDraft({ ...draft, calling: { ...draft.calling, recallMinIntervalSeconds } })} />
        </div>
      </Section>
      <Section id="hours" title={t('setup.hoursHeading')}>
        <CheckField label={t('settings.useHours')} checked={draft.hours !== undefined} onChange={(on) => setDraft({ ...draft, hours: on ? typicalOfficeHours : undefined })} />
        {draft.hours && <HoursEditor hours={draft.hours} onChange={(hours) => setDraft({ ...draft, hours })} problems={problems} path="hours" />}
      </Section>
      <Section id="day" title={t('settings.dayHeading')}>
        <div className="service-editor__fields">
          <LocalizedFields label={(language) => t('settings.officeName', { language })} path="officeName" problems={problems} value={draft.officeName} onChange={(officeName) => setDraft({ ...draft, officeName })} />
          <NumberField label={t('settings.dayStartHour')} hint={t('settings.dayStartHint')} path="businessDayStartHour" problems={problems} value={draft.businessDayStartHour} onChange={(businessDayStartHour) => setDraft({ ...draft, businessDayStartHour })} />
          <LocalizedFields label={(language) => t('settings.ticketNotice', { language })} path="ticketNotice" problems={problems} value={draft.ticketNotice} onChange={(ticketNotice) => setDraft({ ...draft, ticketNotice })} />
        </div>
        <CheckField label={t('settings.consentRequired')} checked={draft.mobileConsentRequired} onChange={(mobileConsentRequired) => setDraft({ ...draft, mobileConsentRequired })} />
        {languages
          .filter((language) => language !== 'ko')
          .map((language) => {
            const offered = draft.languages ?? defaultLanguages;
            return (
              <CheckField
                key={language}
                label={t('settings.offerLanguage', { language: languageNames[language] })}
                checked={offered.includes(language)}
                onChange={(on) => setDraft({ ...draft, languages: languages.filter((l) => (l === language ? on : offered.includes(l))) })}
              />
            );
          })}
      </Section>
      <Section id="consent" title={t('settings.consentHeading')}>
        <ConsentTextEditor office={draft} problems={problems} onChange={setDraft} />
      </Section>
      <Section id="board" title={t('settings.boardHeading')}>
        <BoardSoundEditor office={draft} problems={problems} onChange={setDraft} />
      </Section>
      <Section id="printer" title={t('setup.printerHeading')}>
        <PrinterSettings />
      </Section>
      <Section id="district" title={t('setup.districtHeading')}>
        <DistrictSettings />
      </Section>

      {pending && (
        <WaitingDecisions
          decisions={pending.decisions}
          inForce={loaded.office}
          office={draft}
          onDecided={(plans) => void run(pending.change, plans)}
          onCancel={() => setPending(null)}
        />
      )}
      <div className="settings__actions">
        <button type="submit" className="btn btn--primary btn--small" disabled={busy}>
          {t('settings.save')}
        </button>
        <button type="button" className="btn btn--secondary btn--small" disabled={busy} onClick={() => { setDraft(loaded.office); setProblems(new Map()); setMessage(''); }}>
          {t('settings.discard')}
        </button>
        <p role="status" className="staff-section__status" data-testid="settings-message">
          {message}
        </p>
      </div>

      <Section id="versions" title={t('settings.versionsHeading')}>
        <VersionsSection
          currentVersion={loaded.version}
          onRestore={(version) => void run((kiosk, waitingPlans) => kiosk.restoreOfficeVersion({ version, waitingPlans }))}
          onImport={(text) => void run((kiosk, waitingPlans) => kiosk.importOfficeSettings({ text, waitingPlans }))}
        />
      </Section>
    </form>
  );
}
