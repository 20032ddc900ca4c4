import type { Language } from '../../../../shared/language';
import type { DeliveryReport } from '../../store/districtStore';
import type { MessageKind } from '../messageContent';
import type { SmsFallback } from '../smsFallback';

export interface OutgoingMessage {
  /** The resident's number, digits only: a provider may send it, never log it or put it in a reason. */
  to: string;
  kind: MessageKind;
  language: Language;
  /** The filled-in text, for providers that send plain text. */
  text: string;
  /** The template variables (#{번호} …), for providers that send Alimtalk templates. */
  variables: Record<string, string>;
  /** What a resident without KakaoTalk gets instead: SMS up to 90 bytes (EUC-KR), LMS beyond. */
  fallback: SmsFallback;
}

export type SendOutcome =
  | { ok: true; providerMessageId: string | null }
  /**
   * transient: worth another try later (5xx, 429, network, a balance to top up); otherwise the
   * provider refused for good. unknown: the answer could not be read, so the message may have gone
   * out — it is neither failed nor sent again blind: the next attempt asks the provider first.
   */
  | { ok: false; transient: boolean; unknown?: true; reason: string };

export type OpenOutcome = { ok: true; ref: string } | { ok: false; transient: boolean; reason: string };

export interface ProviderReport {
  report: DeliveryReport;
  /** The provider's own status, e.g. "3104 카카오톡 미사용자 → LMS 4000"; never a phone number. */
  detail: string | null;
}

export interface MessageProvider {
  readonly name: string;
  /**
   * Opens the provider's record of one message before anything is sent (Solapi: a message group),
   * kept with the delivery so that every later attempt can find out what became of this one.
   * Providers without one (the log) may send again after an interrupted attempt.
   */
  open?(): Promise<OpenOutcome>;
  /** Under a `ref` from open(): never delivers twice, however often it is called. */
  send(message: OutgoingMessage, ref: string | null): Promise<SendOutcome>;
  /** Final reports of accepted messages, by ref; refs without news yet are left out. */
  reports?(refs: readonly string[]): Promise<Map<string, ProviderReport>>;
}
