import type { Heartbeat, HeartbeatAnswer } from '../../../shared/district/heartbeat';
import type { Logger } from '../../../nodeShared/logger';
import { postHeartbeat } from './districtClient';
import type { ResolvedSyncConfig } from './syncConfig';

export interface HeartbeatReporter {
  /** Collects and sends one heartbeat now; resolves once it was answered (or not). */
  beat(): Promise<void>;
  stop(): Promise<void>;
}

export interface HeartbeatOptions {
  config: Pick<ResolvedSyncConfig, 'heartbeatEndpoint' | 'authorization' | 'requestTimeoutMs'>;
  /** What the kiosk is like right now. */
  collect: () => Promise<Heartbeat>;
  /** What the server answered a heartbeat it took (the office's message counts). */
  answered?: (answer: HeartbeatAnswer) => void;
  everyMs: number;
  log: Logger;
  fetch?: typeof fetch;
}

/**
 * Tells the district how this kiosk is, at start and every `everyMs`: one heartbeat at a time, the
 * next timed from the end of the last, so a slow printer or server never piles them up. A failure
 * is logged once until it changes; nothing is kept to send later (only the latest matters).
 */
export function startHeartbeatReporter(options: HeartbeatOptions): HeartbeatReporter {
  const { config, log } = options;
  const send = options.fetch ?? fetch;
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  let lastProblem: string | null = null;

  async function once(): Promise<void> {
    let problem: string | null;
    try {
      const body = await options.collect();
      const sent = await postHeartbeat({ endpoint: config.heartbeatEndpoint, authorization: config.authorization, body, fetch: send, timeoutMs: config.requestTimeoutMs, signal: stopping.signal });
      problem = sent.problem;
      if (sent.answer && !stopping.signal.aborted) options.answered?.(sent.answer);
    } catch (error) {
      problem = `the kiosk could not put its heartbeat together (${error instanceof Error ? error.message : 'unknown error'})`;
    }
    if (stopping.signal.aborted) return;
    if (problem !== null && problem !== lastProblem) log.warn(`District heartbeat: ${problem}`);
    if (problem === null && lastProblem !== null) log.info('District heartbeat is getting through again');
    lastProblem = problem;
  }

  function beat(): Promise<void> {
    inFlight ??= once().finally(() => {
      inFlight = undefined;
      schedule();
    });
    return inFlight;
  }

  function schedule(): void {
    clearTimeout(timer);
    if (stopping.signal.aborted) return;
    timer = setTimeout(() => void beat(), options.everyMs);
    timer.unref();
  }

  void beat();
  return {
    beat,
    async stop() {
      stopping.abort();
      clearTimeout(timer);
      await inFlight;
    },
  };
}
