import { ALERT_CONDITION_KINDS, TARGET_STATUSES, THRESHOLD_DIRECTIONS } from '@kpi/schema';
import type { AlertRuleView } from '../../../alerts/alert-log-state.ts';
import { ALERT_MANAGERS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import { alertsOf } from './alerts-of.ts';

export const AlertTargetStatusEnum = builder.enumType('AlertTargetStatus', {
  values: TARGET_STATUSES,
});
export const AlertConditionKindEnum = builder.enumType('AlertConditionKind', {
  description:
    'TARGET_STATUS: the target for the KPI, unit and period has one of the statuses named; KPI_THRESHOLD: the KPI is strictly above or below a threshold; REGION_SILENT: the region recorded no risk, recommendation, transformation or restored right for `days` days; RECURRENCE_APPEARED: a recurrence (a removed scheme identified again within 365 days) is open in the unit, each new one announced once.',
  values: ALERT_CONDITION_KINDS,
});
export const ThresholdDirectionEnum = builder.enumType('AlertThresholdDirection', {
  values: THRESHOLD_DIRECTIONS,
});

type Condition = AlertRuleView['condition'];
type Recipients = AlertRuleView['recipients'];

const AlertConditionRef = builder.objectRef<Condition>('AlertCondition').implement({
  description:
    'What a rule watches: a target’s status or a KPI against a threshold, for a unit and a period; or a region that recorded nothing for some days.',
  fields: (t) => ({
    kind: t.field({ type: AlertConditionKindEnum, resolve: (c) => c.kind }),
    kpi: t.string({ nullable: true, description: 'None for REGION_SILENT.', resolve: (c) => c.kpi ?? null }),
    unit: t.exposeString('unit', { description: 'KZ for the whole country, or a region code.' }),
    period: t.string({
      nullable: true,
      description: 'None for REGION_SILENT.',
      resolve: (c) => c.period ?? null,
    }),
    days: t.int({
      nullable: true,
      description: 'REGION_SILENT only: days without a record.',
      resolve: (c) => c.days ?? null,
    }),
    statuses: t.field({
      type: [AlertTargetStatusEnum],
      description: 'TARGET_STATUS only; empty for a threshold.',
      resolve: (c) => [...(c.statuses ?? [])],
    }),
    threshold: t.float({
      nullable: true,
      description: 'KPI_THRESHOLD only.',
      resolve: (c) => c.threshold ?? null,
    }),
    direction: t.field({
      type: ThresholdDirectionEnum,
      nullable: true,
      description: 'KPI_THRESHOLD only.',
      resolve: (c) => c.direction ?? null,
    }),
  }),
});

const AlertRecipientsRef = builder.objectRef<Recipients>('AlertRecipients').implement({
  fields: (t) => ({
    emails: t.exposeStringList('emails'),
    webhookUrl: t.exposeString('webhookUrl', { nullable: true }),
    lang: t.string({
      description: 'The language of the e-mails: ru, kk or en.',
      resolve: (r) => r.lang ?? 'ru',
    }),
  }),
});

export const AlertRuleRef = builder.objectRef<AlertRuleView>('AlertRule').implement({
  description: 'A rule whose firings go to the in-app list, and by e-mail and webhook when it names them.',
  fields: (t) => ({
    id: t.exposeID('ruleId'),
    name: t.exposeString('name'),
    condition: t.field({ type: AlertConditionRef, resolve: (r) => r.condition }),
    recipients: t.field({ type: AlertRecipientsRef, resolve: (r) => r.recipients }),
    muted: t.exposeBoolean('muted', {
      description: 'A muted rule is not judged: it neither fires nor clears.',
    }),
    createdBy: t.exposeString('createdBy'),
    createdAt: t.field({ type: 'DateTime', resolve: (r) => r.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (r) => r.updatedAt }),
    revision: t.exposeInt('revision', { description: 'Pass it back when changing the rule.' }),
  }),
});

builder.queryField('alertRules', (t) =>
  t.field({
    type: [AlertRuleRef],
    description: 'Every alert rule not deleted, newest first. The chair and analysts only.',
    authScopes: { role: [...ALERT_MANAGERS] },
    resolve: (_root, _args, ctx) => alertsOf(ctx).listRules(),
  }),
);
