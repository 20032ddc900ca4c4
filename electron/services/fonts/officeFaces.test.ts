import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import type { OfficeConfig } from '../../../shared/office';
import { openDatabase } from '../database/openDatabase';
import { demoOffice } from '../office/demoOffice';
import { createOfficeHolder } from '../office/officeStore';
import { defaultReceiptFontPath } from '../printing/escpos/receiptFont';
import { useTempDirs } from '../testSupport/tempDir';
import { OFFICE_FONT_DIR, officeCharacters, writeOfficeFaces } from './officeFaces';

const tempDir = useTempDirs();
const FONT_DIR = dirname(defaultReceiptFontPath());
const HANZI = /\p{Script=Han}/u;

/** The characters a font file maps to glyphs (its cmap), read by HarfBuzz. */
function charactersIn(file: string): string[] {
  const face = new Face(new Blob(readFileSync(file)));
  return [...face.collectUnicodes()].map((point) => String.fromCodePoint(point)).sort();
}

const face = (dataDir: string, weight: 'Regular' | 'Bold') => join(dataDir, OFFICE_FONT_DIR, `Pretendard-${weight}.office.ttf`);

describe('writeOfficeFaces', () => {
  it("cuts both weights to exactly the office's own text: every character Pretendard has (no hanzi), nothing else", () => {
    const dataDir = tempDir();
    writeOfficeFaces(FONT_DIR, dataDir, demoOffice);
    const expected = [...officeCharacters(demoOffice)].filter((character) => !HANZI.test(character));
    expect(expected).toEqual(expect.arrayContaining([...'순번구청 민원실', ...'Phòng tiếp dân']));
    for (const weight of ['Regular', 'Bold'] as const) expect(charactersIn(face(dataDir, weight))).toEqual(expected);
  });

  it('cuts again only when the office text changed, and then holds the new names', () => {
    const dataDir = tempDir();
    writeOfficeFaces(FONT_DIR, dataDir, demoOffice);
    const first = statSync(face(dataDir, 'Bold')).mtimeMs;
    writeOfficeFaces(FONT_DIR, dataDir, structuredClone(demoOffice));
    expect(statSync(face(dataDir, 'Bold')).mtimeMs).toBe(first);
    const renamed: OfficeConfig = { ...demoOffice, officeName: { ...demoOffice.officeName, ko: '햇빛동 행정복지센터' } };
    writeOfficeFaces(FONT_DIR, dataDir, renamed);
    expect(charactersIn(face(dataDir, 'Bold'))).toEqual(expect.arrayContaining([...'햇빛동행정복지센터']));
  });

  it('before any office is set up the faces hold no character and are still fonts', () => {
    const dataDir = tempDir();
    writeOfficeFaces(FONT_DIR, dataDir, null);
    for (const weight of ['Regular', 'Bold'] as const) {
      expect(charactersIn(face(dataDir, weight))).toEqual([]);
      // HarfBuzz answers 1000 for bytes it cannot read as a font; Pretendard's head table says 2048.
      expect(new Face(new Blob(readFileSync(face(dataDir, weight)))).upem).toBe(2048);
    }
  });

  it('the office holder hands the office in force to the faces at start, after a save and after a rolled-back one', () => {
    const dataDir = tempDir();
    const db = openDatabase(join(dataDir, 'k.db'));
    const heard: Array<string | null> = [];
    const holder = createOfficeHolder(db, demoOffice, () => '2026-11-28T00:00:00.000Z', (office) => heard.push(office?.officeName.ko ?? null));
    const renamed: OfficeConfig = { ...demoOffice, officeName: { ...demoOffice.officeName, ko: '햇빛동 행정복지센터' } };
    holder.replace(renamed, { savedAt: '2026-11-28T01:00:00.000Z', actor: 'kiosk', reason: 'setup' });
    holder.reload();
    expect(heard).toEqual(['순번구청 민원실', '햇빛동 행정복지센터', '햇빛동 행정복지센터']);
    db.close();
    const empty = openDatabase(join(dataDir, 'empty.db'));
    createOfficeHolder(empty, undefined, () => '', (office) => heard.push(office?.officeName.ko ?? null));
    expect(heard.at(-1)).toBeNull();
    empty.close();
  });
});
