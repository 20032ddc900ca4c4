import type { MessageProvider, OutgoingMessage, SendOutcome } from '../messages/providers/messageProvider';

export interface RecordingProvider extends MessageProvider {
  sent: OutgoingMessage[];
}

/** Accepts every message and remembers it, so a test can count what residents would have received. */
export function recordingProvider(): RecordingProvider {
  const sent: OutgoingMessage[] = [];
  return {
    name: 'recording',
    sent,
    async send(message): Promise<SendOutcome> {
      sent.push(message);
      return { ok: true, providerMessageId: `m${sent.length}` };
    },
  };
}
