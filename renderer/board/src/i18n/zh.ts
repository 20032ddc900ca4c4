import type { boardKo } from './ko';

export const boardZh: typeof boardKo = {
  board: {
    title: '叫号显示屏',
    nowServing: '正在叫号',
    counter: '{{number}}号窗口',
    noneServing: '目前没有叫号',
    recentCalls: '最近叫号',
    noRecentCalls: '尚无叫号',
    queues: '等候情况',
    recall: '再次叫号',
    enableSound: '开启声音',
  },
  call: {
    sentence: '请{{number}}号到{{counter}}号窗口。',
  },
};
