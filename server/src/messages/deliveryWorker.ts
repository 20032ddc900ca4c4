import { fullJitterDelay } from '../../../nodeShared/backoff';
import type { Clock } from '../../../nodeShared/clock';
import type { ContactCipher } from '../crypto/contactCipher';
import type { Logger } from '../../../nodeShared/logger';
import { maskPhoneDigits, redactPhoneNumbers } from '../../../nodeShared/phoneMasking';
import type { DeliveryRecord, DistrictStore, TicketStatus } from '../store/districtStore';
import type { MessageKind } from './messageContent';
import { renderMessage } from './messageTemplates';
import type { MessageProvider, SendOutcome } from './providers/messageProvider';
import type { RetryPolicy } from './retryPolicy';

export interface DeliveryWorkerDeps {
  store: DistrictStore;
  cipher: ContactCipher;
  provider: MessageProvider;
  clock: Clock;
  log: Logger;
  retry: RetryPolicy;
  random?: () => number;
}

export interface DeliveryWorker {
  /** Something was decided: send what is due now. */
  wake(): void;
  /** Resolves once nothing is being sent and nothing is due. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

const BATCH = 20;
/** Even a far retry is looked at again this soon, in case the clock or the queue changed meanwhile. */
const LONGEST_SLEEP_MS = 60_000;

/** A message no longer worth sending: the resident has moved on. */
const stillRelevant: Record<MessageKind, (status: TicketStatus) => boolean> = {
  issued: (status) => status === 'waiting',
  approaching: (status) => status === 'waiting',
  called: (status) => status === 'called',
};

/**
 * Sends decided messages after their transaction committed, one at a time, in decision order.
 * A delivery is claimed (pending → sending) in its own commit before the provider is called, so a
 * crash mid-send leaves it failed rather than sent twice. Transient failures retry with backoff;
 * the phone number is destroyed once the "called" message is settled either way.
 */
export function startDeliveryWorker(deps: DeliveryWorkerDeps): DeliveryWorker {
  const { store, clock, log } = deps;
  const nowIso = () => new Date(clock.now()).toISOString();
  let running: Promise<void> | null = null;
  let wokenWhileRunning = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  async function sendDue(): Promise<void> {
    for (;;) {
      const due = await store.transaction((tx) => tx.dueDeliveries(nowIso(), BATCH));
      if (due.length === 0 || stopped) return;
      for (const delivery of due) await deliver(delivery);
    }
  }

  const describe = (delivery: DeliveryRecord) =>
    `message ${delivery.kind} for ticket ${delivery.content.displayNumber} (${delivery.ticketId}) via ${deps.provider.name}`;

  /** pending → sending, with the sealed number to send to; null when it went elsewhere or is no longer worth sending. */
  async function claim(delivery: DeliveryRecord): Promise<Buffer | null> {
    return store.transaction(async (tx) => {
      if (!(await tx.claimDelivery(delivery.deliveryId))) return null;
      const ticket = await tx.findTicket(delivery.ticketId);
      const sealed = await tx.loadContact(delivery.ticketId);
      if (sealed && ticket && stillRelevant[delivery.kind](ticket.status)) return sealed;
      const reason = sealed ? `ticket is ${ticket?.status ?? 'gone'}` : 'no contact left';
      await tx.finishDelivery(delivery.deliveryId, { status: 'expired', finishedAt: nowIso(), lastError: reason });
      log.info(`${describe(delivery)}: not sent, ${reason}`);
      return null;
    });
  }

  async function deliver(delivery: DeliveryRecord): Promise<void> {
    const sealed = await claim(delivery);
    if (!sealed) return;
    const phone = deps.cipher.open(sealed, delivery.ticketId);
    const outcome = await sendSafely(phone, delivery);
    const attempts = delivery.attempts + 1;
    const retryAt = !outcome.ok && outcome.transient && attempts < deps.retry.maxAttempts ? clock.now() + fullJitterDelay(attempts - 1, deps.retry, deps.random ?? Math.random) : null;
    // A provider's reason may quote the number back: it is masked before it is stored or logged.
    const reason = outcome.ok ? null : redactPhoneNumbers(outcome.reason.split(phone).join(maskPhoneDigits(phone)));

    const destroyed = await store.transaction(async (tx) => {
      if (outcome.ok) await tx.finishDelivery(delivery.deliveryId, { status: 'sent', finishedAt: nowIso(), providerMessageId: outcome.providerMessageId });
      else if (retryAt !== null) await tx.retryDeliveryLater(delivery.deliveryId, new Date(retryAt).toISOString(), reason ?? '');
      else await tx.finishDelivery(delivery.deliveryId, { status: 'failed', finishedAt: nowIso(), lastError: reason });
      // "called" is the last message a ticket gets: once it is settled, sent or not, the number has served its purpose.
      return delivery.kind === 'called' && retryAt === null && (await tx.destroyContact(delivery.ticketId));
    });
    if (destroyed) await store.scrubDeletedData();

    if (outcome.ok) log.info(`${describe(delivery)}: sent`);
    else if (retryAt !== null) log.warn(`${describe(delivery)}: attempt ${attempts} failed (${reason}); retrying`);
    else log.error(`${describe(delivery)}: failed after ${attempts} attempt(s) (${reason})`);
  }

  async function sendSafely(phone: string, delivery: DeliveryRecord): Promise<SendOutcome> {
    try {
      return await deps.provider.send({ to: phone, kind: delivery.kind, language: delivery.content.language, ...renderMessage(delivery.content) });
    } catch (error) {
      return { ok: false, transient: true, reason: error instanceof Error ? `${error.name}: ${error.message}` : 'provider threw' };
    }
  }

  async function sleepUntilNextDue(): Promise<void> {
    clearTimeout(timer);
    const next = await store.transaction((tx) => tx.nextDeliveryDueAt());
    if (!next || stopped) return;
    timer = setTimeout(wake, Math.min(LONGEST_SLEEP_MS, Math.max(0, Date.parse(next) - clock.now())));
    timer.unref();
  }

  function wake(): void {
    if (stopped) return;
    if (running) {
      wokenWhileRunning = true;
      return;
    }
    running = (async () => {
      do {
        wokenWhileRunning = false;
        try {
          await sendDue();
          await sleepUntilNextDue();
        } catch (error) {
          log.error(`delivery queue: ${error instanceof Error ? error.message : 'failed'}; trying again shortly`);
          timer = setTimeout(wake, LONGEST_SLEEP_MS);
          timer.unref();
        }
      } while (wokenWhileRunning && !stopped);
      running = null;
    })();
  }

  return {
    wake,
    async idle() {
      for (;;) {
        if (running) await running;
        const due = await store.transaction((tx) => tx.dueDeliveries(nowIso(), 1));
        if (due.length === 0 || stopped) return;
        wake();
      }
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
