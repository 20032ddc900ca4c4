export const ko = {
  app: {
    name: '순번 번호표',
    backToStart: '처음으로',
  },
  start: {
    title: '번호표 발급',
    instruction: '화면을 누르면 시작합니다',
    chooseLanguage: '언어를 고르세요',
  },
  loading: {
    services: '업무 목록을 불러오고 있습니다',
    title: '잠시만 기다려 주세요',
  },
  services: {
    title: '원하시는 업무를 고르세요',
    waiting: '대기 {{count}}명',
    estimate: '예상 {{range}}',
    closed: '오늘 발급 마감',
    noneOpen: '오늘은 모든 업무의 번호표 발급이 마감되었습니다.',
  },
  ticket: {
    title: '번호표 받는 방법을 고르세요',
    selectedService: '선택한 업무',
    checking: '프린터를 확인하고 있습니다',
    paper: '번호표 출력',
    paperHint: '종이 번호표를 출력합니다.',
    unavailableTitle: '지금은 종이 번호표를 출력할 수 없습니다',
  },
  printing: {
    title: '번호표를 출력하고 있습니다',
    wait: '잠시만 기다려 주세요.',
    progress: '출력 중',
  },
  done: {
    title: '번호표를 가져가세요',
    numberLabel: '번호표 번호',
    ahead: '내 앞 대기 인원 <count>{{count}}</count>명',
    estimate: '예상 대기 시간',
    finish: '완료',
  },
  printFailed: {
    title: '번호표를 출력하지 못했습니다',
    issued: '번호는 발급되었습니다. 직원에게 이 번호를 알려 주세요.',
    reprint: '다시 출력',
    cancel: '취소',
    reprinting: '다시 출력하고 있습니다',
    cancelling: '번호표를 취소하고 있습니다',
    'notice-reprint-failed': '다시 출력하지 못했습니다.',
    'notice-cancel-failed': '번호표를 취소하지 못했습니다.',
  },
  cancelled: {
    title: '번호표를 취소했습니다',
    body: '필요하시면 처음부터 다시 받아 주세요.',
  },
  error: {
    printerTitle: '번호표가 발급되지 않았습니다',
    closedTitle: '오늘 발급이 마감되었습니다',
    closedBody: '이 업무의 오늘 번호표 발급이 끝났습니다. 직원에게 문의해 주세요.',
    genericTitle: '잠시 후 다시 시도해 주세요',
    genericBody: '문제가 계속되면 직원에게 알려 주세요.',
  },
  problem: {
    'paper-out': '프린터 용지가 떨어졌습니다.',
    'cover-open': '프린터 덮개가 열려 있습니다.',
    offline: '프린터가 꺼져 있거나 연결되어 있지 않습니다.',
    'no-answer': '프린터가 응답하지 않습니다.',
    error: '프린터에 문제가 생겼습니다.',
    ready: '프린터에 문제가 생겼습니다.',
    unknown: '프린터 상태를 확인할 수 없습니다.',
    'connection-lost': '프린터 연결이 끊겼습니다.',
    timeout: '프린터가 제때 응답하지 않았습니다.',
  },
  tellStaff: '직원에게 알려 주세요.',
};

export type Messages = typeof ko;
