import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/language';
import type { OfficeOverview } from '../../../../shared/ipc/contract';

/**
 * The consent notice's four terms (PIPA Art. 15(2)), as the screen shows them and the voice reads
 * them. The office's privacy officer may word purpose and retention for the office; the rest is standard.
 */
export function consentTerms(office: OfficeOverview, t: TFunction, language: Language): ReadonlyArray<readonly [string, string]> {
  const officeWording = office.consentText;
  const paperOffered = office.ticketKinds.includes('paper');
  return [
    [t('mobile.purposeLabel'), officeWording?.purpose[language] ?? t('mobile.purpose')],
    [t('mobile.itemLabel'), t('mobile.item')],
    [t('mobile.retentionLabel'), officeWording?.retention[language] ?? t('mobile.retention')],
    [t('mobile.refuseLabel'), t(paperOffered ? 'mobile.refuse' : 'mobile.refuseNoPaper')],
  ];
}
