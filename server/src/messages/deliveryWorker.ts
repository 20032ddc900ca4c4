import { fullJitterDelay } from '../../../nodeShared/backoff';
import type { Clock } from '../../../nodeShared/clock';
import type { ContactCipher } from '../crypto/contactCipher';
import type { Logger } from '../../../nodeShared/logger';
import { maskPhoneDigits, redactPhoneNumbers } from '../../../nodeShared/phoneMasking';
import type { DeliveryRecord, DistrictStore, DistrictTransaction, TicketRecord, TicketStatus } from '../store/districtStore';
import type { MessageKind } from './messageContent';
import { renderMessage } from './messageTemplates';
import { nightRuleHolds, type MessageHours } from './messageHours';
import type { MessageProvider, SendOutcome } from './providers/messageProvider';
import type { RetryPolicy } from './retryPolicy';
import { smsFallback } from './smsFallback';

export interface DeliveryWorkerDeps {
  store: DistrictStore;
  cipher: ContactCipher;
  provider: MessageProvider;
  clock: Clock;
  log: Logger;
  retry: RetryPolicy;
  /** How long a claim holds before another worker may take the message over; longer than the provider's slowest answer. 60 s by default. */
  leaseMs?: number;
  /** How often accepted messages' final reports are asked for, when the provider gives them; 30 s by default. */
  reportPollMs?: number;
  /** Outside these hours only messages about tickets still live today go out; null: any time. */
  messageHours?: MessageHours | null;
  random?: () => number;
  /** After a commit that moved messages of these offices to another state (expired, sent, failed, reported). */
  onResults?: (officeIds: readonly string[]) => void;
}

export interface DeliveryWorker {
  /** Something was decided: send what is due now. */
  wake(): void;
  /** Resolves once nothing is being sent and nothing is due. */
  idle(): Promise<void>;
  /**
   * Asks the provider for the final reports of accepted messages now (what the timer does), or only
   * of those under `providerRefs` (what a report webhook named). Answers how many changed.
   */
  pollReports(providerRefs?: readonly string[]): Promise<number>;
  stop(): Promise<void>;
}

/** Even a far retry is looked at again this soon, in case the clock or the queue changed meanwhile. */
const LONGEST_SLEEP_MS = 60_000;
const REPORT_BATCH = 50;

/** A message no longer worth sending: the resident has moved on. */
const stillRelevant: Record<MessageKind, (status: TicketStatus) => boolean> = {
  issued: (status) => status === 'waiting',
  approaching: (status) => status === 'waiting',
  update: (status) => status === 'waiting',
  called: (status) => status === 'called',
};

/**
 * Sends decided messages after their transaction committed, one at a time, in decision order.
 * A message is claimed (sending, with a lease) in its own commit; then the provider's record of it is
 * opened and kept (Solapi: a message group) before anything is sent. Whoever sends it again — a
 * retry, or another instance once the lease lapsed because this one died — sends under that record,
 * which the provider never delivers twice. Transient failures retry with backoff, an unreadable
 * answer is asked about again rather than called failed, and the phone number is destroyed once the
 * "called" message is settled either way.
 */
