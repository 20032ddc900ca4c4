import type { lanKo } from './lanKo';

export const lanEn: typeof lanKo = {
  connection: {
    offline: 'Disconnected — reconnecting',
    connecting: 'Connecting to the kiosk',
    syncedAt: 'Last updated {{time}}',
    neverSynced: 'Nothing received yet',
  },
  queue: {
    waiting: '{{count}} waiting',
  },
};
