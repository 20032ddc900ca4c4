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
  alerts: {
    label: 'Kiosk alerts',
    since: 'since {{time}}',
    'printer-paper-near-end': 'The ticket paper is running low: have a new roll ready.',
    'printer-paper-out': 'The ticket printer is out of paper: no paper tickets come out.',
    'printer-cover-open': "The ticket printer's cover is open.",
    'printer-offline': 'The ticket printer is off or not connected.',
    'printer-no-answer': 'The ticket printer does not answer.',
    'printer-error': 'The ticket printer reports an error.',
    'sync-backlog': '{{count}} record(s) are not getting through to the district server: mobile messages may be late.',
    'sync-set-aside': '{{count}} record(s) the district server refused are kept on the kiosk: tell district IT.',
  },
};