export function startDeliveryWorker(deps: DeliveryWorkerDeps): DeliveryWorker {
  const { store, clock, log, provider } = deps;
  const leaseMs = deps.leaseMs ?? 60_000;
  const nowIso = () => new Date(clock.now()).toISOString();
  let running: Promise<void> | null = null;
  let wokenWhileRunning = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let reportTimer: NodeJS.Timeout | undefined;

  async function sendDue(): Promise<void> {
    while (!stopped && (await deliverNext()));
  }

  const describe = (delivery: DeliveryRecord) =>
    `message ${delivery.kind} for ticket ${delivery.content.displayNumber} (${delivery.ticketId}) via ${provider.name}`;

  /** Why a message must not go out now, or null when it may. */
  async function reasonNotToSend(tx: DistrictTransaction, delivery: DeliveryRecord, ticket: TicketRecord | null, sealed: Buffer | null): Promise<string | null> {
    if (!sealed) return 'no contact left';
    if (!ticket || !stillRelevant[delivery.kind](ticket.status)) return `ticket is ${ticket?.status ?? 'gone'}`;
    if (await nightRuleHolds(deps.messageHours, ticket, clock.now(), async (officeId) => (await tx.officeDayStartHours()).get(officeId))) return 'outside message hours, and the ticket is not of today';
    return null;
  }

  /** Claims the next due message with the sealed number to send to; false when nothing was due. */
  async function deliverNext(): Promise<boolean> {
    const claimed = await store.transaction(async (tx) => {
      const delivery = await tx.claimNextDelivery(nowIso(), new Date(clock.now() + leaseMs).toISOString());
      if (!delivery) return null;
      const ticket = await tx.findTicket(delivery.ticketId);
      const sealed = await tx.loadContact(delivery.ticketId);
      const reason = await reasonNotToSend(tx, delivery, ticket, sealed);
      if (ticket && sealed && reason === null) return { delivery, sealed, officeId: ticket.officeId };
      await tx.finishDelivery(delivery.deliveryId, { status: 'expired', finishedAt: nowIso(), lastError: reason });
      log.info(`${describe(delivery)}: not sent, ${reason}`);
      return { delivery, sealed: null, officeId: ticket?.officeId };
    });
    if (!claimed) return false;
    if (claimed.sealed) await deliver(claimed.delivery, claimed.sealed, claimed.officeId);
    else if (claimed.officeId) deps.onResults?.([claimed.officeId]);
    return true;
  }

  async function deliver(delivery: DeliveryRecord, sealed: Buffer, officeId: string): Promise<void> {
    const phone = deps.cipher.open(sealed, delivery.ticketId);
    const outcome = await openAndSend(phone, delivery);
    const attempts = delivery.attempts;
    const retryAt =
      !outcome.ok && (outcome.unknown || (outcome.transient && attempts < deps.retry.maxAttempts))
        ? clock.now() + fullJitterDelay(attempts - 1, deps.retry, deps.random ?? Math.random)
        : null;
    // A provider's reason may quote the number back: it is masked before it is stored or logged.
    const reason = outcome.ok ? null : redactPhoneNumbers(outcome.reason.split(phone).join(maskPhoneDigits(phone)));

    const destroyed = await store.transaction(async (tx) => {
      if (outcome.ok) await tx.finishDelivery(delivery.deliveryId, { status: 'sent', finishedAt: nowIso(), providerMessageId: outcome.providerMessageId });
      else if (retryAt !== null) await tx.retryDeliveryLater(delivery.deliveryId, new Date(retryAt).toISOString(), reason ?? '');
      else await tx.finishDelivery(delivery.deliveryId, { status: 'failed', finishedAt: nowIso(), lastError: reason });
      // "called" is the last message a ticket gets: once it is settled, sent or not, the number has served its purpose.
      return delivery.kind === 'called' && retryAt === null && (await tx.destroyContact(delivery.ticketId));
    });
    // A retry leaves the message where it stood (requested).
    if (retryAt === null) deps.onResults?.([officeId]);
    if (destroyed) await store.scrubDeletedData();

    if (outcome.ok) log.info(`${describe(delivery)}: sent`);
    else if (outcome.unknown) log.warn(`${describe(delivery)}: attempt ${attempts} outcome unknown (${reason}); asking ${provider.name} again before any resend`);
    else if (retryAt !== null) log.warn(`${describe(delivery)}: attempt ${attempts} failed (${reason}); retrying`);
    else log.error(`${describe(delivery)}: failed after ${attempts} attempt(s) (${reason})`);
  }

  /** The provider's record first, kept before anything is sent; then the message under it. */
  async function openAndSend(phone: string, delivery: DeliveryRecord): Promise<SendOutcome> {
    try {
      let ref = delivery.providerRef;
      if (ref === null && provider.open) {
        const opened = await provider.open();
        if (!opened.ok) return opened;
        ref = opened.ref;
        const kept = ref;
        await store.transaction((tx) => tx.setDeliveryProviderRef(delivery.deliveryId, kept));
      }
      const rendered = renderMessage(delivery.content);
      return await provider.send({ to: phone, kind: delivery.kind, language: delivery.content.language, ...rendered, fallback: smsFallback(delivery.content) }, ref);
    } catch (error) {
      return { ok: false, transient: true, reason: error instanceof Error ? `${error.name}: ${error.message}` : 'provider threw' };
    }
  }

  async function pollReports(providerRefs?: readonly string[]): Promise<number> {
    if (!provider.reports) return 0;
    const awaiting = await store.transaction((tx) => (providerRefs ? tx.deliveriesAwaitingReportOf(providerRefs) : tx.deliveriesAwaitingReport(REPORT_BATCH)));
    const refs = awaiting.flatMap((delivery) => (delivery.providerRef ? [delivery.providerRef] : []));
    if (refs.length === 0) return 0;
    const reports = await provider.reports(refs);
    const settled = awaiting.flatMap((delivery) => {
      const report = delivery.providerRef ? reports.get(delivery.providerRef) : undefined;
      return report && report.report !== 'accepted' ? [{ delivery, report }] : [];
    });
    // A webhook and the timer (or two instances) may settle the same message at once: only the first records it.
    const { recorded, officeIds } = await store.transaction(async (tx) => {
      const changed: typeof settled = [];
      for (const entry of settled) {
        if (await tx.recordDeliveryReport(entry.delivery.deliveryId, { ...entry.report, reportedAt: nowIso() })) changed.push(entry);
      }
      const tickets = changed.length > 0 ? await tx.findTickets(changed.map(({ delivery }) => delivery.ticketId)) : new Map<string, TicketRecord>();
      return { recorded: changed, officeIds: [...new Set([...tickets.values()].map((ticket) => ticket.officeId))] };
    });
    if (officeIds.length > 0) deps.onResults?.(officeIds);
    for (const { delivery, report } of recorded) log.info(`${describe(delivery)}: reported ${report.report}${report.detail ? ` (${report.detail})` : ''}`);
    return recorded.length;
  }

  function scheduleReportPoll(): void {
    if (!provider.reports || stopped) return;
    reportTimer = setTimeout(() => {
      pollReports().then(
        () => scheduleReportPoll(),
        (error: unknown) => {
          log.warn(`delivery reports: ${error instanceof Error ? error.message : 'failed'}; asking again later`);
          scheduleReportPoll();
        },
      );
    }, deps.reportPollMs ?? 30_000);
    reportTimer.unref();
  }

  // Another instance on the same database may decide messages and die before sending them; nobody
  // wakes this worker for those, so it looks again at least once per lease even with nothing due.
  const idleRecheckMs = Math.min(LONGEST_SLEEP_MS, leaseMs);

  async function sleepUntilNextDue(): Promise<void> {
    clearTimeout(timer);
    const next = await store.transaction((tx) => tx.nextDeliveryDueAt());
    if (stopped) return;
    const dueInMs = next ? Math.max(0, Date.parse(next) - clock.now()) : Infinity;
    timer = setTimeout(wake, Math.min(idleRecheckMs, dueInMs));
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

  scheduleReportPoll();
  return {
    wake,
    pollReports,
    async idle() {
      for (;;) {
        if (running) await running;
        const next = await store.transaction((tx) => tx.nextDeliveryDueAt());
        if (next === null || Date.parse(next) > clock.now() || stopped) return;
        wake();
      }
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(reportTimer);
      await running;
    },
  };
}
