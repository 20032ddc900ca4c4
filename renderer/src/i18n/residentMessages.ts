import type { Messages } from './ko';

/**
 * What a resident can see or hear, from the start screen to the done screen: every offered
 * language has all of it. Staff screens fall back to Korean in Chinese and Vietnamese.
 */
export type ResidentMessages = Pick<
  Messages,
  | 'app'
  | 'modes'
  | 'start'
  | 'loading'
  | 'services'
  | 'ticket'
  | 'printing'
  | 'done'
  | 'printFailed'
  | 'printUncertain'
  | 'cancelled'
  | 'error'
  | 'problem'
  | 'mobile'
  | 'voice'
  | 'phoneProblem'
  | 'tellStaff'
>;
