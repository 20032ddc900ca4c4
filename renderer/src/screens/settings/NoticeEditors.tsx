import { useTranslation } from 'react-i18next';
import { defaultBoardSound, type OfficeConfig } from '../../../../shared/office';
import { languages, type LocalizedText } from '../../../../shared/language';
import type { FieldProblems } from '../admin/fieldProblems';
import { CheckField, LocalizedFields, NumberField } from '../admin/fields';

type Props = { office: OfficeConfig; problems: FieldProblems; onChange: (office: OfficeConfig) => void };

/** The consent notice's purpose and retention in the office's own words; off, the kiosk's standard wording. */
export function ConsentTextEditor({ office, problems, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const standard = (key: 'mobile.purpose' | 'mobile.retention'): LocalizedText =>
    Object.fromEntries(languages.map((language) => [language, i18n.getFixedT(language)(key)])) as LocalizedText;
  const wording = office.consentText;
  return (
    <>
      <p className="staff-section__status">{t('settings.consentTextHint')}</p>
      <CheckField
        label={t('settings.consentTextOwn')}
        checked={wording !== undefined}
        onChange={(own) => onChange({ ...office, consentText: own ? { purpose: standard('mobile.purpose'), retention: standard('mobile.retention') } : undefined })}
      />
      {wording && (
        <div className="service-editor__fields">
          <LocalizedFields label={(language) => t('settings.consentPurpose', { language })} path="consentText.purpose" problems={problems} value={wording.purpose} onChange={(purpose) => onChange({ ...office, consentText: { ...wording, purpose } })} />
          <LocalizedFields label={(language) => t('settings.consentRetention', { language })} path="consentText.retention" problems={problems} value={wording.retention} onChange={(retention) => onChange({ ...office, consentText: { ...wording, retention } })} />
        </div>
      )}
    </>
  );
}

/** Whether the display boards chime and speak each call, and how loud. */
export function BoardSoundEditor({ office, problems, onChange }: Props) {
  const { t } = useTranslation();
  const sound = office.boardSound ?? defaultBoardSound;
  return (
    <div className="service-editor__fields">
      <CheckField label={t('settings.boardSoundOn')} checked={sound.on} onChange={(on) => onChange({ ...office, boardSound: { ...sound, on } })} />
      <NumberField label={t('settings.boardVolume')} hint={t('settings.boardVolumeHint')} path="boardSound.volumePercent" problems={problems} value={sound.volumePercent} onChange={(volumePercent) => onChange({ ...office, boardSound: { ...sound, volumePercent } })} />
    </div>
  );
}
