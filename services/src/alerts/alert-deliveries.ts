import { type AlertChannel, alertStreams, almatyDate } from '@kpi/schema';
import { type AlertDeliveryCommand, alertDeliveryDecider } from '../commands/alert-delivery-decider.ts';
import { decideAsServer } from '../commands/server-command.ts';
import { streamCommand } from '../commands/stream-decider.ts';
import { attemptOnce, nextAttemptNumber, outcomeCommand, Sweeper } from '../notify/attempts.ts';
import type { Mailer } from '../notify/mailer.ts';
import { postWebhook } from '../notify/webhook.ts';
import type { EventStore } from '../store/port.ts';
import { ALERTS_SYSTEM_USER } from './alert-events.ts';
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
}

/** The channels a rule sends by besides the in-app list, which is the log itself. */
const channelsOf = (rule: AlertRuleView): AlertChannel[] => [
  ...(rule.recipients.emails.length > 0 ? (['EMAIL'] as const) : []),
  ...(rule.recipients.webhookUrl ? (['WEBHOOK'] as const) : []),
];

/**
 * Sends each firing and clearing by e-mail and webhook exactly once across replicas: an attempt
 * is claimed by deciding `AlertDeliveryAttempted` through the one command path
 * (`commands/alert-delivery-decider.ts`), appended with the delivery stream's expected revision,
 * and only the replica whose append lands sends; the outcome is decided and appended after. The claim, the
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
        return [{ firing, rule, channel, attempt }];
      });
    });
  }

  async #deliver(due: Due): Promise<void> {
    const { firing, channel, attempt } = due;
    const base = { firingEventId: firing.eventId, ruleId: firing.ruleId, channel, attempt };
    await attemptOnce({
      claim: async () => {
        const claimed = await this.#decide(
          {
            type: 'ClaimAttempt',
            data: { ...base, replica: this.#options.replica, occurredOn: almatyDate(this.#clock()) },
          },
          `claim.${this.#options.replica}`,
        );
        return claimed ? true : null;
      },
      send: () => this.#send(due),
      conclude: async (_claimed, failure) => {
        const at = this.#clock();
        await this.#decide(outcomeCommand(base, failure, at, this.#options), 'outcome', at);
      },
    });
  }

  /**
   * Decides one command on the delivery's stream through the one command path; true when its
   * event landed by this call. A claim is keyed by the replica too, so another replica's claim of
   * the same attempt is decided against rather than taken for this one's resubmission.
   */
  async #decide(command: AlertDeliveryCommand, step: string, at?: Date): Promise<boolean> {
    const { firingEventId, channel, attempt } = command.data;
    const outcome = await decideAsServer(
      { store: this.#store, clock: at ? () => at : this.#clock },
      ALERTS_SYSTEM_USER,
      streamCommand(alertDeliveryDecider, alertStreams.delivery(firingEventId, channel), command),
      `${firingEventId}.${channel}.${attempt}.${step}`,
    );
    if (outcome.landed) await this.#log.caughtUp(outcome.position);
    return outcome.landed;
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
