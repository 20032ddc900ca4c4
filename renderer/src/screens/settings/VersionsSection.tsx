import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeVersion } from '../../../../shared/officeSettings';
import { download } from '../../../lanShared/download';
import { ActorLabel, seoulTime, StaffTable } from '../staff/StaffTable';
import { useStaffCall } from '../staff/useStaffCall';

type Props = {
  /** Bumped by the page after every save, so the list shows the new version. */
  currentVersion: number | null;
  onRestore: (version: number) => void;
  onImport: (text: string) => void;
};

/** The saved versions with a way back to each, and the settings file for the office's other kiosk. */
export function VersionsSection({ currentVersion, onRestore, onImport }: Props) {
  const { t, i18n } = useTranslation();
  const call = useStaffCall();
  const [versions, setVersions] = useState<OfficeVersion[]>([]);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void call((kiosk) => kiosk.listOfficeVersions({})).then((answer) => answer?.ok && setVersions(answer.value.versions));
  }, [call, currentVersion]);

  const exportFile = async () => {
    const answer = await call((kiosk) => kiosk.exportOfficeSettings({}));
    if (!answer) return;
    if (!answer.ok) return setMessage(answer.error.message);
    download(answer.value.fileName, answer.value.text, 'application/json');
    setMessage(t('settings.exported', { file: answer.value.fileName }));
  };

  return (
    <>
      <StaffTable
        testId="settings-versions"
        columns={[
          t('settings.version'),
          t('security.columnTime'),
          t('security.columnActor'),
          t('settings.versionReason'),
          <span className="visually-hidden">{t('settings.restore')}</span>,
        ]}
      >
        {versions.map((version, index) => (
          <tr key={version.version} data-version={version.version}>
            <td>{version.version}</td>
            <td>{seoulTime(version.savedAt, i18n.language)}</td>
            <td>
              <ActorLabel actor={version.actor} />
            </td>
            <td>{t(`settings.reason-${version.reason}`, { version: version.restoredFrom })}</td>
            <td>
              {index === 0 ? (
                t('settings.inForce')
              ) : (
                <button type="button" className="btn btn--secondary btn--small" onClick={() => onRestore(version.version)}>
                  {t('settings.restoreVersion', { version: version.version })}
                </button>
              )}
            </td>
          </tr>
        ))}
      </StaffTable>
      <div className="button-row">
        <button type="button" className="btn btn--secondary btn--small" onClick={() => void exportFile()}>
          {t('settings.export')}
        </button>
        <label className="btn btn--secondary btn--small file-button">
          {t('settings.import')}
          <input
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            data-testid="settings-import-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void file.text().then(onImport);
            }}
          />
        </label>
      </div>
      <p role="status" className="staff-section__status">
        {message}
      </p>
    </>
  );
}
