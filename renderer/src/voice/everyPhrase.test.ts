import { describe, expect, it } from 'vitest';
import { languages } from '../../../shared/language';
import { everyResidentScreen } from './everyResidentScreen';
import { createI18n } from '../i18n';
import { ko } from '../i18n/ko';
import { voiceScriptFor, type Listening } from './voiceScript';

/*
 * Every screen a resident can meet, in every state it can be in, said in every language: the
 * voice has words for all of them (speechSynthesis speaks whatever text it is given, so the text
 * is what can be missing), in that language, with every number in words.
 */

const hangul = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
const han = /[\u4e00-\u9fff]/;
const vietnameseLetters = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const untranslatedKey = /\b(app|modes|start|loading|services|ticket|printing|done|printFailed|printUncertain|cancelled|error|problem|mobile|phoneProblem|voice)\.[a-zA-Z]+/;

/** Every screen title and notice heading a resident can meet (i18n keys): shown without a full stop, said as a sentence. */
const headingKeys = Object.entries(ko).flatMap(([section, messages]) =>
  typeof messages === 'object' ? Object.keys(messages).filter((key) => /(^title|Title|^notice-)/.test(key)).map((key) => `${section}.${key}`) : [],
);

describe.each(languages)('every phrase the voice can say, in %s', (language) => {
  const i18n = createI18n();
  void i18n.changeLanguage(language);
  const t = i18n.t.bind(i18n);
  const cases = everyResidentScreen(language).flatMap(([screen, state]) =>
    (['speaker', 'earphones'] as Listening[]).map((listening) => [`${screen} (${listening})`, state, listening] as const),
  );

  it(`has ${cases.length} phrases to check`, () => {
    expect(cases.length).toBeGreaterThan(200);
  });

  it.each(cases)('%s: words in the language, numbers in words', (_screen, state, listening) => {
    const said = voiceScriptFor(state, t, listening);
    expect(said.trim()).not.toBe('');
    expect(said).not.toMatch(/\d/);
    expect(said).not.toMatch(/\{\{|\}\}|<\/?\w+>/);
    expect(said).not.toMatch(untranslatedKey);
    // A hyphen standing alone ("하이픈(-)") may be said "minus"; inside a word ("twenty-one") it is not said.
    expect(said).not.toMatch(/(?<!\p{L})-|-(?!\p{L})/u);
    if (language !== 'ko') expect(said).not.toMatch(hangul);
    if (language !== 'zh') expect(said).not.toMatch(han);
    if (language === 'vi') expect(said).toMatch(vietnameseLetters);
    if (language === 'zh') expect(said).toMatch(han);
    if (language === 'ko') expect(said).toMatch(hangul);
    // Chinese writes no space after its full-width stops and commas; a voice may pause oddly at one.
    if (language === 'zh') expect(said).not.toMatch(/[。，：；？！]\s/);
  });

  it.each(cases)('%s: a heading said before more words ends its sentence, not run on into the next', (_screen, state, listening) => {
    const said = voiceScriptFor(state, t, listening);
    const headingText = t as (key: string) => string;
    for (const heading of headingKeys.map((key) => headingText(key)).filter((text) => !/[.?!。？！]$/.test(text))) {
      for (let at = said.indexOf(heading); at >= 0; at = said.indexOf(heading, at + 1)) {
        const startsASentence = at === 0 || /[.?!。？！]\s$/.test(said.slice(0, at));
        const runsOn = /^\s/.test(said.slice(at + heading.length));
        expect(startsASentence && runsOn, `“${heading}” runs into the next sentence in: ${said}`).toBe(false);
      }
    }
  });
});
