/** The manager page's own words; the statistics themselves use the `lan` words the kiosk's staff screen shares. */
export const managerKo = {
  app: { name: '순번 관리자 통계', otherLanguage: 'English', otherLanguageCode: 'en' },
  login: {
    title: '관리자 로그인',
    lead: '키오스크의 관리자 PIN을 입력하세요. 틀린 PIN은 키오스크의 직원 화면과 같이 잠금 횟수에 들어갑니다.',
    pin: '관리자 PIN',
    submit: '로그인',
    pending: '확인하는 중…',
    wrongPin: 'PIN이 틀렸습니다.',
    notManager: '통계는 관리자 PIN으로만 볼 수 있습니다.',
    tooMany: '틀린 PIN이 많아 잠시 잠겼습니다: {{message}}',
    invalid: 'PIN은 숫자 4~12자리입니다.',
    unreachable: '키오스크에 연결할 수 없습니다. 네트워크를 확인하고 다시 시도하세요.',
  },
  signOut: '로그아웃',
  signedOut: '로그인 시간이 지났습니다. 다시 로그인하세요.',
};
