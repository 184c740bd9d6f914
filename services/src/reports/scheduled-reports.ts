import { lastClosedPeriod, periodClosingInstant, sendingKey } from '@kpi/projections';
import type { ReportCadence } from '@kpi/schema';
import { almatyDate, scheduledReportStream } from '@kpi/schema';
import { type ScheduledReportCommand, scheduledReportDecider } from '../commands/scheduled-report-decider.ts';
import { decideAsServer } from '../commands/server-command.ts';
import { streamCommand } from '../commands/stream-decider.ts';
import {
  attemptOnce,
  nextAttemptNumber,
  outcomeCommand,
  type RetryPolicy,
  Sweeper,
} from '../notify/attempts.ts';
import type { Mailer } from '../notify/mailer.ts';
import type { AppProjections } from '../runtime/app-projections.ts';
import type { EventStore } from '../store/port.ts';
import { scheduledReportMail } from './scheduled-report-mail.ts';
import { scheduledReportPdf } from './scheduled-report-pdf.ts';

/** Who records the sending of scheduled reports: the server itself. */
export const REPORTS_SYSTEM_USER = 'system:reports';

export interface ScheduledReportsDeps {
  readonly store: EventStore;
  readonly projections: AppProjections;
  readonly clock: () => Date;
  /** The schedules kept, withdrawn ones included (the alert log's). */
  readonly schedules: () => Iterable<ScheduleToSend>;
  /** The name printed for an author of the report's commentary. */
  readonly nameOf?: (userId: string) => string;
  readonly onError?: (error: unknown) => void;
}

export interface ScheduledReportsOptions extends Partial<RetryPolicy> {
  /** None when SMTP is not configured: each report then fails, shown, until it is. */
  readonly mailer: Mailer | null;
  /** This process's name in the log, on the attempts it claims. */
  readonly replica: string;
  /** How often due reports and retries are looked for (SCHEDULED_REPORT_CHECK_MS, default 30 s). */
  readonly checkMs?: number;
}

/** What the sender reads of a report schedule (the alert log keeps them). */
export interface ScheduleToSend {
  readonly scheduleId: string;
  readonly cadence: ReportCadence;
  readonly unit: string;
  readonly lang: 'ru' | 'kk' | 'en';
  readonly recipients: readonly string[];
  readonly withdrawn: boolean;
  /** When it was first created: its first report is for the first period closing after. */
  readonly createdAt: string;
}

interface Due {
  readonly schedule: ScheduleToSend;
  readonly period: string;
  readonly attempt: number;
}

/**
 * Mails each schedule's review report once per period, after the period closes, exactly once
 * across replicas: each attempt is claimed by a `ScheduledReportAttempted` decided through the one
 * command path against `scheduled-report-<scheduleId>.<period>`, and only the replica whose claim
 * lands sends; the outcome is recorded after it (`notify/attempts.ts`, as alert deliveries are).
 * Only the last closed period is ever due: a schedule never back-fills the periods closed before it
 * was created, and after an outage the periods missed meanwhile are not sent, only the latest.
 */
export class ScheduledReports {
  readonly #deps: ScheduledReportsDeps;
  readonly #options: Required<Omit<ScheduledReportsOptions, 'mailer'>> &
    Pick<ScheduledReportsOptions, 'mailer'>;
  readonly #sweeper: Sweeper;
  #started: Promise<void> | null = null;

  constructor(deps: ScheduledReportsDeps, options: ScheduledReportsOptions) {
    this.#deps = deps;
    this.#options = { retryBaseMs: 5_000, maxAttempts: 6, leaseMs: 120_000, checkMs: 30_000, ...options };
    this.#sweeper = new Sweeper(() => this.#sweep(), deps.onError ?? (() => undefined));
  }

  /**
   * Checks now and on every tick once the read models are live: a report made from a half-folded
   * log would say less than was known at the period's end.
   */
  start(): Promise<void> {
    this.#started ??= this.#deps.projections.runtime.whenLive().then(() => {
      this.#sweeper.start(this.#options.checkMs);
    });
    return this.#started;
  }

  /** Checks soon (a test that moved its clock, or a schedule just created). */
  schedule(): void {
    this.#sweeper.schedule();
  }

  async idle(): Promise<void> {
    await this.#sweeper.idle();
  }

  async stop(): Promise<void> {
    await this.#sweeper.stop();
  }

  /** The schedules' reports due now, each with the attempt to claim. */
  due(): Due[] {
    const now = this.#deps.clock();
    const sendings = this.#deps.projections.readModels.scheduledSending().state.sendings;
    return [...this.#deps.schedules()].flatMap((schedule) => {
      if (schedule.withdrawn) return [];
      const period = lastClosedPeriod(schedule.cadence, now);
      // A schedule starts with the first period closing after it was created: no back-fill.
      if (periodClosingInstant(period) < new Date(schedule.createdAt).toISOString()) return [];
      const sending = sendings.get(sendingKey(schedule.scheduleId, period));
      const attempt = nextAttemptNumber(sending, now.getTime(), this.#options.leaseMs);
      return attempt === null ? [] : [{ schedule, period, attempt }];
    });
  }

  async #sweep(): Promise<void> {
    await Promise.all(this.due().map((due) => this.#deliver(due)));
  }

  async #deliver({ schedule, period, attempt }: Due): Promise<void> {
    const { scheduleId } = schedule;
    const base = { scheduleId, period, attempt };
    await attemptOnce({
      claim: async () => {
        const claimed = await this.#decide(
          {
            type: 'ClaimAttempt',
            data: { ...base, replica: this.#options.replica, occurredOn: this.#today() },
          },
          `claim.${this.#options.replica}`,
        );
        return claimed ? true : null;
      },
      send: async () => {
        const { mailer } = this.#options;
        if (!mailer) throw new Error('e-mail is not configured: set SMTP_URL and ALERT_MAIL_FROM');
        const pdf = await scheduledReportPdf(
          this.#deps.projections.readModels,
          schedule,
          period,
          this.#deps.nameOf ?? ((id) => id),
        );
        await mailer.send({ to: schedule.recipients, ...scheduledReportMail(schedule, period, pdf) });
      },
      conclude: async (_claimed, failure) => {
        const at = this.#deps.clock();
        await this.#decide(outcomeCommand(base, failure, at, this.#options), 'outcome', at);
      },
    });
  }

  /**
   * Decides one command on the report's stream through the one command path; true when its event
   * landed by this call. The submission is keyed by the attempt (and, for a claim, by the replica),
   * so a claim by another replica is decided against, not taken for this one's resubmission.
   */
  async #decide(command: ScheduledReportCommand, step: string, at?: Date): Promise<boolean> {
    const { scheduleId, period, attempt } = command.data;
    const outcome = await decideAsServer(
      { store: this.#deps.store, clock: at ? () => at : this.#deps.clock },
      REPORTS_SYSTEM_USER,
      streamCommand(scheduledReportDecider, scheduledReportStream(scheduleId, period), command),
      `${scheduleId}.${period}.${attempt}.${step}`,
    );
    if (outcome.landed) await this.#caughtUp(outcome.position);
    return outcome.landed;
  }

  /** The read model shows what this replica recorded before its next check reads it. */
  async #caughtUp(position: number): Promise<void> {
    await this.#deps.projections.runtime.live('scheduledSending').waitFor(position);
  }

  #today(): string {
    return almatyDate(this.#deps.clock());
  }
}
