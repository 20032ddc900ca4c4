import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../testSupport/tempDir';
import { demoOffice } from './demoOffice';
import { readOfficeFile } from './officeFile';

const tempDir = useTempDirs();

describe('readOfficeFile', () => {
  it('reads a valid configuration', () => {
    const file = join(tempDir(), 'office.json');
    writeFileSync(file, JSON.stringify(demoOffice));
    expect(readOfficeFile(file)).toEqual(demoOffice);
  });

  it('names the field that is wrong', () => {
    const file = join(tempDir(), 'office.json');
    writeFileSync(file, JSON.stringify({ ...demoOffice, businessDayStartHour: 25 }));
    expect(() => readOfficeFile(file)).toThrow(/businessDayStartHour/);
  });

  it('says when the file is not JSON', () => {
    const file = join(tempDir(), 'office.json');
    writeFileSync(file, '{ not json');
    expect(() => readOfficeFile(file)).toThrow(/Cannot read office configuration/);
  });
});
