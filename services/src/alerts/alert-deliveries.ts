import { type AlertChannel, alertStreams, almatyDate } from '@kpi/schema';
import { attemptOnce, nextAttemptNumber, retryAtAfter, Sweeper } from '../notify/attempts.ts';
import type { Mailer } from '../notify/mailer.ts';
import { postWebhook } from '../notify/webhook.ts';
import { DuplicateEventIdError, type EventStore, WrongExpectedRevisionError } from '../store/port.ts';
import { alertEvent, systemAuthor } from './alert-events.ts';
import type { AlertLog } from './alert-log.ts';
import { type AlertRuleView, deliveryKey, type FiringView } from './alert-log-state.ts';
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

/**
 * Sends each firing and clearing by e-mail and webhook exactly once across replicas: an attempt
 * is claimed by appending `AlertDeliveryAttempted` with the delivery stream's expected revision,
 * and only the replica whose append lands sends; the outcome is appended after. The claim, the
 * backoff and the sweep are the ones scheduled reports use (`notify/attempts.ts`).
 */
export class AlertDeliveries {
  readonly #store: EventStore;
  readonly #log: AlertLog;
  readonly #clock: () => Date;
  readonly #options: Required<Omit<DeliveryOptions, 'mailer' | 'webhookSecret'>> &
    Pick<DeliveryOptions, 'mailer' | 'webhookSecret'>;
  readonly #sweeper: Sweeper;
  #stopListening: (() => void) | null = null;

  constructor(
    deps: { store: EventStore; log: AlertLog; clock: () => Date; onError?: (error: unknown) => void },
    options: DeliveryOptions,
  ) {
    this.#store = deps.store;
    this.#log = deps.log;
    this.#clock = deps.clock;
    this.#options = { retryBaseMs: 5_000, maxAttempts: 6, leaseMs: 120_000, tickMs: 1_000, ...options };
    this.#sweeper = new Sweeper(
      () => Promise.all(this.#due().map((due) => this.#deliver(due))).then(() => undefined),
      deps.onError ?? (() => undefined),
    );
  }

  start(): void {
    this.#stopListening = this.#log.listen((event) => {
      if (event.type === 'AlertFired' || event.type === 'AlertCleared') this.schedule();
    });
    // Retries come due with time, not with events: a coarse tick looks for them.
    this.#sweeper.start(this.#options.tickMs);
  }

  schedule(): void {
    this.#sweeper.schedule();
  }

  async idle(): Promise<void> {
    await this.#sweeper.idle();
  }

  async stop(): Promise<void> {
    this.#stopListening?.();
    await this.#sweeper.stop();
  }

  #due(): Due[] {
    const { rules, firings, deliveries } = this.#log.state;
    const now = this.#clock().getTime();
    return firings.flatMap((firing) => {
      const rule = rules.get(firing.ruleId);
      if (!rule || rule.deleted) return [];
      return channelsOf(rule).flatMap((channel) => {
        const delivery = deliveries.get(deliveryKey(firing.eventId, channel));
        const attempt = nextAttemptNumber(delivery, now, this.#options.leaseMs);
        if (attempt === null) return [];
        return [{ firing, rule, channel, attempt, expectedRevision: delivery?.revision ?? 'no_stream' }];
      });
    });
  }

  async #deliver(due: Due): Promise<void> {
    const { firing, channel, attempt } = due;
    const streamId = alertStreams.delivery(firing.eventId, channel);
    const base = { firingEventId: firing.eventId, ruleId: firing.ruleId, channel, attempt };
    const author = systemAuthor(`${firing.eventId}.${channel}.${attempt}`);
    const idParts = [firing.eventId, channel, String(attempt)];
    await attemptOnce({
      claim: async () => {
        const now = this.#clock();
        const claim = alertEvent(
          'AlertDeliveryAttempted',
          { ...base, replica: this.#options.replica, occurredOn: almatyDate(now) },
          author,
          now,
          idParts,
        );
        try {
          const appended = await this.#store.append(streamId, [claim], {
            expectedRevision: due.expectedRevision,
          });
          return appended.nextExpectedRevision;
        } catch (error) {
          // Another replica claimed this attempt: it sends, not us.
          if (error instanceof WrongExpectedRevisionError || error instanceof DuplicateEventIdError) {
            return null;
          }
          throw error;
        }
      },
      send: () => this.#send(due),
      conclude: async (revision, failure) => {
        const at = this.#clock();
        const outcome =
          failure === null
            ? alertEvent('AlertDeliverySucceeded', { ...base, occurredOn: almatyDate(at) }, author, at, [
                ...idParts,
                'outcome',
              ])
            : alertEvent(
                'AlertDeliveryFailed',
                {
                  ...base,
                  error: failure,
                  retryAt: retryAtAfter(attempt, at, this.#options),
                  occurredOn: almatyDate(at),
                },
                author,
                at,
                [...idParts, 'outcome'],
              );
        const { position } = await this.#store.append(streamId, [outcome], { expectedRevision: revision });
        await this.#log.caughtUp(position);
      },
    });
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
