import { defaultKioskMount, type KioskMount } from './kioskMount';
import { defaultLanguages, type Language, type LocalizedText } from './language';
import type { OfficeConfig } from './office';

/** What the start screen shows of the office, before any resident has chosen: its name and languages, and where the screen hangs. */
export interface StartScreenOffice {
  officeName: LocalizedText;
  /** The start screen's language buttons, in order. */
  languages: Language[];
  kioskMount: KioskMount;
}

/** The start screen's view of `office`, as getOffice answers it and as the core draws it into the kiosk page. */
export function startScreenOffice(office: OfficeConfig): StartScreenOffice {
  return { officeName: office.officeName, kioskMount: office.kioskMount ?? defaultKioskMount, languages: [...(office.languages ?? defaultLanguages)] };
}
