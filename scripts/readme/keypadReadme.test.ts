import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keypadKeys } from '../../renderer/src/keypad/keypadKeys';

describe('the README', () => {
  it('documents every key the keypad sends', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Keypad and keyboard'), readme.indexOf('### Calling numbers'));
    for (const key of Object.keys(keypadKeys)) expect(section, key).toContain(`\`${key}\``);
  });
});
