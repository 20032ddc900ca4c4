import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeConfig } from '../../../shared/office';
import { followOffice } from '../office/followOffice';
import { readOrEmpty, replaceFile } from '../replaceFile';
import { charactersIn, subsetFont } from './fontSubset';

/** The faces' folder under the kiosk's data folder, and the path the kiosk page fetches them under (staticFiles.ts). */
export const OFFICE_FONT_DIR = 'office-fonts';
export const OFFICE_FONT_PATH = `/${OFFICE_FONT_DIR}/`;
/** What the faces in the folder were cut for: an unchanged office is not cut again at every start. */
export const CUT_FOR = 'characters.txt';
const WEIGHTS = ['Regular', 'Bold'] as const;

/** Every character of every text staff wrote into the office (its name, the services', the notices), once, in order. */
export function officeCharacters(office: OfficeConfig | null): string {
  return charactersIn(office);
}

/**
 * Cuts the bundled Pretendard (`fontDir`, Pretendard-{Regular,Bold}.ttf) down to the office's own
 * text into `<dataDir>/office-fonts/Pretendard-<weight>.office.ttf`, which the kiosk page lists
 * right after its own words' faces (renderer/src/styles/fonts.css): the start screen draws the office's
 * name, whatever staff called it, without fetching the Pretendard parts (hundreds of KiB). Each file
 * is replaced whole (rename), so the page reads the old face or the new one. Before any office is set
 * up the faces hold no character, and still load.
 */
export function writeOfficeFaces(fontDir: string, dataDir: string, office: OfficeConfig | null): void {
  const dir = join(dataDir, OFFICE_FONT_DIR);
  const characters = officeCharacters(office);
  if (readOrEmpty(join(dir, CUT_FOR)) === `${characters}\n`) return;
  mkdirSync(dir, { recursive: true });
  for (const weight of WEIGHTS) replaceFile(dir, `Pretendard-${weight}.office.ttf`, subsetFont(readFileSync(join(fontDir, `Pretendard-${weight}.ttf`)), characters));
  replaceFile(dir, CUT_FOR, `${characters}\n`);
}

/** Cuts the faces for the office in force (`inForce`) after each change, past the save's transaction (followOffice). */
export function officeFaceCutter(fontDir: string, dataDir: string, inForce: () => OfficeConfig | null, failed: (error: unknown) => void) {
  return followOffice(() => writeOfficeFaces(fontDir, dataDir, inForce()), failed);
}
