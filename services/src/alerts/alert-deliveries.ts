import { type AlertChannel, alertStreams, almatyDate } from '@kpi/schema';
import type { Mailer } from '../notify/mailer.ts';
import { postWebhook } from '../notify/webhook.ts';
import { DuplicateEventIdError, type EventStore, WrongExpectedRevisionError } from '../store/port.ts';
import { alertEvent, systemAuthor } from './alert-events.ts';
import type { AlertLog } from './alert-log.ts';
import { type AlertRuleView, type DeliveryView, deliveryKey, type FiringView } from './alert-log-state.ts';
import { alertMail, alertPayload } from './alert-message.ts';

export interface DeliveryOptions {
  /** None when SMTP is not configured: an e-mail delivery then fails, shown, until it is. */
  readonly mailer: Mailer | null;
  /** The HMAC secret webhooks are signed with; none when not configured (webhook deliveries fail). */
  readonly webhookSecret: string | null;
  /** The dashboard's address, for absolute drill-down links. */
  readonly publicUrl: string;
  /** This process's name in the log, on the attempts it claims. */
  readonly replica: string;
  /** First retry after this long, doubling per attempt (default 5 s). */
  readonly retryBaseMs?: number;
  /** Attempts before a delivery is given up as failed (default 6). */
  readonly maxAttempts?: number;
  /** An attempt claimed but never concluded (its replica stopped) is taken over after this long (default 2 min). */
  readonly leaseMs?: number;
  /** How often due retries are looked for (default 1 s). */
  readonly tickMs?: number;
}

interface Due {
  readonly firing: FiringView;
  readonly rule: AlertRuleView;
  readonly channel: AlertChannel;
  readonly attempt: number;
  readonly expectedRevision: number | 'no_stream';
}

/** The channels a rule sends by besides the in-app list, which is the log itself. */
const channelsOf = (rule: AlertRuleView): AlertChannel[] => [
  ...(rule.recipients.emails.length > 0 ? (['EMAIL'] as const) : []),
  ...(rule.recipients.webhookUrl ? (['WEBHOOK'] as const) : []),
];

/** Whether a delivery needs an attempt now, and which. */
const nextAttempt = (delivery: DeliveryView | undefined, now: number, leaseMs: number) => {
  if (delivery === undefined) return { attempt: 1, expectedRevision: 'no_stream' as const };
  const due =
    (delivery.status === 'RETRYING' && Date.parse(delivery.retryAt!) <= now) ||
    (delivery.status === 'SENDING' && Date.parse(delivery.attemptedAt) + leaseMs <= now);
  return due ? { attempt: delivery.attempts + 1, expectedRevision: delivery.revision } : null;
};

/**
 * Sends each firing and clearing by e-mail and webhook exactly once across replicas: an attempt
 * is claimed by appending `AlertDeliveryAttempted` with the delivery stream's expected revision,
 * and only the replica whose append lands sends; the outcome is appended after. A failure is
 * recorded with the time of the next attempt (backoff doubling), and after the last one as failed,
 * so nothing is dropped unseen.
 */
export class AlertDeliveries {
  readonly #store: EventStore;
  readonly #log: AlertLog;
  readonly #clock: () => Date;
  readonly #options: Required<Omit<DeliveryOptions, 'mailer' | 'webhookSecret'>> &
    Pick<DeliveryOptions, 'mailer' | 'webhookSecret'>;
  readonly #onError: (error: unknown) => void;
  #timer: NodeJS.Timeout | null = null;
  #stopListening: (() => void) | null = null;
  #running: Promise<void> | null = null;
  #again = false;

  constructor(
    deps: { store: EventStore; log: AlertLog; clock: () => Date; onError?: (error: unknown) => void },
    options: DeliveryOptions,
  ) {
    this.#store = deps.store;
    this.#log = deps.log;
    this.#clock = deps.clock;
    this.#onError = deps.onError ?? (() => undefined);
    this.#options = { retryBaseMs: 5_000, maxAttempts: 6, leaseMs: 120_000, tickMs: 1_000, ...options };
  }

