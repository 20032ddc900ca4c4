import { z } from 'zod';
import type { Language } from '../../../../shared/language';
import type { DeliveryReport } from '../../store/districtStore';
import type { MessageKind } from '../messageContent';
import type { MessageProvider, OpenOutcome, OutgoingMessage, ProviderReport, SendOutcome } from './messageProvider';
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

const groupSchema = z.object({ groupId: z.string(), status: z.string(), count: z.object({ total: z.number() }).partial().optional() });
const addResultSchema = z.object({ resultList: z.array(z.object({ messageId: z.string().optional(), statusCode: z.string(), statusMessage: z.string().optional() })).min(1) });
const listedMessageSchema = z.object({
  messageId: z.string(),
  statusCode: z.string(),
  statusMessage: z.string().nullish(),
  type: z.string().nullish(),
  replacement: z.boolean().nullish(),
});
const listSchema = z.object({ messageList: z.record(z.string(), listedMessageSchema) });
const errorSchema = z.object({ errorCode: z.string().optional(), errorMessage: z.string().optional() });

/** 1030/2230: the balance ran out — a top-up fixes it; 1024/2024/3024: Solapi's own server error. */
const fixableCodes = new Set(['1030', '2230', '1024', '2024', '3024']);
/** Accepted, not yet delivered: 2000 on Solapi, 3000 with the carrier. */
const inFlight = new Set(['2000', '3000']);

type Answer = { ok: true; json: unknown } | { ok: false; outcome: Extract<SendOutcome, { ok: false }> };

/**
 * Alimtalk through Solapi, each message in its own message group so that it is sent exactly once:
 * the group is created first (open) and its id kept; send() then asks the group where it stands
 * before anything else — already sent: done, the earlier attempt went through; empty: the message
 * is added; then the group is sent, which Solapi does at most once per group. An answer that cannot
 * be read after the send was asked for is "unknown", asked about again, never re-sent blind.
 * Solapi's own SMS/LMS fallback stays on, with the text made for it (smsFallback.ts).
 * Final results come from the message list: 4000 delivered, 3xxx failed, or a replacement SMS/LMS.
 */
