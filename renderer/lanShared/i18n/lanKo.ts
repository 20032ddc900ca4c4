/** Words both LAN pages use (the connection state, the queue figures), and the kiosk's alerts, also shown on its staff screen. */
export const lanKo = {
  connection: {
    offline: '연결이 끊겼습니다 — 다시 연결하는 중',
    connecting: '키오스크에 연결하는 중',
    syncedAt: '마지막 갱신 {{time}}',
    neverSynced: '아직 받은 정보가 없습니다',
  },
  queue: {
    waiting: '대기 {{count}}명',
  },
  alerts: {
    label: '키오스크 알림',
    since: '{{time}}부터',
    'printer-paper-near-end': '번호표 용지가 얼마 남지 않았습니다. 새 용지를 준비해 주세요.',
    'printer-paper-out': '번호표 용지가 떨어졌습니다. 종이 번호표가 나오지 않습니다.',
    'printer-cover-open': '번호표 프린터 덮개가 열려 있습니다.',
    'printer-offline': '번호표 프린터가 꺼져 있거나 연결되어 있지 않습니다.',
    'printer-no-answer': '번호표 프린터가 응답하지 않습니다.',
    'printer-error': '번호표 프린터에 오류가 있습니다.',
    'sync-backlog': '구청 서버에 기록 {{count}}건을 보내지 못하고 있습니다. 모바일 안내가 늦을 수 있습니다.',
    'sync-set-aside': '구청 서버가 받지 않은 기록 {{count}}건을 키오스크에 보관하고 있습니다. 구청 IT에 알려 주세요.',
  },
};
