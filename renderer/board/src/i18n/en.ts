import type { boardKo } from './ko';

export const boardEn: typeof boardKo = {
  board: {
    title: 'Sunbeon call board',
    nowServing: 'Now serving',
    counter: 'Counter {{number}}',
    noneServing: 'No number is being called',
    recentCalls: 'Recent calls',
    noRecentCalls: 'No calls yet',
    queues: 'Waiting',
    recall: 'Called again',
    enableSound: 'Enable sound',
  },
  call: {
    sentence: 'Number {{number}}, please come to counter {{counter}}.',
  },
};
