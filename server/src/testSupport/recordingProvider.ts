import type { MessageProvider, OutgoingMessage, SendOutcome } from '../messages/providers/messageProvider';

export interface RecordingProvider extends MessageProvider {
  sent: OutgoingMessage[];
}

/**
 * Accepts every message and remembers it, so a test can count what residents would have received.
 * Like Solapi's groups, it hands out a reference per message and never delivers twice under one.
 */
export function recordingProvider(): RecordingProvider {
  const sent: OutgoingMessage[] = [];
  const byRef = new Map<string, string>();
  let opened = 0;
  return {
    name: 'recording',
    sent,
    async open() {
      opened += 1;
      return { ok: true, ref: `ref${opened}` };
    },
    async send(message, ref): Promise<SendOutcome> {
      const earlier = ref === null ? undefined : byRef.get(ref);
      if (earlier) return { ok: true, providerMessageId: earlier };
      sent.push(message);
      const messageId = `m${sent.length}`;
      if (ref !== null) byRef.set(ref, messageId);
      return { ok: true, providerMessageId: messageId };
    },
  };
}
