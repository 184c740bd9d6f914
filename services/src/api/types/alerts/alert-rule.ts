import { TARGET_STATUSES } from '@kpi/schema';
import type { AlertRuleView } from '../../../alerts/alert-log-state.ts';
import { ALERT_MANAGERS } from '../../../identity/policy.ts';
import { builder } from '../../builder.ts';
import { alertsOf } from './alerts-of.ts';

export const AlertTargetStatusEnum = builder.enumType('AlertTargetStatus', {
  values: TARGET_STATUSES,
});

type Condition = AlertRuleView['condition'];
type Recipients = AlertRuleView['recipients'];

const AlertConditionRef = builder.objectRef<Condition>('AlertCondition').implement({
  description:
    'TARGET_STATUS: the target for the KPI, unit and period has one of the statuses named (the KPI crossed its target).',
  fields: (t) => ({
    kind: t.exposeString('kind'),
    kpi: t.exposeString('kpi'),
    unit: t.exposeString('unit', { description: 'KZ for the whole country, or a region code.' }),
    period: t.exposeString('period'),
    statuses: t.field({ type: [AlertTargetStatusEnum], resolve: (c) => [...c.statuses] }),
  }),
});

const AlertRecipientsRef = builder.objectRef<Recipients>('AlertRecipients').implement({
  fields: (t) => ({
    emails: t.exposeStringList('emails'),
    webhookUrl: t.exposeString('webhookUrl', { nullable: true }),
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
