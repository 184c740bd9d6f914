import { hostname } from 'node:os';
import { centralBodyKnownIn } from '../catalogue/central-bodies.ts';
import type { Viewer } from '../identity/viewer.ts';
import type { Mailer } from '../notify/mailer.ts';
import type { AppProjections } from '../runtime/app-projections.ts';
import { CoalescingQueue } from '../runtime/coalescing-queue.ts';
import type { EventStore } from '../store/port.ts';
import { AlertDeliveries, type DeliveryOptions } from './alert-deliveries.ts';
import { AlertEvaluator } from './alert-evaluator.ts';
import { AlertLog } from './alert-log.ts';
import type { AlertRuleView, ReportScheduleView } from './alert-log-state.ts';
import { AlertRules } from './alert-rules.ts';
import { type Notification, type NotificationsQuery, notificationsFor } from './notifications.ts';
import { ReportSchedules } from './report-schedules.ts';

export interface AlertsDeps {
  readonly store: EventStore;
  readonly projections: AppProjections;
  readonly clock: () => Date;
  readonly onError?: (error: unknown) => void;
}

export interface AlertsOptions extends Omit<DeliveryOptions, 'replica' | 'mailer'> {
  readonly mailer: Mailer | null;
  readonly replica?: string;
}

/** "The notification list changed": the log position it now reflects. */
export interface NotificationsChange {
  readonly position: number;
}

/**
 * Alerts as one running part: the rules' write path, this process's view of the alert events,
 * the evaluator that records firings, and the deliverer that sends them.
 */
export class Alerts {
  readonly log: AlertLog;
  readonly rules: AlertRules;
  /** The chair's report schedules' write path; the log above lists them. */
  readonly schedules: ReportSchedules;
  readonly evaluator: AlertEvaluator;
  readonly deliveries: AlertDeliveries;
  readonly #mailer: Mailer | null;

  constructor(deps: AlertsDeps, options: AlertsOptions) {
    this.log = new AlertLog(deps.store, deps.onError);
    // A rule's unit is checked against the catalogue of central bodies as it stands.
    this.rules = new AlertRules({
      ...deps,
      isCentralBody: centralBodyKnownIn(deps.projections.runtime.live('centralBodies')),
    });
    this.schedules = new ReportSchedules(deps);
    this.evaluator = new AlertEvaluator({ ...deps, log: this.log });
    this.deliveries = new AlertDeliveries(
      { ...deps, log: this.log },
      { ...options, replica: options.replica ?? `${hostname()}:${process.pid}` },
    );
    this.#mailer = options.mailer;
  }

  /**
   * Catches up with the alert events and starts delivering; judging starts once the read models
   * are live (`evaluating` resolves then), without holding up the server's start.
   */
  async start(): Promise<void> {
    await this.log.start();
    this.deliveries.start();
    this.evaluating = this.evaluator.start();
  }

  /** Resolves once the evaluator judges as the log moves. */
  evaluating: Promise<void> = Promise.resolve();

  async stop(): Promise<void> {
    this.evaluator.stop();
    await this.evaluator.idle();
    await this.deliveries.stop();
    await this.log.stop();
    this.#mailer?.close();
  }

  /** The live rules, newest first; deleted ones are gone. */
  listRules(): AlertRuleView[] {
    return [...this.log.state.rules.values()]
      .filter((rule) => !rule.deleted)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** The report schedules not withdrawn, newest first. */
  listSchedules(): ReportScheduleView[] {
    return [...this.log.state.schedules.values()]
      .filter((schedule) => !schedule.withdrawn)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  notifications(viewer: Viewer, query?: NotificationsQuery): Notification[] {
    return notificationsFor(this.log.state, viewer, query);
  }

  /** Tells a subscriber each time a firing, clearing or delivery is recorded (merged when it reads slowly). */
  changes(): AsyncIterableIterator<NotificationsChange> {
    const queue = new CoalescingQueue<NotificationsChange>(
      (older, newer) => (newer.position >= older.position ? newer : older),
      () => stop(),
    );
    const stop = this.log.listen((event) => {
      if (event.type.startsWith('Alert') && !event.type.startsWith('AlertRule'))
        queue.push({ position: event.position });
    });
    return queue;
  }
}
