import type { managerKo } from './ko';

export const managerEn: typeof managerKo = {
  app: { name: 'Sunbeon manager statistics', otherLanguage: '한국어', otherLanguageCode: 'ko' },
  login: {
    title: 'Manager sign-in',
    lead: "Enter the kiosk's manager PIN. Wrong PINs count towards the same lockout as on the kiosk's staff screen.",
    pin: 'Manager PIN',
    submit: 'Sign in',
    pending: 'Checking…',
    wrongPin: 'Wrong PIN.',
    notManager: 'Only the manager PIN opens the statistics.',
    tooMany: 'Locked for a while after too many wrong PINs: {{message}}',
    invalid: 'The PIN is 4 to 12 digits.',
    unreachable: 'Cannot reach the kiosk. Check the network and try again.',
  },
  signOut: 'Sign out',
  signedOut: 'Your sign-in has expired. Sign in again.',
};
