import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../renderer/src/i18n';
import { everyResidentScreen } from '../renderer/src/voice/everyResidentScreen';
import { voiceScriptFor } from '../renderer/src/voice/voiceScript';

/**
 * The terms chosen when the Chinese and Vietnamese texts were reviewed (README, "Translations"):
 * one word per idea on every surface a resident reads or hears, and the variants that were
 * replaced, so they do not creep back in.
 */
const glossary = [
  // The paper itself may be "phiếu" (Vui lòng lấy phiếu), its number is the "số thứ tự".
  { ko: '번호표', en: 'ticket', zh: '号码牌', vi: 'số thứ tự', rejected: ['号码票', '排队票', 'phiếu chờ', 'vé số', 'Phiếu của bạn là'] },
  { ko: '창구', en: 'counter', zh: '窗口', vi: 'quầy', rejected: ['柜台', 'cửa sổ'] },
  { ko: '예상 대기', en: 'estimated wait', zh: '预计等候', vi: 'Thời gian chờ dự kiến', rejected: ['预计等待', '估计等候', 'dự tính'] },
  { ko: '민원실', en: 'civil affairs office', zh: '办事大厅', vi: 'phòng tiếp dân', rejected: ['民政服务中心', 'phòng dân sự'] },
  { ko: '앞에 기다리는 분', en: 'people ahead', zh: '您前面', vi: 'chờ trước bạn', rejected: ['đợi trước bạn'] },
  { ko: '처음 화면', en: 'start screen', zh: '首页', vi: 'màn hình chính', rejected: ['màn hình đầu'] },
  { ko: '~해 주세요', en: 'please', zh: '请', vi: 'Vui lòng', rejected: ['Xin hãy', 'xin hãy', 'Xin vui lòng'] },
] as const;

const halfWidthAfterHan = /[\u4e00-\u9fff][,.!?;:"]|"[\u4e00-\u9fff]/;

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** Every file holding resident-facing Chinese or Vietnamese text. */
const surfaces = [
  'renderer/src/i18n/zh.ts',
  'renderer/src/i18n/vi.ts',
  'renderer/board/src/i18n/zh.ts',
  'renderer/board/src/i18n/vi.ts',
  'server/src/pages/pageText.ts',
  'server/src/messages/messageTemplates.ts',
  'electron/services/kiosk/ticketPrintData.ts',
  'electron/services/office/demoOffice.ts',
  'shared/commonServices.ts',
  'shared/waitEstimateText.ts',
];

describe('translation glossary', () => {
  it.each(surfaces)('%s uses none of the replaced variants', (path) => {
    const text = read(path);
    const found = glossary.flatMap((term) => term.rejected.filter((variant) => text.includes(variant)));
    expect(found).toEqual([]);
  });

  it.each(['zh', 'vi'] as const)('every chosen %s term is in use', (language) => {
    const text = surfaces.map(read).join('\n');
    expect(glossary.filter((term) => !text.includes(term[language])).map((term) => term[language])).toEqual([]);
  });

  it.each(surfaces)('%s writes Chinese with full-width punctuation', (path) => {
    expect(read(path).split('\n').filter((line) => halfWidthAfterHan.test(line))).toEqual([]);
  });
});

/** What the voice says is composed from these texts and more ("label: text", times): checked as said, on every resident screen. */
describe('the Chinese voice', () => {
  const i18n = createI18n();
  void i18n.changeLanguage('zh');
  const said = everyResidentScreen('zh').flatMap(([, state]) => [voiceScriptFor(state, i18n.t.bind(i18n), 'speaker'), voiceScriptFor(state, i18n.t.bind(i18n), 'earphones')]);

  it('says Chinese with full-width punctuation', () => {
    expect(said.filter((phrase) => halfWidthAfterHan.test(phrase))).toEqual([]);
  });

  it('uses none of the replaced variants', () => {
    expect(said.flatMap((phrase) => glossary.flatMap((term) => term.rejected.filter((variant) => phrase.includes(variant))))).toEqual([]);
  });
});
