import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditActor } from '../../../../shared/staff';

/** A wide staff table that scrolls sideways on a narrow panel: one header row of column titles, then its rows. */
export function StaffTable({ testId, columns, children }: { testId: string; columns: readonly ReactNode[]; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** Who acted, in the audit log and the settings versions: the kiosk itself, the manager or a clerk. */
export function ActorLabel({ actor }: { actor: AuditActor }) {
  const { t } = useTranslation();
  return <>{t(actor === 'kiosk' ? 'security.actor-kiosk' : actor === 'manager' ? 'security.role-manager' : 'security.role-clerk')}</>;
}

/** A moment as the office reads it: Seoul time, in the staff screen's language. */
export function seoulTime(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'ko-KR', { timeZone: 'Asia/Seoul' });
}
