import type { boardKo } from './ko';

export const boardVi: typeof boardKo = {
  board: {
    title: 'Bảng gọi số',
    nowServing: 'Đang gọi',
    counter: 'Quầy số {{number}}',
    noneServing: 'Hiện chưa gọi số nào',
    recentCalls: 'Số vừa gọi',
    noRecentCalls: 'Chưa gọi số nào',
    queues: 'Tình hình chờ',
    recall: 'Gọi lại',
    enableSound: 'Bật âm thanh',
  },
  call: {
    sentence: 'Mời số {{number}} đến quầy số {{counter}}.',
  },
};
