export const boardKo = {
  board: {
    title: '순번 호출 안내',
    nowServing: '지금 호출',
    counter: '{{number}}번 창구',
    noneServing: '지금 호출 중인 번호가 없습니다',
    recentCalls: '최근 호출',
    noRecentCalls: '아직 호출이 없습니다',
    queues: '대기 현황',
    recall: '다시 호출',
    enableSound: '소리 켜기',
  },
  call: {
    sentence: '{{number}}번 고객님, {{counter}}번 창구로 오십시오.',
  },
};