export function createSolapiProvider(config: SolapiConfig): MessageProvider {
  const templateId = (kind: MessageKind, language: Language) => (language === 'en' ? config.templates[kind].en : undefined) ?? config.templates[kind].ko;
  const base = config.baseUrl.replace(/\/$/, '');

  async function call(method: string, path: string, body?: unknown): Promise<Answer> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: solapiAuthorization(config.apiKey, config.apiSecret), 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(config.timeoutMs ?? 10_000),
      });
    } catch (error) {
      return { ok: false, outcome: { ok: false, transient: true, reason: `network: ${error instanceof Error ? error.message : 'request failed'}` } };
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch (error) {
      return { ok: false, outcome: { ok: false, transient: true, unknown: true, reason: `HTTP ${response.status}, unreadable answer: ${error instanceof Error ? error.message : 'no body'}` } };
    }
    if (response.ok) return { ok: true, json };
    const problem = errorSchema.safeParse(json);
    const detail = problem.success ? [problem.data.errorCode, problem.data.errorMessage].filter(Boolean).join(': ') : '';
    // 403 is a refused key or signature: waiting does not fix it, configuration does.
    const transient = response.status >= 500 || response.status === 429 || /balance/i.test(problem.data?.errorCode ?? '');
    return { ok: false, outcome: { ok: false, transient, reason: `HTTP ${response.status}${detail ? ` ${detail}` : ''}` } };
  }

  const unknown = (reason: string): SendOutcome => ({ ok: false, transient: true, unknown: true, reason });
  const asUnknown = (answer: Extract<Answer, { ok: false }>): SendOutcome => ({ ...answer.outcome, transient: true, unknown: true });

  async function listed(groupId: string) {
    const answer = await call('GET', `/messages/v4/list?groupId=${encodeURIComponent(groupId)}`);
    if (!answer.ok) return null;
    const parsed = listSchema.safeParse(answer.json);
    return parsed.success ? Object.values(parsed.data.messageList) : null;
  }

  function solapiMessage({ to, kind, language, variables, fallback }: OutgoingMessage) {
    // In the official SDK's order, so that the bytes are the same as its (solapiSdkParity.test.ts).
    return {
      // What Solapi sends as SMS/LMS when the Alimtalk cannot be delivered.
      text: fallback.text,
      type: 'ATA',
      ...(fallback.subject ? { subject: fallback.subject } : {}),
      to,
      from: config.sender,
      kakaoOptions: { pfId: config.pfId, templateId: templateId(kind, language), disableSms: false, variables },
    };
  }

  return {
    name: 'solapi',
    async open(): Promise<OpenOutcome> {
      // Solapi refuses a second identical message to one number in a group unless told otherwise: said out loud, as the SDK does.
      const answer = await call('POST', '/messages/v4/groups', { allowDuplicates: false });
      if (!answer.ok) return answer.outcome;
      const group = groupSchema.safeParse(answer.json);
      return group.success ? { ok: true, ref: group.data.groupId } : { ok: false, transient: true, reason: 'unreadable answer to creating a message group' };
    },

    async send(message, groupId): Promise<SendOutcome> {
      if (groupId === null) return { ok: false, transient: false, reason: 'no message group opened' };
      const before = await call('GET', `/messages/v4/groups/${groupId}`);
      if (!before.ok) return asUnknown(before);
      const group = groupSchema.safeParse(before.json);
      if (!group.success) return unknown('unreadable message group');
      if (group.data.status !== 'PENDING') {
        // An earlier attempt got the group sent: its message went out once already.
        return { ok: true, providerMessageId: (await listed(groupId))?.find((m) => !m.replacement)?.messageId ?? null };
      }
      let messageId: string | null = null;
      if ((group.data.count?.total ?? 0) === 0) {
        const added = await call('PUT', `/messages/v4/groups/${groupId}/messages`, { messages: [solapiMessage(message)] });
        if (!added.ok) return added.outcome.unknown ? asUnknown(added) : added.outcome;
        const result = addResultSchema.safeParse(added.json);
        if (!result.success) return unknown('unreadable answer to adding the message');
        const [first] = result.data.resultList;
        if (first.statusCode !== '2000') {
          return { ok: false, transient: fixableCodes.has(first.statusCode), reason: `refused: ${first.statusCode} ${first.statusMessage ?? ''}`.trim() };
        }
        messageId = first.messageId ?? null;
      }
      const sent = await call('POST', `/messages/v4/groups/${groupId}/send`);
      // Past this point the message may be on its way: no answer is not a failure.
      if (!sent.ok) return sent.outcome.transient ? asUnknown(sent) : sent.outcome;
      return { ok: true, providerMessageId: messageId ?? (await listed(groupId))?.find((m) => !m.replacement)?.messageId ?? null };
    },

    async reports(groupIds) {
      const reports = new Map<string, ProviderReport>();
      for (const groupId of groupIds) {
        const messages = await listed(groupId);
        const original = messages?.find((m) => !m.replacement);
        if (!messages || !original) continue;
        reports.set(groupId, reportOf(original, messages.find((m) => m.replacement)));
      }
      return reports;
    },
  };
}

type Listed = z.infer<typeof listedMessageSchema>;

function reportOf(original: Listed, replacement: Listed | undefined): ProviderReport {
  const describe = (m: Listed) => `${m.type ?? '?'} ${m.statusCode}${m.statusMessage ? ` ${m.statusMessage}` : ''}`;
  if (inFlight.has(original.statusCode)) return { report: 'accepted', detail: describe(original) };
  if (original.statusCode === '4000') return { report: 'delivered', detail: describe(original) };
  if (!replacement) return { report: 'failed', detail: describe(original) };
  const detail = `${describe(original)} → ${describe(replacement)}`;
  const report: DeliveryReport = inFlight.has(replacement.statusCode) ? 'accepted' : replacement.statusCode === '4000' ? 'fell_back' : 'failed';
  return { report, detail };
}
