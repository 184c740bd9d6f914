import { type FiringState, firingStateAfter, NEVER_FIRED } from '@kpi/projections';
import type {
  AlertChannel,
  AlertCondition,
  AlertNumbers,
  AlertRecipients,
  EventData,
  JudgedAt,
  ReportCadence,
} from '@kpi/schema';
import type { RecordedEvent } from '../store/port.ts';

/** One alert rule as its stream tells it. */
export interface AlertRuleView {
  readonly ruleId: string;
  readonly name: string;
  readonly condition: AlertCondition;
  readonly recipients: AlertRecipients;
  readonly muted: boolean;
  readonly deleted: boolean;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Revision of the rule's stream: an editor passes it back to detect a concurrent change. */
  readonly revision: number;
}

/** A firing or a clearing, as recorded: the in-app notification itself. */
export interface FiringView {
  readonly eventId: string;
  readonly kind: 'FIRED' | 'CLEARED';
  readonly ruleId: string;
  readonly sequence: number;
  readonly unit: string;
  readonly numbers: AlertNumbers;
  readonly link: string;
  readonly judgedAt: JudgedAt;
  readonly recordedAt: string;
  readonly position: number;
}

/** One report schedule as its stream tells it: the chair's review report mailed after each period. */
export interface ReportScheduleView {
  readonly scheduleId: string;
  readonly cadence: ReportCadence;
  readonly unit: string;
  readonly lang: 'ru' | 'kk' | 'en';
  readonly recipients: readonly string[];
  readonly withdrawn: boolean;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Revision of the schedule's stream: an editor passes it back to detect a concurrent change. */
  readonly revision: number;
}

export type DeliveryStatus = 'SENDING' | 'SUCCEEDED' | 'RETRYING' | 'FAILED';

/** Where one firing's delivery by one channel stands. */
export interface DeliveryView {
  readonly firingEventId: string;
  readonly ruleId: string;
  readonly channel: AlertChannel;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  /** When the next attempt is due (RETRYING). */
  readonly retryAt: string | null;
  /** When the last attempt was claimed: a SENDING left too long by a replica that stopped is taken over. */
  readonly attemptedAt: string;
  readonly revision: number;
}

export interface AlertLogState {
  readonly position: number;
  readonly rules: ReadonlyMap<string, AlertRuleView>;
  /** Every firing and clearing, oldest first. */
  readonly firings: readonly FiringView[];
  /** Per rule: its last sequence, whether it is firing, and the firing stream's revision. */
  readonly firingStates: ReadonlyMap<string, FiringState & { readonly revision: number }>;
  /** By `firingEventId.channel`. */
  readonly deliveries: ReadonlyMap<string, DeliveryView>;
  /** The chair's report schedules, by id (withdrawn ones kept, marked). */
  readonly schedules: ReadonlyMap<string, ReportScheduleView>;
}

export const emptyAlertLog = (): AlertLogState => ({
  position: 0,
  rules: new Map(),
  firings: [],
  firingStates: new Map(),
  deliveries: new Map(),
  schedules: new Map(),
});

export const deliveryKey = (firingEventId: string, channel: AlertChannel): string =>
  `${firingEventId}.${channel}`;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Folds one alert event into the state (in place: the state is this process's own cache of the
 * log, rebuilt from the log at every start). Events of other types are ignored.
 */
