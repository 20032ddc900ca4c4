import { boardEn } from './en';
import { boardKo } from './ko';
import { boardVi } from './vi';
import { boardZh } from './zh';

/** The board's words in every kiosk language: Korean and English always, a call's own language beside them. */
export const boardMessages = { ko: boardKo, en: boardEn, zh: boardZh, vi: boardVi };
