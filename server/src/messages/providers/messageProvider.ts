import type { Language } from '../../../../shared/office';
import type { MessageKind } from '../messageContent';

export interface OutgoingMessage {
  /** The resident's number, digits only: a provider may send it, never log it or put it in a reason. */
  to: string;
  kind: MessageKind;
  language: Language;
  /** The filled-in text, for providers and fallbacks that send plain text. */
  text: string;
  /** The template variables (#{번호} …), for providers that send Alimtalk templates. */
  variables: Record<string, string>;
}

export type SendOutcome =
  | { ok: true; providerMessageId: string | null }
  /** transient: worth another try later (5xx, 429, network); otherwise the provider refused for good. */
  | { ok: false; transient: boolean; reason: string };

export interface MessageProvider {
  readonly name: string;
  send(message: OutgoingMessage): Promise<SendOutcome>;
}