export const evolveAlertLog = (state: Mutable<AlertLogState>, event: RecordedEvent): void => {
  state.position = event.position;
  const at = event.metadata.recordedAt;
  const rules = state.rules as Map<string, AlertRuleView>;
  switch (event.type) {
    case 'AlertRuleCreated':
    case 'AlertRuleChanged': {
      const data = event.data as EventData<'AlertRuleCreated'>;
      const before = rules.get(data.ruleId);
      rules.set(data.ruleId, {
        ruleId: data.ruleId,
        name: data.name,
        condition: data.condition,
        recipients: data.recipients,
        muted: before?.muted ?? false,
        deleted: false,
        createdBy: before?.createdBy ?? event.metadata.submittedBy,
        createdAt: before?.createdAt ?? at,
        updatedAt: at,
        revision: event.revision,
      });
      return;
    }
    case 'AlertRuleMuted':
    case 'AlertRuleUnmuted':
    case 'AlertRuleDeleted': {
      const { ruleId } = event.data as EventData<'AlertRuleMuted'>;
      const rule = rules.get(ruleId);
      if (!rule) return;
      rules.set(ruleId, {
        ...rule,
        muted: event.type === 'AlertRuleDeleted' ? rule.muted : event.type === 'AlertRuleMuted',
        deleted: event.type === 'AlertRuleDeleted',
        updatedAt: at,
        revision: event.revision,
      });
      return;
    }
    case 'AlertFired':
    case 'AlertCleared': {
      const data = event.data as EventData<'AlertFired'>;
      const fired = event.type === 'AlertFired';
      (state.firings as FiringView[]).push({
        eventId: event.id,
        kind: fired ? 'FIRED' : 'CLEARED',
        ruleId: data.ruleId,
        sequence: data.sequence,
        unit: data.unit,
        numbers: data.numbers,
        link: data.link,
        judgedAt: data.judgedAt,
        recordedAt: at,
        position: event.position,
      });
      const states = state.firingStates as Map<string, FiringState & { revision: number }>;
      const before = states.get(data.ruleId) ?? NEVER_FIRED;
      states.set(data.ruleId, { ...firingStateAfter(before, fired, data), revision: event.revision });
      return;
    }
    case 'AlertDeliveryAttempted':
    case 'AlertDeliverySucceeded':
    case 'AlertDeliveryFailed': {
      const data = event.data as EventData<'AlertDeliveryFailed'>;
      const key = deliveryKey(data.firingEventId, data.channel);
      const before = (state.deliveries as Map<string, DeliveryView>).get(key);
      const failed = event.type === 'AlertDeliveryFailed';
      (state.deliveries as Map<string, DeliveryView>).set(key, {
        firingEventId: data.firingEventId,
        ruleId: data.ruleId,
        channel: data.channel,
        status:
          event.type === 'AlertDeliveryAttempted'
            ? 'SENDING'
            : failed
              ? data.retryAt === null
                ? 'FAILED'
                : 'RETRYING'
              : 'SUCCEEDED',
        attempts: data.attempt,
        lastError: failed ? data.error : (before?.lastError ?? null),
        retryAt: failed ? data.retryAt : null,
        attemptedAt: event.type === 'AlertDeliveryAttempted' ? at : (before?.attemptedAt ?? at),
        revision: event.revision,
      });
      return;
    }
    case 'ReportScheduleCreated':
    case 'ReportScheduleChanged': {
      const data = event.data as EventData<'ReportScheduleCreated'>;
      const schedules = state.schedules as Map<string, ReportScheduleView>;
      const before = schedules.get(data.scheduleId);
      schedules.set(data.scheduleId, {
        scheduleId: data.scheduleId,
        cadence: data.cadence,
        unit: data.unit,
        lang: data.lang,
        recipients: data.recipients,
        withdrawn: false,
        createdBy: before?.createdBy ?? event.metadata.submittedBy,
        createdAt: before?.createdAt ?? at,
        updatedAt: at,
        revision: event.revision,
      });
      return;
    }
    case 'ReportScheduleWithdrawn': {
      const { scheduleId } = event.data as EventData<'ReportScheduleWithdrawn'>;
      const schedules = state.schedules as Map<string, ReportScheduleView>;
      const schedule = schedules.get(scheduleId);
      if (schedule)
        schedules.set(scheduleId, { ...schedule, withdrawn: true, updatedAt: at, revision: event.revision });
      return;
    }
    default:
      return;
  }
};
