import type { ResponseOf } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/result';
import { kioskApi, settle } from './kioskApi';

/** What the first screen depends on: whether the kiosk needs its first-run setup, and the office the start screen names. */
export interface FirstAnswers {
  setup: Promise<Envelope<ResponseOf<'getSetupStatus'>>>;
  office: Promise<Envelope<ResponseOf<'getOffice'>>>;
}

export function askFirstAnswers(): FirstAnswers {
  return { setup: settle(() => kioskApi().getSetupStatus({})), office: settle(() => kioskApi().getOffice({})) };
}
