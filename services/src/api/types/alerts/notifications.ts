import { ALERT_CHANNELS, type RecurrenceNumbers, TARGET_STATUSES } from '@kpi/schema';
import type { DeliveryView, FiringView } from '../../../alerts/alert-log-state.ts';
import type { NotificationsChange } from '../../../alerts/alerts.ts';
import type { Notification } from '../../../alerts/notifications.ts';
import { ALERT_READERS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import { AlertRuleRef } from './alert-rule.ts';
import { alertsOf } from './alerts-of.ts';

const ChannelEnum = builder.enumType('AlertChannel', { values: ALERT_CHANNELS });
const DeliveryStatusEnum = builder.enumType('AlertDeliveryStatus', {
  description:
    'SENDING: claimed by a server and under way; SUCCEEDED; RETRYING: failed, tried again at retryAt; FAILED: every attempt failed.',
  values: ['SENDING', 'SUCCEEDED', 'RETRYING', 'FAILED'] as const,
});
const KindEnum = builder.enumType('AlertNotificationKind', {
  description: 'FIRED: the condition started to hold; CLEARED: it stopped.',
  values: ['FIRED', 'CLEARED'] as const,
});
const StatusEnum = builder.enumType('AlertNumbersStatus', { values: TARGET_STATUSES });

const RecurrenceRef = builder.objectRef<RecurrenceNumbers>('AlertRecurrence').implement({
  description:
    'A recurrence: the risk identified again (riskId) within 365 days after a risk of the same organization, process and cause category was removed (removedRiskId).',
  fields: (t) => ({
    riskId: t.exposeString('riskId'),
    removedRiskId: t.exposeString('removedRiskId'),
    organization: t.exposeString('organization'),
    process: t.exposeString('process'),
    causeCategory: t.exposeString('causeCategory'),
    region: t.exposeString('region'),
    identifiedOn: t.field({ type: 'Date', resolve: (r) => r.identifiedOn }),
    removedOn: t.field({ type: 'Date', resolve: (r) => r.removedOn }),
  }),
});

const NumbersRef = builder.objectRef<FiringView['numbers']>('AlertNumbers').implement({
  description: 'The figures the condition was judged on when it fired or cleared.',
  fields: (t) => ({
    status: t.field({ type: StatusEnum, nullable: true, resolve: (n) => n.status }),
    actual: t.exposeFloat('actual', { nullable: true, description: 'The KPI over the days judged.' }),
    heldTo: t.exposeFloat('heldTo', { nullable: true, description: 'What the KPI was held to that day.' }),
    value: t.exposeFloat('value', { nullable: true, description: 'The target’s value.' }),
    judgedFrom: t.field({ type: 'Date', nullable: true, resolve: (n) => n.judgedFrom }),
    judgedTo: t.field({ type: 'Date', nullable: true, resolve: (n) => n.judgedTo }),
    recurrence: t.field({
      type: RecurrenceRef,
      nullable: true,
      description:
        'RECURRENCE_APPEARED firings: the first recurrence announced (actual: how many new, value: how many open).',
      resolve: (n) => n.recurrence ?? null,
    }),
  }),
});

const DeliveryRef = builder.objectRef<DeliveryView>('AlertDelivery').implement({
  fields: (t) => ({
    channel: t.field({ type: ChannelEnum, resolve: (d) => d.channel }),
    status: t.field({ type: DeliveryStatusEnum, resolve: (d) => d.status }),
    attempts: t.exposeInt('attempts'),
    lastError: t.exposeString('lastError', { nullable: true }),
    retryAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.retryAt }),
  }),
});

const NotificationRef = builder.objectRef<Notification>('AlertNotification').implement({
  description: 'A rule fired or cleared: the numbers that made it, the drill-down, and its deliveries.',
  fields: (t) => ({
    id: t.id({ resolve: (n) => n.firing.eventId }),
    kind: t.field({ type: KindEnum, resolve: (n) => n.firing.kind }),
    sequence: t.int({
      description: 'The rule’s n-th firing (a clearing has its firing’s).',
      resolve: (n) => n.firing.sequence,
    }),
    unit: t.string({ resolve: (n) => n.firing.unit }),
    numbers: t.field({ type: NumbersRef, resolve: (n) => n.firing.numbers }),
    link: t.string({
      description: 'The dashboard’s view of the events behind the numbers.',
      resolve: (n) => n.firing.link,
    }),
    recordedAt: t.field({ type: 'DateTime', resolve: (n) => n.firing.recordedAt }),
    rule: t.field({ type: AlertRuleRef, resolve: (n) => n.rule }),
    deliveries: t.field({
      type: [DeliveryRef],
      description: 'E-mail and webhook deliveries (the in-app list is this one).',
      resolve: (n) => [...n.deliveries],
    }),
  }),
});

const readers = { role: [...ALERT_READERS] };

builder.queryField('alertNotifications', (t) =>
  t.field({
    type: [NotificationRef],
    description:
      'Alert firings and clearings, newest first: every unit’s for the chair and analysts, their own region’s for an officer.',
    authScopes: readers,
    args: {
      ruleId: t.arg.id({ required: false }),
      limit: t.arg.int({ required: false, description: '50 when absent, at most 500.' }),
    },
    resolve: (_root, args, ctx) =>
      alertsOf(ctx).notifications(ctx.viewer!, {
        ruleId: args.ruleId ? String(args.ruleId) : null,
        limit: args.limit ?? null,
      }),
  }),
);

const ChangeRef = builder.objectRef<NotificationsChange>('AlertNotificationsChange').implement({
  description: 'The notification list changed: refetch it.',
  fields: (t) => ({ position: t.exposeFloat('position') }),
});

builder.subscriptionField('alertNotificationsChanged', (t) =>
  t.field({
    type: ChangeRef,
    description:
      'Tells the notification list that a firing, clearing or delivery was recorded (server-sent events).',
    authScopes: readers,
    subscribe: (_root, _args, ctx) => alertsOf(ctx).changes(),
    resolve: (change) => change,
  }),
);
