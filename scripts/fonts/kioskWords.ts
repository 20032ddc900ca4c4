import { charactersIn } from '../../electron/services/fonts/fontSubset';
import { languageNames } from '../../shared/language';
import { lanEn } from '../../renderer/lanShared/i18n/lanEn';
import { lanKo } from '../../renderer/lanShared/i18n/lanKo';
import { en } from '../../renderer/src/i18n/en';
import { ko } from '../../renderer/src/i18n/ko';
import { vi } from '../../renderer/src/i18n/vi';
import { zh } from '../../renderer/src/i18n/zh';

/** Printable ASCII (numbers, times, typed Latin) and the ✓ kiosk.css draws on a mode switch that is on. */
const ALWAYS = `${String.fromCharCode(...Array.from({ length: 0x7f - 0x20 }, (_, index) => 0x20 + index))}✓`;

/**
 * Every character the kiosk page can show from its own bundle: its messages in every language
 * (those of the LAN pages it shares too) and the language buttons' names. The office's names are
 * not here: they are staff's, and the core cuts a face for them (electron/services/fonts/officeFaces.ts).
 */
export function kioskWords(): string {
  return charactersIn([ALWAYS, ko, en, zh, vi, lanKo, lanEn, languageNames]);
}