  start(): void {
    this.#stopListening = this.#log.listen((event) => {
      if (event.type === 'AlertFired' || event.type === 'AlertCleared') this.schedule();
    });
    // Retries come due with time, not with events: a coarse tick looks for them.
    this.#timer = setInterval(() => this.schedule(), this.#options.tickMs);
    this.#timer.unref();
    this.schedule();
  }

  schedule(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = (async () => {
      do {
        this.#again = false;
        try {
          await Promise.all(this.#due().map((due) => this.#deliver(due)));
        } catch (error) {
          this.#onError(error);
        }
      } while (this.#again);
      this.#running = null;
    })();
  }

  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#stopListening?.();
    await this.idle();
  }

  #due(): Due[] {
    const { rules, firings, deliveries } = this.#log.state;
    const now = this.#clock().getTime();
    return firings.flatMap((firing) => {
      const rule = rules.get(firing.ruleId);
      if (!rule || rule.deleted) return [];
      return channelsOf(rule).flatMap((channel) => {
        const next = nextAttempt(
          deliveries.get(deliveryKey(firing.eventId, channel)),
          now,
          this.#options.leaseMs,
        );
        return next ? [{ firing, rule, channel, ...next }] : [];
      });
    });
  }

  async #deliver(due: Due): Promise<void> {
    const { firing, channel, attempt } = due;
    const streamId = alertStreams.delivery(firing.eventId, channel);
    const base = { firingEventId: firing.eventId, ruleId: firing.ruleId, channel, attempt };
    const author = systemAuthor(`${firing.eventId}.${channel}.${attempt}`);
    const now = this.#clock();
    const claim = alertEvent(
      'AlertDeliveryAttempted',
      { ...base, replica: this.#options.replica, occurredOn: almatyDate(now) },
      author,
      now,
      [firing.eventId, channel, String(attempt)],
    );
    let revision: number;
    try {
      ({ nextExpectedRevision: revision } = await this.#store.append(streamId, [claim], {
        expectedRevision: due.expectedRevision,
      }));
    } catch (error) {
      // Another replica claimed this attempt: it sends, not us.
      if (error instanceof WrongExpectedRevisionError || error instanceof DuplicateEventIdError) return;
      throw error;
    }
    const failure = await this.#send(due).then(
      () => null,
      (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2000) || 'failed',
    );
    const at = this.#clock();
    const outcome =
      failure === null
        ? alertEvent('AlertDeliverySucceeded', { ...base, occurredOn: almatyDate(at) }, author, at, [
            firing.eventId,
            channel,
            String(attempt),
            'outcome',
          ])
        : alertEvent(
            'AlertDeliveryFailed',
            { ...base, error: failure, retryAt: this.#retryAt(attempt, at), occurredOn: almatyDate(at) },
            author,
            at,
            [firing.eventId, channel, String(attempt), 'outcome'],
          );
    const { position } = await this.#store.append(streamId, [outcome], { expectedRevision: revision });
    await this.#log.caughtUp(position);
  }

  #retryAt(attempt: number, at: Date): string | null {
    if (attempt >= this.#options.maxAttempts) return null;
    return new Date(at.getTime() + this.#options.retryBaseMs * 2 ** (attempt - 1)).toISOString();
  }

  async #send({ firing, rule, channel }: Due): Promise<void> {
    const { mailer, webhookSecret, publicUrl } = this.#options;
    if (channel === 'EMAIL') {
      if (!mailer) throw new Error('e-mail is not configured: set SMTP_URL and ALERT_MAIL_FROM');
      await mailer.send({ to: rule.recipients.emails, ...alertMail(rule, firing, publicUrl) });
      return;
    }
    if (!webhookSecret) throw new Error('webhooks are not configured: set ALERT_WEBHOOK_SECRET');
    await postWebhook(rule.recipients.webhookUrl!, alertPayload(rule, firing, publicUrl), {
      secret: webhookSecret,
    });
  }
}
