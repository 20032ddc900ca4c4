import type { Messages } from './ko';

export const en: Messages = {
  app: {
    name: 'Sunbeon ticket',
    backToStart: 'Back to start',
  },
  start: {
    title: 'Take a number',
    instruction: 'Touch the screen to start',
    chooseLanguage: 'Choose your language',
  },
  loading: {
    services: 'Loading the services',
    title: 'One moment, please',
  },
  services: {
    title: 'Choose a service',
    waiting: '{{count}} waiting',
    estimate: 'about {{range}}',
    closed: 'Closed for today',
    noneOpen: 'All services are closed for today.',
  },
  ticket: {
    title: 'How would you like your ticket?',
    selectedService: 'Selected service',
    checking: 'Checking the printer',
    paper: 'Print a ticket',
    paperHint: 'A paper ticket will be printed.',
    unavailableTitle: 'Paper tickets are unavailable right now',
  },
  printing: {
    title: 'Printing your ticket',
    wait: 'Please wait a moment.',
    progress: 'Printing',
  },
  done: {
    title: 'Please take your ticket',
    numberLabel: 'Your number',
    ahead: 'People ahead of you: <count>{{count}}</count>',
    estimate: 'Estimated wait:',
    finish: 'Finish',
  },
  printFailed: {
    title: 'Your ticket could not be printed',
    issued: 'Your number has been issued. Please tell a staff member this number.',
    reprint: 'Print again',
    cancel: 'Cancel',
    reprinting: 'Printing again',
    cancelling: 'Cancelling your ticket',
    'notice-reprint-failed': 'Printing again did not work.',
    'notice-cancel-failed': 'The ticket could not be cancelled.',
  },
  cancelled: {
    title: 'Your ticket has been cancelled',
    body: 'If you need one, please start again.',
  },
  error: {
    printerTitle: 'No ticket was issued',
    closedTitle: 'Closed for today',
    closedBody: 'No more tickets for this service today. Please ask a staff member.',
    genericTitle: 'Please try again in a moment',
    genericBody: 'If this keeps happening, please tell a staff member.',
  },
  problem: {
    'paper-out': 'The printer is out of paper.',
    'cover-open': 'The printer cover is open.',
    offline: 'The printer is off or not connected.',
    'no-answer': 'The printer is not responding.',
    error: 'The printer has a problem.',
    ready: 'The printer has a problem.',
    unknown: 'The printer status cannot be checked.',
    'connection-lost': 'The connection to the printer was lost.',
    timeout: 'The printer did not answer in time.',
  },
  tellStaff: 'Please tell a staff member.',
};
