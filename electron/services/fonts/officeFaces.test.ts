import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import type { OfficeConfig } from '../../../shared/office';
import { openDatabase, writeTransaction } from '../database/openDatabase';
import { demoOffice } from '../office/demoOffice';
import { createOfficeHolder } from '../office/officeStore';
import { defaultReceiptFontPath } from '../printing/escpos/receiptFont';
import { useTempDirs } from '../testSupport/tempDir';
import { CUT_FOR, OFFICE_FONT_DIR, officeCharacters, officeFaceCutter, writeOfficeFaces } from './officeFaces';
import { officeFacesCutAt } from './officeFacesCutAt';

const tempDir = useTempDirs();
const FONT_DIR = dirname(defaultReceiptFontPath());
const HANZI = /\p{Script=Han}/u;
const renamed: OfficeConfig = { ...demoOffice, officeName: { ...demoOffice.officeName, ko: '햇빛동 행정복지센터' } };

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
    writeOfficeFaces(FONT_DIR, dataDir, renamed);
    expect(charactersIn(face(dataDir, 'Bold'))).toEqual(expect.arrayContaining([...'햇빛동행정복지센터']));
  });

  it('tells when the faces on disk were cut: not before the first cut, not again for the same text, anew for a rename', () => {
    const dataDir = tempDir();
    expect(officeFacesCutAt(dataDir)).toBeNull();
    const before = Date.now();
    writeOfficeFaces(FONT_DIR, dataDir, demoOffice);
    expect(officeFacesCutAt(dataDir)).toBeGreaterThanOrEqual(before - 1000);
    // As if the demo's faces were cut an hour ago, when a page that is still open loaded them.
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(join(dataDir, OFFICE_FONT_DIR, CUT_FOR), anHourAgo, anHourAgo);
    const first = officeFacesCutAt(dataDir)!;
    writeOfficeFaces(FONT_DIR, dataDir, structuredClone(demoOffice));
    expect(officeFacesCutAt(dataDir)).toBe(first);
    writeOfficeFaces(FONT_DIR, dataDir, renamed);
    expect(officeFacesCutAt(dataDir)).toBeGreaterThan(first + 3_000_000);
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
    holder.replace(renamed, { savedAt: '2026-11-28T01:00:00.000Z', actor: 'kiosk', reason: 'setup' });
    expect(() =>
      writeTransaction(db, () => {
        holder.replace(demoOffice, { savedAt: '2026-11-28T02:00:00.000Z', actor: 'kiosk', reason: 'setup' });
        throw new Error('the save failed after the office was written');
      }),
    ).toThrow('the save failed');
    holder.reload();
    expect(heard).toEqual(['순번구청 민원실', '햇빛동 행정복지센터', '순번구청 민원실', '햇빛동 행정복지센터']);
    db.close();
    const empty = openDatabase(join(dataDir, 'empty.db'));
    const none: Array<OfficeConfig | null> = [];
    createOfficeHolder(empty, undefined, () => '', (office) => none.push(office));
    expect(none).toEqual([null]);
    empty.close();
  });
});

describe('officeFaceCutter', () => {
  it('cuts after the save\'s transaction is over, for the office then in force, once for a burst of calls', async () => {
    const dataDir = tempDir();
    const db = openDatabase(join(dataDir, 'k.db'));
    let inForceCalls = 0;
    const cutter = officeFaceCutter(FONT_DIR, dataDir, () => {
      inForceCalls += 1;
      return holder.configured() ? holder.current() : null;
    }, (error) => {
      throw error;
    });
    const holder = createOfficeHolder(db, demoOffice, () => '2026-11-28T00:00:00.000Z', cutter.schedule);
    expect(existsSync(face(dataDir, 'Bold'))).toBe(false);
    await new Promise(setImmediate);
    expect(charactersIn(face(dataDir, 'Bold'))).toEqual(expect.arrayContaining([...'순번구청민원실']));

    // A rename written and then rolled back: nothing is cut while the transaction is open, and the
    // one cut afterwards is for the office in force again (the demo), not the rolled-back name.
    writeTransaction(db, () => holder.replace(renamed, { savedAt: '2026-11-28T01:00:00.000Z', actor: 'kiosk', reason: 'setup' }));
    expect(() =>
      writeTransaction(db, () => {
        holder.replace({ ...demoOffice, officeName: { ...demoOffice.officeName, ko: '달빛동 주민센터' } }, { savedAt: '2026-11-28T02:00:00.000Z', actor: 'kiosk', reason: 'setup' });
        expect(charactersIn(face(dataDir, 'Bold'))).not.toContain('햇');
        throw new Error('the save failed');
      }),
    ).toThrow('the save failed');
    holder.reload();
    inForceCalls = 0;
    await new Promise(setImmediate);
    expect(inForceCalls).toBe(1);
    expect(charactersIn(face(dataDir, 'Bold'))).toEqual(expect.arrayContaining([...'햇빛동']));
    expect(charactersIn(face(dataDir, 'Bold'))).not.toContain('달');
    cutter.close();
    db.close();
  });

  it('now() cuts at once, before the page can ask, and takes the place of a cut scheduled before it', async () => {
    const dataDir = tempDir();
    let cuts = 0;
    const cutter = officeFaceCutter(FONT_DIR, dataDir, () => {
      cuts += 1;
      return demoOffice;
    }, (error) => {
      throw error;
    });
    cutter.schedule();
    cutter.now();
    expect(charactersIn(face(dataDir, 'Bold'))).toEqual(expect.arrayContaining([...'순번구청민원실']));
    await new Promise(setImmediate);
    expect(cuts).toBe(1);
  });

  it('close() drops a cut not yet made', async () => {
    const dataDir = tempDir();
    const cutter = officeFaceCutter(FONT_DIR, dataDir, () => demoOffice, (error) => {
      throw error;
    });
    cutter.schedule();
    cutter.close();
    await new Promise(setImmediate);
    expect(existsSync(face(dataDir, 'Bold'))).toBe(false);
  });
});
