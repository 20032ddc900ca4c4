import { z } from 'zod';
import type { Language } from '../../../../shared/office';
import type { MessageKind } from '../messageContent';
import type { MessageProvider, SendOutcome } from './messageProvider';
import { solapiAuthorization } from './solapiSignature';

export interface SolapiConfig {
  /** https://api.solapi.com in production. */
  baseUrl: string;
  apiKey: string;
  apiSecret: string;
  /** The Kakao channel (발신 프로필) id. */
  pfId: string;
  /** The registered sender number, used by the SMS fallback. */
  sender: string;
  /** Approved Alimtalk template ids per kind; English falls back to the Korean template when it has none of its own. */
  templates: Record<MessageKind, { ko: string; en?: string }>;
  timeoutMs?: number;
}

const SEND_PATH = '/messages/v4/send-many/detail';

const sendResponseSchema = z.object({
  failedMessageList: z.array(z.object({ statusCode: z.string().optional(), statusMessage: z.string().optional() })).optional(),
  messageList: z.array(z.object({ messageId: z.string().optional() })).optional(),
  groupInfo: z.object({ groupId: z.string().optional() }).optional(),
});
const errorResponseSchema = z.object({ errorCode: z.string().optional(), errorMessage: z.string().optional() });

/**
 * Alimtalk through Solapi with its SMS fallback left on (disableSms: false): a resident without
 * KakaoTalk gets the same text as SMS/LMS, filled in by Solapi from the approved template.
 * 5xx, 429 and network failures are transient; any other refusal is final.
 */
export function createSolapiProvider(config: SolapiConfig): MessageProvider {
  const templateId = (kind: MessageKind, language: Language) => (language === 'en' ? config.templates[kind].en : undefined) ?? config.templates[kind].ko;
  return {
    name: 'solapi',
    async send({ to, kind, language, variables }): Promise<SendOutcome> {
      const body = {
        messages: [{ to, from: config.sender, type: 'ATA', kakaoOptions: { pfId: config.pfId, templateId: templateId(kind, language), variables, disableSms: false } }],
        showMessageList: true,
      };
      let response: Response;
      try {
        response = await fetch(`${config.baseUrl.replace(/\/$/, '')}${SEND_PATH}`, {
          method: 'POST',
          headers: { authorization: solapiAuthorization(config.apiKey, config.apiSecret), 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(config.timeoutMs ?? 10_000),
        });
      } catch (error) {
        return { ok: false, transient: true, reason: `network: ${error instanceof Error ? error.message : 'request failed'}` };
      }
      const json: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        const problem = errorResponseSchema.safeParse(json);
        const detail = problem.success ? [problem.data.errorCode, problem.data.errorMessage].filter(Boolean).join(': ') : '';
        return { ok: false, transient: response.status >= 500 || response.status === 429, reason: `HTTP ${response.status}${detail ? ` ${detail}` : ''}` };
      }
      const parsed = sendResponseSchema.safeParse(json);
      if (!parsed.success) return { ok: false, transient: false, reason: 'unreadable answer from Solapi' };
      const failed = parsed.data.failedMessageList?.[0];
      if (failed) return { ok: false, transient: false, reason: `refused: ${failed.statusCode ?? '?'} ${failed.statusMessage ?? ''}`.trim() };
      return { ok: true, providerMessageId: parsed.data.messageList?.[0]?.messageId ?? parsed.data.groupInfo?.groupId ?? null };
    },
  };
}
