/** Words both LAN pages use: the connection state and the queue figures. */
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
};
